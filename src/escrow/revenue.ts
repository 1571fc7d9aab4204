import type { Movement, Posting, RevenueComponent } from '../model/escrow';
import { REVENUE_COMPONENTS } from '../model/vocabulary';
import { type Dec, toAmount, ZERO } from '../money';

/** The parts of what the platform keeps, as exact figures. */
export type RevenueParts = Partial<Record<RevenueComponent, Dec>>;

/**
 * The platform's share as one `revenue` movement with its breakdown, and one posting per
 * non-zero part. Nothing when the platform keeps nothing (SPEC §8: only when amount > 0).
 */
export function revenueOf(parts: RevenueParts, digits: number, at: string, cause: string, version: number) {
  const postings: Posting[] = [];
  const movements: Movement[] = [];
  let total = ZERO;
  const breakdown = {} as Record<RevenueComponent, string>;
  for (const component of REVENUE_COMPONENTS) {
    const amount = parts[component] ?? ZERO;
    breakdown[component] = toAmount(amount, digits);
    total = total.plus(amount);
    if (amount.greaterThan(0)) {
      postings.push({ version, at, from: 'escrow', to: 'platform', amount: breakdown[component], cause, component });
    }
  }
  if (total.greaterThan(0)) movements.push({ type: 'revenue', amount: toAmount(total, digits), breakdown });
  return { postings, movements };
}
