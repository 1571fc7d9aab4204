import type { OrderStatus, Role } from '../model/vocabulary';
import type { ErrorCode } from './errorCodes';

/**
 * Every refusal rule, once: its code, or the codes it may come with, and the facts its
 * `details` carry besides `rule`. The public `RefusalDetails` union, the messages
 * (`messages/`) and every `refuse` call are typed from this one table, so a new rule is one
 * entry here, and the compiler then asks for its message and checks each call that raises it.
 * Rule names and fields are part of the contract (docs/errors.md); messages are not.
 *
 * Rules read by the shared readers can be `INVALID_INPUT` or `INVALID_ORDER`: the readers speak
 * `INVALID_INPUT`, and `parseOrder`, which reads stored orders with them, answers `INVALID_ORDER`.
 * Types only: nothing here reaches a bundle.
 */
export type RefusalRules = {
  // The shape of a value, as every reader of untrusted JSON checks it.
  'object.expected': Read<Path>;
  'object.forbiddenKey': Read<Path>;
  'array.expected': Read<Path>;
  'array.tooLong': Read<Path & Limit>;
  'id.format': Read<Path & Limit>;
  'text.format': Read<Path & Partial<Limit>>;
  'integer.range': Read<Path & { readonly min: number; readonly max: number }>;
  'boolean.expected': Read<Path>;
  'enum.expected': Read<Path & { readonly expected: readonly string[] }>;
  'amount.mustBeString': Read<Path>;
  'amount.format': Read<Path>;
  'amount.tooManyDecimals': Read<Path & Limit>;
  'amount.positive': Read<Path>;
  'amount.totalTooLarge': Input<Path>;
  'amount.unsafeInteger': Input<Path & Limit>;
  'amount.lifetimeTooLarge': Input<Path>;
  'currency.unknown': Read<Path>;
  'rate.format': Read<Path>;
  'instant.format': Read<Path>;
  'time.beforeYear0000': Read<Path>;
  /** SPEC §3: an instant read, or one the input or event would set, after 9999-12-31T23:59:59.999Z. */
  'time.afterYear9999': Read<Path>;
  'duration.format': Read<Path>;
  /** `limit` is the longest duration, `"P36525D"`. */
  'duration.tooLong': Read<Path & { readonly limit: string }>;

  // Checkouts, policies and the other arguments of the commands and queries.
  'items.empty': Read<Path>;
  'items.duplicateId': Input<Path>;
  'parties.same': Read<Path>;
  'policy.missingField': Read<Path>;
  'policy.unknownField': Read<Path>;
  /** SPEC §9: `partialRefunds.proposers` lists each role once. */
  'policy.duplicateProposer': Read<Path>;
  'viewer.party': Input<Path>;
  'timeZone.format': Input<Path>;

  // The order argument of every command and query (SPEC §2, §12).
  'order.shape': Stored<NoFacts>;
  'order.schemaOutdated': Stored<NoFacts>;

  // What parseOrder refuses in stored JSON (SPEC §12); `path` is the field.
  'order.schemaVersion': Stored<Path & { readonly expected: readonly number[] }>;
  'object.unknownField': Stored<Path & { readonly expected: readonly string[] }>;
  'field.missing': Stored<Path>;
  'field.undefined': Stored<Path>;
  'instant.notCanonical': Stored<Path & Expected<string>>;
  'amount.notCanonical': Stored<Path & Expected<string>>;
  'actor.notParty': Stored<Path>;
  'ids.duplicate': Stored<Path>;
  'extras.offerMismatch': Stored<Path>;
  'offers.acceptedWithoutExtra': Stored<Path>;
  'eventIds.duplicate': Stored<Path>;
  'eventIds.fingerprint': Stored<Path>;
  'request.deadlineBeforeStart': Stored<Path>;
  'request.refundTooLarge': Stored<Path>;
  'deadline.beforeLastChange': Stored<Path>;
  'revisions.limit': Stored<Path>;
  'status.dispute': Stored<Path>;
  'status.revisionRequest': Stored<Path>;
  'status.deliveryDeadline': Stored<Path>;
  'status.acceptedAt': Stored<Path>;
  'status.lateSince': Stored<Path>;
  'status.deliveredAt': Stored<Path>;
  'status.reviewDeadline': Stored<Path>;
  'status.requests': Stored<Path>;
  'status.offers': Stored<Path>;
  'status.expiresAt': Stored<Path>;
  /** SPEC §9: an order whose policy has no acceptance step is never pending. */
  'status.noAcceptanceStep': Stored<Path>;
  /** SPEC §9: an order whose policy has no revision answer step never waits for one. */
  'status.noRevisionAnswerStep': Stored<Path>;
  /** SPEC §9: a pending partial refund proposal from a role the policy does not let propose. */
  'request.refundProposer': Stored<Path>;
  /** SPEC §9: a pending partial refund proposal past the policy's `maxShare`. */
  'request.refundAboveMaxShare': Stored<Path>;
  'status.money': Stored<Path>;
  'history.empty': Stored<Path>;
  'history.firstEntry': Stored<Path>;
  'history.placedTwice': Stored<Path>;
  'history.versionOrder': Stored<Path>;
  'history.timeOrder': Stored<Path>;
  'history.version': Stored<Path & Expected<number>>;
  'escrow.figures': Stored<Path & Expected<string>>;
  'ledger.empty': Stored<Path>;
  'ledger.firstPayment': Stored<Path>;
  'ledger.versionOrder': Stored<Path>;
  'ledger.unexplained': Stored<Path>;
  'ledger.mixedChange': Stored<Path>;
  'ledger.afterEnd': Stored<Path>;
  'ledger.notReplayable': Stored<Path>;
  'posting.route': Stored<Path>;
  'posting.parts': Stored<Path>;
  'posting.component': Stored<Path>;
  'posting.paymentId': Stored<Path>;
  'payment.withoutExtra': Stored<Path>;
  'payment.extraMismatch': Stored<Path>;
  'payment.duplicateId': Stored<Path>;
  'extra.withoutPayment': Stored<Path>;

  // applyEvent's checks, in the order of SPEC §3, then the state's own rules (SPEC §5).
  'event.idReused': Rule<'CONFLICT', Path>;
  'sender.role': Rule<'FORBIDDEN', { readonly allowed: readonly Role[] }>;
  'sender.party': Rule<'FORBIDDEN', NoFacts>;
  'time.beforeLastChange': Rule<'OUT_OF_ORDER', { readonly lastChangeAt: string }>;
  'order.closed': Rule<'ORDER_CLOSED', Status>;
  'order.recordsFull': Rule<'LIMIT_REACHED', Limit>;
  'status.refuses': Rule<'NOT_ALLOWED', Status>;
  'cancel.disputed': Rule<'NOT_ALLOWED', NoFacts>;
  'cancel.afterDelivery': Rule<'NOT_ALLOWED', NoFacts>;
  /** SPEC §9 `lateGrace: null`: the buyer never cancels an order in progress alone. */
  'cancel.noLateCancellation': Rule<'NOT_ALLOWED', NoFacts>;
  /** SPEC §9 `sellerCancel: 'request'`: after acceptance the seller asks for a cancellation. */
  'cancel.sellerMustRequest': Rule<'NOT_ALLOWED', NoFacts>;
  /** `from` is the instant the buyer may cancel alone. */
  'cancel.beforeLate': Rule<'TOO_EARLY', { readonly from: string }>;
  'cancellation.alreadyPending': Rule<'CONFLICT', NoFacts>;
  'cancellation.nonePending': Rule<'NOT_ALLOWED', NoFacts>;
  'cancellation.ownRequest': Rule<'NOT_ALLOWED', NoFacts>;
  'cancellation.notRequester': Rule<'NOT_ALLOWED', NoFacts>;
  'extension.alreadyPending': Rule<'CONFLICT', NoFacts>;
  'extension.nonePending': Rule<'NOT_ALLOWED', NoFacts>;
  'refund.alreadyPending': Rule<'CONFLICT', NoFacts>;
  'refund.nonePending': Rule<'NOT_ALLOWED', NoFacts>;
  'refund.ownRequest': Rule<'NOT_ALLOWED', NoFacts>;
  'refund.notRequester': Rule<'NOT_ALLOWED', NoFacts>;
  /** `below` is what is left of the items: a partial refund must stay under it. */
  'refund.outOfRange': Input<Path & { readonly below: string }>;
  /** SPEC §9 `partialRefunds.proposers`: `allowed` are the roles that may propose. */
  'refund.proposerNotAllowed': Rule<'NOT_ALLOWED', { readonly allowed: readonly Role[] }>;
  /**
   * SPEC §9 `partialRefunds.maxShare`: all partial refunds together stay at or under `maxShare` × S.
   * `max` is the largest amount this proposal may have (in the currency's digits, rounded down).
   */
  'refund.aboveMaxShare': Input<Path & { readonly maxShare: string; readonly max: string }>;
  'revision.declinedSinceDelivery': Rule<'NOT_ALLOWED', NoFacts>;
  'revision.limitReached': Rule<'LIMIT_REACHED', Limit>;
  'dispute.notOpener': Rule<'NOT_ALLOWED', NoFacts>;
  'option.idUsed': Rule<'CONFLICT', NoFacts>;
  'offer.idUsed': Rule<'CONFLICT', NoFacts>;
  'offer.notPending': Rule<'NOT_ALLOWED', NoFacts>;
  'offer.nonePending': Rule<'NOT_ALLOWED', NoFacts>;
  'payment.idUsed': Rule<'CONFLICT', NoFacts>;
  /**
   * `expected` is the amount due. A payment of an event or a checkout is `AMOUNT_MISMATCH`; a
   * stored payment that is not what the library charged is `INVALID_ORDER`, with its `path`.
   */
  'payment.amountMismatch': Rule<'AMOUNT_MISMATCH' | 'INVALID_ORDER', Partial<Path> & Expected<string>>;
};

