import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  availableActions,
  createOrder,
  getBalances,
  nextDeadline,
  type Order,
  type OrderEvent,
  type OrderInput,
  parseOrder,
} from '../../src';
import { expectOk } from '../support/fixtures';

// SPEC §12: stored schema 1 documents migrate to schema 2. The corpus in test/fixtures/ was
// written by sequestre 0.1.0 itself (commit 76f9b8f), one order per status and policy, with
// options, offers, partial refunds, a split, and two edge cases: two partial refunds accepted in
// one millisecond, the first emptying the newest payment exactly, and a restart followed by a
// split at one instant. Each entry keeps the checkout input and the events 0.1.0 accepted, so the
// migrated order can be compared with the order today's library writes for the same events.

type Fixture = { input: number; events: OrderEvent[]; order: Record<string, unknown> };
const corpus = JSON.parse(readFileSync(new URL('../fixtures/schema1-orders.json', import.meta.url), 'utf8')) as {
  inputs: OrderInput[];
  orders: Fixture[];
};

/**
 * The order today's library writes for the same checkout and events. A 0.1.0 policy has no
 * `sellerCancel` nor `partialRefunds`, which today's checkout requires (SPEC §9): it gets the
 * values that keep its behaviour, those `parseOrder` gives a schema 1 policy.
 */
function replayedToday(fixture: Fixture): Order {
  const input = corpus.inputs[fixture.input]!;
  const policy =
    input.policy === undefined
      ? undefined
      : {
          sellerCancel: 'direct',
          partialRefunds: { proposers: ['buyer', 'seller'], maxShare: null },
          ...(input.policy as object),
        };
  let order = expectOk(
    createOrder(policy === undefined ? input : { ...input, policy: policy as unknown as OrderInput['policy'] }),
  ).order;
  for (const event of fixture.events) order = expectOk(applyEvent(order, event)).order;
  return order;
}

/** Schema 1 ids carry no fingerprint: they keep matching by id alone. */
const idsOnly = (order: Order): Order => ({
  ...order,
  eventIds: order.eventIds.map(({ id }) => ({ id, fingerprint: null })),
});

const label = (fixture: Fixture) =>
  `${String(fixture.order.status)} after ${fixture.events.map((event) => event.type).join(', ')}`;

describe('parseOrder: schema 1 documents written by sequestre 0.1.0', () => {
  it('holds one order of every status, partial refunds, extras and a split', () => {
    const statuses = new Set(corpus.orders.map((fixture) => fixture.order.status));
    expect([...statuses].sort()).toEqual([
      'cancelled',
      'completed',
      'delivered',
      'disputed',
      'expired',
      'inProgress',
      'pending',
      'revisionRequested',
    ]);
    expect(corpus.orders.every((fixture) => fixture.order.schemaVersion === 1)).toBe(true);
  });

  it.each(corpus.orders.map((fixture) => [label(fixture), fixture] as const))(
    'migrates %s to the order the library writes today',
    (_, fixture) => {
      const migrated = parseOrder(structuredClone(fixture.order));
      expect(migrated.schemaVersion).toBe(2);
      expect(migrated).toEqual(idsOnly(replayedToday(fixture)));
    },
  );

  it('keeps the money of every order: the same balances before and after the migration', () => {
    for (const fixture of corpus.orders) {
      const ledger = fixture.order.escrow as { ledger: { to: string; amount: string }[] };
      const into = (account: string) =>
        ledger.ledger
          .filter((posting) => posting.to === account)
          .reduce((sum, posting) => sum + Number(posting.amount.replace('.', '')), 0);
      const balances = getBalances(parseOrder(fixture.order));
      expect(
        [balances.paidIn, balances.refunded, balances.paidOut, balances.revenue].map((amount) =>
          Number(amount.replace('.', '')),
        ),
      ).toEqual(['escrow', 'buyer', 'seller', 'platform'].map(into));
    }
  });

  it('answers a migrated event id as a duplicate by id alone, whatever the retried event says', () => {
    const fixture = corpus.orders.find(
      (candidate) => (candidate.order.eventIds as unknown[]).length > 0 && candidate.order.status !== 'completed',
    )!;
    const order = parseOrder(fixture.order);
    const [recorded] = order.eventIds;
    expect(recorded!.fingerprint).toBeNull();
    const result = applyEvent(order, {
      type: 'clock.tick',
      at: '2026-03-01T10:00:00Z',
      by: { role: 'system' },
      id: recorded!.id,
    });
    expect(result).toEqual({ ok: true, order, effects: [], duplicate: true });
  });

  it('refuses a schema 1 order everywhere but parseOrder, saying to migrate it first (order.schemaOutdated)', () => {
    const stored = corpus.orders[0]!.order as unknown as Order;
    const error = {
      code: 'INVALID_ORDER',
      message:
        'This order was stored with schemaVersion 1; pass it through parseOrder first, which migrates it to schemaVersion 2.',
      details: { rule: 'order.schemaOutdated' },
    };
    expect(applyEvent(stored, { type: 'clock.tick', at: '2026-03-01T10:00:00Z', by: { role: 'system' } })).toEqual({
      ok: false,
      error,
    });
    expect(() => nextDeadline(stored)).toThrow(expect.objectContaining(error));
    expect(() => availableActions(stored, { viewer: { role: 'platform' }, at: '2026-03-01T10:00:00Z' })).toThrow(
      expect.objectContaining(error),
    );
  });

  it('refuses a schema 1 document whose figures disagree with its ledger, or whose ledger was altered', () => {
    const fixture = corpus.orders.find(
      (candidate) => (candidate.order.escrow as { refundedItems: string }).refundedItems !== '0.00',
    )!;
    const movedCents = structuredClone(fixture.order) as {
      escrow: { refundedItems: string; refundedBuyerFee: string };
    };
    const items = Number(movedCents.escrow.refundedItems.replace('.', '')) + 1;
    const fee = Number(movedCents.escrow.refundedBuyerFee.replace('.', '')) - 1;
    movedCents.escrow.refundedItems = (items / 100).toFixed(2);
    movedCents.escrow.refundedBuyerFee = (fee / 100).toFixed(2);
    expect(() => parseOrder(movedCents)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ORDER',
        details: expect.objectContaining({ rule: 'ledger.notReplayable' }),
      }),
    );
    const altered = structuredClone(fixture.order) as { escrow: { ledger: { to: string; amount: string }[] } };
    const refund = altered.escrow.ledger.find((posting) => posting.to === 'buyer')!;
    refund.amount = (Number(refund.amount) - 0.01).toFixed(2);
    expect(() => parseOrder(altered)).toThrow(expect.objectContaining({ code: 'INVALID_ORDER' }));
  });
});
