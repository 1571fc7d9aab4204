import type { Account, RevenueComponent } from './vocabulary';

export type { Account, RevenueComponent };

/** A decimal string with exactly the currency's minor-unit digits: `"49.90"`, `"1000"`, `"1.250"`. */
export type Amount = string;

/** An instant in `Date.prototype.toISOString()` form. */
export type Instant = string;

/** The fees of an order as the caller gives them (SPEC §4): rates are decimal strings in [0, 1]. */
export type FeesInput = {
  readonly buyerFee: { readonly rate: string; readonly fixed?: Amount };
  readonly commission: { readonly rate: string };
  readonly tipCommission?: { readonly rate: string };
};

/** The fees as stored in an order: every part present, the fixed fee normalised to the currency. */
export type Fees = {
  readonly buyerFee: { readonly rate: string; readonly fixed: Amount };
  readonly commission: { readonly rate: string };
  readonly tipCommission: { readonly rate: string };
};

/** A line bought at checkout. */
export type Item = { readonly id: string; readonly label: string; readonly price: Amount };

/** What `quoteOrder` needs: the money half of an `OrderInput`. */
export type QuoteInput = {
  readonly currency: string;
  readonly items: readonly Item[];
  readonly tip?: Amount;
  readonly fees: FeesInput;
};

/**
 * What the buyer must pay (SPEC §7.2). For an extra, `subtotal` is its price, `tip` is zero and
 * `buyerFee` is the rise of the cumulative fee F(S + p) − F(S).
 */
export type Quote = {
  readonly currency: string;
  readonly subtotal: Amount;
  readonly tip: Amount;
  readonly buyerFee: Amount;
  readonly total: Amount;
};

/**
 * One movement of money in the append-only ledger. Invariants (asserted where postings are made,
 * checked again by `parseOrder`, which replays the whole ledger):
 * - `version` is the order's version after the change that made the posting, and `cause` the
 *   type of the transition (`order.placed`, `option.add`, `refund.accept`, `deadline.review`, …);
 * - money runs on four routes only: buyer → escrow (a payment), escrow → buyer (a refund), both
 *   with `paymentId`; escrow → seller (a payout); escrow → platform (revenue, with `component`);
 * - a payment or a refund says what it moved: `items` + `tip` + `buyerFee` = `amount`, so every
 *   figure of the escrow can be recomputed from the ledger alone (SPEC §12).
 */
export type Posting = {
  readonly version: number;
  readonly at: Instant;
  readonly from: Account;
  readonly to: Account;
  readonly amount: Amount;
  readonly cause: string;
  readonly paymentId?: string;
  readonly items?: Amount;
  readonly tip?: Amount;
  readonly buyerFee?: Amount;
  readonly component?: RevenueComponent;
};

/** What a payment or a refund is made of: the part of the items, of the tip and of the buyer fee. */
export type Parts = { readonly items: Amount; readonly tip: Amount; readonly buyerFee: Amount };

/**
 * The escrow of one order: the figures the formulas need, and the ledger they come from.
 * `subtotal` is S (items and extras), `tip` T, `buyerFee` F(S), the fee paid on the cumulative S;
 * the `refunded…` figures are what went back to the buyer of each, partial and full refunds
 * together. Each figure is the sum of its part over the ledger's payments or refunds.
 */
export type EscrowState = {
  readonly subtotal: Amount;
  readonly tip: Amount;
  readonly buyerFee: Amount;
  readonly refundedItems: Amount;
  readonly refundedTip: Amount;
  readonly refundedBuyerFee: Amount;
  readonly ledger: readonly Posting[];
};

/** Anything that carries an escrow with its terms; an `Order` is one. */
export type EscrowHolder = {
  readonly currency: string;
  readonly fees: Fees;
  readonly escrow: EscrowState;
};

/** SPEC §7.5: where the money paid in for an order is now. */
export type Balances = {
  /** The order's ISO 4217 currency. */
  readonly currency: string;
  /** Everything the buyer paid: the checkout and every extra. */
  readonly paidIn: Amount;
  /** What the escrow still holds. */
  readonly held: Amount;
  /** What went back to the buyer. */
  readonly refunded: Amount;
  /** What the seller received. */
  readonly paidOut: Amount;
  /** What the platform kept: commissions, the buyer fee, forfeited money. */
  readonly revenue: Amount;
};

/** SPEC §8 `breakdown`: the parts of a revenue movement. */
export type RevenueBreakdown = {
  readonly commission: Amount;
  readonly tipCommission: Amount;
  readonly buyerFee: Amount;
  readonly forfeited: Amount;
};

/** A money movement the host must carry out; the order layer turns it into an effect. */
export type Movement =
  | { readonly type: 'refund'; readonly paymentId: string; readonly amount: Amount }
  | { readonly type: 'payout'; readonly amount: Amount }
  | { readonly type: 'revenue'; readonly amount: Amount; readonly breakdown: RevenueBreakdown };

/** The result of every escrow operation: the new escrow and the movements it decided. */
export type EscrowStep = { readonly escrow: EscrowState; readonly movements: readonly Movement[] };

/** A payment into the escrow. */
export type Payment = { readonly id: string; readonly amount: Amount };
