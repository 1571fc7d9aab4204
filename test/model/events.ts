import { type Actor, nextDeadline, type Order, type OrderEvent, quoteExtra } from '../../src';

/**
 * The event factories the model walks with: for an order, one well-formed event of every type
 * from every role that may send it, at the order's last change (the earliest instant it takes),
 * with payloads built from the order so that guards can pass (quoted payments, new ids, a pending
 * offer). Deadlines are reached by a `clock.tick` at the order's next deadline. A machine
 * transition that no factory can take shows up as uncovered in `transitions.test.ts`: add a
 * factory here.
 */
const BUYER = { role: 'buyer', id: 'b-1' } as const;
const SELLER = { role: 'seller', id: 's-1' } as const;
const PLATFORM = { role: 'platform', id: 'agent-7' } as const;
const SYSTEM = { role: 'system' } as const;
const PARTIES = [BUYER, SELLER] as const;
const ALL = [BUYER, SELLER, PLATFORM] as const;

type Factory = (order: Order, now: string) => OrderEvent[];

const each =
  <T extends OrderEvent['type']>(
    type: T,
    senders: readonly Actor[],
    payload: (order: Order) => object = () => ({}),
  ): Factory =>
  (order, now) =>
    senders.map((by) => ({ type, at: now, by, ...payload(order) }) as OrderEvent);

const pendingOfferOf = (order: Order) => order.offers.find((offer) => offer.status === 'pending');

const FACTORIES: readonly Factory[] = [
  each('order.accept', [SELLER]),
  each('order.decline', [SELLER], () => ({ reason: 'Fully booked.' })),
  each('order.cancel', ALL, () => ({ reason: 'Changed plans.' })),
  each('order.deliver', [SELLER], () => ({ message: 'Here it is.' })),
  each('order.complete', [BUYER]),
  each('revision.request', [BUYER], () => ({ message: 'Bigger, please.' })),
  each('revision.accept', [SELLER]),
  each('revision.decline', [SELLER], () => ({ reason: 'Out of scope.' })),
  each('cancellation.request', PARTIES, () => ({ reason: 'No longer needed.' })),
  each('cancellation.accept', PARTIES),
  each('cancellation.decline', PARTIES),
  each('cancellation.withdraw', PARTIES),
  each('extension.request', [SELLER], () => ({ days: 2 })),
  each('extension.accept', [BUYER]),
  each('extension.decline', [BUYER]),
  each('extension.withdraw', [SELLER]),
  each('option.add', [BUYER], (order) => ({
    option: { id: `opt-${order.version}`, label: 'Source files', price: '10.00', extraDays: 1 },
    payment: { id: `pay-opt-${order.version}`, amount: quoteExtra(order, '10.00').total },
  })),
  each('offer.propose', [SELLER], (order) => ({
    offer: { id: `off-${order.version}`, label: 'Animated logo', price: '20.00', extraDays: 2 },
  })),
  each('offer.accept', [BUYER], (order) => {
    const offer = pendingOfferOf(order);
    return {
      offerId: offer?.id ?? 'none',
      payment: { id: `pay-off-${order.version}`, amount: quoteExtra(order, offer?.price ?? '20.00').total },
    };
  }),
  each('offer.decline', [BUYER], (order) => ({ offerId: pendingOfferOf(order)?.id ?? 'none' })),
  each('offer.withdraw', [SELLER], (order) => ({ offerId: pendingOfferOf(order)?.id ?? 'none' })),
  each('refund.propose', PARTIES, () => ({ amount: '5.00', reason: 'One colour less.' })),
  each('refund.accept', PARTIES),
  each('refund.decline', PARTIES),
  each('refund.withdraw', PARTIES),
  each('dispute.open', ALL, () => ({ reason: 'No answer.' })),
  each('dispute.withdraw', ALL),
  each('dispute.resolve', [PLATFORM], () => ({ outcome: 'refund' })),
  each('dispute.resolve', [PLATFORM], () => ({ outcome: 'release' })),
  each('dispute.resolve', [PLATFORM], () => ({ outcome: 'split', refund: '5.00' })),
  each('dispute.resolve', [PLATFORM], () => ({ outcome: 'restart', deliveryDays: 2 })),
  (order) => {
    const next = nextDeadline(order);
    return next === null ? [] : [{ type: 'clock.tick', at: next.at, by: SYSTEM }];
  },
];

/** Every event the model tries on an order, at its last change. */
export function eventsFor(order: Order): OrderEvent[] {
  const now = order.history[order.history.length - 1]!.at;
  return FACTORIES.flatMap((factory) => factory(order, now));
}
