// A strict TypeScript consumer of the packed package (compiled with moduleResolution nodenext
// and bundler). The @ts-expect-error lines prove the types are real, not `any`.
import {
  applyEvent,
  createOrder,
  type Effect,
  type ErrorCode,
  type Order,
  type OrderEvent,
  type OrderInput,
  type Quote,
  quoteOrder,
  type Result,
  type SafeParseResult,
  SequestreError,
  safeParseOrder,
  toMinorUnits,
} from 'sequestre';
// sequestre/describe: every locale by code; sequestre/describe/fr: French only, no locale argument.
import { type Description, describeOrder, type Locale } from 'sequestre/describe';
import { describeOrder as describeInFrench, actionLabel as frenchLabel } from 'sequestre/describe/fr';
import { type Balances, getBalances, quoteOrder as quoteEscrow } from 'sequestre/escrow';

const input: OrderInput = {
  id: 'o-1',
  buyer: { id: 'b-1' },
  seller: { id: 's-1' },
  currency: 'EUR',
  items: [{ id: 'gig', label: 'Logo design', price: '40.00' }],
  deliveryDays: 3,
  fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } },
  payment: { id: 'pay-1', amount: '42.00' },
  placedAt: '2026-03-01T10:00:00Z',
};

const quote: Quote = quoteOrder(input);
const sameQuote: Quote = quoteEscrow(input);
export const totals: string[] = [quote.total, sameQuote.total];

const accept: OrderEvent = { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } };
export const teleport: OrderEvent = {
  // @ts-expect-error an unknown event type is not an OrderEvent.
  type: 'order.teleport',
  at: '2026-03-01T12:00:00Z',
  by: { role: 'seller', id: 's-1' },
};

export function accepted(): Order | ErrorCode {
  const created: Result = createOrder(input);
  if (!created.ok) return created.error.code;
  const next = applyEvent(created.order, accept);
  const balances: Balances = getBalances(created.order);
  // @ts-expect-error balances are decimal strings, not numbers.
  const held: number = balances.held;
  void held;
  return next.ok ? next.order : next.error.code;
}

export function reloaded(stored: unknown): Order | undefined {
  const parsed: SafeParseResult = safeParseOrder(stored);
  // @ts-expect-error the order is there only once `ok` is narrowed.
  void parsed.order;
  return parsed.ok ? parsed.order : undefined;
}

/** Effects route by numbers (SPEC §8), and providers take minor units as numbers. */
export function providerAmount(effect: Effect): [string, number, number] | undefined {
  if (effect.type !== 'refund') return undefined;
  const cents: number = toMinorUnits(effect.amount, effect.currency);
  return [effect.orderId, effect.version, cents];
}

export function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof SequestreError ? error.code : undefined;
}

export function titles(order: Order): [string, string, string] {
  const viewer = { role: 'buyer', id: 'b-1' } as const;
  const locale: Locale = 'en';
  const english: Description = describeOrder(order, { viewer, at: '2026-03-01T12:00:00Z', locale });
  const french: Description = describeInFrench(order, { viewer, at: '2026-03-01T12:00:00Z' });
  // @ts-expect-error sequestre/describe needs the locale on every call.
  describeOrder(order, { viewer, at: '2026-03-01T12:00:00Z' });
  // @ts-expect-error a one-locale entry takes no locale.
  frenchLabel('order.deliver', 'fr');
  return [english.title, french.title, frenchLabel('order.deliver')];
}
