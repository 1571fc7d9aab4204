import { describe, expect, it } from 'vitest';
import { applyEvent, type Order, parseOrder } from '../../src';
import { orderGraph } from '../model/orderGraph';
import { deepFreeze } from '../support/fixtures';

const graph = orderGraph();

/** What a database gives back: the JSON text of the order, parsed and validated again. */
const reloaded = (order: Order): Order => parseOrder(deepFreeze(JSON.parse(JSON.stringify(order))));

describe('stored orders (SPEC §2, §12)', () => {
  it('reads back every order the model reaches, in every status, exactly as applyEvent wrote it', () => {
    expect(new Set(graph.orders.map((order) => order.status)).size).toBe(8);
    for (const order of graph.orders) expect(reloaded(order)).toEqual(order);
  });

  // Every accepted event of the model, and one refusal per order and code: refusals of the same
  // code take the same path, and replaying all of them would only double the model's runtime.
  it('answers the events of the model the same on a reloaded order as on the original: order, effects and error', () => {
    const copies = new Map<Order, Order>();
    const refusals = new Set<string>();
    for (const { from, event, to } of graph.edges) {
      if (to.result?.ok === false) {
        const key = `${graph.orders.indexOf(from)} ${to.result.error.code}`;
        if (refusals.has(key)) continue;
        refusals.add(key);
      }
      if (!copies.has(from)) copies.set(from, reloaded(from));
      expect(
        applyEvent(copies.get(from)!, event),
        `${event.type} by ${event.by.role} on a ${from.status} order`,
      ).toEqual(to.result);
    }
  });
});
