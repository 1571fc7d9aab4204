import { describe, expect, it } from 'vitest';
import { SequestreError } from '../../src/errors';
import { compareInstants, parseInstant, toInstant } from '../../src/time';
import { asQuery } from '../support/asQuery';
import { thrownBy } from '../support/thrownBy';

describe('parseInstant', () => {
  it.each([
    ['2026-03-01T10:00:00Z', 1772359200000],
    ['2026-03-01T10:00:00.000Z', 1772359200000],
    ['2026-03-01T10:00:00.5Z', 1772359200500],
    ['2026-03-01T10:00:00.05Z', 1772359200050],
    ['2026-03-01T10:00:00.123456Z', 1772359200123],
    ['2026-03-01T10:00:00.999999999Z', 1772359200999],
    ['2026-03-01T11:00:00+01:00', 1772359200000],
    ['2026-03-01T10:00:00+00:00', 1772359200000],
    ['2026-03-01T10:00:00-00:00', 1772359200000],
    ['2026-03-01T10:00:00-05:30', 1772379000000],
    ['2026-03-01T04:30:00-05:30', 1772359200000],
    ['2026-03-02T09:59:00+23:59', 1772359200000],
    ['2024-02-29T00:00:00Z', 1709164800000],
    ['1970-01-01T00:00:00Z', 0],
    ['0001-01-01T00:00:00Z', -62135596800000],
    ['0099-12-31T23:59:59Z', -59011459201000],
  ])('reads %j as %i ms', (value, ms) => {
    expect(parseInstant(value, 'event.at')).toBe(ms);
  });

  it('truncates a fraction beyond milliseconds, so an instant is never later than written', () => {
    expect(parseInstant('2026-03-01T10:00:00.123999Z', 'at')).toBe(1772359200123);
  });

  it.each([
    ['2026-03-01', 'a date alone'],
    ['2026-03-01T10:00:00', 'no offset'],
    ['2026-03-01T10:00Z', 'no seconds'],
    ['2026-03-01 10:00:00Z', 'a space for T'],
    ['2026-03-01t10:00:00z', 'lower-case t and z'],
    ['2026-03-01T10:00:00.Z', 'an empty fraction'],
    ['2026-03-01T10:00:00,5Z', 'a comma fraction'],
    ['2026-03-01T10:00:00+0100', 'an offset without a colon'],
    ['2026-03-01T10:00:00+01', 'an offset without minutes'],
    ['2026-02-30T10:00:00Z', 'February 30'],
    ['2026-04-31T10:00:00Z', 'April 31'],
    ['2025-02-29T10:00:00Z', 'February 29 in a common year'],
    ['2026-13-01T10:00:00Z', 'month 13'],
    ['2026-00-01T10:00:00Z', 'month 0'],
    ['2026-03-00T10:00:00Z', 'day 0'],
    ['2026-03-01T24:00:00Z', 'hour 24'],
    ['2026-03-01T10:60:00Z', 'minute 60'],
    ['2026-03-01T10:00:60Z', 'a leap second'],
    ['2026-03-01T10:00:00+25:00', 'an offset of 25 hours'],
    ['2026-03-01T10:00:00+01:60', 'an offset of 60 minutes'],
    ['26-03-01T10:00:00Z', 'a two-digit year'],
    ['+002026-03-01T10:00:00Z', 'an expanded year'],
    [' 2026-03-01T10:00:00Z', 'a leading space'],
    ['2026-03-01T10:00:00Z ', 'a trailing space'],
    [`2026-03-01T10:00:00.${'0'.repeat(60)}Z`, 'more than 64 characters'],
    ['', 'nothing'],
  ])('refuses %j: %s (instant.format)', (value) => {
    const error = thrownBy(() => asQuery(() => parseInstant(value, 'event.at')));
    expect(error).toBeInstanceOf(SequestreError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { path: 'event.at', rule: 'instant.format' } });
  });

  it.each([[1234567890], [null], [undefined], [new Date(0)], [['2026-03-01T10:00:00Z']]])(
    'refuses the non-string %j (instant.format)',
    (value) => {
      const error = thrownBy(() => asQuery(() => parseInstant(value, 'placedAt')));
      expect(error).toBeInstanceOf(SequestreError);
      expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { path: 'placedAt', rule: 'instant.format' } });
    },
  );

  it('reads the first and last instants of the four-digit years', () => {
    expect(parseInstant('0000-01-01T00:00:00Z', 'at')).toBe(-62167219200000);
    expect(parseInstant('9999-12-31T23:59:59.999Z', 'at')).toBe(253402300799999);
    expect(parseInstant('9999-12-31T23:59:59.999+01:00', 'at')).toBe(253402297199999);
  });

  it('refuses an offset that carries the instant past 9999 in UTC (time.afterYear9999)', () => {
    expect(thrownBy(() => asQuery(() => parseInstant('9999-12-31T23:59:59.999-00:01', 'at')))).toMatchObject({
      code: 'INVALID_INPUT',
      message:
        '"at" 9999-12-31T23:59:59.999-00:01 is after 9999-12-31T23:59:59.999Z, the last instant an order can hold.',
      details: { path: 'at', rule: 'time.afterYear9999' },
    });
  });

  it('refuses an offset that carries the instant before year 0000 in UTC (time.beforeYear0000)', () => {
    expect(thrownBy(() => asQuery(() => parseInstant('0000-01-01T00:00:00+00:01', 'at')))).toMatchObject({
      code: 'INVALID_INPUT',
      details: { path: 'at', rule: 'time.beforeYear0000' },
    });
  });

  it('names the path and an accepted form in the message', () => {
    const error = thrownBy(() => asQuery(() => parseInstant('2026-03-01', 'event.at'))) as SequestreError;
    expect(error.message).toContain('event.at');
    expect(error.message).toContain('"2026-03-01T10:00:00Z"');
  });
});

