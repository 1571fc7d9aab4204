/**
 * `sequestre/escrow`: the pure money of an order, with no xstate.
 *
 * Invariants, asserted where postings are made and checked again by `parseOrder`:
 * - paidIn = held + refunded + paidOut + revenue;
 * - no figure is ever negative and every posting is positive;
 * - a final order holds 0;
 * - a refund never exceeds what one payment has left, and fee refunds never exceed the fee;
 * - every figure is rounded once, half-even, to the currency's minor unit; the platform's share
 *   is the rounded one and the seller gets the complement.
 *
 * @module sequestre/escrow
 */
export { quoteOrder } from '../api/quoteOrder';
export { quoteExtra } from '../api/quoteExtra';
export { getBalances } from '../api/getBalances';
export { toMinorUnits } from '../money/toMinorUnits';
export { openEscrow, holdExtra, refundPartial, refundFull, release, forfeit } from '../escrow';
export type { OpenEscrowParams, HoldExtraParams, RefundPartialParams, PartialFeeRule, RefundFullParams, ReleaseParams, ForfeitParams } from '../escrow';
export { SequestreError, type ErrorCode, type RefusalDetails, type RefusalRule } from '../errors';
export type {
  Account,
  Amount,
  Balances,
  EscrowHolder,
  EscrowState,
  EscrowStep,
  Fees,
  FeesInput,
  Item,
  Movement,
  Payment,
  Posting,
  Quote,
  QuoteInput,
  RevenueBreakdown,
  RevenueComponent,
} from '../model/escrow';
