import type { Policy } from '../../index';
import { spanOf } from './spanOf';

/** The default maximum hold: Stripe keeps manual-payout funds at most 90 days outside the US. */
export const DEFAULT_MAX_HOLD = 'P90D';

/**
 * How long a policy can keep a buyer's money held, against a payment provider's maximum hold.
 * `bounded: false` when `maxLifetime` is null: nothing forces an order to end.
 */
export type HoldAnalysis =
  | { readonly bounded: false; readonly maxHold: string; readonly maxHoldMs: number }
  | {
      readonly bounded: true;
      readonly maxLifetime: string;
      /** The longest time from the checkout payment to the money leaving escrow, disputes aside. */
      readonly longestMs: number;
      readonly maxHold: string;
      /** The provider's limit, at its shortest when it is written in months. */
      readonly maxHoldMs: number;
      readonly exceeds: boolean;
    };

/**
 * The longest path from payment to payout. The checkout payment is the oldest money in an order
 * (options and offers are paid later), and every order that is neither final nor disputed
 * reaches its expiry at placedAt + maxLifetime, where the held money leaves escrow (forfeited,
 * refunded or released, per `onExpiry`). Every other path ends sooner, since each of them ends
 * by completion, cancellation or refund before that instant. So the longest hold is the longest
 * real time `maxLifetime` can last, plus the time spent disputed, which pauses expiry (SPEC §5)
 * and which only the platform controls. With `maxLifetime: null` nothing bounds it: a late order
 * can wait for the buyer forever, and extensions and revisions can go on.
 *
 * @param policy - A valid policy.
 * @param maxHold - The provider's maximum hold as an ISO 8601 duration, already validated.
 */
export function analyzeHold(policy: Policy, maxHold: string = DEFAULT_MAX_HOLD): HoldAnalysis {
  const maxHoldMs = spanOf(maxHold)!.minMs;
  if (policy.maxLifetime === null) return { bounded: false, maxHold, maxHoldMs };
  const longestMs = spanOf(policy.maxLifetime)!.maxMs;
  return {
    bounded: true,
    maxLifetime: policy.maxLifetime,
    longestMs,
    maxHold,
    maxHoldMs,
    exceeds: longestMs > maxHoldMs,
  };
}
