import { PGlite } from '@electric-sql/pglite';
import { fromPGlite } from 'sequestre-postgres';
import { createService } from '../../src/createService';

/** The service on a fresh PGlite, on a clock the test moves, and a helper that calls it over HTTP (inject). */
export async function startService(start = '2026-03-02T09:00:00.000Z') {
  const lite = new PGlite();
  await lite.waitReady;
  let now = new Date(start);
  const service = await createService(fromPGlite(lite), { clock: () => now });
  let counter = 0;
  const call = async (
    method: 'GET' | 'POST',
    url: string,
    actor: string | null,
    body?: unknown,
    key: string | null = `k-${(counter += 1)}`,
  ) => {
    const headers: Record<string, string> = {};
    if (actor !== null) headers['x-actor'] = actor;
    if (key !== null) headers['idempotency-key'] = key;
    const response = await service.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
    return { status: response.statusCode, body: response.json() as Record<string, any> };
  };
  return {
    ...service,
    lite,
    call,
    setNow: (at: string) => void (now = new Date(at)),
    book: async () =>
      (await service.context.provider.entries())
        .map((e) => `${e.kind} ${e.amount} ${e.key}${e.calls > 1 ? ` ×${e.calls}` : ''}`)
        .sort(),
    close: async () => {
      await service.app.close();
      await lite.close();
    },
  };
}

export const ITEMS = [
  { id: 'logo', label: 'Logo design', price: '40.00' },
  { id: 'express', label: 'Express delivery', price: '10.00' },
];

export const checkoutBody = (orderId = 'o-1', sellerId = 's-1') => ({
  orderId,
  sellerId,
  currency: 'EUR',
  items: ITEMS,
  tip: '5.00',
  deliveryDays: 3,
});
