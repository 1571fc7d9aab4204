import {
  cancellationAnswerDeadline,
  deliveryDeadlineOnAccept,
  deliveryDeadlineOnExtension,
  deliveryDeadlineOnRevision,
  deliveryDeadlineWithExtra,
  extensionAnswerDeadline,
  reviewDeadlineOnDelivery,
  reviewDeadlineOnRevisionDecline,
  revisionAnswerDeadline,
} from '../deadlines/deadlinesSet';
import type { Actor, Order, OrderEventType } from '../model/types';
import { RULES } from '../order/rules';
import { toInstant } from '../time';
import type { Formatters } from './describeRequests';
import type { ConsequenceParams, Messages } from './messages';
import { payoutOnCompletion, refundOfPartial, refundOnCancellation, totalOfExtra } from './moneyAtStake';
import type { Viewpoint } from './types';

/**
 * The facts of one action's consequence line: the deadline it would set, computed by the very
 * functions the transitions use (`deadlines/deadlinesSet.ts`), and the money it would move, from
 * the escrow's operations (`moneyAtStake.ts`). Only what the action's line uses is computed.
 */
export function consequenceParams(
  type: OrderEventType,
  order: Order,
  viewer: Actor,
  atMs: number,
  messages: Messages,
  format: Formatters,
): ConsequenceParams {
  const viewpoint: Viewpoint = viewer.role === 'system' ? 'platform' : viewer.role;
  const date = (ms: number) => format.date(toInstant(ms));
  const base: ConsequenceParams = {
    viewpoint,
    other: messages.parties[viewpoint === 'buyer' ? 'seller' : 'buyer'],
    date: '',
    refund: '',
    payout: '',
    amount: '',
    days: 0,
    opensDispute: false,
    backTo: '',
    revisionAnswer: true,
  };
  const offers = order.offers.filter((offer) => offer.status === 'pending');
  switch (type) {
    case 'order.accept':
      return { ...base, date: date(deliveryDeadlineOnAccept(order, atMs)) };
    case 'order.decline':
    case 'order.cancel':
    case 'cancellation.accept':
      return { ...base, refund: format.amount(refundOnCancellation(order)) };
    case 'cancellation.request':
      return {
        ...base,
        date: date(cancellationAnswerDeadline(order, atMs)),
        refund: format.amount(refundOnCancellation(order)),
      };
    case 'order.deliver':
      return {
        ...base,
        date: date(reviewDeadlineOnDelivery(order, atMs)),
        payout: format.amount(payoutOnCompletion(order)),
      };
    case 'order.complete':
      return { ...base, payout: format.amount(payoutOnCompletion(order)) };
    case 'revision.request':
      // SPEC §9 `revisionResponse: null`: no answer step, the request is the new delivery period.
      if (order.policy.revisionResponse === null)
        return { ...base, date: date(deliveryDeadlineOnRevision(order, atMs)), revisionAnswer: false };
      return { ...base, date: date(revisionAnswerDeadline(order, atMs)) };
    case 'revision.accept':
      return { ...base, date: date(deliveryDeadlineOnRevision(order, atMs)) };
    case 'revision.decline':
      return {
        ...base,
        date: date(reviewDeadlineOnRevisionDecline(order, atMs)),
        payout: format.amount(payoutOnCompletion(order)),
      };
    case 'cancellation.decline':
      // The same rule as the machine's guard decides whether this decline opens the dispute.
      return {
        ...base,
        opensDispute: RULES.isDeclineOpeningDispute.checkAny({ order, by: viewer, atMs }, undefined) === undefined,
      };
    case 'extension.request':
      return { ...base, date: date(extensionAnswerDeadline(order, atMs)) };
    case 'extension.accept':
    case 'extension.decline': {
      const days = order.requests.extension?.days ?? 0;
      const deadline =
        order.deliveryDeadline === null
          ? ''
          : type === 'extension.accept'
            ? date(deliveryDeadlineOnExtension(order, days))
            : format.date(order.deliveryDeadline);
      return { ...base, date: deadline, days };
    }
    case 'offer.accept': {
      // With one offer pending, its own figures; with several, the line speaks of the one chosen.
      const offer = offers.length === 1 ? offers[0]! : undefined;
      const total = offer === undefined ? undefined : totalOfExtra(order, offer.price);
      if (offer === undefined || total === undefined || order.deliveryDeadline === null) return base;
      return {
        ...base,
        amount: format.amount(total),
        days: offer.extraDays,
        date: date(deliveryDeadlineWithExtra(order, atMs, offer.extraDays)),
      };
    }
    case 'refund.accept': {
      const proposal = order.requests.refund;
      return proposal === null ? base : { ...base, amount: format.amount(refundOfPartial(order, proposal.amount)) };
    }
    case 'dispute.withdraw':
      return order.dispute === null ? base : { ...base, backTo: messages.titles[order.dispute.from] };
    case 'dispute.resolve':
      return {
        ...base,
        refund: format.amount(refundOnCancellation(order)),
        payout: format.amount(payoutOnCompletion(order)),
      };
    default:
      return base;
  }
}
