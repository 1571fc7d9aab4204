import { describe, expect, it } from 'vitest';
import { SequestreError } from '../../src/errors';
import { Dec, toAmount } from '../../src/money';
import { thrownBy } from '../support/thrownBy';

describe('toAmount', () => {
  it.each([
    ['49.9', 2, '49.90'],
    ['49.90', 2, '49.90'],
    ['0', 2, '0.00'],
    ['1000', 0, '1000'],
    ['1.25', 3, '1.250'],
    ['7', 3, '7.000'],
    ['999999999999999.99', 2, '999999999999999.99'],
    ['0.0000001', 7, '0.0000001'],
  ])('writes %s with exactly %i digits: %j', (value, digits, expected) => {
    expect(toAmount(new Dec(value), digits)).toBe(expected);
  });

  it('never writes an exponent, however large or small the value', () => {
    expect(toAmount(new Dec('100000000000000000000000'), 0)).toBe('100000000000000000000000');
    expect(toAmount(new Dec('0.00000001'), 8)).toBe('0.00000001');
  });

  it.each([
    ['-0.01', 2],
    ['-1', 0],
  ])('asserts that %s is not negative: a plain [sequestre] Error, not a refusal', (value, digits) => {
    const error = thrownBy(() => toAmount(new Dec(value), digits));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SequestreError);
    expect((error as Error).message).toMatch(/^\[sequestre\] an amount must not be negative/);
  });

  it.each([
    ['0.505', 2],
    ['1000.5', 0],
    ['1.2345', 3],
  ])('asserts that %s is whole minor units at %i digits: it never rounds', (value, digits) => {
    const error = thrownBy(() => toAmount(new Dec(value), digits));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SequestreError);
    expect((error as Error).message).toMatch(/^\[sequestre\] an amount must be whole minor units/);
  });

  it.each([['Infinity'], ['NaN']])('asserts that %s is finite', (value) => {
    const error = thrownBy(() => toAmount(new Dec(value), 2));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^\[sequestre\] an amount must be finite/);
  });
});
