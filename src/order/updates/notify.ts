import type { EffectDraft, Order, Recipient } from '../../model/types';
import { emit, type MachineEvent, type OrderContext } from './context';

export type { Recipient };

/** Parameters of the `notify` action, declared in the machine next to each transition. */
export type NotifyParams = {
  /** The notification, the event's verb in the past tense (`order.accepted`, `order.late`). */
  readonly event: string;
  /** Who to tell; by default the other party, or both parties when the platform or the system acted. */
  readonly to?: readonly Recipient[];
  /** `dispute.opened` also tells the platform (SPEC §8). */
  readonly alsoPlatform?: boolean;
};

/** Emits one `notify` effect per recipient (SPEC §8). */
export function notify(context: OrderContext, event: MachineEvent, params: NotifyParams): OrderContext {
  const to = params.to ?? counterpartsOf(event.by.role);
  const recipients = params.alsoPlatform === true ? [...to, 'platform' as const] : to;
  const effects = recipients.map((recipient) => notification(context.order, recipient, params.event, event.at));
  return emit(context, effects);
}

/** One `notify` effect; buyer and seller are named by their id too (SPEC §8 `toId`). */
export function notification(
  order: Pick<Order, 'buyer' | 'seller'>,
  to: Recipient,
  event: string,
  at: string,
): EffectDraft {
  if (to === 'platform') return { type: 'notify', to, event, at };
  return { type: 'notify', to, toId: order[to].id, event, at };
}

/** An accepted party event notifies the other party; platform and automatic ones notify both. */
export function counterpartsOf(role: MachineEvent['by']['role']): readonly Recipient[] {
  if (role === 'buyer') return ['seller'];
  if (role === 'seller') return ['buyer'];
  return ['buyer', 'seller'];
}
