import type { Account, Posting } from '../model/escrow';
import { type Dec, ZERO } from '../money';

/** Totals of a ledger by destination account; `held` is what went into escrow and has not left. */
export type LedgerTotals = {
  readonly paidIn: Dec;
  readonly held: Dec;
  readonly refunded: Dec;
  readonly paidOut: Dec;
  readonly revenue: Dec;
};

/** Sums a ledger in one pass. Postings only ever run buyer → escrow or escrow → someone. */
export function sumLedger(ledger: readonly Posting[]): LedgerTotals {
  const into: Record<Account, Dec> = { buyer: ZERO, escrow: ZERO, seller: ZERO, platform: ZERO };
  for (const posting of ledger) into[posting.to] = into[posting.to].plus(posting.amount);
  const out = into.buyer.plus(into.seller).plus(into.platform);
  return {
    paidIn: into.escrow,
    held: into.escrow.minus(out),
    refunded: into.buyer,
    paidOut: into.seller,
    revenue: into.platform,
  };
}
