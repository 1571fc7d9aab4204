import { describe, expect, it } from 'vitest';
import { presets } from '../../src';
import { at, DAY, delivered, placed, run, SELLER, SYSTEM, t0 } from './orders';

/**
 * Transitions of the machine that the SPEC scenarios reach only with unusual policies or in a
 * later status: each is driven through applyEvent and checked by its effects.
 */
describe('an order that is still pending when it expires', () => {
  // A month to accept but a lifetime of one day: the expiry comes first.
  const policy = (onExpiry: 'forfeit' | 'refund' | 'release') => ({
    ...presets.comeup,
    acceptanceWindow: 'P30D',
    maxLifetime: 'P1D',
    onExpiry,
  });
  const expire = (onExpiry: 'forfeit' | 'refund' | 'release') =>
    run(placed({ policy: policy(onExpiry) }), { type: 'clock.tick', at: at(t0, DAY), by: SYSTEM });
  const moneyOf = (result: ReturnType<typeof expire>) =>
    result.effects.filter((effect) => effect.type !== 'notify').map((effect) => effect.type);

  it('forfeits everything to the platform under onExpiry forfeit', () => {
    const result = expire('forfeit');
    expect(result.order.status).toBe('expired');
    expect(moneyOf(result)).toEqual(['revenue']);
    expect(result.effects.find((effect) => effect.type === 'revenue')).toMatchObject({
      amount: '57.50',
      breakdown: { forfeited: '57.50' },
    });
  });

  it('refunds the buyer under onExpiry refund', () => {
    const result = expire('refund');
    expect(result.order.status).toBe('expired');
    expect(moneyOf(result)).toEqual(['refund']);
  });

  it('releases to the seller under onExpiry release', () => {
    const result = expire('release');
    expect(result.order.status).toBe('expired');
    expect(moneyOf(result)).toEqual(['payout', 'revenue']);
  });

  it('tells both parties', () => {
    expect(
      expire('forfeit')
        .effects.filter((effect) => effect.type === 'notify')
        .map((effect) => effect.type === 'notify' && [effect.to, effect.event]),
    ).toEqual([
      ['buyer', 'order.expired'],
      ['seller', 'order.expired'],
    ]);
  });
});

describe('a custom offer proposed after a delivery', () => {
  it('tells the buyer offer.proposed and keeps the order delivered', () => {
    const result = run(delivered(), {
      type: 'offer.propose',
      at: at(t0, 2 * DAY),
      by: SELLER,
      offer: { id: 'o1', label: 'Animation', price: '20.00', extraDays: 2 },
    });
    expect(result.order.status).toBe('delivered');
    expect(result.effects.map((effect) => effect.type === 'notify' && [effect.to, effect.event])).toEqual([
      ['buyer', 'offer.proposed'],
    ]);
    expect(result.order.offers).toHaveLength(1);
  });
});
