// availableActions for a seller's dashboard of 1,000 orders in a realistic mix of statuses.

import { do_not_optimize } from 'mitata';
import { applyEvent, availableActions, createOrder } from 'sequestre';
import { at, BUYER, checkout, HOUR, SELLER } from './orderLife.mjs';
import { CLOCK, duration, interleave } from './report.mjs';

/** The dashboard is read at this instant; every order was placed `age` hours before it. */
const NOW_MS = 30 * 24 * HOUR;
const NOW = at(NOW_MS);

// Each kind of order: how many of the 1,000, its age at NOW and the events it went through
// (hours after it was placed). Deadlines are mostly ahead of NOW, as with a scheduler that ticks;
// the `late` orders have a delivery deadline reached but not yet ticked, so the machine runs.
const MIX = [
  { name: 'pending', count: 100, age: 10, events: [] },
  { name: 'inProgress', count: 250, age: 30, events: [[2, 'order.accept', SELLER]] },
  {
    name: 'inProgress, extension asked',
    count: 50,
    age: 30,
    events: [
      [2, 'order.accept', SELLER],
      [20, 'extension.request', SELLER, { days: 2 }],
    ],
  },
  { name: 'inProgress, late (unticked)', count: 50, age: 100, events: [[2, 'order.accept', SELLER]] },
  {
    name: 'delivered',
    count: 200,
    age: 60,
    events: [
      [2, 'order.accept', SELLER],
      [40, 'order.deliver', SELLER],
    ],
  },
  {
    name: 'revisionRequested',
    count: 50,
    age: 55,
    events: [
      [2, 'order.accept', SELLER],
      [40, 'order.deliver', SELLER],
      [50, 'revision.request', BUYER],
    ],
  },
  {
    name: 'disputed',
    count: 30,
    age: 20,
    events: [
      [2, 'order.accept', SELLER],
      [10, 'dispute.open', BUYER],
    ],
  },
  {
    name: 'completed',
    count: 200,
    age: 100,
    events: [
      [2, 'order.accept', SELLER],
      [40, 'order.deliver', SELLER],
      [60, 'order.complete', BUYER],
    ],
  },
  { name: 'cancelled', count: 70, age: 5, events: [[1, 'order.decline', SELLER]] },
];

/** The 1,000 orders as a dashboard holds them: plain JSON read back from storage. */
export function dashboardOrders() {
  const orders = [];
  for (const kind of MIX) {
    for (let i = 0; i < kind.count; i += 1) {
      const placedMs = NOW_MS - kind.age * HOUR - i * 60_000;
      const created = createOrder({ ...checkout(`o-${orders.length}`), placedAt: at(placedMs) });
      let order = created.order;
      for (const [hours, type, by, payload] of kind.events) {
        const result = applyEvent(order, { type, at: at(placedMs + hours * HOUR), by, ...payload });
        if (!result.ok) throw new Error(`${kind.name} ${type}: ${result.error.code}`);
        order = result.order;
      }
      orders.push(JSON.parse(JSON.stringify(order)));
    }
  }
  return orders;
}

export async function benchDashboard() {
  const orders = dashboardOrders();
  const query = { viewer: SELLER, at: NOW };
  const results = await interleave(
    { dashboard: () => do_not_optimize(orders.map((order) => availableActions(order, query))) },
    { rounds: 5 },
  );
  console.log(
    `\navailableActions for ${orders.length} orders, ${CLOCK} (seller's dashboard: ${MIX.map((k) => `${k.count} ${k.name}`).join(', ')})`,
  );
  const { p50, best } = results.dashboard;
  console.log(
    `  per dashboard ${duration(p50)} median, ${duration(best)} best round (goal ≤ 12 ms); per order ${duration(p50 / orders.length)}`,
  );
  return { dashboardNs: p50, bestNs: best };
}
