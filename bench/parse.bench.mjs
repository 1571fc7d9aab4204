// parseOrder of a stored order against one applyEvent on it (issue 10: goal ≤ 2×). A host that
// reloads untrusted JSON runs both per request, so parseOrder must not dominate the request.

import { do_not_optimize } from 'mitata';
import { applyEvent, createOrder, parseOrder, quoteExtra } from 'sequestre';
import { at, BUYER, checkout, HOUR, SELLER } from './orderLife.mjs';
import { CLOCK, duration, interleave, median } from './report.mjs';

/** A 20-event order: options, an offer, partial refunds, an extension, a revision, ticks. */
export function twentyEventOrder() {
  let order = createOrder(checkout()).order;
  const step = (event) => {
    const result = applyEvent(order, event);
    if (!result.ok) throw new Error(`${event.type}: ${result.error.message}`);
    order = result.order;
  };
  step({
    type: 'option.add',
    at: at(HOUR),
    by: BUYER,
    id: 'e-1',
    option: { id: 'opt-1', label: 'Source files', price: '15.00', extraDays: 1 },
    payment: { id: 'pay-2', amount: quoteExtra(order, '15.00').total },
  });
  step({ type: 'order.accept', at: at(2 * HOUR), by: SELLER, id: 'e-2' });
  step({ type: 'extension.request', at: at(3 * HOUR), by: SELLER, id: 'e-3', days: 2 });
  step({ type: 'extension.accept', at: at(4 * HOUR), by: BUYER, id: 'e-4' });
  step({
    type: 'offer.propose',
    at: at(5 * HOUR),
    by: SELLER,
    id: 'e-5',
    offer: { id: 'off-1', label: 'Animation', price: '30.00', extraDays: 1 },
  });
  step({
    type: 'offer.accept',
    at: at(6 * HOUR),
    by: BUYER,
    id: 'e-6',
    offerId: 'off-1',
    payment: { id: 'pay-3', amount: quoteExtra(order, '30.00').total },
  });
  step({ type: 'refund.propose', at: at(7 * HOUR), by: SELLER, id: 'e-7', amount: '5.00' });
  step({ type: 'refund.accept', at: at(8 * HOUR), by: BUYER, id: 'e-8' });
  step({ type: 'cancellation.request', at: at(9 * HOUR), by: BUYER, id: 'e-9', reason: 'Changed my mind.' });
  step({ type: 'cancellation.decline', at: at(10 * HOUR), by: SELLER, id: 'e-10' });
  step({ type: 'order.deliver', at: at(40 * HOUR), by: SELLER, id: 'e-11', message: 'First draft.' });
  step({ type: 'revision.request', at: at(50 * HOUR), by: BUYER, id: 'e-12', message: 'Darker blue.' });
  step({ type: 'revision.accept', at: at(52 * HOUR), by: SELLER, id: 'e-13' });
  step({ type: 'refund.propose', at: at(53 * HOUR), by: BUYER, id: 'e-14', amount: '3.33' });
  step({ type: 'refund.accept', at: at(54 * HOUR), by: SELLER, id: 'e-15' });
  step({ type: 'order.deliver', at: at(70 * HOUR), by: SELLER, id: 'e-16', message: 'Darker.' });
  step({ type: 'revision.request', at: at(71 * HOUR), by: BUYER, id: 'e-17' });
  step({ type: 'revision.decline', at: at(72 * HOUR), by: SELLER, id: 'e-18' });
  step({ type: 'dispute.open', at: at(73 * HOUR), by: BUYER, id: 'e-19' });
  step({ type: 'dispute.withdraw', at: at(74 * HOUR), by: BUYER, id: 'e-20' });
  return order;
}

export async function benchParse() {
  const order = twentyEventOrder();
  const stored = JSON.stringify(order);
  const event = { type: 'order.complete', at: at(75 * HOUR), by: BUYER, id: 'e-21' };
  if (!applyEvent(parseOrder(JSON.parse(stored)), event).ok) throw new Error('the order does not complete');
  const parsed = JSON.parse(stored);
  const results = await interleave(
    {
      parseOrder: () => do_not_optimize(parseOrder(parsed)),
      applyEvent: () => do_not_optimize(applyEvent(parsed, event)),
    },
    { rounds: 15, roundMs: 150 },
  );
  const ratios = results.parseOrder.rounds.map((ns, i) => ns / results.applyEvent.rounds[i]);
  console.log(
    `\nparseOrder of a ${order.history.length - 1}-event order (version ${order.version}, ${order.escrow.ledger.length} postings) against one applyEvent on it (${CLOCK})`,
  );
  console.log(`  parseOrder  ${duration(results.parseOrder.p50)}`);
  console.log(`  applyEvent  ${duration(results.applyEvent.p50)}`);
  console.log(`  ratio       ${median(ratios).toFixed(2)}×   (goal ≤ 2×)`);
  return { parseNs: results.parseOrder.p50, applyNs: results.applyEvent.p50, ratio: median(ratios) };
}
