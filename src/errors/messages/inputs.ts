import type { Actor } from '../../model/types';
import { DURATION_DAYS_MAX } from '../limits';
import { message } from '../refusal';

/**
 * The messages of the readers of integers, booleans, enums, instants and durations, of checkouts
 * and policies, and of the arguments of the queries that describe an order.
 */

/**
 * An instant past the four-digit years (SPEC §3), as the refusal tells it: an instant the input
 * wrote (`read`), one an event would set (`set`), or a deadline counted from `placedAt`.
 */
export type LateInstant =
  | { readonly read: string }
  | { readonly set: string }
  | { readonly placedAt: string; readonly field: string; readonly duration: string; readonly at: string }
  | { readonly placedAt: string; readonly deliveryDays: number; readonly at: string };

const LAST_INSTANT = '9999-12-31T23:59:59.999Z';

export const integerRange = message(
  'integer.range',
  ({ path, min, max }) => `${path} must be an integer from ${min} to ${max}.`,
);
export const booleanExpected = message('boolean.expected', ({ path }) => `${path} must be true or false.`);
export const enumExpected = message(
  'enum.expected',
  ({ path, expected }) => `${path} must be one of ${expected.map((allowed) => `"${allowed}"`).join(', ')}.`,
);
export const instantFormat = message(
  'instant.format',
  ({ path }) =>
    `${path} must be an ISO 8601 instant with a time and an offset, such as "2026-03-01T10:00:00Z" or "2026-03-01T11:00:00+01:00".`,
);
export const timeBeforeYear0000 = message(
  'time.beforeYear0000',
  ({ path }, value: string) => `${path} "${value}" is before 0000-01-01T00:00:00.000Z; instants keep four-digit years.`,
);
export const timeAfterYear9999 = message(
  'time.afterYear9999',
  ({ path }, late: LateInstant) => `${lateText(path, late)} ${LAST_INSTANT}, the last instant an order can hold.`,
);
export const durationFormat = message(
  'duration.format',
  ({ path }, zeroAllowed: boolean) =>
    `${path} must be ${zeroAllowed ? 'an' : 'a positive'} ISO 8601 duration such as "PT48H", "P7D" or "P5M".`,
);
export const durationTooLong = message(
  'duration.tooLong',
  ({ path }, value: string) =>
    `${path} "${value}" is longer than 100 years (${DURATION_DAYS_MAX} days); a policy duration is at most that.`,
);
// A checkout names the parties in full; a stored order states the invariant.
export const partiesSame = message('parties.same', (_details, stored?: boolean) =>
  stored
    ? 'buyer.id and seller.id must differ: nobody buys from themselves.'
    : 'The buyer and the seller must be different parties: buyer.id equals seller.id.',
);
export const policyMissingField = message(
  'policy.missingField',
  ({ path }) => `${path} is missing; start from presets.comeup and override fields.`,
);
export const policyUnknownField = message('policy.unknownField', ({ path }) => `${path} is not a policy field.`);
export const policyDuplicateProposer = message(
  'policy.duplicateProposer',
  ({ path }) => `${path} repeats a role; list "buyer" and "seller" at most once each.`,
);
export const viewerParty = message(
  'viewer.party',
  (_details, viewer: Actor, orderId: string) =>
    `The viewer "${viewer.id}" is not the ${viewer.role} of order ${orderId}; describe an order only to its buyer, its seller or the platform.`,
);
export const timeZoneFormat = message(
  'timeZone.format',
  ({ path }) => `${path} must be an IANA time zone name such as "Europe/Paris" or "UTC".`,
);

function lateText(path: string, late: LateInstant): string {
  if ('read' in late) return `${path} ${late.read} is after`;
  if ('set' in late) return `This event would set ${path} to ${late.set}, after`;
  if ('deliveryDays' in late)
    return `${path} ${late.placedAt} plus ${late.deliveryDays} delivery days (the order starts when placed: the policy has no acceptance step) is ${late.at}, after`;
  return `${path} ${late.placedAt} plus policy.${late.field} ${late.duration} is ${late.at}, after`;
}
