// The CommonJS view of the types (index.d.cts), compiled with moduleResolution nodenext.
import sequestre = require('sequestre');
import escrow = require('sequestre/escrow');

export const total: string = sequestre.quoteOrder({
  currency: 'EUR',
  items: [{ id: 'gig', label: 'Logo design', price: '40.00' }],
  fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } },
}).total;
export const isError = (e: unknown): e is escrow.SequestreError => e instanceof escrow.SequestreError;
// @ts-expect-error the escrow entry has no machine.
export const machine = escrow.orderMachine;
import describeFr = require('sequestre/describe/fr');
export const label: string = describeFr.actionLabel('order.deliver');
// @ts-expect-error the French entry has no locale list: it is French only.
export const locales = describeFr.LOCALES;
