import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers } from '../src/workers/startWorkers';
import { checkoutBody, startService } from './support/harness';

type Service = Awaited<ReturnType<typeof startService>>;

// One PGlite per describe block (starting one takes seconds); each block uses its own order ids.
describe('checkout', () => {
  let s: Service;
  beforeAll(async () => void (s = await startService()));
  afterAll(async () => s.close());

  it('charges the quote, opens the order, and answers a retry with the same key as a duplicate', async () => {
    const first = await s.call('POST', '/checkout', 'buyer:b-1', checkoutBody('o-1'), 'co-1');
    expect(first.status).toBe(201);
    expect(first.body.balances).toMatchObject({ paidIn: '57.50', held: '57.50' });
    const again = await s.call('POST', '/checkout', 'buyer:b-1', checkoutBody('o-1'), 'co-1');
    expect([again.status, again.body.duplicate]).toEqual([200, true]);
    expect(await s.book()).toEqual(['charge 57.50 checkout:co-1 ×2']);
  });

  it('refunds the charge when the library refuses the order', async () => {
    const refused = await s.call('POST', '/checkout', 'buyer:b-2', checkoutBody('o-2', 'b-2'), 'co-2');
    expect([refused.status, refused.body.error.code, refused.body.refunded]).toEqual([400, 'INVALID_INPUT', true]);
    expect((await s.book()).filter((line) => line.includes('co-2'))).toEqual([
      'charge 57.50 checkout:co-2',
      'refund 57.50 refund:pay_checkout:co-2',
    ]);
  });

  it('refunds the charge when another checkout already took the order id', async () => {
    const taken = await s.call('POST', '/checkout', 'buyer:b-3', checkoutBody('o-1'), 'co-3');
    expect([taken.status, taken.body.error.code, taken.body.refunded]).toEqual([409, 'ORDER_EXISTS', true]);
    expect((await s.book()).filter((line) => line.includes('co-3'))).toEqual([
      'charge 57.50 checkout:co-3',
      'refund 57.50 refund:pay_checkout:co-3',
    ]);
  });

  it('refuses a retry whose charge was refunded: the client must start again with a new key', async () => {
    const retried = await s.call('POST', '/checkout', 'buyer:b-3', checkoutBody('o-1'), 'co-3');
    expect([retried.status, retried.body.error.code]).toEqual([409, 'CHARGE_REFUNDED']);
  });

  it('is 402 when the provider refuses: the same key for another request', async () => {
    const reused = await s.call('POST', '/checkout', 'buyer:b-3', checkoutBody('o-3'), 'co-3');
    expect([reused.status, reused.body.error.code]).toEqual([402, 'PAYMENT_REFUSED']);
  });

  it('is 400 for a quote the library refuses, before any charge', async () => {
    const bad = await s.call(
      'POST',
      '/checkout',
      'buyer:b-4',
      { ...checkoutBody('o-4'), items: [{ id: 'x', label: 'X', price: '-1' }] },
      'co-4',
    );
    expect([bad.status, bad.body.error.code]).toEqual([400, 'INVALID_INPUT']);
    expect((await s.book()).filter((line) => line.includes('co-4'))).toEqual([]);
  });
});

