// What docs/frontend.md's examples take as given: the order a buyer is looking at, and the
// server's own parts (its app, session and storage), which only its compile-only blocks use.
import type { Actor, Effect, Order } from '../../../src';
import { placed, run, SELLER } from '../../support/fixtures';
import { hostOnly } from '../harness/checkStated';

const paid = placed({
  items: [{ id: 'gig-42', label: 'Logo design', price: '40.00' }],
  payment: { id: 'pay-1', amount: '47.00' },
  placedAt: '2026-03-01T09:00:00Z',
});

/** Accepted on 1 March at 10:00 UTC (delivery due 4 March), then the seller asked for 2 more days. */
export const order: Order = run(
  paid,
  { type: 'order.accept', at: '2026-03-01T10:00:00Z', by: SELLER },
  { type: 'extension.request', at: '2026-03-01T11:00:00Z', by: SELLER, days: 2 },
).order;
export const me = { id: 'b-1' };

/** The delivery note a seller typed in the browser. */
export const message = 'Here are the logo files.';

// Express types a request's parsed body as `any`; the example spreads it into an event as-is.
type Request = { params: Record<string, string>; body: any };
type Response = { status(code: number): Response; json(body: unknown): Response };
export const app = hostOnly<{ post(path: string, handler: (req: Request, res: Response) => Promise<unknown>): void }>(
  'app',
);
export const actorFromSession = hostOnly<(req: Request) => Actor>('actorFromSession');
export const orders = hostOnly<{
  get(id: string | undefined): Promise<Order>;
  save(order: Order, check: { expectedVersion: number }): Promise<void>;
}>('orders');
export const effects = hostOnly<{ enqueue(effects: readonly Effect[]): Promise<void> }>('effects');
