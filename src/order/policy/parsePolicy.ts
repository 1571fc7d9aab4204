import { AUTO_DISPUTE_DECLINES_MAX, AUTO_DISPUTE_DECLINES_MIN, TEXT_LENGTH_MAX } from '../../errors';
import { fail, readBoolean, readEnum, readInteger, readObject } from '../../input';
import { parseDuration } from '../../time';
import type { Policy } from './types';

const FIELDS = [
  'name',
  'acceptanceWindow',
  'lateGrace',
  'reviewWindow',
  'reviewWindowAfterRevisionDecline',
  'cancellationResponse',
  'onCancellationTimeout',
  'autoDisputeAfterDeclinedCancellations',
  'revisionResponse',
  'extensionResponse',
  'maxLifetime',
  'onExpiry',
  'refundBuyerFee',
] as const;

const POSITIVE_DURATIONS = [
  'acceptanceWindow',
  'reviewWindow',
  'reviewWindowAfterRevisionDecline',
  'cancellationResponse',
  'revisionResponse',
  'extensionResponse',
] as const;

/**
 * Validates a policy (SPEC §9): every field present and in range, no unknown field. Returns a
 * fresh plain copy, so a stored order never shares objects with the caller's policy.
 *
 * @throws SequestreError `INVALID_INPUT` naming the first wrong field.
 */
export function parsePolicy(value: unknown, path = 'policy'): Policy {
  const policy = readObject(value, path);
  for (const key of Object.keys(policy)) {
    if (!(FIELDS as readonly string[]).includes(key)) fail('INVALID_INPUT', `${path}.${key}`, 'policy.unknownField', `${path}.${key} is not a policy field.`);
  }
  for (const key of FIELDS) {
    if (policy[key] === undefined) fail('INVALID_INPUT', `${path}.${key}`, 'policy.missingField', `${path}.${key} is missing; start from presets.comeup and override fields.`);
  }
  if (typeof policy.name !== 'string' || policy.name.length === 0 || policy.name.length > TEXT_LENGTH_MAX) {
    fail('INVALID_INPUT', `${path}.name`, 'text.format', `${path}.name must be a non-empty string.`);
  }
  for (const key of POSITIVE_DURATIONS) parseDuration(policy[key], `${path}.${key}`);
  parseDuration(policy.lateGrace, `${path}.lateGrace`, true);
  if (policy.maxLifetime !== null) parseDuration(policy.maxLifetime, `${path}.maxLifetime`);
  if (policy.autoDisputeAfterDeclinedCancellations !== null) {
    readInteger(policy.autoDisputeAfterDeclinedCancellations, `${path}.autoDisputeAfterDeclinedCancellations`, AUTO_DISPUTE_DECLINES_MIN, AUTO_DISPUTE_DECLINES_MAX);
  }
  const refund = readObject(policy.refundBuyerFee, `${path}.refundBuyerFee`);
  for (const key of Object.keys(refund)) {
    if (key !== 'onCancel' && key !== 'onPartialRefund') fail('INVALID_INPUT', `${path}.refundBuyerFee.${key}`, 'policy.unknownField', `${path}.refundBuyerFee.${key} is not a policy field.`);
  }
  return {
    name: policy.name,
    acceptanceWindow: policy.acceptanceWindow as string,
    lateGrace: policy.lateGrace as string,
    reviewWindow: policy.reviewWindow as string,
    reviewWindowAfterRevisionDecline: policy.reviewWindowAfterRevisionDecline as string,
    cancellationResponse: policy.cancellationResponse as string,
    onCancellationTimeout: readEnum(policy.onCancellationTimeout, `${path}.onCancellationTimeout`, ['expire', 'accept', 'dispute']),
    autoDisputeAfterDeclinedCancellations: policy.autoDisputeAfterDeclinedCancellations as number | null,
    revisionResponse: policy.revisionResponse as string,
    extensionResponse: policy.extensionResponse as string,
    maxLifetime: policy.maxLifetime as string | null,
    onExpiry: readEnum(policy.onExpiry, `${path}.onExpiry`, ['forfeit', 'refund', 'release']),
    refundBuyerFee: {
      onCancel: readBoolean(refund.onCancel, `${path}.refundBuyerFee.onCancel`),
      onPartialRefund: readEnum(refund.onPartialRefund, `${path}.refundBuyerFee.onPartialRefund`, ['proportional', 'none']),
    },
  };
}
