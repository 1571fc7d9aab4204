import { describe, expect, it } from 'vitest';
import { SequestreError } from '../../src/errors';
import { parseAmount } from '../../src/money';
import { asQuery } from '../support/asQuery';
import { thrownBy } from '../support/thrownBy';

describe('parseAmount', () => {
  it.each([
    ['49.9', 2, '49.9'],
    ['49.90', 2, '49.9'],
    ['0', 2, '0'],
    ['0.00', 2, '0'],
    ['0.01', 2, '0.01'],
    ['1000', 0, '1000'],
    ['1.250', 3, '1.25'],
    ['1.25', 3, '1.25'],
    ['999999999999999', 2, '999999999999999'],
    ['999999999999999.99', 2, '999999999999999.99'],
  ])('accepts %j with %i digits as %s', (value, digits, expected) => {
    expect(parseAmount(value, digits, 'price').toFixed()).toBe(expected);
  });

  it.each([
    [49.9, 'a number'],
    [0, 'a number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [['49.90'], 'an array'],
    [{ amount: '49.90' }, 'object'],
    [true, 'a boolean'],
  ])('refuses the non-string %j (amount.mustBeString)', (value, described) => {
    const error = thrownBy(() => asQuery(() => parseAmount(value, 2, 'payment.amount')));
    expect(error).toBeInstanceOf(SequestreError);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { path: 'payment.amount', rule: 'amount.mustBeString' },
    });
    expect((error as SequestreError).message).toContain(described);
  });

  it('refuses a bigint such as 4990n (amount.mustBeString)', () => {
    const error = thrownBy(() => asQuery(() => parseAmount(4990n, 2, 'price')));
    expect(error).toBeInstanceOf(SequestreError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { path: 'price', rule: 'amount.mustBeString' } });
  });

  it.each([
    ['-1', 'a sign'],
    ['+1', 'a sign'],
    ['-0', 'a sign'],
    ['01', 'a leading zero'],
    ['00', 'a leading zero'],
    ['00.5', 'a leading zero'],
    ['1e3', 'an exponent'],
    ['1E3', 'an exponent'],
    [' 1', 'a leading space'],
    ['1 ', 'a trailing space'],
    ['5.', 'a bare trailing point'],
    ['.5', 'a bare leading point'],
    ['1,5', 'a decimal comma'],
    ['1 000', 'a digit group'],
    ['1000000000000000', '16 integer digits'],
    ['', 'nothing'],
    ['abc', 'letters'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['0x10', 'hex'],
    ['١٢', 'non-ASCII digits'],
  ])('refuses %j: %s (amount.format)', (value) => {
    const error = thrownBy(() => asQuery(() => parseAmount(value, 2, 'price')));
    expect(error).toBeInstanceOf(SequestreError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { path: 'price', rule: 'amount.format' } });
  });

  it.each([
    ['1000.0', 0, 'JPY'],
    ['49.999', 2, 'EUR'],
    ['0.000', 2, 'EUR'],
    ['1.2500', 3, 'KWD'],
  ])(
    'refuses %j with %i digits (%s): more decimals than the currency has (amount.tooManyDecimals)',
    (value, digits) => {
      const error = thrownBy(() => asQuery(() => parseAmount(value, digits, 'offer.price')));
      expect(error).toBeInstanceOf(SequestreError);
      expect(error).toMatchObject({
        code: 'INVALID_INPUT',
        details: { path: 'offer.price', rule: 'amount.tooManyDecimals', limit: digits },
      });
    },
  );

  it('names the path and the accepted form in the message', () => {
    const error = thrownBy(() => asQuery(() => parseAmount('1e3', 2, 'items[0].price'))) as SequestreError;
    expect(error.message).toContain('items[0].price');
    expect(error.message).toContain('"49.90"');
  });

  it('clips a long refused value in the message to 40 characters', () => {
    const long = '9'.repeat(100);
    const error = thrownBy(() => asQuery(() => parseAmount(long, 2, 'price'))) as SequestreError;
    expect(error.message).toContain(`"${'9'.repeat(40)}…"`);
    expect(error.message).not.toContain('9'.repeat(41));
  });
});
