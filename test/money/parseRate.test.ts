import { describe, expect, it } from 'vitest';
import { SequestreError } from '../../src/errors';
import { parseRate } from '../../src/money';
import { asQuery } from '../support/asQuery';
import { thrownBy } from '../support/thrownBy';

describe('parseRate', () => {
  it.each([
    ['0', '0'],
    ['1', '1'],
    ['0.05', '0.05'],
    ['1.0', '1'],
    ['1.0000000000', '1'],
    ['0.1234567890', '0.123456789'],
    ['0.9999999999', '0.9999999999'],
  ])('accepts %j as %s', (value, expected) => {
    expect(parseRate(value, 'policy.feeRate').toFixed()).toBe(expected);
  });

  it.each<[unknown, string]>([
    ['1.5', 'above 1'],
    ['1.0000000001', 'above 1 by the last decimal'],
    ['2', 'above 1'],
    ['0.12345678901', '11 decimals'],
    ['5%', 'a percentage'],
    ['-0.1', 'negative'],
    ['+0.1', 'a sign'],
    ['.5', 'a bare leading point'],
    ['0.', 'a bare trailing point'],
    ['00.5', 'a leading zero'],
    ['5e-2', 'an exponent'],
    [' 0.05', 'a space'],
    ['', 'nothing'],
    [0.05, 'a number'],
    [0, 'a number'],
    [null, 'null'],
    [['0.05'], 'an array'],
  ])('refuses %j: %s (rate.format)', (value) => {
    const error = thrownBy(() => asQuery(() => parseRate(value, 'policy.feeRate')));
    expect(error).toBeInstanceOf(SequestreError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { path: 'policy.feeRate', rule: 'rate.format' } });
  });

  it('names the path and an example in the message', () => {
    const error = thrownBy(() => asQuery(() => parseRate('5%', 'policy.feeRate'))) as SequestreError;
    expect(error.message).toContain('policy.feeRate');
    expect(error.message).toContain('"0.05"');
  });
});
