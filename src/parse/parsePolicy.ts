import {
  AUTO_DISPUTE_DECLINES_MAX,
  AUTO_DISPUTE_DECLINES_MIN,
  invalidInput,
  type Parsed,
  parsing,
  policyDuplicateProposer,
  policyMissingField,
  policyUnknownField,
  TEXT_LENGTH_MAX,
  textFormat,
} from '../errors';
import type { Policy } from '../model/policy';
import {
  CANCELLATION_TIMEOUT_OUTCOMES,
  EXPIRY_OUTCOMES,
  PARTIAL_FEE_RULES,
  PARTIES,
  type Party,
  SELLER_CANCEL_RULES,
} from '../model/vocabulary';
import { parseRate } from '../money/parseRate';
import { type Duration, parseDuration } from '../time';
import { readArray, readBoolean, readEnum, readInteger, readObject } from './readers';

type Reader<T> = (value: unknown, path: string) => T;

/* @__NO_SIDE_EFFECTS__ */
function duration(allowZero = false): Reader<Duration> {
  return (value, path) => (parseDuration(value, path, allowZero), value as Duration);
}

/* @__NO_SIDE_EFFECTS__ */
function orNull<T>(read: Reader<T>): Reader<T | null> {
  return (value, path) => (value === null ? null : read(value, path));
}

/* @__NO_SIDE_EFFECTS__ */
function oneOf<T extends string>(allowed: readonly T[]): Reader<T> {
  return (value, path) => readEnum(value, path, allowed);
}

/**
 * Every policy field, in the order of `Policy`, with how it is read (SPEC §9): durations must be
 * positive except `lateGrace`, which may be zero; `null` means no acceptance step, no late
 * cancellation, no revision answer step, no expiry, no automatic dispute, no cap on partial refunds.
 */
const FIELDS: { readonly [K in keyof Policy]: Reader<Policy[K]> } = {
  name: (value, path) => {
    if (typeof value !== 'string' || value.length === 0 || value.length > TEXT_LENGTH_MAX)
      invalidInput(textFormat, { path });
    return value;
  },
  acceptanceWindow: orNull(duration()),
  lateGrace: orNull(duration(true)),
  reviewWindow: duration(),
  reviewWindowAfterRevisionDecline: duration(),
  cancellationResponse: duration(),
  onCancellationTimeout: oneOf(CANCELLATION_TIMEOUT_OUTCOMES),
  autoDisputeAfterDeclinedCancellations: orNull((value, path) =>
    readInteger(value, path, AUTO_DISPUTE_DECLINES_MIN, AUTO_DISPUTE_DECLINES_MAX),
  ),
  revisionResponse: orNull(duration()),
  extensionResponse: duration(),
  maxLifetime: orNull(duration()),
  onExpiry: oneOf(EXPIRY_OUTCOMES),
  refundBuyerFee: (value, path) => {
    const refund = readFields(value, path, ['onCancel', 'onPartialRefund']);
    return {
      onCancel: readBoolean(refund.onCancel, `${path}.onCancel`),
      onPartialRefund: oneOf(PARTIAL_FEE_RULES)(refund.onPartialRefund, `${path}.onPartialRefund`),
    };
  },
  sellerCancel: oneOf(SELLER_CANCEL_RULES),
  partialRefunds: (value, path) => {
    const refunds = readFields(value, path, ['proposers', 'maxShare']);
    const maxShare =
      refunds.maxShare === null ? null : (parseRate(refunds.maxShare, `${path}.maxShare`), refunds.maxShare as string);
    return { proposers: readProposers(refunds.proposers, `${path}.proposers`), maxShare };
  },
};

/** Distinct parties, in the order given: a role listed twice is a mistake worth naming. */
function readProposers(value: unknown, path: string): Party[] {
  const proposers: Party[] = [];
  readArray(value, path, PARTIES.length).forEach((entry, index) => {
    const party = readEnum(entry, `${path}[${index}]`, PARTIES);
    if (proposers.includes(party)) invalidInput(policyDuplicateProposer, { path: `${path}[${index}]` });
    proposers.push(party);
  });
  return proposers;
}

/**
 * Validates a policy (SPEC §9): every field present and in range, no unknown field. Answers a
 * fresh plain copy, so a stored order never shares objects with the caller's policy.
 *
 * @returns The policy, or the `INVALID_INPUT` refusal naming the first wrong field.
 */
export function parsePolicy(value: unknown): Parsed<Policy> {
  return parsing(() => readPolicy(value));
}

/** `parsePolicy` as a reader, for the parsers that read a policy inside an order input or a stored order. */
export function readPolicy(value: unknown, path = 'policy'): Policy {
  const keys = Object.keys(FIELDS) as (keyof Policy)[];
  const policy = readFields(value, path, keys);
  for (const key of keys) {
    if (policy[key] === undefined) invalidInput(policyMissingField, { path: `${path}.${key}` });
  }
  const read: Record<string, unknown> = {};
  for (const key of keys) read[key] = FIELDS[key](policy[key], `${path}.${key}`);
  return read as Policy;
}

/** An object with no key outside `keys`. */
function readFields(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  const record = readObject(value, path);
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) invalidInput(policyUnknownField, { path: `${path}.${key}` });
  }
  return record;
}
