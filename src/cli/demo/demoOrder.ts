import { nextDeadline, quoteExtra, quoteOrder, type Order, type OrderInput } from '../../index';
import type { ScriptedEvent } from '../timeline/playOrder';

const BUYER = { role: 'buyer', id: 'buyer-alice' } as const;
const SELLER = { role: 'seller', id: 'seller-lea' } as const;
const items = [{ id: 'logo', label: 'Logo design', price: '40.00' }];
const fees = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };

/**
 * The demo's checkout: a 40.00 EUR logo with a 5.00 tip, 5 % buyer fee and 20 % commission,
 * three days to deliver, two to redo after a revision, ComeUp's rules. The payment is the quote's
 * total, as a checkout must charge it (SPEC §7.2).
 */
export const demoInput: OrderInput = {
  id: 'order-demo',
  buyer: { id: BUYER.id },
  seller: { id: SELLER.id },
  currency: 'EUR',
  items,
  tip: '5.00',
  deliveryDays: 3,
  revisionDays: 2,
  fees,
  payment: { id: 'pay-checkout', amount: quoteOrder({ currency: 'EUR', items, tip: '5.00', fees }).total },
  placedAt: '2026-03-02T09:00:00Z',
};

/** The scheduler's tick at the order's next deadline, as a host's job queue would send it. */
const tickAtNextDeadline: ScriptedEvent = (order: Order) => ({ type: 'clock.tick', at: nextDeadline(order)?.at, by: { role: 'system' } });

/**
 * The demo's events on a simulated clock: acceptance, an option bought mid-order (paid at
 * `quoteExtra`'s total), the delivery deadline passing (the order is late), a late delivery, a
 * revision, the redelivery, then the buyer's approval. Instants are fixed, so every run prints
 * the same timeline.
 */
export const demoEvents: readonly ScriptedEvent[] = [
  () => ({ type: 'order.accept', at: '2026-03-02T14:00:00Z', by: SELLER }),
  (order) => ({
    type: 'option.add',
    at: '2026-03-03T10:00:00Z',
    by: BUYER,
    option: { id: 'source-files', label: 'Source files', price: '10.00', extraDays: 1 },
    payment: { id: 'pay-option', amount: quoteExtra(order, '10.00').total },
  }),
  tickAtNextDeadline,
  () => ({ type: 'order.deliver', at: '2026-03-06T18:30:00Z', by: SELLER, message: 'Three logo proposals and the source files.' }),
  () => ({ type: 'revision.request', at: '2026-03-07T09:00:00Z', by: BUYER, message: 'A darker blue, please.' }),
  () => ({ type: 'revision.accept', at: '2026-03-07T11:00:00Z', by: SELLER }),
  () => ({ type: 'order.deliver', at: '2026-03-08T16:00:00Z', by: SELLER, message: 'Darker blue, as asked.' }),
  () => ({ type: 'order.complete', at: '2026-03-09T10:00:00Z', by: BUYER }),
];
