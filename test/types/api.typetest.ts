// Type-level checks of the public API (SPEC §2), run by `tsc --noEmit` in `npm test`.
// Each @ts-expect-error line must stay an error: if the types loosen, the build fails.
import {
  type ActionInfo,
  applyEvent,
  availableActions,
  createOrderMachine,
  type DeadlineKind,
  type Dispute,
  type Effect,
  type ErrorCode,
  type EscrowState,
  type Extra,
  nextDeadline,
  type Offer,
  type Order,
  type OrderEvent,
  type Policy,
  presets,
  type Requests,
  type Result,
} from '../../src';
import { type Quote, quoteOrder } from '../../src/entries/escrow';

declare const order: Order;

// Events are a discriminated union on `type`: payloads are checked per type.
const accept: OrderEvent = { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } };
const extension: OrderEvent = {
  type: 'extension.request',
  at: '2026-03-01T12:00:00Z',
  by: { role: 'seller', id: 's-1' },
  days: 2,
};
// @ts-expect-error extension.request needs `days`.
const noDays: OrderEvent = { type: 'extension.request', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } };
// @ts-expect-error an unknown event type is not an OrderEvent.
const unknown: OrderEvent = { type: 'order.teleport', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } };
// @ts-expect-error roles are a closed set.
const stranger: OrderEvent = { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'admin' } };

// Results narrow on `ok`.
const result: Result = applyEvent(order, accept);
if (result.ok) {
  const effects: Effect[] = result.effects;
  const next: Order = result.order;
  void effects;
  void next;
} else {
  const code: ErrorCode = result.error.code;
  void code;
  // @ts-expect-error a refusal has no order.
  void result.order;
}

// Amounts are strings, never numbers.
quoteOrder({
  currency: 'EUR',
  // @ts-expect-error a price must be a decimal string.
  items: [{ id: 'i', label: 'L', price: 10 }],
  fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.2' } },
});
const quote: Quote = quoteOrder({
  currency: 'EUR',
  items: [{ id: 'i', label: 'L', price: '10.00' }],
  fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.2' } },
});

// Queries.
const deadline: { at: string; kind: DeadlineKind } | null = nextDeadline(order);
const actions: ActionInfo[] = availableActions(order, {
  viewer: { role: 'buyer', id: 'b-1' },
  at: '2026-03-01T12:00:00Z',
});

// Policies derive from the preset; the preset itself is read-only.
const acme: Policy = { ...presets.comeup, reviewWindow: 'P3D', name: 'acme' };
createOrderMachine(acme);
// @ts-expect-error presets.comeup is read-only.
presets.comeup.reviewWindow = 'P1D';
// SPEC §9: Fiverr's and Upwork's presets, read-only too; three windows may be null, and the two
// new fields are closed sets.
const onUpwork: Policy = {
  ...presets.upwork,
  acceptanceWindow: null,
  lateGrace: null,
  revisionResponse: null,
  name: 'ours',
};
createOrderMachine(onUpwork);
// @ts-expect-error presets.fiverr is read-only, to the last array.
presets.fiverr.partialRefunds.proposers.push('buyer');
// @ts-expect-error sellerCancel is 'direct' or 'request'.
const sloppy: Policy = { ...presets.fiverr, sellerCancel: 'never' };
// @ts-expect-error only the buyer and the seller propose partial refunds.
const platformRefunds: Policy = { ...presets.fiverr, partialRefunds: { proposers: ['platform'], maxShare: null } };

// The parts of an order are named types a host can use in its own code.
const extras: readonly Extra[] = order.extras;
const offers: readonly Offer[] = order.offers;
const dispute: Dispute | null = order.dispute;
const requests: Requests = order.requests;
const escrow: EscrowState = order.escrow;
// @ts-expect-error an offer's status is a closed set.
const bogus: Offer['status'] = 'maybe';

void [
  extension,
  noDays,
  unknown,
  stranger,
  quote,
  deadline,
  actions,
  extras,
  offers,
  dispute,
  requests,
  escrow,
  bogus,
  sloppy,
  platformRefunds,
];

// One source per vocabulary (issue 11): EVENT_TYPES names exactly the OrderEvent union's types.
import type { EVENT_TYPES } from '../../src/model/vocabulary';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const eventTypesMatch: Same<(typeof EVENT_TYPES)[number], OrderEvent['type']> = true;
