import { message } from '../refusal';
import { parentOf } from './parentOf';

/** A change of the ledger as the messages name it: its version and its cause. */
export type Change = { readonly version: number; readonly cause: string };

/**
 * The messages of what `parseOrder` refuses in a stored escrow (SPEC §12): its figures, and
 * postings the library could not have written.
 */
export const escrowFigures = message(
  'escrow.figures',
  ({ path, expected }, stored: string) => `${path} ${stored} disagrees with the ledger, which adds up to ${expected}.`,
);
export const ledgerEmpty = message('ledger.empty', ({ path }) => `${path} must start with the checkout payment.`);
export const ledgerFirstPayment = message(
  'ledger.firstPayment',
  ({ path }) => `${path} must be the checkout payment: buyer→escrow, version 1, cause "order.placed".`,
);
export const ledgerVersionOrder = message(
  'ledger.versionOrder',
  ({ path }, version: number, previous: number) =>
    `${path} ${version} must come after version ${previous}, the change above it.`,
);
export const ledgerUnexplained = message(
  'ledger.unexplained',
  ({ path }, { version, cause }: Change, at: string) =>
    `${path} (version ${version}, ${cause} at ${at}) has no history entry of that version, type and instant.`,
);
export const ledgerMixedChange = message(
  'ledger.mixedChange',
  ({ path }, version: number, first: string) =>
    `${path} belongs to version ${version}, so it must share the cause and instant of ${first}.`,
);
export const ledgerAfterEnd = message(
  'ledger.afterEnd',
  ({ path }, endedBy: string) => `${path} comes after the ${endedBy} that ended the order; nothing moves after that.`,
);
// A change whose postings no operation makes; a payment that is not the one recorded; or, for
// a schema 1 ledger, no reading of the history that replays at all.
export const ledgerNotReplayable = message('ledger.notReplayable', ({ path }, change?: Change, payment?: boolean) => {
  if (change === undefined)
    return `${path} is not what sequestre computes from this order's history and figures; the ledger was altered.`;
  const { version, cause } = change;
  return payment
    ? `${path} is not the payment sequestre records for this change (version ${version}, ${cause}); the ledger was altered.`
    : `${path} and the postings of its change (version ${version}, ${cause}) are not what sequestre computes from the ledger before them; the ledger was altered.`;
});
export const postingRoute = message(
  'posting.route',
  ({ path }, route: string) =>
    `${parentOf(path)} moves money ${route}; postings only run buyer→escrow or escrow→buyer, seller or platform.`,
);
// A part on a posting that carries none, or parts that do not add up to the amount.
export const postingParts = message('posting.parts', ({ path }, amount?: string) =>
  amount === undefined
    ? `${path} is only for payments and refunds (buyer↔escrow) of schema 2.`
    : `${path} ${amount} must be the sum of its items, tip and buyerFee parts.`,
);
export const postingComponent = message(
  'posting.component',
  ({ path }) => `${path} is only for revenue postings (escrow→platform).`,
);
export const postingPaymentId = message(
  'posting.paymentId',
  ({ path }) => `${path} is only for payments and refunds (buyer↔escrow).`,
);
export const paymentWithoutExtra = message(
  'payment.withoutExtra',
  ({ path }) =>
    `${path} is a payment with no extra to fund; only the checkout, options and accepted offers are paid in.`,
);
export const paymentExtraMismatch = message(
  'payment.extraMismatch',
  ({ path }, extra: number, paymentId: string, at: string, cause: string) =>
    `${path} must be the payment of extras[${extra}]: paymentId "${paymentId}", at ${at}, cause "${cause}".`,
);
export const paymentDuplicateId = message(
  'payment.duplicateId',
  ({ path }, paymentId: string) => `${path} "${paymentId}" is used twice; payment ids are unique within an order.`,
);
export const extraWithoutPayment = message(
  'extra.withoutPayment',
  ({ path }) =>
    `${path} has no payment in escrow.ledger; every option or accepted offer is paid when it joins the order.`,
);
