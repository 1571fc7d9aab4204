import { assert } from '../errors';
import { Dec } from '../money';
import { sumLedger, type LedgerTotals } from './sumLedger';
import type { Posting } from './types';

/**
 * The conservation law of SPEC §7.5, asserted where postings are made: paidIn = held + refunded
 * + paidOut + revenue and no figure is negative. `held` is derived, so the law reduces to
 * "nothing leaves the escrow that did not come in"; every posting must also be positive.
 */
export function assertConserved(ledger: readonly Posting[]): LedgerTotals {
  for (const posting of ledger) assert(new Dec(posting.amount).greaterThan(0), `a posting must be positive, got ${posting.amount}`);
  const totals = sumLedger(ledger);
  assert(!totals.held.isNegative(), `the escrow holds a negative ${totals.held.toString()}`);
  assert(
    totals.paidIn.equals(totals.held.plus(totals.refunded).plus(totals.paidOut).plus(totals.revenue)),
    'paidIn must equal held + refunded + paidOut + revenue',
  );
  return totals;
}
