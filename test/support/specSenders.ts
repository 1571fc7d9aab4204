import type { Actor, OrderEvent } from '../../src';

type Role = Actor['role'];

/**
 * SPEC §3's event table, column "who", copied here by hand so that the tests check the code
 * against the contract and not against itself. Payloads are valid, so that only the sender
 * can make an event FORBIDDEN or INVALID_INPUT.
 */
export const SPEC_SENDERS: readonly { type: OrderEvent['type']; who: readonly Role[]; payload?: object }[] = [
  { type: 'order.accept', who: ['seller'] },
  { type: 'order.decline', who: ['seller'], payload: { reason: 'Fully booked.' } },
  { type: 'order.cancel', who: ['buyer', 'seller', 'platform'], payload: { reason: 'Changed plans.' } },
  { type: 'order.deliver', who: ['seller'], payload: { message: 'Here it is.' } },
  { type: 'order.complete', who: ['buyer'] },
  { type: 'revision.request', who: ['buyer'], payload: { message: 'Bigger.' } },
  { type: 'revision.accept', who: ['seller'] },
  { type: 'revision.decline', who: ['seller'] },
  { type: 'cancellation.request', who: ['buyer', 'seller'] },
  { type: 'cancellation.accept', who: ['buyer', 'seller'] },
  { type: 'cancellation.decline', who: ['buyer', 'seller'] },
  { type: 'cancellation.withdraw', who: ['buyer', 'seller'] },
  { type: 'extension.request', who: ['seller'], payload: { days: 2 } },
  { type: 'extension.accept', who: ['buyer'] },
  { type: 'extension.decline', who: ['buyer'] },
  { type: 'extension.withdraw', who: ['seller'] },
  {
    type: 'option.add',
    who: ['buyer'],
    payload: {
      option: { id: 'opt-9', label: 'Source files', price: '10.00', extraDays: 1 },
      payment: { id: 'pay-9', amount: '10.50' },
    },
  },
  {
    type: 'offer.propose',
    who: ['seller'],
    payload: { offer: { id: 'off-9', label: 'More', price: '20.00', extraDays: 1 } },
  },
  { type: 'offer.accept', who: ['buyer'], payload: { offerId: 'off-1', payment: { id: 'pay-9', amount: '10.50' } } },
  { type: 'offer.decline', who: ['buyer'], payload: { offerId: 'off-1' } },
  { type: 'offer.withdraw', who: ['seller'], payload: { offerId: 'off-1' } },
  { type: 'refund.propose', who: ['buyer', 'seller'], payload: { amount: '5.00' } },
  { type: 'refund.accept', who: ['buyer', 'seller'] },
  { type: 'refund.decline', who: ['buyer', 'seller'] },
  { type: 'refund.withdraw', who: ['buyer', 'seller'] },
  { type: 'dispute.open', who: ['buyer', 'seller', 'platform'] },
  { type: 'dispute.withdraw', who: ['buyer', 'seller', 'platform'] },
  { type: 'dispute.resolve', who: ['platform'], payload: { outcome: 'split', refund: '5.00' } },
  { type: 'clock.tick', who: ['system'] },
];

/** The same column as a lookup: which roles may ever send each event type. */
export const SENDERS_BY_TYPE = Object.fromEntries(SPEC_SENDERS.map((row) => [row.type, row.who])) as Readonly<
  Record<OrderEvent['type'], readonly Role[]>
>;
