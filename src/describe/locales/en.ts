import type { Messages, Opener, SituationParams } from '../types';

// Vocabulary of ComeUp's English help pages (support-en articles 1464, 1749, 1750, 1754, 1767,
// 1753): "in progress", "delivered", "revision", "dispute", "escrow".

const OPENERS: Readonly<Record<Opener, string>> = {
  you: 'by you',
  buyer: 'by the buyer',
  seller: 'by the seller',
  platform: 'by the platform',
  system: 'automatically',
};
const FROZEN = 'the order is frozen and a platform mediator will decide the outcome (refund, payment to the seller, split or restart).';
const disputedParty = (p: SituationParams) =>
  `Dispute opened ${OPENERS[p.opener]} on ${p.date}: ${FROZEN}` + (p.opener === 'you' ? ' You can withdraw your dispute if you reach an agreement.' : '');
const days = (count: number) => `${count} more day${count > 1 ? 's' : ''}`;

export const en: Messages = {
  locale: 'en',
  titles: {
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
  },
  situations: {
    pending: {
      buyer: (p) => `Your order is paid and the money is held in escrow. The seller has until ${p.date} to accept it; otherwise it is cancelled and refunded.`,
      seller: (p) => `New order: accept or decline it by ${p.date}, or it will be cancelled automatically.`,
      platform: (p) => `Paid, waiting for the seller to accept it by ${p.date}.`,
    },
    inProgress: {
      buyer: (p) =>
        p.deliveredBefore
          ? `The seller is working on your order again and must deliver it by ${p.date}. Your money stays safe in escrow; as the order was delivered once, it can only be refunded with the seller's agreement or through a dispute.`
          : p.lateCancellation
            ? `The seller is working on your order and must deliver it by ${p.date}. Your money stays safe in escrow; until then, the order can only be refunded with the seller's agreement.`
            : `The seller is working on your order and must deliver it by ${p.date}. Your money stays safe in escrow; the order can only be refunded with the seller's agreement or through a dispute.`,
      seller: (p) =>
        p.deliveredBefore
          ? `Deliver the order again by ${p.date}. As you delivered it once, the buyer cannot cancel it alone: only with your agreement or through a dispute.`
          : !p.lateCancellation
            ? `Deliver the order by ${p.date}. If you are late, the buyer can ask you for a cancellation or open a dispute.`
            : p.cancelFrom === undefined
              ? `Deliver the order by ${p.date}. After that, the buyer can cancel it without your agreement.`
              : `Deliver the order by ${p.date}. From ${p.cancelFrom}, if it is not delivered, the buyer can cancel it without your agreement.`,
      platform: (p) => `The seller must deliver by ${p.date}.`,
    },
    late: {
      buyer: (p) =>
        `The order has been late since ${p.date}. ` +
        (p.deliveredBefore
          ? 'As the seller delivered it once, you cannot cancel it alone: ask the seller for a cancellation, open a dispute, or wait for the new delivery.'
          : !p.lateCancellation
          ? 'You cannot cancel it alone: ask the seller for a cancellation, open a dispute, or wait for the delivery.'
          : p.cancelFrom === undefined
          ? "You can cancel it without the seller's agreement and get a refund, or wait for the delivery."
          : `You can cancel it without the seller's agreement from ${p.cancelFrom}, if it is not delivered by then.`),
      seller: (p) =>
        `The order has been late since ${p.date}. Deliver as soon as possible: ` +
        (p.deliveredBefore || !p.lateCancellation
          ? 'the buyer can ask you for a cancellation or open a dispute.'
          : (p.cancelFrom === undefined ? 'the buyer can now' : `from ${p.cancelFrom}, the buyer can`) + ' cancel it without your agreement, and you would not be paid.'),
      platform: (p) => `The order has been late since ${p.date}: the seller did not deliver in time.`,
    },
    delivered: {
      buyer: (p) => `The seller has delivered: review the work by ${p.date}. Complete the order, request a revision or open a dispute; if you do nothing, it completes automatically.`,
      seller: (p) => `You have delivered. The buyer has until ${p.date} to review it; without an answer the order completes and you are paid automatically.`,
      platform: (p) => `Delivered; the buyer has until ${p.date} to review, then the order completes automatically.`,
    },
    revisionDeclined: {
      buyer: (p) => `The seller declined your revision request. Complete the order or open a dispute by ${p.date}; otherwise it completes automatically.`,
      seller: (p) => `You declined the revision. The buyer has until ${p.date} to complete the order or open a dispute.`,
      platform: (p) => `The seller declined a revision; the buyer has until ${p.date} to complete the order or open a dispute.`,
    },
    revisionRequested: {
      buyer: (p) => `You requested a revision. The seller has until ${p.date} to accept or decline it.`,
      seller: (p) => `The buyer requests a revision: accept or decline it by ${p.date}.`,
      platform: (p) => `A revision was requested; the seller must answer by ${p.date}.`,
    },
    revisionOverdue: {
      buyer: (p) => `The seller did not answer your revision request by ${p.date}. You can open a dispute or keep waiting for an answer.`,
      seller: (p) => `You did not answer the revision request by ${p.date}: answer now, as the buyer can open a dispute.`,
      platform: (p) => `The seller did not answer the revision request by ${p.date}.`,
    },
    disputed: {
      buyer: disputedParty,
      seller: disputedParty,
      platform: (p) => `Dispute opened ${OPENERS[p.opener]} on ${p.date}: the order is frozen. Decide: refund, payment to the seller, split or restart.`,
    },
    completed: {
      buyer: (p) => 'The order is complete and the seller has been paid.' + (p.hasRefund ? ` You received a refund of ${p.refunded}.` : ''),
      seller: (p) => `The order is complete: you received ${p.paidOut}.`,
      platform: (p) => `Completed: ${p.paidOut} to the seller, ${p.revenue} to the platform.`,
    },
    cancelled: {
      buyer: (p) => `The order is cancelled: you received a refund of ${p.refunded}.`,
      seller: () => 'The order is cancelled and the buyer has been refunded; you will not be paid for it.',
      platform: (p) => `Cancelled; the buyer received ${p.refunded}.`,
    },
    expired: {
      buyer: (p) =>
        'The order expired before it was completed. ' +
        { forfeit: 'The money held in escrow goes to the platform.', refund: `You received a refund of ${p.refunded}.`, release: 'The seller has been paid.' }[p.onExpiry],
      seller: (p) =>
        'The order expired before it was completed. ' +
        { forfeit: 'The money held in escrow goes to the platform: you will not be paid.', refund: 'The buyer has been refunded.', release: `You received ${p.paidOut}.` }[p.onExpiry],
      platform: (p) =>
        'Expired. ' + { forfeit: `The platform keeps ${p.revenue}.`, refund: `The buyer received ${p.refunded}.`, release: `The seller received ${p.paidOut}.` }[p.onExpiry],
    },
  },
  requests: {
    cancellation: {
      mine: (p) => `You asked to cancel the order; an answer is due by ${p.date}.`,
      theirs: (p) => `${p.party} asks to cancel the order; an answer is due by ${p.date}.`,
    },
    extension: {
      mine: (p) => `You asked for ${days(p.days)}; an answer is due by ${p.date}.`,
      theirs: (p) => `${p.party} asks for ${days(p.days)} to deliver; an answer is due by ${p.date}.`,
    },
    refund: {
      mine: (p) => `You propose a partial refund of ${p.amount}.`,
      theirs: (p) => `${p.party} proposes a partial refund of ${p.amount}.`,
    },
    offer: {
      mine: (p) => `Your offer "${p.label}" (${p.amount}, ${days(p.days)}) is waiting for the buyer's answer.`,
      theirs: (p) => `Custom offer "${p.label}": ${p.amount}, ${days(p.days)}.`,
    },
  },
  parties: { buyer: 'The buyer', seller: 'The seller' },
  deadlines: {
    acceptance: 'Acceptance deadline',
    delivery: 'Delivery deadline',
    review: 'Automatic completion',
    cancellationResponse: 'Answer to the cancellation request',
    extensionResponse: 'Answer to the extension request',
    revisionResponse: 'Answer to the revision request',
    expiry: 'Order expiry',
  },
  actions: {
    'order.accept': 'Accept the order',
    'order.decline': 'Decline the order',
    'order.cancel': 'Cancel the order',
    'order.deliver': 'Deliver the order',
    'order.complete': 'Complete the order',
    'revision.request': 'Request a revision',
    'revision.accept': 'Accept the revision',
    'revision.decline': 'Decline the revision',
    'cancellation.request': 'Request a cancellation',
    'cancellation.accept': 'Accept the cancellation',
    'cancellation.decline': 'Decline the cancellation',
    'cancellation.withdraw': 'Withdraw the cancellation request',
    'extension.request': 'Ask for more time',
    'extension.accept': 'Grant the extension',
    'extension.decline': 'Decline the extension',
    'extension.withdraw': 'Withdraw the extension request',
    'option.add': 'Buy an option',
    'offer.propose': 'Propose a custom offer',
    'offer.accept': 'Accept the offer',
    'offer.decline': 'Decline the offer',
    'offer.withdraw': 'Withdraw the offer',
    'refund.propose': 'Propose a partial refund',
    'refund.accept': 'Accept the refund',
    'refund.decline': 'Decline the refund',
    'refund.withdraw': 'Withdraw the refund proposal',
    'dispute.open': 'Open a dispute',
    'dispute.withdraw': 'Withdraw the dispute',
    'dispute.resolve': 'Resolve the dispute',
    'clock.tick': 'Apply due deadlines',
  },
  errors: {
    INVALID_INPUT: 'the information entered is not valid',
    INVALID_ORDER: 'the order could not be read; reload it',
    FORBIDDEN: 'you are not entitled to do this on this order',
    OUT_OF_ORDER: 'the order has changed in the meantime; reload it',
    ORDER_CLOSED: 'the order is closed and can no longer change',
    NOT_ALLOWED: "the order's current stage does not allow it",
    CONFLICT: 'a request of the same kind is already waiting for an answer, or this reference is already used',
    LIMIT_REACHED: 'the number of revisions included is used up',
    TOO_EARLY: 'it is not possible yet',
    AMOUNT_MISMATCH: 'the amount paid does not match the price asked',
  },
  // "March 12 at 09:30", "March 12, 2027 at 10:00": a 24-hour clock reads the same everywhere.
  date: (d) =>
    `${d.month} ${d.day}${d.year === undefined ? '' : `, ${d.year}`} at ${String(d.hour).padStart(2, '0')}:${String(d.minute).padStart(2, '0')}`,
  deadline: (label, date, left) => `${label}: ${date} (${left})`,
  placed: 'Order placed',
  deadlineReached: (label) => `Deadline: ${label}`,
  can: (action) => `You can ${action}.`,
  cannot: (action, why) => `You cannot ${action}: ${why}.`,
  canFrom: (action, date) => `You can ${action} from ${date}.`,
  cancelFrom: (date) => `You can cancel without the seller's agreement from ${date}, if the order is not delivered by then.`,
  possibleFrom: (date) => `It will be possible from ${date}.`,
};
