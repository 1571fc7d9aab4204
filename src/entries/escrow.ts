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

export { getBalances } from '../api/getBalances';
export { quoteExtra } from '../api/quoteExtra';
export { quoteOrder } from '../api/quoteOrder';
export { type ErrorCode, type RefusalDetails, type RefusalRule, SequestreError } from '../errors';
export type {
  ForfeitParams,
  HoldExtraParams,
  OpenEscrowParams,
  PartialFeeRule,
  RefundFullParams,
  RefundPartialParams,
  ReleaseParams,
} from '../escrow';
export { forfeit, holdExtra, openEscrow, refundFull, refundPartial, release } from '../escrow';
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
export { toMinorUnits } from '../money/toMinorUnits';
