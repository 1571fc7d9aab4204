// The built package as a consumer gets it, on the Node that runs this file: ESM and CommonJS
// entries resolve, and one order goes through create, apply, a deadline run and the outbox on
// PGlite in memory. Run by scripts/nodeCheck.mjs on Node 20, 22 and 24.
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { quoteOrder } from 'sequestre';
import { createStore } from 'sequestre-postgres';

const required = createRequire(import.meta.url)('sequestre-postgres');
if (typeof required.createStore !== 'function') throw new Error('the CommonJS entry has no createStore');

const store = createStore({ db: new PGlite() });
await store.migrate();
const items = [{ id: 'logo', label: 'Logo', price: '40.00' }];
const fees = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };
const placedAt = '2026-03-01T10:00:00.000Z';
const created = await store.create({
  id: 'o-1',
  buyer: { id: 'b-1' },
  seller: { id: 's-1' },
  currency: 'EUR',
  items,
  fees,
  deliveryDays: 3,
  payment: { id: 'pay-1', amount: quoteOrder({ currency: 'EUR', items, fees }).total },
  placedAt,
});
if (!created.ok) throw new Error(created.error.message);
const ticked = await store.runDueDeadlines(new Date('2026-03-04T10:00:00.000Z'));
const keys = [];
await store.deliverEffects(async (_effect, { idempotencyKey }) => void keys.push(idempotencyKey));
const read = await store.get('o-1');
const answer = `${read.ok && read.order.status} ${ticked.changed} ${keys.join(',')}`;
if (answer !== 'cancelled 1 o-1:1:0,o-1:2:0,o-1:2:1,o-1:2:2') throw new Error(`unexpected: ${answer}`);
console.log(`Node ${process.versions.node}: ${answer}`);
