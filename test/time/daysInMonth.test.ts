import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../src/time/utc';

describe('daysInMonth', () => {
  it('gives February 29 days in leap years and 28 otherwise: 2024, 2000 leap; 2026, 1900 not', () => {
    expect([2024, 2000, 2026, 1900].map((year) => daysInMonth(year, 1))).toEqual([29, 29, 28, 28]);
  });

  it('counts year 0 as a leap year, as the proleptic Gregorian calendar of Date does', () => {
    expect(daysInMonth(0, 1)).toBe(29);
  });

  it('agrees with Date for every month of years -1000 to 12000', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 12_000 }), fc.integer({ min: 0, max: 11 }), (year, monthIndex) => {
        const lastDay = new Date(0);
        lastDay.setUTCFullYear(year, monthIndex + 1, 0);
        expect(daysInMonth(year, monthIndex)).toBe(lastDay.getUTCDate());
      }),
      { numRuns: 2000 },
    );
  });
});
