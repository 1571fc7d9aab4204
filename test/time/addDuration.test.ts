import { describe, expect, it } from 'vitest';
import { addDuration, parseDuration, parseInstant, toInstant } from '../../src/time';

function add(instant: string, duration: string): string {
  return toInstant(addDuration(parseInstant(instant, 'at'), parseDuration(duration, 'duration', true)));
}

describe('addDuration', () => {
  it('clamps to the end of a short month: 2026-01-31 + P1M = 2026-02-28', () => {
    expect(add('2026-01-31T10:00:00Z', 'P1M')).toBe('2026-02-28T10:00:00.000Z');
  });

  it('clamps to February 29 in a leap year: 2024-01-31 + P1M = 2024-02-29', () => {
    expect(add('2024-01-31T10:00:00Z', 'P1M')).toBe('2024-02-29T10:00:00.000Z');
  });

  it('clamps to a 30-day month: 2026-03-31 + P1M = 2026-04-30', () => {
    expect(add('2026-03-31T10:00:00Z', 'P1M')).toBe('2026-04-30T10:00:00.000Z');
  });

  it('crosses a year end and keeps day 31 when it exists: 2025-10-31 + P5M = 2026-03-31', () => {
    expect(add('2025-10-31T10:00:00Z', 'P5M')).toBe('2026-03-31T10:00:00.000Z');
  });

  it('adds months first in a mixed duration: 2026-01-31 + P1M2D = 2026-03-02', () => {
    expect(add('2026-01-31T10:00:00Z', 'P1M2D')).toBe('2026-03-02T10:00:00.000Z');
  });

  it('adds exactly 48 h for PT48H across a European DST change (UTC only)', () => {
    expect(add('2026-03-28T10:00:00Z', 'PT48H')).toBe('2026-03-30T10:00:00.000Z');
    expect(add('2026-03-28T10:00:00+01:00', 'PT48H')).toBe('2026-03-30T09:00:00.000Z');
  });

  it('adds exactly 7 × 24 h for P7D across a US DST change (UTC only)', () => {
    expect(add('2026-11-01T05:30:00Z', 'P7D')).toBe('2026-11-08T05:30:00.000Z');
  });

  it('counts P1Y as 12 calendar months: 2024-02-29 + P1Y = 2025-02-28', () => {
    expect(add('2024-02-29T00:00:00Z', 'P1Y')).toBe('2025-02-28T00:00:00.000Z');
  });

  it('keeps the time of day and milliseconds when adding months', () => {
    expect(add('2026-01-15T23:59:59.999Z', 'P1M')).toBe('2026-02-15T23:59:59.999Z');
  });

  it('adds months in UTC, not in the written offset: 2026-03-31T23:30-05:00 is April 1 in UTC', () => {
    expect(add('2026-03-31T23:30:00-05:00', 'P1M')).toBe('2026-05-01T04:30:00.000Z');
  });

  it('adds a whole number of years in months: 2026-12-15 + P13M = 2028-01-15', () => {
    expect(add('2026-12-15T00:00:00Z', 'P13M')).toBe('2028-01-15T00:00:00.000Z');
  });

  it('handles years before 100 without Date.UTC’s 19xx shift', () => {
    expect(add('0099-12-31T00:00:00Z', 'P2M')).toBe('0100-02-28T00:00:00.000Z');
  });

  it('changes nothing for a zero duration', () => {
    expect(add('2026-03-01T10:00:00Z', 'PT0S')).toBe('2026-03-01T10:00:00.000Z');
  });

  it('adds raw parts: months then ms', () => {
    expect(addDuration(0, { months: 1, ms: 1000 })).toBe(2678401000);
    expect(addDuration(0, { months: 0, ms: 172800000 })).toBe(172800000);
  });
});
