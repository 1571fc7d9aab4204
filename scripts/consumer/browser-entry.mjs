// Bundled by esbuild for the browser and run in a bare VM context: no Node globals, no require.
import { applyEvent, createOrder, quoteOrder } from 'sequestre';
import { checkout } from './checkout.mjs';

const created = createOrder(checkout);
const accepted = created.ok
  ? applyEvent(created.order, { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } })
  : created;
globalThis.result = {
  total: quoteOrder(checkout).total,
  status: accepted.ok ? accepted.order.status : accepted.error.code,
};