describe('toInstant', () => {
  it.each([
    [1772359200000, '2026-03-01T10:00:00.000Z'],
    [1772359200500, '2026-03-01T10:00:00.500Z'],
    [0, '1970-01-01T00:00:00.000Z'],
    [1709164800000, '2024-02-29T00:00:00.000Z'],
  ])('writes %i as %j, the toISOString form', (ms, instant) => {
    expect(toInstant(ms)).toBe(instant);
  });

  it('writes every accepted offset back in UTC with Z', () => {
    expect(toInstant(parseInstant('2026-03-01T11:00:00+01:00', 'at'))).toBe('2026-03-01T10:00:00.000Z');
    expect(toInstant(parseInstant('2026-03-01T23:30:00-05:30', 'at'))).toBe('2026-03-02T05:00:00.000Z');
  });

  it('keeps years 0001 and 0099 as written, not 1901 or 1999', () => {
    expect(toInstant(parseInstant('0001-03-01T10:00:00Z', 'at'))).toBe('0001-03-01T10:00:00.000Z');
    expect(toInstant(parseInstant('0099-12-31T23:59:59.999Z', 'at'))).toBe('0099-12-31T23:59:59.999Z');
    expect(toInstant(parseInstant('0004-02-29T00:00:00Z', 'at'))).toBe('0004-02-29T00:00:00.000Z');
  });

  it('round-trips its own output through parseInstant', () => {
    for (const instant of ['2026-03-01T10:00:00.000Z', '9999-12-31T23:59:59.999Z', '0001-01-01T00:00:00.000Z']) {
      expect(toInstant(parseInstant(instant, 'at'))).toBe(instant);
    }
  });
});

describe('compareInstants', () => {
  it('is negative when the first is earlier, by the difference in ms', () => {
    expect(compareInstants('2026-03-01T10:00:00.000Z', '2026-03-01T10:00:01.000Z')).toBe(-1000);
  });

  it('is positive when the first is later', () => {
    expect(compareInstants('2026-03-02T00:00:00.000Z', '2026-03-01T23:59:59.999Z')).toBe(1);
  });

  it('is zero for the same instant', () => {
    expect(compareInstants('2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z')).toBe(0);
  });

  it('orders years before 1000 by time, not by text', () => {
    expect(compareInstants('0999-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')).toBeLessThan(0);
  });
});