/** A rule's code(s) and the facts of its details, besides `rule`. */
type Rule<C extends ErrorCode, D> = { readonly code: C; readonly details: D };
/** A rule of the shared readers: `INVALID_INPUT`, or `INVALID_ORDER` from `parseOrder`. */
type Read<D> = Rule<'INVALID_INPUT' | 'INVALID_ORDER', D>;
type Input<D> = Rule<'INVALID_INPUT', D>;
type Stored<D> = Rule<'INVALID_ORDER', D>;

/** The field that is wrong: `items[0].price`, `escrow.ledger[2].amount`. */
type Path = { readonly path: string };
type Limit = { readonly limit: number };
type Expected<T> = { readonly expected: T };
type Status = { readonly status: OrderStatus };
/** A rule whose only fact is its name. */
type NoFacts = Record<never, never>;

/** The name of a refusal rule: `'cancel.beforeLate'`, `'amount.format'`, … */
export type RefusalRule = keyof RefusalRules;

/** The details of a refusal of one rule: `rule` and that rule's facts. */
export type DetailsOf<R extends RefusalRule> = { readonly rule: R } & RefusalRules[R]['details'];

/** The codes a refusal of one rule can come with. */
export type CodeOf<R extends RefusalRule> = RefusalRules[R]['code'];

/** The facts of a rule's details, besides `rule`. */
export type FactsOf<R extends RefusalRule> = RefusalRules[R]['details'];

/** The rules that may answer with `C`. */
export type RulesAnswering<C extends ErrorCode> = { [R in RefusalRule]: C extends CodeOf<R> ? R : never }[RefusalRule];

/**
 * What `error.details` holds, discriminated on `rule`: switch on `details.rule` and each case
 * has that rule's facts, typed (`from` for `cancel.beforeLate`, `expected` for
 * `payment.amountMismatch`, `path` for a malformed field).
 *
 * @example
 * if (!result.ok) switch (result.error.details?.rule) {
 *   case 'cancel.beforeLate': return retryAt(result.error.details.from);
 *   case 'payment.amountMismatch': return charge(result.error.details.expected);
 * }
 */
export type RefusalDetails = { [R in RefusalRule]: Flat<DetailsOf<R>> }[RefusalRule];

/** One object type rather than an intersection, so that editors show a rule's details as one. */
type Flat<T> = { [K in keyof T]: T[K] };
