import type { ConsequenceParams, Messages } from '../../messages';
import { en as t } from '../typeset';
import { OUTCOMES } from './words';

// What each step is called in English: the button (imperative), what doing it does, and what the
// history records once it is done (past participle). "Request a cancellation" and "Cancel the
// order" are two steps (ComeUp support-en 1792), "restart" a restarted order (1753).

export const actions: Messages['actions'] = {
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
};

/** The buyer's refund after a cancellation, from the viewer's side. */
const refunded = (p: ConsequenceParams) =>
  p.viewpoint === 'buyer' ? `you are refunded ${p.refund}` : `the buyer is refunded ${p.refund}`;
const unpaid = (p: ConsequenceParams) => (p.viewpoint === 'seller' ? '; you will not be paid' : '');

export const consequences: Messages['consequences'] = {
  'order.accept': (p) => `The delivery period starts: delivery is due by ${p.date}.`,
  'order.decline': (p) => `The order is cancelled and ${refunded(p)}.`,
  'order.cancel': (p) =>
    p.viewpoint === 'buyer'
      ? t`The order is cancelled without the seller's agreement and ${refunded(p)}.`
      : `The order is cancelled and ${refunded(p)}${unpaid(p)}.`,
  'order.deliver': (p) =>
    `The buyer will have until ${p.date} to review your work; without an answer, the order will be completed and you will receive ${p.payout}.`,
  'order.complete': (p) => `The seller receives ${p.payout} and the order is completed: it can no longer be refunded.`,
  'revision.request': (p) =>
    p.revisionAnswer
      ? `The seller will have until ${p.date} to accept or decline the revision; the review period stops.`
      : `The order goes back in progress: the seller must deliver again by ${p.date}; the review period stops.`,
  'revision.accept': (p) => `The order goes back in progress: the new delivery is due by ${p.date}.`,
  'revision.decline': (p) =>
    `The buyer will have until ${p.date} to complete the order or open a dispute; without an answer, you will receive ${p.payout}.`,
  'cancellation.request': (p) =>
    `${p.other} will have until ${p.date} to answer; on acceptance, the order is cancelled and ${refunded(p)}${unpaid(p)}.`,
  'cancellation.accept': (p) => `The order is cancelled and ${refunded(p)}${unpaid(p)}.`,
  'cancellation.decline': (p) =>
    p.opensDispute
      ? 'This decline opens a dispute: the order is frozen and the platform will decide.'
      : `The order goes on; ${p.other.toLowerCase()} can open a dispute.`,
  'cancellation.withdraw': () => 'Your cancellation request is withdrawn; the order goes on.',
  'extension.request': (p) => `The buyer will have until ${p.date} to grant or decline the days asked.`,
  'extension.accept': (p) => `The delivery deadline moves to ${p.date}.`,
  'extension.decline': (p) => `The delivery deadline stays ${p.date}.`,
  'extension.withdraw': () => 'Your extension request is withdrawn; the delivery deadline does not change.',
  'option.add': () =>
    t`You pay the option's price plus its share of the service fee; the delivery deadline moves by the option's days.`,
  'offer.propose': () =>
    'The buyer can accept it by paying its price plus its share of the service fee; it is then added to the order.',
  'offer.accept': (p) =>
    p.amount === ''
      ? t`You pay the chosen offer's price plus its share of the service fee; it is added to the order.`
      : `You pay ${p.amount}, service fee included; the offer is added to the order and delivery is due by ${p.date}.`,
  'offer.decline': () => 'The offer is declined; the order goes on without it.',
  'offer.withdraw': () => 'The offer is withdrawn; the buyer can no longer accept it.',
  'refund.propose': (p) =>
    p.viewpoint === 'buyer'
      ? 'If the seller accepts, you are refunded the amount proposed, with the share of the service fee that applies, and the order goes on.'
      : 'If the buyer accepts, they are refunded the amount proposed, with the share of the service fee that applies, and the order goes on.',
  'refund.accept': (p) => {
    const amount = p.amount === '' ? 'the amount proposed' : p.amount;
    return p.viewpoint === 'buyer'
      ? `You are refunded ${amount} in all; the order goes on.`
      : `The buyer is refunded ${amount} in all; the order goes on.`;
  },
  'refund.decline': () => 'The proposal is declined; the order goes on.',
  'refund.withdraw': () => 'Your proposal is withdrawn; the order goes on.',
  'dispute.open': () => t`The order is frozen and no deadline runs; a platform mediator will decide the outcome.`,
  'dispute.withdraw': (p) => t`The order goes back to "${p.backTo}", its deadlines moved by the time spent in dispute.`,
  'dispute.resolve': (p) =>
    `Your decision is final: ${OUTCOMES} (full refund: ${p.refund}; full payment: ${p.payout}).`,
  'clock.tick': () => 'The deadlines that have come apply.',
};

export const history: Messages['history'] = {
  'order.placed': 'Order placed',
  'order.accept': 'Order accepted',
  'order.decline': 'Order declined',
  'order.cancel': 'Order cancelled',
  'order.deliver': 'Order delivered',
  'order.complete': 'Order completed',
  'revision.request': 'Revision requested',
  'revision.accept': 'Revision accepted',
  'revision.decline': 'Revision declined',
  'cancellation.request': 'Cancellation requested',
  'cancellation.accept': 'Cancellation accepted',
  'cancellation.decline': 'Cancellation declined',
  'cancellation.withdraw': 'Cancellation request withdrawn',
  'extension.request': 'Extension requested',
  'extension.accept': 'Extension granted',
  'extension.decline': 'Extension declined',
  'extension.withdraw': 'Extension request withdrawn',
  'option.add': 'Option bought',
  'offer.propose': 'Custom offer proposed',
  'offer.accept': 'Custom offer accepted',
  'offer.decline': 'Custom offer declined',
  'offer.withdraw': 'Custom offer withdrawn',
  'refund.propose': 'Partial refund proposed',
  'refund.accept': 'Partial refund accepted',
  'refund.decline': 'Partial refund declined',
  'refund.withdraw': 'Refund proposal withdrawn',
  'dispute.open': 'Dispute opened',
  'dispute.withdraw': 'Dispute withdrawn',
  'dispute.resolve': 'Dispute resolved',
  'clock.tick': 'Deadlines applied',
};

export const deadlinesReached: Messages['deadlinesReached'] = {
  acceptance: 'Order cancelled automatically: acceptance deadline passed',
  delivery: 'Order late: delivery deadline passed',
  review: 'Order completed automatically: review period over',
  cancellationResponse: 'Cancellation request left unanswered',
  extensionResponse: 'Extension request left unanswered',
  revisionResponse: 'Revision request left unanswered',
  expiry: 'Order expired: maximum lifetime reached',
};

export const historyBy: Messages['historyBy'] = {
  buyer: ' by the buyer',
  seller: ' by the seller',
  platform: ' by the platform',
  system: ' automatically',
};
