import type { Queryable } from 'sequestre-postgres';

/**
 * A fake mailer: it "sends" a notification by recording it once per idempotency key, the way a
 * real one would drop a repeated message. Its table lives in the service's database.
 */
export class FakeMailer {
  constructor(private readonly db: Queryable) {}

  async migrate(): Promise<void> {
    await this.db.query(`
CREATE TABLE IF NOT EXISTS fake_mailbox (
  idempotency_key text PRIMARY KEY,
  order_id        text NOT NULL,
  to_role         text NOT NULL,
  to_id           text,
  event           text NOT NULL,
  calls           integer NOT NULL DEFAULT 1
)`);
  }

  async send(message: { key: string; orderId: string; to: string; toId: string | null; event: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO fake_mailbox (idempotency_key, order_id, to_role, to_id, event) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (idempotency_key) DO UPDATE SET calls = fake_mailbox.calls + 1`,
      [message.key, message.orderId, message.to, message.toId, message.event],
    );
  }

  /** Every message sent for an order, for the demo and the tests. */
  async inbox(orderId: string): Promise<{ to: string; toId: string | null; event: string }[]> {
    const { rows } = await this.db.query<{ to: string; toId: string | null; event: string }>(
      `SELECT to_role AS "to", to_id AS "toId", event FROM fake_mailbox WHERE order_id = $1 ORDER BY idempotency_key`,
      [orderId],
    );
    return rows;
  }
}
