import { EVENT_TYPES, type OrderEventType, type Role } from '../../model/vocabulary';

/**
 * Who may ever send each event type (SPEC §3), in the order of SPEC's event table, which is
 * also the order of `availableActions`. A role outside its list gets `FORBIDDEN` in any state.
 */
export const SENDERS = {
  'order.accept': ['seller'],
  'order.decline': ['seller'],
  'order.cancel': ['buyer', 'seller', 'platform'],
  'order.deliver': ['seller'],
  'order.complete': ['buyer'],
  'revision.request': ['buyer'],
  'revision.accept': ['seller'],
  'revision.decline': ['seller'],
  'cancellation.request': ['buyer', 'seller'],
  'cancellation.accept': ['buyer', 'seller'],
  'cancellation.decline': ['buyer', 'seller'],
  'cancellation.withdraw': ['buyer', 'seller'],
  'extension.request': ['seller'],
  'extension.accept': ['buyer'],
  'extension.decline': ['buyer'],
  'extension.withdraw': ['seller'],
  'option.add': ['buyer'],
  'offer.propose': ['seller'],
  'offer.accept': ['buyer'],
  'offer.decline': ['buyer'],
  'offer.withdraw': ['seller'],
  'refund.propose': ['buyer', 'seller'],
  'refund.accept': ['buyer', 'seller'],
  'refund.decline': ['buyer', 'seller'],
  'refund.withdraw': ['buyer', 'seller'],
  'dispute.open': ['buyer', 'seller', 'platform'],
  'dispute.withdraw': ['buyer', 'seller', 'platform'],
  'dispute.resolve': ['platform'],
  'clock.tick': ['system'],
} as const satisfies Record<OrderEventType, readonly Role[]>;

export { EVENT_TYPES };

/** Whether a role may ever send a type. */
export function isSenderOf(type: OrderEventType, role: Role): boolean {
  return (SENDERS[type] as readonly Role[]).includes(role);
}
