// One load worker process: plays the life of each order it owns (ORDERS orders, those whose
// index modulo WORKERS is WORKER), CONCURRENCY orders at a time, each order's events in sequence,
// and prints its measurements as one JSON line. Paid offers are charged first, as the service does.
import pg from 'pg';
import { type OrderEvent, quoteExtra } from 'sequestre';
import { type ApplyMetrics, createStore, fromPgPool } from 'sequestre-postgres';
import { FakeProvider } from '../src/fake/fakeProvider';
import { buyerOf, sellerOf } from './scenario';

const worker = Number(process.env.WORKER ?? '0');
const workers = Number(process.env.WORKERS ?? '1');
const orders = Number(process.env.ORDERS ?? '1000');
const concurrency = Number(process.env.CONCURRENCY ?? '8');
const prefix = process.env.PREFIX ?? 'load-';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: concurrency });
const db = fromPgPool(pool);
const metrics: ApplyMetrics[] = [];
const store = createStore({ db, onApply: (m) => metrics.push(m) });
const provider = new FakeProvider(db);

/** The ten events of one order's life: acceptance, a paid custom offer, an extension, a delivery, a revision, a redelivery, completion. */
function life(orderId: string, offerPayment: { id: string; amount: string }): ((at: string) => OrderEvent)[] {
  const buyer = buyerOf(orderId);
  const seller = sellerOf(orderId);
  const id = (name: string) => `${orderId}:${name}`;
  return [
    (at) => ({ type: 'order.accept', at, by: seller, id: id('accept') }),
    (at) => ({
      type: 'offer.propose',
      at,
      by: seller,
      id: id('offer'),
      offer: { id: 'x', label: 'Extra', price: '8.00', extraDays: 1 },
    }),
    (at) => ({ type: 'offer.accept', at, by: buyer, id: id('offer-accept'), offerId: 'x', payment: offerPayment }),
    (at) => ({ type: 'extension.request', at, by: seller, id: id('extension'), days: 2 }),
    (at) => ({ type: 'extension.accept', at, by: buyer, id: id('extension-accept') }),
    (at) => ({ type: 'order.deliver', at, by: seller, id: id('deliver') }),
    (at) => ({ type: 'revision.request', at, by: buyer, id: id('revision') }),
    (at) => ({ type: 'revision.accept', at, by: seller, id: id('revision-accept') }),
    (at) => ({ type: 'order.deliver', at, by: seller, id: id('redeliver') }),
    (at) => ({ type: 'order.complete', at, by: buyer, id: id('complete') }),
  ];
}

const mine = Array.from({ length: orders }, (_, n) => n)
  .filter((n) => n % workers === worker)
  .map((n) => `${prefix}${n}`);
const failures: string[] = [];
const start = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < mine.length) {
      const orderId = mine[next++] as string;
      const read = await store.get(orderId);
      if (!read.ok) throw new Error(`${orderId}: ${read.error.code}`);
      // The offer's price is known, so its charge is too: quoteExtra on the order as it will be.
      const quote = quoteExtra(read.order, '8.00');
      const charge = await provider.charge({
        key: `offer:${orderId}`,
        orderId,
        buyerId: read.order.buyer.id,
        amount: quote.total,
        currency: 'EUR',
      });
      for (const make of life(orderId, { id: charge.paymentId, amount: quote.total })) {
        const result = await store.apply(orderId, (_order, at) => make(at));
        if (!result.ok || !result.changed) failures.push(`${orderId}: ${result.ok ? 'unchanged' : result.error.code}`);
      }
    }
  }),
);
const elapsedMs = performance.now() - start;
await pool.end();
console.log(
  JSON.stringify({
    worker,
    events: metrics.length,
    elapsedMs,
    failures,
    totalMs: metrics.map((m) => m.totalMs),
    libraryMs: metrics.reduce((sum, m) => sum + m.parseMs + m.applyEventMs, 0),
    parseMs: metrics.reduce((sum, m) => sum + m.parseMs, 0),
    applyEventMs: metrics.reduce((sum, m) => sum + m.applyEventMs, 0),
    retries: metrics.reduce((sum, m) => sum + m.attempts - 1, 0),
  }),
);
