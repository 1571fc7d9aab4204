import type { Effect, Order } from '../../src';
import { presets } from '../../src';
import { checkout, placed } from './fixtures';

export { ev } from './fixtures';

/**
 * Checkouts on the Fiverr and Upwork presets, with each platform's published fees (SPEC §9: fees
 * stay inputs of every order): one 100.00 USD gig, no tip, 3 delivery days, placed at t0.
 * - Fiverr: a 5.5 % buyer service fee, 20 % commission → the buyer pays 105.50.
 * - Upwork: no client fee, 10 % freelancer fee → the client funds 100.00.
 */
const gig = {
  currency: 'USD',
  items: [{ id: 'gig', label: 'Logo design', price: '100.00' }],
  tip: '0',
  placedAt: '2026-03-01T10:00:00Z',
} as const;

export const fiverrOrder = (): Order =>
  placed({
    ...gig,
    policy: presets.fiverr,
    fees: { buyerFee: { rate: '0.055' }, commission: { rate: '0.20' } },
    payment: { id: 'pay-1', amount: '105.50' },
  });

export const upworkOrder = (): Order =>
  placed({
    ...gig,
    policy: presets.upwork,
    fees: { buyerFee: { rate: '0' }, commission: { rate: '0.10' } },
    payment: { id: 'pay-1', amount: '100.00' },
  });

/** The checkout input behind `fiverrOrder`, for tests of `createOrder` itself. */
export const fiverrCheckout = () =>
  checkout({
    ...gig,
    policy: presets.fiverr,
    fees: { buyerFee: { rate: '0.055' }, commission: { rate: '0.20' } },
    payment: { id: 'pay-1', amount: '105.50' },
  });

/** The money effects of a result, without their envelope: what moved, to whom, why. */
export function moneyOf(effects: readonly Effect[]) {
  return effects.flatMap((effect) => {
    if (effect.type === 'refund')
      return [{ type: 'refund', paymentId: effect.paymentId, amount: effect.amount, reason: effect.reason }];
    if (effect.type === 'payout') return [{ type: 'payout', amount: effect.amount }];
    if (effect.type === 'revenue') return [{ type: 'revenue', amount: effect.amount, breakdown: effect.breakdown }];
    return [];
  });
}

/** The notifications of a result, as `event → recipient`. */
export function noticesOf(effects: readonly Effect[]): string[] {
  return effects.flatMap((effect) => (effect.type === 'notify' ? [`${effect.event} → ${effect.to}`] : []));
}
