import { INSTANT_MS_MAX } from '../errors';
import type { Order } from '../model/types';

/** A stored instant past the four-digit years, and where it sits in the order. */
export type LateInstant = { readonly path: string; readonly at: string };

/**
 * The first deadline of an order past 9999-12-31T23:59:59.999Z, or `undefined` (SPEC §3). Only
 * deadlines can run that far: every other instant an order holds is an event's own `at`, which
 * was read within the range. `toInstant` writes such an instant with an extended year
 * (`+010000-…`), which `Date.parse` still reads, so the comparison stays exact.
 */
export function instantAfterYear9999(order: Order): LateInstant | undefined {
  const candidates: readonly (readonly [string, string | null | undefined])[] = [
    ['deliveryDeadline', order.deliveryDeadline],
    ['reviewDeadline', order.reviewDeadline],
    ['expiresAt', order.expiresAt],
    ['revisionRequest.deadline', order.revisionRequest?.deadline],
    ['requests.cancellation.deadline', order.requests.cancellation?.deadline],
    ['requests.extension.deadline', order.requests.extension?.deadline],
  ];
  for (const [path, at] of candidates) {
    // Date.parse of null or undefined is NaN, which never passes the end.
    // Stryker disable next-line ConditionalExpression: equivalent, as said above
    if (typeof at === 'string' && Date.parse(at) > INSTANT_MS_MAX) return { path, at };
  }
  return undefined;
}
