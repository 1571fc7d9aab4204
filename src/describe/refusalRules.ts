import type { ErrorCode } from '../errors';

/**
 * The one place the describe layer reads a refusal's `details` (docs/errors.md lists every rule).
 * Each rule a person can meet maps to a reason, the sentence a locale writes for it; rules that
 * put a person in the same position share one (every id already used, every malformed input).
 * `INVALID_ORDER` is one reason whatever its rule: a stored order that cannot be read. A rule this
 * version does not know (from a newer engine) falls back to its code's sentence.
 */
const REASON_OF_RULE = {
  'status.refuses': 'notAtThisStep',
  'cancel.disputed': 'frozenByDispute',
  'cancel.afterDelivery': 'deliveredAlready',
  'cancel.noLateCancellation': 'noLateCancellation',
  'cancel.sellerMustRequest': 'sellerMustRequest',
  'cancel.beforeLate': 'beforeLate',
  'revision.declinedSinceDelivery': 'revisionDeclined',
  'revision.limitReached': 'revisionLimit',
  'cancellation.alreadyPending': 'cancellationPending',
  'extension.alreadyPending': 'extensionPending',
  'refund.alreadyPending': 'refundPending',
  'cancellation.nonePending': 'noCancellationRequest',
  'extension.nonePending': 'noExtensionRequest',
  'refund.nonePending': 'noRefundProposal',
  'cancellation.ownRequest': 'ownRequest',
  'refund.ownRequest': 'ownRequest',
  'cancellation.notRequester': 'notRequester',
  'refund.notRequester': 'notRequester',
  'refund.proposerNotAllowed': 'proposerNotAllowed',
  'offer.nonePending': 'noOffer',
  'offer.notPending': 'offerGone',
  'dispute.notOpener': 'notOpener',
  'refund.outOfRange': 'refundRange',
  'amount.lifetimeTooLarge': 'lifetimeTooLarge',
  'time.afterYear9999': 'afterYear9999',
  'order.recordsFull': 'recordsFull',
  'order.closed': 'closed',
  'time.beforeLastChange': 'outOfOrder',
  'sender.role': 'forbiddenRole',
  'sender.party': 'notAParty',
  'viewer.party': 'notAParty',
  'event.idReused': 'sentTwice',
  'option.idUsed': 'extraExists',
  'offer.idUsed': 'extraExists',
  'payment.idUsed': 'paymentUsed',
  'payment.amountMismatch': 'amountMismatch',
  'amount.format': 'invalidAmount',
  'amount.mustBeString': 'invalidAmount',
  'amount.tooManyDecimals': 'invalidAmount',
  'amount.positive': 'amountZero',
  'amount.totalTooLarge': 'amountTooLarge',
  'amount.unsafeInteger': 'amountTooLarge',
  'text.format': 'invalidText',
  'integer.range': 'outOfRange',
  'currency.unknown': 'malformed',
  'rate.format': 'malformed',
  'instant.format': 'malformed',
  'time.beforeYear0000': 'malformed',
  'timeZone.format': 'malformed',
  'duration.format': 'malformed',
  'duration.tooLong': 'malformed',
  'id.format': 'malformed',
  'enum.expected': 'malformed',
  'object.expected': 'malformed',
  'array.expected': 'malformed',
  'items.empty': 'malformed',
  'items.duplicateId': 'malformed',
  'parties.same': 'malformed',
  'policy.missingField': 'malformed',
  'policy.unknownField': 'malformed',
} as const;

/** Every `details.rule` of a refusal but `INVALID_ORDER`'s, as docs/errors.md lists them. */
export type RefusalRule = keyof typeof REASON_OF_RULE;

/** A sentence a locale writes about a refusal: one per situation a person can be in. */
export type Reason = (typeof REASON_OF_RULE)[RefusalRule] | 'unreadableOrder';

/**
 * Rules that say an action simply does not apply now (nothing to answer, another status, someone
 * else's request): `describeActions` leaves those actions out instead of listing them greyed out.
 */
const NOT_APPLICABLE: ReadonlySet<RefusalRule> = new Set<RefusalRule>([
  'status.refuses',
  'cancellation.nonePending',
  'extension.nonePending',
  'refund.nonePending',
  'cancellation.ownRequest',
  'refund.ownRequest',
  'cancellation.notRequester',
  'refund.notRequester',
  'offer.nonePending',
  'offer.notPending',
  'dispute.notOpener',
  'sender.role',
]);

/** The facts of a refusal's `details` that its sentence may use. */
export type RefusalFacts = {
  readonly rule: RefusalRule | undefined;
  readonly from: string | undefined;
  readonly limit: number | undefined;
  readonly status: string | undefined;
  /** `refund.outOfRange`: the bound the refund must stay below, a decimal string in the order's currency. */
  readonly below: string | undefined;
};

/** Reads what the sentences use from a refusal's `details`, whatever shape they come in. */
export function factsOf(details: unknown): RefusalFacts {
  const record = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const rule = text('rule');
  return {
    rule: rule !== undefined && Object.prototype.hasOwnProperty.call(REASON_OF_RULE, rule) ? (rule as RefusalRule) : undefined,
    from: text('from'),
    limit: typeof record.limit === 'number' ? record.limit : undefined,
    status: text('status'),
    below: text('below'),
  };
}

/** The sentence for a refusal: its rule's, any `INVALID_ORDER` the same, else none (the code's own). */
export function reasonOf(code: ErrorCode, rule: RefusalRule | undefined): Reason | undefined {
  if (code === 'INVALID_ORDER') return 'unreadableOrder';
  return rule === undefined ? undefined : REASON_OF_RULE[rule];
}

/** Whether a refused action is worth showing: it could apply, but something stands in its way. */
export function isApplicable(rule: RefusalRule | undefined): boolean {
  return rule === undefined || !NOT_APPLICABLE.has(rule);
}

/** The rules this version explains, for the tests that keep the table whole. */
export const KNOWN_RULES = Object.keys(REASON_OF_RULE) as readonly RefusalRule[];
