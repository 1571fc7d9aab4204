import fc from 'fast-check';
import { type Actor, type Order, type OrderEvent, quoteExtra } from '../../../src';
import { SENDERS_BY_TYPE } from '../../support/specSenders';

/**
 * Random steps for event sequences: every event type, from the role that may send it most of
 * the time and otherwise from anyone (other roles, other ids, no id), with payloads built from
 * the order (quoted payments, pending offers) or random, valid or not, at a random time step
 * (sometimes backwards, sometimes weeks ahead so that deadlines fire).
 */
export const PARTIES = {
  buyer: { role: 'buyer', id: 'b-1' },
  seller: { role: 'seller', id: 's-1' },
  platform: { role: 'platform', id: 'agent' },
  system: { role: 'system' },
} as const;

/** Senders that are not the order's parties, or not well formed. */
export const STRANGERS: readonly Actor[] = [
  { role: 'buyer', id: 'intruder' },
  { role: 'seller', id: 'b-1' },
  { role: 'buyer' },
  { role: 'platform' },
  { role: 'platform', id: 'someone-else' },
  PARTIES.system,
  PARTIES.buyer,
  PARTIES.seller,
];

/** SPEC §3's "who" column, written out by hand in test/support so the generator does not lean on the code under test. */
const SENDERS = SENDERS_BY_TYPE as Readonly<Record<OrderEvent['type'], readonly (keyof typeof PARTIES)[]>>;

// Events that end an order are rarer than the others, so sequences live long enough to reach
// deliveries, revisions, requests and disputes.
const ENDING = ['order.decline', 'order.cancel', 'cancellation.accept', 'dispute.resolve'] as const;
const ONGOING = (Object.keys(SENDERS) as OrderEvent['type'][]).filter(
  (type) => !(ENDING as readonly string[]).includes(type),
);

const WORKING = ['inProgress', 'delivered', 'revisionRequested'];
/**
 * SPEC §3's "allowed in" column, also written out: most steps pick a type that the order's
 * status lets through, or the orders would mostly sit refused in `pending`. The rest pick any.
 */
const ALLOWED_IN: Readonly<Record<OrderEvent['type'], readonly string[]>> = {
  'order.accept': ['pending'],
  'order.decline': ['pending'],
  'order.cancel': ['pending', ...WORKING, 'disputed'],
  'order.deliver': ['inProgress'],
  'order.complete': ['delivered'],
  'revision.request': ['delivered'],
  'revision.accept': ['revisionRequested'],
  'revision.decline': ['revisionRequested'],
  'cancellation.request': WORKING,
  'cancellation.accept': WORKING,
  'cancellation.decline': WORKING,
  'cancellation.withdraw': WORKING,
  'extension.request': ['inProgress'],
  'extension.accept': ['inProgress'],
  'extension.decline': ['inProgress'],
  'extension.withdraw': ['inProgress'],
  'option.add': ['pending', 'inProgress', 'delivered'],
  'offer.propose': ['inProgress', 'delivered'],
  'offer.accept': ['inProgress', 'delivered'],
  'offer.decline': ['inProgress', 'delivered'],
  'offer.withdraw': ['inProgress', 'delivered'],
  'refund.propose': WORKING,
  'refund.accept': WORKING,
  'refund.decline': WORKING,
  'refund.withdraw': WORKING,
  'dispute.open': WORKING,
  'dispute.withdraw': ['disputed'],
  'dispute.resolve': ['disputed'],
  'clock.tick': ['pending', ...WORKING, 'disputed', 'completed', 'cancelled', 'expired'],
};

/** The type of a step: usually one the status allows, an ending one only now and then. */
function typeOf(order: Order, item: Step): OrderEvent['type'] {
  if (item.fits === 0) return item.type;
  const fitting = (Object.keys(ALLOWED_IN) as OrderEvent['type'][]).filter(
    (type) => ALLOWED_IN[type].includes(order.status) && (item.ends || !(ENDING as readonly string[]).includes(type)),
  );
  return fitting.length === 0 ? item.type : fitting[item.pick % fitting.length]!;
}

