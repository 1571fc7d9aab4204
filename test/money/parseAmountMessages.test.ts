import { describe, expect, it } from 'vitest';
import { SequestreError } from '../../src/errors';
import { parseAmount } from '../../src/money';
import { asQuery } from '../support/asQuery';
import { thrownBy } from '../support/thrownBy';

/** The whole message parseAmount refuses `value` with, at path "price" with 2 digits. */
function messageFor(value: unknown, digits = 2): string {
  const error = thrownBy(() => asQuery(() => parseAmount(value, digits, 'price')));
  if (!(error instanceof SequestreError)) throw new Error(`expected a SequestreError, got ${String(error)}`);
  return error.message;
}

describe('parseAmount messages (SPEC §11: say what was refused and what would be accepted)', () => {
  it.each([
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['["1"]', ['1'], 'an array'],
    ['49.9', 49.9, 'a number'],
    ['{}', {}, 'an object'],
    ['true', true, 'a boolean'],
    ['4990n', 4990n, 'a bigint'],
  ])('names the type of the non-string %s exactly', (_name, value, described) => {
    expect(messageFor(value)).toBe(`"price" must be a decimal string such as "49.90", not ${described}.`);
  });

  it('quotes a malformed value whole up to 40 characters', () => {
    const forty = `${'9'.repeat(39)}x`;
    expect(messageFor(forty)).toBe(
      `"price" must be an amount such as "49.90", not "${forty}": use digits with an optional decimal point, no sign, no leading zeros, no exponent and at most 15 integer digits, such as "49.90".`,
    );
  });

  it('clips a malformed value of 41 characters to 40 and an ellipsis', () => {
    expect(messageFor(`${'9'.repeat(40)}x`)).toContain(`not "${'9'.repeat(40)}…":`);
  });

  it('gives the decimals found and allowed', () => {
    expect(messageFor('1.234')).toBe('"price" has 3 decimals in "1.234"; this currency allows at most 2.');
  });
});
