import { nextDeadline, type Order, type OrderInput, type Policy, presets, quoteExtra, quoteOrder } from '../../index';
import type { PresetName } from '../args/parseArgs';
import type { ScriptedEvent } from '../timeline/playOrder';

const BUYER = { role: 'buyer', id: 'buyer-alice' } as const;
const SELLER = { role: 'seller', id: 'seller-lea' } as const;
const items = [{ id: 'logo', label: 'Logo design', price: '40.00' }];

/**
 * Each platform's published fees (SPEC §9: fees are inputs of every order): ComeUp's demo takes
 * a 5 % buyer fee and 20 % commission; Fiverr charges buyers 5.5 % and keeps 20 %; Upwork keeps
 * 10 % of the freelancer's earnings and, here, charges the client nothing.
 */
const FEES: Readonly<Record<PresetName, { readonly currency: string; readonly fees: OrderInput['fees'] }>> = {
  comeup: { currency: 'EUR', fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } } },
  fiverr: { currency: 'USD', fees: { buyerFee: { rate: '0.055' }, commission: { rate: '0.20' } } },
  upwork: { currency: 'USD', fees: { buyerFee: { rate: '0' }, commission: { rate: '0.10' } } },
};

/**
 * The demo's checkout under a preset: a 40.00 logo with a 5.00 tip, three days to deliver, two to
 * redo after a revision, the platform's fees and rules. The payment is the quote's total, as a
 * checkout must charge it (SPEC §7.2).
 */
export function demoInputFor(preset: PresetName): OrderInput {
  const { currency, fees } = FEES[preset];
  return {
    id: 'order-demo',
    buyer: { id: BUYER.id },
    seller: { id: SELLER.id },
    currency,
    items,
    tip: '5.00',
    deliveryDays: 3,
    revisionDays: 2,
    fees,
    payment: { id: 'pay-checkout', amount: quoteOrder({ currency, items, tip: '5.00', fees }).total },
    placedAt: '2026-03-02T09:00:00Z',
    // ComeUp's rules are the default: the demo's checkout leaves them out, as most hosts will.
    ...(preset === 'comeup' ? {} : { policy: presets[preset] }),
  };
}

/** The scheduler's tick at the order's next deadline, as a host's job queue would send it. */
const tickAtNextDeadline: ScriptedEvent = (order: Order) => ({
  type: 'clock.tick',
  at: nextDeadline(order)?.at,
  by: { role: 'system' },
});

/**
 * The demo's events on a simulated clock: acceptance, an option bought mid-order (paid at
 * `quoteExtra`'s total), the delivery deadline passing (the order is late), a late delivery, a
 * revision, the redelivery, then the buyer's approval. A step the policy does not have is left
 * out (SPEC §9): with no acceptance step the order is at work from checkout, and with no revision
 * answer step the revision request sends it straight back to work. Instants are fixed, so every
 * run prints the same timeline.
 */
export function demoEventsFor(policy: Policy): ScriptedEvent[] {
  return [
    ...(policy.acceptanceWindow === null
      ? []
      : [() => ({ type: 'order.accept', at: '2026-03-02T14:00:00Z', by: SELLER })]),
    (order: Order) => ({
      type: 'option.add',
      at: '2026-03-03T10:00:00Z',
      by: BUYER,
      option: { id: 'source-files', label: 'Source files', price: '10.00', extraDays: 1 },
      payment: { id: 'pay-option', amount: quoteExtra(order, '10.00').total },
    }),
    tickAtNextDeadline,
    () => ({
      type: 'order.deliver',
      at: '2026-03-06T18:30:00Z',
      by: SELLER,
      message: 'Three logo proposals and the source files.',
    }),
    () => ({ type: 'revision.request', at: '2026-03-07T09:00:00Z', by: BUYER, message: 'A darker blue, please.' }),
    ...(policy.revisionResponse === null
      ? []
      : [() => ({ type: 'revision.accept', at: '2026-03-07T11:00:00Z', by: SELLER })]),
    () => ({ type: 'order.deliver', at: '2026-03-08T16:00:00Z', by: SELLER, message: 'Darker blue, as asked.' }),
    () => ({ type: 'order.complete', at: '2026-03-09T10:00:00Z', by: BUYER }),
  ];
}

/** The demo of a preset: its checkout and its events. */
export function demoFor(preset: PresetName): { readonly input: OrderInput; readonly events: readonly ScriptedEvent[] } {
  return { input: demoInputFor(preset), events: demoEventsFor(presets[preset]) };
}

/** ComeUp's demo, the default: `sequestre demo`. */
export const demoInput: OrderInput = demoInputFor('comeup');
export const demoEvents: readonly ScriptedEvent[] = demoEventsFor(presets.comeup);
