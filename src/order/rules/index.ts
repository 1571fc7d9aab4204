import type { Refusal } from '../../errors';
import type { Order, OrderEvent, OrderEventType } from '../../model/types';
import { refuseCancel } from './cancel';
import { attemptOf, type Attempt } from './context';
import { refuseDisputeWithdraw } from './dispute';
import { refuseNoPendingOffer, refuseNoPendingOfferThatFits, refuseNoRoomForExtra, refuseOfferAccept, refuseOfferAnswer, refuseOfferPropose, refuseOptionAdd } from './extras';
import { refuseNoRefundRoom, refuseRefundAmount } from './refund';
import { refuseAnswer, refusePendingExtensionMissing, refuseSecondRequest, refuseWithdraw } from './requests';
import { refuseRevisionRequest } from './revision';

/**
 * The state's own rules for each event type (SPEC §3, last step): what refuses an event in a
 * status that handles it. The machine's guards call `refuse`; when the machine takes no
 * transition, `applyEvent` asks the same function for the code. `refuseAny` answers
 * `availableActions`: whether some valid payload could pass, without one.
 */
export type StateRule = {
  readonly refuse: (order: Order, event: OrderEvent) => Refusal | undefined;
  readonly refuseAny: (attempt: Attempt) => Refusal | undefined;
};

const none = (): undefined => undefined;
const free = (check: (attempt: Attempt) => Refusal | undefined): StateRule => ({
  refuse: (order, event) => check(attemptOf(order, event)),
  refuseAny: check,
});
const FREE = free(none);

type Of<T extends OrderEventType> = Extract<OrderEvent, { type: T }>;
const withPayload = <T extends OrderEventType>(
  refuse: (order: Order, event: Of<T>) => Refusal | undefined,
  refuseAny: (attempt: Attempt) => Refusal | undefined,
): StateRule => ({ refuse: refuse as StateRule['refuse'], refuseAny });

const secondRefund = refuseSecondRequest('refund');

export const STATE_RULES: Readonly<Record<OrderEventType, StateRule>> = {
  'order.accept': FREE,
  'order.decline': FREE,
  'order.cancel': free(refuseCancel),
  'order.deliver': FREE,
  'order.complete': FREE,
  'revision.request': free(refuseRevisionRequest),
  'revision.accept': FREE,
  'revision.decline': FREE,
  'cancellation.request': free(refuseSecondRequest('cancellation')),
  'cancellation.accept': free(refuseAnswer('cancellation')),
  'cancellation.decline': free(refuseAnswer('cancellation')),
  'cancellation.withdraw': free(refuseWithdraw('cancellation')),
  'extension.request': free(refuseSecondRequest('extension')),
  'extension.accept': free(refusePendingExtensionMissing),
  'extension.decline': free(refusePendingExtensionMissing),
  'extension.withdraw': free(refusePendingExtensionMissing),
  'option.add': withPayload<'option.add'>(refuseOptionAdd, ({ order }) => refuseNoRoomForExtra(order)),
  'offer.propose': withPayload<'offer.propose'>(refuseOfferPropose, ({ order }) => refuseNoRoomForExtra(order)),
  'offer.accept': withPayload<'offer.accept'>(refuseOfferAccept, ({ order }) => refuseNoPendingOfferThatFits(order)),
  'offer.decline': withPayload<'offer.decline'>(refuseOfferAnswer, ({ order }) => refuseNoPendingOffer(order)),
  'offer.withdraw': withPayload<'offer.withdraw'>(refuseOfferAnswer, ({ order }) => refuseNoPendingOffer(order)),
  'refund.propose': withPayload<'refund.propose'>(
    (order, event) => secondRefund(attemptOf(order, event)) ?? refuseRefundAmount(order, event.amount, 'amount'),
    (attempt) => secondRefund(attempt) ?? refuseNoRefundRoom(attempt.order),
  ),
  'refund.accept': free(refuseAnswer('refund')),
  'refund.decline': free(refuseAnswer('refund')),
  'refund.withdraw': free(refuseWithdraw('refund')),
  'dispute.open': FREE,
  'dispute.withdraw': free(refuseDisputeWithdraw),
  'dispute.resolve': withPayload<'dispute.resolve'>(
    (order, event) => (event.outcome === 'split' ? refuseRefundAmount(order, event.refund!, 'refund') : undefined),
    none,
  ),
  'clock.tick': FREE,
};
