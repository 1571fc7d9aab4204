import type { CodeOf, ErrorCode, RefusalRule } from '../errors';

// The describe layer reads a refusal by its `details.rule`, the names of one table
// (src/errors/refusalRules.ts). This file only says which sentence of a locale tells each rule to
// a person: rules that put a person in the same position share one (every malformed input, every
// id already used). The compiler keeps it whole: a rule added to the table fails to compile here
// until it is given a sentence.

/** The rules that only ever come with `INVALID_ORDER`: a stored order that cannot be read, told by one sentence. */
type StoredOrderRule = { [R in RefusalRule]: CodeOf<R> extends 'INVALID_ORDER' ? R : never }[RefusalRule];

/** The rules a person can meet while using an order, each with its sentence. */
type PersonRule = Exclude<RefusalRule, StoredOrderRule>;

const REASON_OF_RULE = {
  'status.refuses': 'notAtThisStep',
  'cancel.disputed': 'frozenByDispute',
  'cancel.afterDelivery': 'deliveredAlready',
  'cancel.beforeLate': 'beforeLate',
  'cancel.noLateCancellation': 'noLateCancellation',
  'cancel.sellerMustRequest': 'sellerMustRequest',
  'refund.proposerNotAllowed': 'proposerNotAllowed',
  'refund.aboveMaxShare': 'aboveMaxShare',
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
  // What an app, not a person, gets wrong: the person can only retry or ask for help.
  'currency.unknown': 'malformed',
  'rate.format': 'malformed',
  'instant.format': 'malformed',
  'time.beforeYear0000': 'malformed',
  'timeZone.format': 'malformed',
  'duration.format': 'malformed',
  'duration.tooLong': 'malformed',
  'id.format': 'malformed',
  'enum.expected': 'malformed',
  'boolean.expected': 'malformed',
  'object.expected': 'malformed',
  'object.forbiddenKey': 'malformed',
  'array.expected': 'malformed',
  'array.tooLong': 'malformed',
  'items.empty': 'malformed',
  'items.duplicateId': 'malformed',
  'parties.same': 'malformed',
  'policy.missingField': 'malformed',
  'policy.unknownField': 'malformed',
  'policy.duplicateProposer': 'malformed',
} as const satisfies { readonly [R in PersonRule]: string };

/** A sentence a locale writes about a refusal: one per position a person can be in. */
export type Reason = (typeof REASON_OF_RULE)[PersonRule] | 'unreadableOrder';

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
  /** `refund.aboveMaxShare`: the most this proposal may be, a decimal string in the order's currency. */
  readonly max: string | undefined;
  /** `refund.aboveMaxShare`: the policy's cap on all partial refunds, a share of the items ("0.6"). */
  readonly maxShare: string | undefined;
};

/**
 * Reads what the sentences use from a refusal's `details`, whatever shape they come in: a host
 * passes `explainError` the details it received as JSON, perhaps from a newer engine.
 */
export function factsOf(details: unknown): RefusalFacts {
  const record = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const rule = text('rule');
  return {
    rule: rule !== undefined && Object.hasOwn(REASON_OF_RULE, rule) ? (rule as PersonRule) : undefined,
    from: text('from'),
    limit: typeof record.limit === 'number' ? record.limit : undefined,
    status: text('status'),
    below: text('below'),
    max: text('max'),
    maxShare: text('maxShare'),
  };
}

/**
 * The sentence for a refusal: any `INVALID_ORDER` the one of an unreadable order, else its rule's;
 * none for a rule this version does not know (from a newer engine), which keeps the code's own.
 */
export function reasonOf(code: ErrorCode, rule: RefusalRule | undefined): Reason | undefined {
  if (code === 'INVALID_ORDER') return 'unreadableOrder';
  return rule === undefined || !Object.hasOwn(REASON_OF_RULE, rule) ? undefined : REASON_OF_RULE[rule as PersonRule];
}

/** Whether a refused action is worth showing: it could apply, but something stands in its way. */
export function isApplicable(rule: RefusalRule | undefined): boolean {
  return rule === undefined || !NOT_APPLICABLE.has(rule);
}

/**
 * A share of the items as the number of its percentage ("0.6" → "60"), by moving the decimal
 * point two places: no float rounds it. `undefined` for anything but a plain decimal (details
 * a host passes back may come from anywhere).
 */
export function percentOf(share: string | undefined): string | undefined {
  if (share === undefined || !/^\d+(\.\d+)?$/.test(share)) return undefined;
  const [whole, fraction = ''] = share.split('.') as [string, string?];
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const cut = whole.length + 2;
  const rest = digits.slice(cut).replace(/0+$/, '');
  const units = digits.slice(0, cut).replace(/^0+(?=\d)/, '');
  return rest === '' ? units : `${units}.${rest}`;
}

/** The rules a person can meet, each explained by its own sentence, for the tests that keep the table whole. */
export const PERSON_RULES = Object.keys(REASON_OF_RULE) as readonly PersonRule[];
