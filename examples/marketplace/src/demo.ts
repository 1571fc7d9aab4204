// `npm run example` (at the repository root): starts the service on PGlite in memory (or on
// DATABASE_URL), then plays one order through HTTP, on a simulated clock, and prints each step:
// checkout, acceptance, a paid option, a refused option whose charge is refunded, delivery, the
// review window running out (the deadline worker completes the order), and the outbox worker
// paying the seller and booking the platform's revenue, once each.
import { createService } from './createService';
import { openDatabase } from './openDatabase';

let now = new Date('2026-03-02T09:00:00.000Z');
const database = await openDatabase();
const service = await createService(database.db, { clock: () => now });
const base = await service.app.listen({ port: 0, host: '127.0.0.1' });
console.log(`The reference marketplace is listening on ${base}, on ${database.label}.\n`);

// On PostgreSQL the tables outlive the run: a new order id each time keeps runs apart.
const orderId = database.label.startsWith('PGlite') ? 'o-1' : `o-${Date.now().toString(36)}`;
const buyer = 'buyer:b-1';
const seller = 'seller:s-1';
let step = 0;

/** What the service answers, as far as this script reads it: an order view or an error. */
type Reply = {
  readonly error?: { readonly code: string; readonly message: string };
  readonly refunded?: boolean;
  readonly order: { readonly status: string; readonly version: number };
  readonly balances: { readonly held: string; readonly paidIn: string };
  readonly description: { readonly title: string; readonly text: string };
  readonly actions: readonly { readonly type: string; readonly allowed: boolean }[];
};

async function call(method: 'GET' | 'POST', path: string, actor: string, body?: unknown): Promise<Reply> {
  step += 1;
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'x-actor': actor,
      'idempotency-key': `${orderId}-${step}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Reply;
  const what = json.error
    ? `${json.error.code}: ${json.error.message}${json.refunded ? ' (charge refunded)' : ''}`
    : `${json.order.status}, version ${json.order.version}, held ${json.balances.held}`;
  const type = (body as { type?: string } | undefined)?.type;
  const request = `${method} ${path}${type === undefined ? '' : ` ${type}`}`;
  console.log(
    `${String(step).padStart(2)}. ${now.toISOString().slice(0, 16)} ${actor.padEnd(11)} ${request.padEnd(46)} → ${response.status} ${what}`,
  );
  return json;
}

async function workers(): Promise<void> {
  const deadlines = await service.context.store.runDueDeadlines();
  const outbox = await service.context.store.deliverEffects(service.handler);
  console.log(`    workers: ${deadlines.changed} deadline(s) applied, ${outbox.delivered} effect(s) carried out`);
}

const items = [
  { id: 'logo', label: 'Logo design', price: '40.00' },
  { id: 'express', label: 'Express delivery', price: '10.00' },
];
const created = await call('POST', '/checkout', buyer, {
  orderId,
  sellerId: 's-1',
  currency: 'EUR',
  items,
  tip: '5.00',
  deliveryDays: 3,
});
console.log(`    charged ${created.balances.paidIn} EUR (items 50.00 + tip 5.00 + 5 % buyer fee)`);
now = new Date('2026-03-02T11:00:00.000Z');
await call('POST', `/orders/${orderId}/events`, seller, { type: 'order.accept' });
now = new Date('2026-03-03T08:00:00.000Z');
await call('POST', `/orders/${orderId}/options`, buyer, {
  option: { id: 'source-files', label: 'Source files', price: '10.00', extraDays: 1 },
});
await call('POST', `/orders/${orderId}/options`, buyer, {
  option: { id: 'source-files', label: 'Source files again', price: '10.00', extraDays: 0 },
});
now = new Date('2026-03-05T16:00:00.000Z');
await call('POST', `/orders/${orderId}/events`, seller, { type: 'order.deliver', message: 'Here is your logo.' });
await workers();
const view = await call('GET', `/orders/${orderId}`, buyer);
console.log(`    the buyer reads: "${view.description.title}: ${view.description.text}"`);
console.log(
  `    the buyer may: ${view.actions
    .filter((a: { allowed: boolean }) => a.allowed)
    .map((a: { type: string }) => a.type)
    .join(', ')}`,
);
now = new Date('2026-03-12T16:00:01.000Z');
console.log('    … seven days later, the buyer has not answered:');
await workers();
const done = await call('GET', `/orders/${orderId}`, seller);
console.log(`    the seller reads: "${done.description.title}: ${done.description.text}"`);
console.log(`    balances: ${JSON.stringify(done.balances)}`);

console.log("\nThe fake provider's book (one line per idempotency key):");
for (const entry of (await service.context.provider.entries()).filter((e) => e.orderId === orderId)) {
  console.log(`    ${entry.kind.padEnd(8)} ${entry.amount.padStart(6)} ${entry.currency}  ${entry.key}`);
}
console.log('\nThe notifications sent:');
for (const message of await service.context.mailer.inbox(orderId))
  console.log(`    to ${message.to} ${message.toId ?? ''}: ${message.event}`);
await service.app.close();
await database.close();
