import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SequestreError } from '../../src/errors';
import { daysToMs, isAtMost100Years, parseDuration, toDurationParts } from '../../src/time';
import { asQuery } from '../support/asQuery';
import { thrownBy } from '../support/thrownBy';

describe('parseDuration', () => {
  it.each([
    ['PT48H', 0, 172800000],
    ['P7D', 0, 604800000],
    ['P2W', 0, 1209600000],
    ['P5M', 5, 0],
    ['P1Y', 12, 0],
    ['P1Y2M', 14, 0],
    ['P1M2D', 1, 172800000],
    ['PT30M', 0, 1800000],
    ['PT90S', 0, 90000],
    ['P1DT2H3M4S', 0, 93784000],
    ['PT1H30M', 0, 5400000],
  ])('reads %j as %i months and %i ms', (value, months, ms) => {
    expect(parseDuration(value, 'policy.acceptanceWindow')).toEqual({ months, ms });
  });

  it('reads "PT0S" as zero where zero is allowed', () => {
    expect(parseDuration('PT0S', 'policy.lateGrace', true)).toEqual({ months: 0, ms: 0 });
    expect(parseDuration('P0D', 'policy.lateGrace', true)).toEqual({ months: 0, ms: 0 });
  });

  it.each([['PT0S'], ['P0D'], ['P0M'], ['P0Y0M0DT0H0M0S']])(
    'refuses the zero %j where a positive duration is due',
    (value) => {
      const error = thrownBy(() => asQuery(() => parseDuration(value, 'policy.reviewWindow')));
      expect(error).toBeInstanceOf(SequestreError);
      expect(error).toMatchObject({
        code: 'INVALID_INPUT',
        details: { path: 'policy.reviewWindow', rule: 'duration.format' },
      });
    },
  );

  it.each([
    ['P', 'no part'],
    ['PT', 'no time part'],
    ['P1DT', 'a T with nothing after it'],
    ['48H', 'no P'],
    ['P1.5D', 'a fraction'],
    ['PT0.5S', 'a fractional second'],
    ['-P1D', 'a sign'],
    ['P-1D', 'a negative part'],
    ['p1d', 'lower case'],
    ['P1H', 'hours without T'],
    ['PT1D', 'days after T'],
    ['P1D1M', 'parts out of order'],
    ['P 1D', 'a space'],
    ['PT10000000001S', 'a part above 10,000,000,000'],
    ['', 'nothing'],
  ])('refuses %j: %s (duration.format)', (value) => {
    const error = thrownBy(() => asQuery(() => parseDuration(value, 'policy.deliveryWindow', true)));
    expect(error).toBeInstanceOf(SequestreError);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { path: 'policy.deliveryWindow', rule: 'duration.format' },
    });
  });

  it.each(['P100Y1D', 'P36526D', 'P8000Y'])('refuses %j as longer than 100 years (duration.tooLong)', (value) => {
    expect(thrownBy(() => asQuery(() => parseDuration(value, 'policy.maxLifetime')))).toMatchObject({
      code: 'INVALID_INPUT',
      message: `"policy.maxLifetime" "${value}" is longer than 100 years (36525 days); a policy duration is at most that.`,
      details: { path: 'policy.maxLifetime', rule: 'duration.tooLong', limit: 'P36525D' },
    });
  });

  it.each([[172800000], [7], [null], [undefined], [{ hours: 48 }]])('refuses the non-string %j', (value) => {
    const error = thrownBy(() => asQuery(() => parseDuration(value, 'policy.deliveryWindow')));
    expect(error).toBeInstanceOf(SequestreError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { rule: 'duration.format' } });
  });

  it('says "positive" in the message only where zero is refused', () => {
    const strict = thrownBy(() => asQuery(() => parseDuration('PT0S', 'policy.reviewWindow'))) as SequestreError;
    const lenient = thrownBy(() => asQuery(() => parseDuration('P', 'policy.lateGrace', true))) as SequestreError;
    expect(strict.message).toContain('a positive ISO 8601 duration');
    expect(lenient.message).toContain('ISO 8601 duration');
    expect(lenient.message).not.toContain('positive');
  });
});

/** The grammar the hand-written reader must follow, as the regular expression 0.1 used. */
const DURATION_PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

function byPattern(value: string): { months: number; ms: number } | undefined {
  const match = value.endsWith('T') || value === 'P' ? null : DURATION_PATTERN.exec(value);
  if (match === null) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((digits) => (digits === undefined ? 0 : Number(digits)));
  if (Math.max(years!, months!, weeks!, days!, hours!, minutes!, seconds!) > 10_000_000_000) return undefined;
  return {
    months: years! * 12 + months!,
    ms: (weeks! * 7 + days!) * 86_400_000 + hours! * 3_600_000 + minutes! * 60_000 + seconds! * 1000,
  };
}

/** Durations and near misses: designators in any order, doubled, across `T`, with long numbers. */
const durationLike = fc.oneof(
  fc.stringMatching(
    /^P([0-9]{1,3}Y)?([0-9]{1,3}M)?([0-9]{1,3}W)?([0-9]{1,3}D)?(T([0-9]{1,3}H)?([0-9]{1,3}M)?([0-9]{1,3}S)?)?$/,
  ),
  fc.string({
    unit: fc.constantFrom(
      'P',
      'T',
      'Y',
      'M',
      'W',
      'D',
      'H',
      'S',
      '0',
      '1',
      '7',
      '12',
      '48',
      '99999999999',
      ' ',
      '.',
      '-',
    ),
    maxLength: 10,
  }),
  fc
    .string({ unit: fc.constantFrom('Y', 'M', 'W', 'D', 'H', 'S', 'T', '1', '30'), maxLength: 8 })
    .map((rest) => `P${rest}`),
);

describe('toDurationParts', () => {
  it('reads exactly the durations the ISO 8601 pattern describes, part by part', () => {
    fc.assert(
      fc.property(durationLike, (value) => {
        expect(toDurationParts(value)).toEqual(byPattern(value));
      }),
      { numRuns: 10_000 },
    );
  });

  it('gives undefined instead of throwing', () => {
    expect(toDurationParts('48H')).toBeUndefined();
    expect(toDurationParts(48)).toBeUndefined();
  });

  it('accepts each part up to 10,000,000,000, and refuses a larger one', () => {
    expect(toDurationParts('P10000D')).toEqual({ months: 0, ms: 864000000000 });
    expect(toDurationParts('P10000Y')).toEqual({ months: 120000, ms: 0 });
    expect(toDurationParts('PT10000000000S')).toEqual({ months: 0, ms: 10000000000000 });
    expect(toDurationParts('PT10000000001S')).toBeUndefined();
  });
});

describe('isAtMost100Years', () => {
  it.each([
    ['P100Y', true],
    ['P1200M', true],
    ['P36525D', true],
    ['PT876600H', true],
    ['P99Y11M30D', true],
    ['P100Y1D', false],
    ['P1201M', false],
    ['P36526D', false],
    ['PT876601H', false],
    ['P8000Y', false],
  ])('%s → %s (a month counts 30.436875 days)', (duration, expected) => {
    expect(isAtMost100Years(toDurationParts(duration)!)).toBe(expected);
  });
});

describe('daysToMs', () => {
  it.each([
    [0, 0],
    [1, 86400000],
    [7, 604800000],
    [365, 31536000000],
  ])('turns %i days into %i ms: a day is exactly 24 h', (days, ms) => {
    expect(daysToMs(days)).toBe(ms);
  });
});
