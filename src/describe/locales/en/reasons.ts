import type { Messages, ReasonParams } from '../../messages';
import { en as t } from '../typeset';

// Why an English reader cannot do something, one sentence per rule (docs/errors.md), saying what
// to do instead; never the engine's words.

const whatElse = 'complete the order or open a dispute';

function revisionLimit({ limit }: ReasonParams): string {
  if (limit === 0) return `This service includes no revision: ${whatElse}.`;
  if (limit === 1) return `The one revision included has been used: ${whatElse}.`;
  return limit === undefined
    ? `Every revision included has been used: ${whatElse}.`
    : `All ${limit} revisions included have been used: ${whatElse}.`;
}

export const reasons: Messages['reasons'] = {
  notAtThisStep: (p) =>
    p.status === undefined
      ? 'This is not possible at this stage of the order.'
      : t`This is not possible while the order is "${p.status}".`,
  frozenByDispute: () => 'The order is frozen by a dispute: only the platform can cancel it.',
  deliveredAlready: () =>
    'The seller has already delivered this order: you can no longer cancel it alone. Request a cancellation or open a dispute.',
  beforeLate: (p) =>
    p.from === undefined
      ? t`You can cancel without the seller's agreement once the delivery deadline has passed; until then, request a cancellation.`
      : t`You can cancel without the seller's agreement from ${p.from}, if the order is not delivered by then; until then, request a cancellation.`,
  noLateCancellation: () =>
    'On this platform, the buyer never cancels an order in progress alone, even a late one: request a cancellation or open a dispute.',
  sellerMustRequest: () =>
    t`On this platform, you cannot cancel the order alone once it has started: request a cancellation, which the buyer accepts or declines.`,
  revisionDeclined: () => `The seller declined your last revision request: ${whatElse}.`,
  revisionLimit,
  cancellationPending: () => 'A cancellation request is already waiting for an answer.',
  extensionPending: () => 'An extension request is already waiting for an answer.',
  refundPending: () => 'A partial refund proposal is already waiting for an answer.',
  noCancellationRequest: () => 'No cancellation request is waiting for an answer.',
  noExtensionRequest: () => 'No extension request is waiting for an answer.',
  noRefundProposal: () => 'No partial refund proposal is waiting for an answer.',
  ownRequest: () => 'This is your own request: the other party answers it, and you can withdraw it.',
  notRequester: () => 'Only the party that made the request can withdraw it.',
  noOffer: () => 'No custom offer is waiting for an answer.',
  offerGone: () => 'This offer is no longer waiting for an answer: it was accepted, declined or withdrawn.',
  notOpener: () => 'Only the party that opened the dispute can withdraw it.',
  refundRange: (p) =>
    p.below === undefined
      ? 'A partial refund must be above zero and below what is left of the items; to refund everything, go through a cancellation.'
      : `A partial refund must be above zero and below ${p.below}, what is left of the items; to refund everything, go through a cancellation.`,
  proposerNotAllowed: () =>
    'On this platform, you cannot propose a partial refund: the other party may offer one; otherwise request a cancellation or open a dispute.',
  aboveMaxShare: (p) => {
    const cap =
      p.share === undefined
        ? 'the cap this platform sets on partial refunds'
        : `${p.share}% of the items, the cap this platform sets on partial refunds`;
    if (p.max === undefined)
      return `This refund would bring the partial refunds past ${cap}: propose less, or open a dispute.`;
    return /[1-9]/.test(p.max)
      ? `This refund would bring the partial refunds past ${cap}: propose at most ${p.max}, or open a dispute.`
      : `The partial refunds already reach ${cap}: open a dispute to settle the rest.`;
  },
  lifetimeTooLarge: () => 'The total paid for this order would pass the most an order can hold: place a new order.',
  afterYear9999: () => 'The deadline this would set falls after the year 9999.',
  recordsFull: () =>
    'The order holds the most records an order may keep: only the platform can still cancel it or resolve its dispute.',
  closed: () => 'The order is closed: nothing can change it any more.',
  outOfOrder: () => 'The order has changed in the meantime: reload it.',
  forbiddenRole: () => 'Your role does not allow this action.',
  notAParty: () => 'You are neither the buyer nor the seller of this order.',
  sentTwice: () => 'This action was already sent with other details: reload the order before trying again.',
  extraExists: () => 'This option or offer is already on the order.',
  paymentUsed: () => 'This payment was already used for this order: a new payment is needed.',
  amountMismatch: () => 'The amount paid does not match the price asked, service fee included.',
  invalidAmount: () => t`This amount is not valid: write it in figures, with at most the currency's decimals.`,
  amountZero: () => 'The amount must be above zero.',
  amountTooLarge: () => 'This amount is too large.',
  invalidText: () => 'The text is empty or too long (2,000 characters at most).',
  outOfRange: () => 'This number is outside the allowed range.',
  malformed: () => 'The app sent a malformed request, through no fault of yours: try again or contact support.',
  unreadableOrder: () => 'The stored order could not be read: reload it, or contact support if this persists.',
};

export const errors: Messages['errors'] = {
  INVALID_INPUT: 'the information entered is not valid',
  INVALID_ORDER: 'the order could not be read; reload it',
  FORBIDDEN: 'your role does not allow it on this order',
  OUT_OF_ORDER: 'the order has changed in the meantime; reload it',
  ORDER_CLOSED: 'the order is closed and can no longer change',
  NOT_ALLOWED: 'the order is not at a stage that allows it',
  CONFLICT: 'a request of the same kind is already waiting for an answer',
  LIMIT_REACHED: 'the limit included is reached',
  TOO_EARLY: 'it is not possible yet',
  AMOUNT_MISMATCH: 'the amount paid does not match the price asked',
};
