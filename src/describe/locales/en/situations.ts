import type { Messages, SituationParams } from '../../messages';
import type { Party } from '../../types';
import { en as t } from '../typeset';
import { did, OUTCOMES, requestOf } from './words';

// Where an English order stands, from each side: running situations, how a final one ended,
// where its money went, whose move it is, and the amounts that concern each party.

const OPENERS: Readonly<Record<Party, string>> = {
  you: 'by you',
  buyer: 'by the buyer',
  seller: 'by the seller',
  platform: 'by the platform',
  system: 'automatically',
};
const disputed = (p: SituationParams, next: string) =>
  `Dispute opened ${OPENERS[p.opener]} on ${p.date}: the order is frozen and no deadline runs. ${next}`;
const mediation = (p: SituationParams) =>
  disputed(p, `A platform mediator will review the order and decide: ${OUTCOMES}.`) +
  (p.opener === 'you' ? ' You can withdraw your dispute if you reach an agreement.' : '');
const decided = (date: string, outcome: string) =>
  `The platform’s mediator resolved the dispute on ${date}: ${outcome}.`;

export const titles: Messages['titles'] = {
  pending: 'Waiting for acceptance',
  inProgress: 'In progress',
  late: 'Late',
  delivered: 'Delivered',
  revisionDeclined: 'Revision declined',
  revisionRequested: 'Revision requested',
  revisionOverdue: 'Revision unanswered',
  disputed: 'Dispute',
  completed: 'Completed',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

export const situations: Messages['situations'] = {
  pending: {
    buyer: (p) =>
      `Your order is paid and the money is held in escrow. The seller has until ${p.date} to accept it; otherwise it will be cancelled and you will be refunded.`,
    seller: (p) =>
      `New order: accept or decline it by ${p.date}; otherwise it will be cancelled automatically and the buyer refunded.`,
    platform: (p) => `Paid, waiting for the seller to accept it by ${p.date}.`,
  },
  inProgress: {
    buyer: (p) =>
      p.deliveredBefore
        ? t`The seller is working on your order again and must deliver it by ${p.date}. Your money stays safe in escrow; as the order was delivered once, it can only be refunded with the seller's agreement or through a dispute.`
        : p.lateCancellation
          ? t`The seller is working on your order and must deliver it by ${p.date}. Your money stays safe in escrow; until then, the order can only be refunded with the seller's agreement.`
          : t`The seller is working on your order and must deliver it by ${p.date}. Your money stays safe in escrow; the order can only be refunded with the seller's agreement or through a dispute.`,
    seller: (p) =>
      p.deliveredBefore
        ? `Deliver the order again by ${p.date}. As you delivered it once, the buyer cannot cancel it alone: only with your agreement or through a dispute.`
        : !p.lateCancellation
          ? `Deliver the order by ${p.date}. If you are late, the buyer can request a cancellation or open a dispute.`
          : p.cancelFrom === undefined
            ? `Deliver the order by ${p.date}. After that, the buyer can cancel it without your agreement.`
            : `Deliver the order by ${p.date}. From ${p.cancelFrom}, if it is not delivered, the buyer can cancel it without your agreement.`,
    platform: (p) => `The seller must deliver by ${p.date}.`,
  },
  late: {
    buyer: (p) =>
      `The order has been late since ${p.date}. ` +
      (p.deliveredBefore
        ? 'As the seller delivered it once, you cannot cancel it alone: request a cancellation, open a dispute, or wait for the new delivery.'
        : !p.lateCancellation
          ? 'You cannot cancel it alone: request a cancellation, open a dispute, or wait for the delivery.'
          : p.cancelFrom === undefined
            ? t`You can cancel it without the seller's agreement and get a refund, or wait for the delivery.`
            : t`You can cancel it without the seller's agreement from ${p.cancelFrom}, if it is not delivered by then.`),
    seller: (p) =>
      `The order has been late since ${p.date}. Deliver as soon as possible: ` +
      (p.deliveredBefore || !p.lateCancellation
        ? 'the buyer can request a cancellation or open a dispute.'
        : (p.cancelFrom === undefined ? 'the buyer can now' : `from ${p.cancelFrom}, the buyer can`) +
          ' cancel it without your agreement, and you would not be paid.'),
    platform: (p) => `The order has been late since ${p.date}: the seller did not deliver in time.`,
  },
  delivered: {
    buyer: (p) =>
      `The seller has delivered: review the work by ${p.date}. Complete the order, request a revision or open a dispute; if you do nothing, it will be completed automatically and the seller paid.`,
    seller: (p) =>
      `You have delivered. The buyer has until ${p.date} to complete the order; without an answer, it will be completed automatically and you will be paid.`,
    platform: (p) =>
      `Delivered; the buyer has until ${p.date} to complete the order, otherwise it will be completed automatically.`,
  },
  revisionDeclined: {
    buyer: (p) =>
      `The seller declined your revision request. Complete the order or open a dispute by ${p.date}; otherwise it will be completed automatically.`,
    seller: (p) => `You declined the revision. The buyer has until ${p.date} to complete the order or open a dispute.`,
    platform: (p) =>
      `The seller declined a revision; the buyer has until ${p.date} to complete the order or open a dispute.`,
  },
  revisionRequested: {
    buyer: (p) => `You requested a revision. The seller has until ${p.date} to accept or decline it.`,
    seller: (p) => `The buyer requests a revision: accept or decline it by ${p.date}.`,
    platform: (p) => `A revision was requested; the seller must answer by ${p.date}.`,
  },
  revisionOverdue: {
    buyer: (p) =>
      `The seller did not answer your revision request by ${p.date}. You can open a dispute or keep waiting for an answer.`,
    seller: (p) => `You did not answer the revision request by ${p.date}: answer now, as the buyer can open a dispute.`,
    platform: (p) => `The seller did not answer the revision request by ${p.date}.`,
  },
  disputed: {
    buyer: mediation,
    seller: mediation,
    platform: (p) => disputed(p, `Decide: ${OUTCOMES}.`),
  },
};

export const endings: Messages['endings'] = {
  declined: (p) => `${did(p.by, 'declined the order')} on ${p.date}.`,
  notAccepted: (p) =>
    `${p.seller === 'you' ? 'You' : 'The seller'} did not accept the order in time: it was cancelled automatically on ${p.date}.`,
  cancelled: (p) => `${did(p.by, 'cancelled the order')} on ${p.date}.`,
  cancelledLate: (p) => `${did(p.by, 'cancelled the order')} on ${p.date}, late since ${p.lateSince}.`,
  cancelledByAgreement: (p) =>
    `${did(p.by, 'accepted')} ${requestOf(p.requester, false)} on ${p.date}: the order is cancelled.`,
  cancellationUnanswered: (p) =>
    `${requestOf(p.requester, true)} went unanswered: the order was cancelled automatically on ${p.date}.`,
  refundedByDecision: (p) => decided(p.date, 'a full refund'),
  releasedByDecision: (p) => decided(p.date, 'full payment to the seller'),
  splitByDecision: (p) =>
    decided(
      p.date,
      `a partial refund of ${p.split} ${p.buyer === 'you' ? 'to you' : 'to the buyer'}, the rest ${p.seller === 'you' ? 'to you' : 'to the seller'}`,
    ),
  completed: (p) => `${did(p.by, 'completed the order')} on ${p.date}.`,
  completedAutomatically: (p) =>
    `The order was completed automatically on ${p.date}, without an answer from ${p.buyer === 'you' ? 'you' : 'the buyer'} during the review period.`,
  expired: (p) => `The order expired on ${p.date} before it was completed: it reached its maximum lifetime.`,
};

const forfeit = (forfeited: string) => (forfeited === '' ? '' : ` The money held (${forfeited}) goes to the platform.`);

export const settled: Messages['settled'] = {
  buyer: (p) =>
    (p.refunded !== ''
      ? `You were refunded ${p.refunded}.`
      : p.paidOut !== ''
        ? `The seller received ${p.paidOut}.`
        : 'You were not refunded.') + forfeit(p.forfeited),
  seller: (p) =>
    (p.paidOut !== '' ? `You received ${p.paidOut}.` : 'You will not be paid for this order.') + forfeit(p.forfeited),
  platform: (p) => {
    const parts = [
      p.paidOut && `${p.paidOut} to the seller`,
      p.refunded && `${p.refunded} to the buyer`,
      p.revenue && `${p.revenue} to the platform`,
    ];
    return `Money paid out: ${parts.filter((part) => part !== '').join(', ')}.`;
  },
};

export const moves: Messages['moves'] = {
  you: 'Your move',
  buyer: t`The buyer's move`,
  seller: t`The seller's move`,
  platform: t`The platform's move`,
  nobody: 'Nothing left to do: the order is closed',
};

export const amounts: Messages['amounts'] = {
  held: (amount) => `Held in escrow: ${amount}`,
  payoutOnCompletion: (amount, viewpoint) =>
    viewpoint === 'seller' ? `You will receive on completion: ${amount}` : `For the seller on completion: ${amount}`,
  revenueOnCompletion: (amount) => `For the platform on completion: ${amount}`,
  refundOnCancellation: (amount, viewpoint) =>
    viewpoint === 'buyer'
      ? `Your refund if the order is cancelled: ${amount}`
      : t`The buyer's refund if the order is cancelled: ${amount}`,
  refunded: (amount, viewpoint) =>
    viewpoint === 'buyer' ? `You were refunded: ${amount}` : `Refunded to the buyer: ${amount}`,
  paidOut: (amount, viewpoint) =>
    viewpoint === 'seller' ? `You received: ${amount}` : `Paid to the seller: ${amount}`,
  revenue: (amount) => `Kept by the platform: ${amount}`,
};
