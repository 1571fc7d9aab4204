import type { Queryable } from 'sequestre-postgres';

/**
 * A fake payment provider whose book lives in the service's database, so that it survives a
 * killed worker and the proofs can read it. It behaves as real providers do with idempotency
 * keys (Stripe, Adyen, Mangopay): a request repeated with the same key returns the first result
 * and moves no money again; the same key with other parameters is refused.
 *
 * Invariants: one book row per key; a payment's refunds never exceed its charge.
 */
export type BookKind = 'charge' | 'refund' | 'payout' | 'revenue';

export type BookEntry = {
  readonly key: string;
  readonly kind: BookKind;
  readonly orderId: string;
  readonly paymentId: string | null;
  readonly partyId: string | null;
  readonly amount: string;
  readonly currency: string;
  /** How many requests carried this key (the first included): above 1, a retry was absorbed. */
  readonly calls: number;
};

export class ProviderRefusal extends Error {}

const BOOK_TABLE = `
CREATE TABLE IF NOT EXISTS fake_provider_book (
  idempotency_key text PRIMARY KEY,
  kind            text NOT NULL,
  order_id        text NOT NULL,
  payment_id      text,
  party_id        text,
  amount          numeric NOT NULL CHECK (amount > 0),
  currency        text NOT NULL,
  calls           integer NOT NULL DEFAULT 1
)`;

// The provider's own idempotency: the first request with a key books it, a repeat only counts.
const BOOK = `
INSERT INTO fake_provider_book (idempotency_key, kind, order_id, payment_id, party_id, amount, currency)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (idempotency_key) DO UPDATE SET calls = fake_provider_book.calls + 1
RETURNING idempotency_key AS key, kind, order_id AS "orderId", payment_id AS "paymentId", party_id AS "partyId",
          amount::text AS amount, currency, calls`;

const REFUNDED_ON = `
SELECT COALESCE(SUM(amount), 0)::text AS refunded, (SELECT amount::text FROM fake_provider_book WHERE kind = 'charge' AND payment_id = $1) AS charged
FROM fake_provider_book WHERE kind = 'refund' AND payment_id = $1`;

const PAYMENT_STATE = `
SELECT c.amount::text AS amount, c.order_id AS "orderId",
       COALESCE((SELECT SUM(r.amount) FROM fake_provider_book r WHERE r.kind = 'refund' AND r.payment_id = c.payment_id), 0)::text AS refunded
FROM fake_provider_book c WHERE c.kind = 'charge' AND c.payment_id = $1`;

export class FakeProvider {
  constructor(private readonly db: Queryable) {}

  async migrate(): Promise<void> {
    await this.db.query(BOOK_TABLE);
  }

  /** Charges the buyer. The payment id is derived from the key, so a retried charge is the same payment. */
  async charge(request: {
    key: string;
    orderId: string;
    buyerId: string;
    amount: string;
    currency: string;
  }): Promise<{ paymentId: string; amount: string; refunded: string }> {
    const paymentId = `pay_${request.key}`;
    const entry = await this.book({ ...request, kind: 'charge', paymentId, partyId: request.buyerId });
    const state = await this.payment(paymentId);
    return { paymentId, amount: entry.amount, refunded: state?.refunded ?? '0' };
  }

  /** Refunds part or all of a payment; more than what is left of it is refused. */
  async refund(request: {
    key: string;
    orderId: string;
    paymentId: string;
    amount: string;
    currency: string;
  }): Promise<BookEntry> {
    const { rows } = await this.db.query<{ refunded: string; charged: string | null }>(REFUNDED_ON, [
      request.paymentId,
    ]);
    const state = rows[0];
    if (state?.charged === null || state?.charged === undefined)
      throw new ProviderRefusal(`no charge "${request.paymentId}" to refund`);
    const existing = await this.entry(request.key);
    if (
      existing === null &&
      toThousandths(state.refunded) + toThousandths(request.amount) > toThousandths(state.charged)
    ) {
      throw new ProviderRefusal(`refund of ${request.amount} exceeds what is left of payment "${request.paymentId}"`);
    }
    return this.book({ ...request, kind: 'refund', partyId: null });
  }

  async payout(request: {
    key: string;
    orderId: string;
    sellerId: string;
    amount: string;
    currency: string;
  }): Promise<BookEntry> {
    return this.book({ ...request, kind: 'payout', paymentId: null, partyId: request.sellerId });
  }

  async bookRevenue(request: { key: string; orderId: string; amount: string; currency: string }): Promise<BookEntry> {
    return this.book({ ...request, kind: 'revenue', paymentId: null, partyId: null });
  }

  /** A payment's amount and what was refunded on it, or null when there is no such charge. */
  async payment(paymentId: string): Promise<{ amount: string; refunded: string; orderId: string } | null> {
    const { rows } = await this.db.query<{ amount: string; refunded: string; orderId: string }>(PAYMENT_STATE, [
      paymentId,
    ]);
    return rows[0] ?? null;
  }

  /** The whole book, for reconciliation. */
  async entries(): Promise<BookEntry[]> {
    const { rows } = await this.db.query<BookEntry>(
      `SELECT idempotency_key AS key, kind, order_id AS "orderId", payment_id AS "paymentId", party_id AS "partyId", amount::text AS amount, currency, calls FROM fake_provider_book`,
    );
    return rows;
  }

  private async entry(key: string): Promise<BookEntry | null> {
    const { rows } = await this.db.query<BookEntry>(
      `SELECT idempotency_key AS key, kind, order_id AS "orderId", payment_id AS "paymentId", party_id AS "partyId", amount::text AS amount, currency, calls FROM fake_provider_book WHERE idempotency_key = $1`,
      [key],
    );
    return rows[0] ?? null;
  }

  private async book(request: {
    key: string;
    kind: BookKind;
    orderId: string;
    paymentId: string | null;
    partyId: string | null;
    amount: string;
    currency: string;
  }): Promise<BookEntry> {
    const { rows } = await this.db.query<BookEntry>(BOOK, [
      request.key,
      request.kind,
      request.orderId,
      request.paymentId,
      request.partyId,
      request.amount,
      request.currency,
    ]);
    const entry = rows[0];
    if (entry === undefined) throw new Error('the provider booked nothing');
    const same =
      entry.kind === request.kind &&
      entry.orderId === request.orderId &&
      toThousandths(entry.amount) === toThousandths(request.amount) &&
      entry.currency === request.currency;
    if (!same) throw new ProviderRefusal(`idempotency key "${request.key}" was used for another request`);
    return entry;
  }
}

/** An amount (at most 3 decimals, as every ISO currency) in thousandths, to compare amounts exactly. */
export function toThousandths(amount: string): number {
  const [whole = '0', fraction = ''] = amount.split('.');
  return Number(whole) * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
}
