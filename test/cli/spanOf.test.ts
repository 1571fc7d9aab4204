import { describe, expect, it } from 'vitest';
import { spanOf } from '../../src/cli/policy/spanOf';

const DAY = 86_400_000;

describe('spanOf', () => {
  it('gives days, hours and weeks their exact length', () => {
    expect(spanOf('P90D')).toEqual({ minMs: 90 * DAY, maxMs: 90 * DAY });
    expect(spanOf('PT36H')).toEqual({ minMs: 1.5 * DAY, maxMs: 1.5 * DAY });
    expect(spanOf('P2W')).toEqual({ minMs: 14 * DAY, maxMs: 14 * DAY });
  });

  it('gives calendar months the range of every starting month: P5M lasts 150 to 153 days', () => {
    expect(spanOf('P5M')).toEqual({ minMs: 150 * DAY, maxMs: 153 * DAY });
    expect(spanOf('P1M')).toEqual({ minMs: 28 * DAY, maxMs: 31 * DAY });
  });

  it('counts leap years: P1Y lasts 365 or 366 days, and adds the exact part after the months', () => {
    expect(spanOf('P1Y')).toEqual({ minMs: 365 * DAY, maxMs: 366 * DAY });
    expect(spanOf('P1M2D')).toEqual({ minMs: 30 * DAY, maxMs: 33 * DAY });
  });

  it('is undefined for what is not a duration', () => {
    expect(spanOf('90 days')).toBeUndefined();
    expect(spanOf(90)).toBeUndefined();
    expect(spanOf(null)).toBeUndefined();
  });
});
