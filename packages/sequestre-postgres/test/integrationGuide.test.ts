import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

// docs/integration.md, run as written: each TypeScript block is written to a module of its own
// and imported, on PGlite in memory. The guide says it was written from tested code; this keeps it so.
const page = readFileSync(fileURLToPath(new URL('../../../docs/integration.md', import.meta.url)), 'utf8');
const blocks = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);
const folder = fileURLToPath(new URL('../.docs-blocks/', import.meta.url));

async function load(index: number): Promise<Record<string, unknown>> {
  mkdirSync(folder, { recursive: true });
  const file = `${folder}block-${index}.ts`;
  writeFileSync(file, blocks[index] as string);
  return import(/* @vite-ignore */ file);
}

describe('docs/integration.md', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('has the four blocks this test runs', () => {
    expect(blocks).toHaveLength(4);
  });

  it('runs the five calls and prints what its comment says', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await load(0);
    expect(log).toHaveBeenCalledWith(['notify o-1:1:0', 'notify o-1:2:0']);
    log.mockRestore();
  });

  it('refunds the checkout charge when the order cannot be created', async () => {
    const { checkout } = (await load(1)) as { checkout: (...args: unknown[]) => Promise<{ kind: string }> };
    const { PGlite } = await import('@electric-sql/pglite');
    const { createStore } = await import('../src');
    const store = createStore({ db: new PGlite() });
    await store.migrate();
    const refunds: string[] = [];
    const provider = {
      charge: async ({ key }: { key: string }) => ({ paymentId: `pay_${key}`, refunded: '0' }),
      refund: async ({ key }: { key: string }) => void refunds.push(key),
    };
    const input = {
      id: 'o-1',
      buyer: { id: 'b-1' },
      seller: { id: 'b-1' },
      currency: 'EUR',
      items: [{ id: 'x', label: 'X', price: '10.00' }],
      fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } },
      deliveryDays: 3,
    };
    expect(await checkout(store, provider, 'k-1', input)).toMatchObject({
      kind: 'refused',
      error: { code: 'INVALID_INPUT' },
    });
    expect(refunds).toEqual(['refund:pay_checkout:k-1']);
    expect(await checkout(store, provider, 'k-2', { ...input, seller: { id: 's-1' } })).toMatchObject({
      kind: 'created',
    });
  });

  it('defines the party-event handler and the outbox handler it shows', async () => {
    expect(typeof (await load(2)).handlePartyEvent).toBe('function');
    const { carryOut } = (await load(3)) as {
      carryOut: (outside: unknown) => (effect: unknown, delivery: unknown) => Promise<void>;
    };
    const calls: unknown[] = [];
    const record = async (request: unknown) => void calls.push(request);
    const handler = carryOut({ refund: record, payout: record, bookRevenue: record, notify: record });
    await handler(
      { type: 'payout', orderId: 'o-1', sellerId: 's-1', amount: '45.00', currency: 'EUR' },
      { idempotencyKey: 'o-1:4:0', attempt: 1 },
    );
    expect(calls).toEqual([{ key: 'o-1:4:0', orderId: 'o-1', sellerId: 's-1', amount: '45.00', currency: 'EUR' }]);
  });
});
