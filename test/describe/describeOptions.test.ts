import { expect, describe as group, it } from 'vitest';
import type { Order } from '../../src';
import { type DescribeOptions, describeOrder, formatAmount } from '../../src/entries/describe';
import { BUYER, placed, SELLER, t0 } from '../support/fixtures';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

group('describe: arguments', () => {
  const order = placed();
  const valid: DescribeOptions = { viewer: BUYER, at: t0, locale: 'fr' };
  const refusedWith = (code: string, call: () => unknown) =>
    expect(call).toThrow(expect.objectContaining({ name: 'SequestreError', code }));

  it('refuses an order it cannot use with INVALID_ORDER', () => {
    refusedWith('INVALID_ORDER', () => describeOrder({ ...order, schemaVersion: 3 } as unknown as Order, valid));
    refusedWith('INVALID_ORDER', () => describeOrder(null as unknown as Order, valid));
  });

  it('refuses a bad viewer, instant, locale or time zone with INVALID_INPUT', () => {
    const bad: unknown[] = [
      undefined,
      { ...valid, viewer: undefined },
      { ...valid, viewer: { role: 'admin' } },
      { ...valid, viewer: { role: 'buyer' } },
      { ...valid, at: '2026-03-01' },
      { ...valid, locale: 'de' },
      { ...valid, locale: undefined },
      { ...valid, timeZone: 'Nowhere/Land' },
      { ...valid, timeZone: '' },
      { ...valid, timeZone: 60 },
    ];
    for (const options of bad) refusedWith('INVALID_INPUT', () => describeOrder(order, options as DescribeOptions));
  });

  it('refuses a viewer who is not this order’s party, naming the rule', () => {
    refusedWith('INVALID_INPUT', () =>
      describeOrder(order, { ...valid, viewer: { role: 'seller', id: 'someone-else' } }),
    );
    expect(() => describeOrder(order, { ...valid, viewer: { role: 'buyer', id: 's-1' } })).toThrow(
      /not the buyer of order o-1/,
    );
  });

  it('accepts any viewer of the right party, and a platform without an id', () => {
    expect(describeOrder(order, { ...valid, viewer: SELLER }).tone).toBe('action');
    expect(describeOrder(order, { ...valid, viewer: { role: 'platform' } }).tone).toBe('info');
  });
});

group('formatAmount', () => {
  it('writes money the way each locale does, with the currency’s digits', () => {
    expect(formatAmount('1234.5', 'EUR', 'fr')).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(formatAmount('1234.5', 'EUR', 'en')).toBe('€1,234.50');
    expect(formatAmount('1000', 'JPY', 'en')).toBe('¥1,000');
    expect(formatAmount('1.25', 'KWD', 'fr')).toBe(`1,250${NBSP}KWD`);
  });

  it('keeps every digit of a 15-digit amount (no float on the way)', () => {
    expect(formatAmount('999999999999999.99', 'USD', 'en')).toBe('$999,999,999,999,999.99');
  });

  it('refuses a malformed amount, an unknown currency or locale with INVALID_INPUT', () => {
    for (const call of [
      () => formatAmount('1.005', 'EUR', 'fr'),
      () => formatAmount('12', 'XYZ', 'fr'),
      () => formatAmount('12', 'EUR', 'it' as 'fr'),
    ]) {
      expect(call).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });
});