describe('party events', () => {
  let s: Service;
  beforeAll(async () => {
    s = await startService();
    await s.call('POST', '/checkout', 'buyer:b-1', checkoutBody('o-1'));
  });
  afterAll(async () => s.close());

  it('takes the identity from x-actor and the event id from idempotency-key, and maps refusals to statuses', async () => {
    expect((await s.call('POST', '/orders/o-1/events', null, { type: 'order.accept' })).status).toBe(401);
    expect(
      (await s.call('POST', '/orders/o-1/events', 'seller:s-1', { type: 'order.accept' }, null)).body.error.code,
    ).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const stranger = await s.call('POST', '/orders/o-1/events', 'seller:s-9', { type: 'order.accept' });
    expect([stranger.status, stranger.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const early = await s.call('POST', '/orders/o-1/events', 'buyer:b-1', { type: 'order.complete' });
    expect([early.status, early.body.error.code]).toEqual([409, 'NOT_ALLOWED']);
    const accepted = await s.call(
      'POST',
      '/orders/o-1/events',
      'seller:s-1',
      { type: 'order.accept', by: { role: 'platform' } },
      'acc-1',
    );
    expect([accepted.status, accepted.body.order.status, accepted.body.order.history[1].by]).toEqual([
      200,
      'inProgress',
      { role: 'seller', id: 's-1' },
    ]);
    const again = await s.call('POST', '/orders/o-1/events', 'seller:s-1', { type: 'order.accept' }, 'acc-1');
    expect([again.status, again.body.duplicate, again.body.order.version]).toEqual([200, true, 2]);
    const tooEarly = await s.call('POST', '/orders/o-1/events', 'buyer:b-1', { type: 'order.cancel' });
    expect([tooEarly.status, tooEarly.body.error.code, tooEarly.body.error.details.from]).toEqual([
      409,
      'TOO_EARLY',
      '2026-03-05T09:00:00.000Z',
    ]);
  });

  it('refuses paid events outside their paid routes', async () => {
    const sneaky = await s.call('POST', '/orders/o-1/events', 'buyer:b-1', {
      type: 'option.add',
      option: { id: 'x', label: 'X', price: '1.00', extraDays: 0 },
      payment: { id: 'free', amount: '1.05' },
    });
    expect([sneaky.status, sneaky.body.error.code]).toEqual([400, 'INVALID_INPUT']);
  });

  it("shows each party its actions and the order described in its language, and nobody else's", async () => {
    const buyer = await s.call('GET', '/orders/o-1', 'buyer:b-1');
    expect(buyer.body.actions.find((a: { type: string }) => a.type === 'order.cancel')).toEqual({
      type: 'order.cancel',
      allowed: false,
      reason: 'TOO_EARLY',
      from: '2026-03-05T09:00:00.000Z',
    });
    const french = await s.app.inject({
      method: 'GET',
      url: '/orders/o-1',
      headers: { 'x-actor': 'seller:s-1', 'accept-language': 'fr' },
    });
    expect(french.json().description.title).toBe('En cours de réalisation');
    expect((await s.call('GET', '/orders/o-1', 'buyer:b-2')).status).toBe(403);
    expect((await s.call('GET', '/orders/o-404', 'buyer:b-1')).status).toBe(404);
  });
});

describe('paid options and offers', () => {
  let s: Service;
  beforeAll(async () => {
    s = await startService();
    await s.call('POST', '/checkout', 'buyer:b-1', checkoutBody('o-1'));
    await s.call('POST', '/orders/o-1/events', 'seller:s-1', { type: 'order.accept' });
  });
  afterAll(async () => s.close());

  it('charges quoteExtra for an option and adds it', async () => {
    const bought = await s.call(
      'POST',
      '/orders/o-1/options',
      'buyer:b-1',
      { option: { id: 'src', label: 'Source files', price: '10.00', extraDays: 1 } },
      'opt-1',
    );
    expect([bought.status, bought.body.balances.paidIn]).toEqual([200, '68.00']);
    expect((await s.book()).filter((line) => line.includes('opt-1'))).toEqual(['charge 10.50 extra:o-1:opt-1']);
  });

  it('refunds the charge when the option is refused, and the order holds what it held', async () => {
    const refused = await s.call(
      'POST',
      '/orders/o-1/options',
      'buyer:b-1',
      { option: { id: 'src', label: 'Again', price: '10.00', extraDays: 0 } },
      'opt-2',
    );
    expect([refused.status, refused.body.error.code, refused.body.refunded]).toEqual([409, 'CONFLICT', true]);
    expect((await s.book()).filter((line) => line.includes('opt-2'))).toEqual([
      'charge 10.50 extra:o-1:opt-2',
      'refund 10.50 refund:pay_extra:o-1:opt-2',
    ]);
    expect((await s.call('GET', '/orders/o-1', 'buyer:b-1')).body.balances.paidIn).toBe('68.00');
  });

  it('charges a custom offer when the buyer accepts it', async () => {
    await s.call('POST', '/orders/o-1/events', 'seller:s-1', {
      type: 'offer.propose',
      offer: { id: 'logo-v2', label: 'A second logo', price: '20.00', extraDays: 2 },
    });
    const accepted = await s.call('POST', '/orders/o-1/offers/logo-v2/accept', 'buyer:b-1', {}, 'offer-1');
    expect([accepted.status, accepted.body.balances.paidIn]).toEqual([200, '89.00']);
    const again = await s.call('POST', '/orders/o-1/offers/logo-v2/accept', 'buyer:b-1', {}, 'offer-2');
    expect([again.status, again.body.error.details.rule]).toEqual([409, 'offer.notPending']);
  });
});

describe('workers', () => {
  let s: Service;
  beforeAll(async () => {
    s = await startService();
    await s.call('POST', '/checkout', 'buyer:b-1', checkoutBody('o-1'));
  });
  afterAll(async () => s.close());

  it('cancels an order the seller never accepted and refunds it once, however many workers run', async () => {
    s.setNow('2026-03-04T09:00:00.000Z');
    expect(await s.context.store.runDueDeadlines()).toMatchObject({ changed: 1 });
    await Promise.all([s.context.store.deliverEffects(s.handler), s.context.store.deliverEffects(s.handler)]);
    await s.context.store.deliverEffects(s.handler);
    expect(await s.book()).toEqual(['charge 57.50 checkout:k-1', 'refund 57.50 o-1:2:0']);
    expect((await s.call('GET', '/orders/o-1', 'buyer:b-1')).body.balances).toMatchObject({
      held: '0.00',
      refunded: '57.50',
    });
  });

  it('runs both loops in the background until stopped, and reports what fails', async () => {
    await s.call('POST', '/checkout', 'buyer:b-2', checkoutBody('o-2'), 'co-bg'); // placed 2026-03-04T09:00
    s.setNow('2026-03-06T09:00:00.000Z'); // its acceptance window closes
    const errors: unknown[] = [];
    const workers = startWorkers(s.context.store, s.handler, { idleMs: 5, onError: (error) => errors.push(error) });
    const refunded = async () => (await s.book()).includes('refund 57.50 o-2:2:0');
    for (let wait = 0; wait < 400 && !(await refunded()); wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await workers.stop();
    expect(await refunded()).toBe(true);
    expect(errors).toEqual([]);
    expect((await s.call('GET', '/orders/o-2', 'buyer:b-2')).body.order.status).toBe('cancelled');
  });
});
