// The escrow arithmetic alone, from `sequestre/escrow`: a checkout quote, a release, a partial refund.

import { do_not_optimize } from 'mitata';
import { applyEvent, createOrder } from 'sequestre';
import { quoteOrder, refundPartial, release } from 'sequestre/escrow';
import { at, checkout, LIFE } from './orderLife.mjs';
import { CLOCK, duration, interleave } from './report.mjs';

export async function benchEscrow() {
  const input = checkout();
  const quote = { currency: input.currency, items: input.items, tip: input.tip, fees: input.fees };
  // An order delivered and awaiting the buyer: what release and a partial refund work on.
  let order = createOrder(input).order;
  for (const event of LIFE.slice(0, 2)) order = applyEvent(order, event).order;
  const when = at(50 * 3_600_000);
  const results = await interleave(
    {
      quoteOrder: () => do_not_optimize(quoteOrder(quote)),
      release: () => do_not_optimize(release(order, { at: when, cause: 'order.complete' })),
      refundPartial: () =>
        do_not_optimize(
          refundPartial(order, { amount: '12.34', buyerFee: 'proportional', at: when, cause: 'refund.accept' }),
        ),
    },
    { rounds: 3, roundMs: 200 },
  );
  console.log(`\nEscrow (sequestre/escrow), ${CLOCK}, median of rounds`);
  for (const [name, { p50 }] of Object.entries(results)) console.log(`  ${name.padEnd(14)} ${duration(p50)}`);
  return Object.fromEntries(Object.entries(results).map(([name, { p50 }]) => [name, p50]));
}
