import { describe, expect, it } from 'vitest';
import { amountFormat, cancelBeforeLate, orThrow, parsing, refuse, refused, SequestreError } from '../../src/errors';
import { thrownBy } from '../support/thrownBy';

describe('refuse', () => {
  it('names the rule first in details, then its facts, and writes the message as a sentence', () => {
    const refusal = refuse('INVALID_INPUT', amountFormat, { path: 'items[0].price' }, '1e3');
    expect(Object.keys(refusal.details!)).toEqual(['rule', 'path']);
    expect(refusal).toEqual({
      code: 'INVALID_INPUT',
      message:
        '"items[0].price" must be an amount such as "49.90", not "1e3": use digits with an optional decimal point, no sign, no leading zeros, no exponent and at most 15 integer digits, such as "49.90".',
      details: { rule: 'amount.format', path: 'items[0].price' },
    });
  });
});

describe('parsing', () => {
  const tooEarly = refuse('TOO_EARLY', cancelBeforeLate, { from: '2026-03-09T10:00:00.000Z' });

  it('answers the value of a read that completes', () => {
    expect(parsing(() => 42)).toEqual({ ok: true, value: 42 });
  });

  it('answers the refusal a reader ended the read with, as a value', () => {
    expect(parsing(() => refused(tooEarly))).toEqual({ ok: false, refusal: tooEarly });
  });

  it('lets anything else through: a bug is not a refusal', () => {
    const bug = new Error('[sequestre] broken');
    expect(
      thrownBy(() =>
        parsing(() => {
          throw bug;
        }),
      ),
    ).toBe(bug);
    const error = new SequestreError('INVALID_INPUT', 'thrown by hand');
    expect(
      thrownBy(() =>
        parsing(() => {
          throw error;
        }),
      ),
    ).toBe(error);
  });
});

describe('orThrow', () => {
  it('returns the value, or throws the refusal as a SequestreError with the same code, message and details', () => {
    expect(orThrow({ ok: true, value: 'x' })).toBe('x');
    const refusal = refuse('TOO_EARLY', cancelBeforeLate, { from: '2026-03-09T10:00:00.000Z' });
    const error = thrownBy(() => orThrow({ ok: false, refusal }));
    expect(error).toBeInstanceOf(SequestreError);
    expect(error).toMatchObject({ code: refusal.code, message: refusal.message, details: refusal.details });
  });
});
