/**
 * sequestre: the order lifecycle and escrow money of a service marketplace (SPEC §2).
 *
 * Everything here is pure: no clock, no randomness, no I/O. Time arrives in events, money
 * leaves as effects for the host to carry out.
 *
 * @module sequestre
 */

export { applyEvent } from './api/applyEvent';
export { availableActions } from './api/availableActions';
export { createOrder } from './api/createOrder';
export { getBalances } from './api/getBalances';
export { nextDeadline } from './api/nextDeadline';
export { parseOrder } from './api/parseOrder';
export { quoteExtra } from './api/quoteExtra';
export { quoteOrder } from './api/quoteOrder';
export { type SafeParseResult, safeParseOrder } from './api/safeParseOrder';
export {
  ERROR_CODES,
  type ErrorCode,
  type Refusal,
  type RefusalDetails,
  type RefusalRule,
  SequestreError,
} from './errors';
export type {
  Account,
  Amount,
  Balances,
  EscrowState,
  Fees,
  FeesInput,
  Item,
  Posting,
  Quote,
  QuoteInput,
  RevenueBreakdown,
  RevenueComponent,
} from './model/escrow';
export type {
  ActionInfo,
  Actor,
  CancellationRequest,
  DeadlineKind,
  Dispute,
  DisputeOutcome,
  Duration,
  Effect,
  EventIdRecord,
  ExtensionRequest,
  Extra,
  ExtraInput,
  HistoryEntry,
  Instant,
  Offer,
  Order,
  OrderEvent,
  OrderEventType,
  OrderInput,
  OrderStatus,
  PaymentInput,
  Policy,
  RefundProposal,
  Requests,
  Result,
  RevisionRequest,
  Role,
} from './model/types';
export { toMinorUnits } from './money/toMinorUnits';
export { createOrderMachine, type OrderMachine, orderMachine } from './order/machine';
export { presets } from './order/presets';