/** Ways to spoil an event: each must be refused or ignored, never crash or corrupt the order. */
const SPOILERS: readonly ((event: Record<string, unknown>) => unknown)[] = [
  (event) => ({ ...event, at: '2026-03-01T10:00:00' }),
  (event) => ({ ...event, at: 'tomorrow' }),
  (event) => ({ ...event, type: 'order.ship' }),
  (event) => ({ ...event, by: { role: 'admin', id: 'x' } }),
  (event) => ({ ...event, by: undefined }),
  (event) => ({ ...event, amount: 5, refund: -1, days: 0, deliveryDays: 366 }),
  (event) => ({ ...event, amount: '5.001', refund: '1e2', days: 1.5, deliveryDays: '2' }),
  (event) => ({ ...event, reason: 'x'.repeat(2001), message: 'y'.repeat(2001) }),
  (event) => ({
    ...event,
    option: { id: '', label: 'x', price: '0.00', extraDays: -1 },
    offer: { id: 'o', label: '', price: '-1', extraDays: 366 },
  }),
  (event) => ({ ...event, payment: { id: 'pay-1', amount: '0.01' }, offerId: 7 }),
  (event) => ({ ...event, id: '' }),
  (event) => ({ ...event, outcome: 'split', refund: '99999.00' }),
  (event) => ({ ...event, extra: { nested: true }, ignored: [1, 2, 3] }),
  () => null,
  () => 'order.accept',
];

/** One step: an event type, a sender, payload choices, a time step and a viewer for availableActions. */
export const step = fc.record({
  fits: fc.nat(3),
  pick: fc.nat(),
  ends: fc.nat(7).map((n) => n === 0),
  type: fc.oneof(
    { arbitrary: fc.constantFrom(...ENDING), weight: 1 },
    { arbitrary: fc.constantFrom(...ONGOING), weight: 8 },
  ),
  rightSender: fc.nat(9),
  sender: fc.constantFrom<keyof typeof PARTIES>('buyer', 'seller', 'platform', 'system'),
  stranger: fc.constantFrom(...STRANGERS),
  stepMinutes: fc.oneof(
    { arbitrary: fc.integer({ min: -120, max: 12 * 60 }), weight: 8 },
    { arbitrary: fc.integer({ min: 24 * 60, max: 40 * 24 * 60 }), weight: 1 },
  ),
  n: fc.integer({ min: 1, max: 4 }),
  cents: fc.integer({ min: 0, max: 99 }),
  outcome: fc.constantFrom('refund', 'release', 'split', 'restart'),
  // A few shared ids, so that duplicates happen, but rarely enough not to stall the order.
  id: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 12 },
    { arbitrary: fc.constantFrom('e-1', 'e-2'), weight: 1 },
  ),
  paysQuote: fc.boolean(),
  spoiler: fc.oneof({ arbitrary: fc.constant(-1), weight: 12 }, { arbitrary: fc.nat(SPOILERS.length - 1), weight: 1 }),
  // The costly cross-checks (availableActions against applyEvent, the original object against
  // its JSON copy) run on about one step in four: sampling keeps 1,000 sequences under a minute.
  crossChecks: fc.nat(3).map((n) => n === 0),
  viewer: fc.constantFrom<Actor>(
    ...Object.values(PARTIES),
    { role: 'buyer', id: 'intruder' },
    { role: 'seller', id: 'b-1' },
  ),
});

export type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/**
 * An amount in the order's currency: `whole` units and `cents` hundredths, written with the
 * currency's digits (JPY has none, so there a unit is a hundred yen and cents are yen).
 */
export function amountIn(currency: string, whole: number, cents: number): string {
  const hundredths = String(cents).padStart(2, '0');
  if (currency === 'JPY') return String(whole * 100 + cents);
  return currency === 'KWD' ? `${whole}.${hundredths}0` : `${whole}.${hundredths}`;
}

/** The event of a step on an order, at `atMs`. */
export function toEvent(order: Order, item: Step, atMs: number): OrderEvent {
  const { n } = item;
  const type = typeOf(order, item);
  const pending = order.offers.find((offer) => offer.status === 'pending');
  const money = (whole: number, cents: number) => amountIn(order.currency, whole, cents);
  const price = type === 'offer.accept' ? (pending?.price ?? money(1, 0)) : money(n, 0);
  // Half the payments are exactly what quoteExtra asks, so options and offers really get bought.
  const amount = item.paysQuote ? quoteExtra(order, price).total : money(n, item.cents);
  const payload: Record<string, unknown> = {
    days: n,
    option: { id: `opt-${order.version}-${n}`, label: 'Option', price: money(n, 0), extraDays: n },
    offer: { id: `off-${order.version}`, label: 'Offer', price: money(n * 5, item.cents), extraDays: n - 1 },
    offerId: pending?.id ?? 'none',
    payment: { id: `pay-${order.version}-${n}`, amount },
    amount: money(n, item.cents),
    outcome: item.outcome,
    refund: money(n * 3, item.cents),
    deliveryDays: n,
  };
  const allowed = SENDERS[type];
  const by = item.rightSender > 0 ? PARTIES[allowed.includes(item.sender) ? item.sender : allowed[0]!] : item.stranger;
  const event = { type, at: new Date(atMs).toISOString(), by, ...(item.id ? { id: item.id } : {}), ...payload };
  return (item.spoiler < 0 ? event : SPOILERS[item.spoiler]!(event)) as OrderEvent;
}
