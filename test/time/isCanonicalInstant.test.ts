import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTANT_MS_MAX, INSTANT_MS_MIN } from '../../src/errors';
import { isCanonicalInstant, toInstant } from '../../src/time';

/** The definition the fast check must agree with: the string is what `toISOString()` writes for the instant it names. */
function isWrittenByToIsoString(value: string): boolean {
  if (!/^\d{4}-/.test(value)) return false;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && new Date(ms).toISOString() === value;
}

/** One character of a canonical instant replaced, removed or added: the near misses a hand-written check gets wrong. */
const nearMiss = fc
  .tuple(
    fc.integer({ min: INSTANT_MS_MIN, max: INSTANT_MS_MAX }),
    fc.nat(24),
    fc.constantFrom('edit', 'drop', 'add'),
    fc.constantFrom(...'0123456789-:.TZ +/a'),
  )
  .map(([ms, at, how, char]) => {
    const text = toInstant(ms);
    if (how === 'drop') return text.slice(0, at) + text.slice(at + 1);
    if (how === 'add') return text.slice(0, at) + char + text.slice(at);
    return text.slice(0, at) + char + text.slice(at + 1);
  });

describe('isCanonicalInstant', () => {
  it('accepts every instant of the four-digit years as toISOString writes it', () => {
    fc.assert(
      fc.property(fc.integer({ min: INSTANT_MS_MIN, max: INSTANT_MS_MAX }), (ms) => isCanonicalInstant(toInstant(ms))),
      { numRuns: 2000 },
    );
  });

  it('agrees with toISOString on near misses: a changed, missing or extra character', () => {
    fc.assert(
      fc.property(nearMiss, (text) => {
        expect(isCanonicalInstant(text)).toBe(isWrittenByToIsoString(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2026-02-29T10:00:00.000Z', 'February 29 outside a leap year'],
    ['2026-04-31T10:00:00.000Z', 'April 31'],
    ['2026-13-01T10:00:00.000Z', 'month 13'],
    ['2026-00-01T10:00:00.000Z', 'month 0'],
    ['2026-03-00T10:00:00.000Z', 'day 0'],
    ['2026-03-01T24:00:00.000Z', 'hour 24'],
    ['2026-03-01T10:60:00.000Z', 'minute 60'],
    ['2026-03-01T10:00:60.000Z', 'second 60'],
    ['2026-03-01T10:00:00Z', 'no milliseconds'],
    ['2026-03-01T10:00:00.000+00:00', 'an offset instead of Z'],
    ['+002026-03-01T10:00:00.000Z', 'an expanded year'],
    ['2026-03-01T10:00:00.0a0Z', 'a letter in the milliseconds'],
    ['2026-03-01t10:00:00.000Z', 'a lower-case t'],
  ])('refuses %s (%s)', (text) => {
    expect(isCanonicalInstant(text)).toBe(false);
  });

  it.each([
    '2024-02-29T23:59:59.999Z',
    '2000-02-29T00:00:00.000Z',
    '0000-02-29T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
  ])('accepts %s', (text) => {
    expect(isCanonicalInstant(text)).toBe(true);
  });
});
