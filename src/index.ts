/**
 * sequestre: the order lifecycle and escrow money of a service marketplace (SPEC §2).
 *
 * Everything here is pure: no clock, no randomness, no I/O. Time arrives in events, money
 * leaves as effects for the host to carry out.
 *
 * @module sequestre
 */
export { createOrder } from './api/createOrder';
export { applyEvent } from './api/applyEvent';
export { nextDeadline } from './api/nextDeadline';
export { parseOrder } from './api/parseOrder';
export { safeParseOrder, type SafeParseResult } from './api/safeParseOrder';
export { availableActions } from './api/availableActions';
export { quoteOrder } from './api/quoteOrder';
export { quoteExtra } from './api/quoteExtra';
export { getBalances } from './api/getBalances';
export { toMinorUnits } from './money/toMinorUnits';
export { createOrderMachine, orderMachine, type OrderMachine } from './order/machine';
export { presets } from './order/presets';
export { SequestreError, ERROR_CODES, type ErrorCode, type Refusal, type RefusalDetails, type RefusalRule } from './errors';
export type { Balances, Quote, QuoteInput, Amount, Posting, Fees, FeesInput, Item } from './model/escrow';
export type {
  ActionInfo,
  Actor,
  DeadlineKind,
  Effect,
  Order,
  OrderEvent,
  OrderEventType,
  OrderInput,
  OrderStatus,
  Policy,
  Result,
  Role,
  HistoryEntry,
  EventIdRecord,
  DisputeOutcome,
  Instant,
  Duration,
  ExtraInput,
  PaymentInput,
  Extra,
  Offer,
  Requests,
  CancellationRequest,
  ExtensionRequest,
  RefundProposal,
  RevisionRequest,
  Dispute,
} from './model/types';
export type { Account, EscrowState, RevenueBreakdown, RevenueComponent } from './model/escrow';
