import { assert } from '../errors';
import type { Posting } from '../model/escrow';
import { minorUnits } from '../money/minorUnits';

/**
 * The conservation law of SPEC §7.5, asserted where postings are made: paidIn = held + refunded
 * + paidOut + revenue and no figure is negative. `held` is derived, so the law reduces to
 * "nothing leaves the escrow that did not come in"; every posting must also be positive. An
 * assertion, not a money figure: it counts exact minor units rather than building a Decimal per
 * posting, since every operation checks the whole ledger.
 *
 * @returns What the ledger holds, in minor units.
 */
export function assertConserved(ledger: readonly Posting[], digits: number): bigint {
  let held = 0n;
  for (const posting of ledger) {
    const amount = minorUnits(posting.amount, digits);
    assert(amount > 0n, () => `a posting must be positive, got ${posting.amount}`);
    held += posting.to === 'escrow' ? amount : -amount;
    assert(
      held >= 0n,
      () => `the escrow pays out ${posting.amount} at ${String(posting.cause)} with ${held + amount} minor units held`,
    );
  }
  return held;
}
