import { assert } from '../errors';
import type { EscrowHolder, EscrowStep } from '../model/escrow';
import { assertConserved } from './assertConserved';
import { digitsOf } from './digitsOf';
import { revenueOf } from './revenue';
import { sumLedger } from './sumLedger';

export type ForfeitParams = {
  readonly at: string;
  readonly cause: string;
  /** The order's version after the change. */
  readonly version: number;
};

/**
 * Expiry under ComeUp's rule: everything still held goes to the platform as
 * `breakdown.forfeited` (SPEC §5; support-en 1481: "the money goes from escrow to ComeUp").
 */
export function forfeit(holder: EscrowHolder, params: ForfeitParams): EscrowStep {
  const digits = digitsOf(holder.currency);
  const held = sumLedger(holder.escrow.ledger).held;
  assert(held.greaterThan(0), 'a forfeit needs money held');
  const revenue = revenueOf({ forfeited: held }, digits, params.at, params.cause, params.version);
  const ledger = [...holder.escrow.ledger, ...revenue.postings];
  // Stryker disable next-line all: checks the ledger just built from checked figures; no input fails it.
  assert(assertConserved(ledger, digits) === 0n, 'a forfeit leaves nothing held');
  return { escrow: { ...holder.escrow, ledger }, movements: revenue.movements };
}
