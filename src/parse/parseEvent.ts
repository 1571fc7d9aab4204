import { DAYS_MAX, DAYS_MIN, EXTRA_DAYS_MAX, type Parsed, parsing } from '../errors';
import { digitsOf } from '../escrow/digitsOf';
import type { Actor, ExtraInput, Order, OrderEvent, OrderEventType, PaymentInput } from '../model/types';
import { DISPUTE_OUTCOMES, EVENT_TYPES, ROLES } from '../model/vocabulary';
import { parsePositiveAmount, toAmount } from '../money';
import { parseInstant, toInstant } from '../time';
import { readEnum, readId, readInteger, readLabel, readObject, readOptionalText } from './readers';

/**
 * Validates an untrusted event against SPEC §3 and normalises it: `at` to UTC milliseconds,
 * amounts to the order's currency digits. Fields an event does not list are dropped. Static
 * ranges (days, extraDays, prices above zero) are checked here; ranges that depend on the order
 * (a refund below what is left) are state rules.
 *
 * @returns The event, or the `INVALID_INPUT` refusal naming the first field that is wrong.
 */
export function parseEvent(value: unknown, order: Order): Parsed<OrderEvent> {
  return parsing(() => readEvent(value, order));
}

function readEvent(value: unknown, order: Order): OrderEvent {
  const event = readObject(value, 'event');
  const type = readEnum(event.type, 'type', EVENT_TYPES);
  const at = toInstant(parseInstant(event.at, 'at'));
  const by = parseActor(event.by, 'by');
  const base = event.id === undefined ? { type, at, by } : { type, at, by, id: readId(event.id, 'id') };
  return { ...base, ...readPayload(type, event, order) } as OrderEvent;
}

/** The payload of an event of type `type`, read by that type's entry of `PAYLOADS`. */
function readPayload<T extends OrderEventType>(type: T, event: Record<string, unknown>, order: Order): PayloadOf<T> {
  const read: PayloadReader<T> = PAYLOADS[type];
  return read(event, () => digitsOf(order.currency));
}

/**
 * A sender: a known role; buyer and seller ids are required, platform and system ids optional.
 * A reader, for the queries that take a viewer too: it refuses through `refused`.
 */
export function parseActor(value: unknown, path: string): Actor {
  const by = readObject(value, path);
  const role = readEnum(by.role, `${path}.role`, ROLES);
  if (role === 'buyer' || role === 'seller' || by.id !== undefined) return { role, id: readId(by.id, `${path}.id`) };
  return { role };
}

/** What an event of type `T` carries besides `type`, `at`, `by` and `id`. */
type PayloadOf<T extends OrderEventType> = Omit<Extract<OrderEvent, { readonly type: T }>, 'type' | 'at' | 'by' | 'id'>;

/** Reads the payload of one event type; `digits` is the order's currency's, read on demand. */
type PayloadReader<T extends OrderEventType> = (event: Record<string, unknown>, digits: () => number) => PayloadOf<T>;

/**
 * How each event type's payload is read, one entry per type: a new event type in
 * `EVENT_TYPES` is a compile error here until its payload has a reader. Fields an entry does
 * not read are dropped.
 */
const PAYLOADS: { readonly [T in OrderEventType]: PayloadReader<T> } = {
  'order.accept': none,
  'order.decline': reason,
  'order.cancel': reason,
  'order.deliver': message,
  'order.complete': none,
  'revision.request': message,
  'revision.accept': none,
  'revision.decline': reason,
  'cancellation.request': reason,
  'cancellation.accept': none,
  'cancellation.decline': none,
  'cancellation.withdraw': none,
  'extension.request': (event) => ({ days: readInteger(event.days, 'days', DAYS_MIN, DAYS_MAX), ...reason(event) }),
  'extension.accept': none,
  'extension.decline': none,
  'extension.withdraw': none,
  'option.add': (event, digits) => ({
    option: parseExtra(event.option, 'option', digits()),
    payment: parsePayment(event.payment, digits()),
  }),
  'offer.propose': (event, digits) => ({ offer: parseExtra(event.offer, 'offer', digits()) }),
  'offer.accept': (event, digits) => ({
    offerId: readId(event.offerId, 'offerId'),
    payment: parsePayment(event.payment, digits()),
  }),
  'offer.decline': offerId,
  'offer.withdraw': offerId,
  'refund.propose': (event, digits) => ({
    amount: toAmount(parsePositiveAmount(event.amount, digits(), 'amount'), digits()),
    ...reason(event),
  }),
  'refund.accept': none,
  'refund.decline': none,
  'refund.withdraw': none,
  'dispute.open': reason,
  'dispute.withdraw': none,
  'dispute.resolve': (event, digits) => parseResolution(event, digits()),
  'clock.tick': none,
};

function none(): Record<never, never> {
  return {};
}

function reason(event: Record<string, unknown>): { readonly reason?: string } {
  const value = readOptionalText(event.reason, 'reason');
  return value === undefined ? {} : { reason: value };
}

function message(event: Record<string, unknown>): { readonly message?: string } {
  const value = readOptionalText(event.message, 'message');
  return value === undefined ? {} : { message: value };
}

function offerId(event: Record<string, unknown>): { readonly offerId: string } {
  return { offerId: readId(event.offerId, 'offerId') };
}

function parseExtra(value: unknown, path: string, digits: number): ExtraInput {
  const extra = readObject(value, path);
  return {
    id: readId(extra.id, `${path}.id`),
    label: readLabel(extra.label, `${path}.label`),
    price: toAmount(parsePositiveAmount(extra.price, digits, `${path}.price`), digits),
    extraDays: readInteger(extra.extraDays, `${path}.extraDays`, 0, EXTRA_DAYS_MAX),
  };
}

function parsePayment(value: unknown, digits: number): PaymentInput {
  const payment = readObject(value, 'payment');
  return {
    id: readId(payment.id, 'payment.id'),
    amount: toAmount(parsePositiveAmount(payment.amount, digits, 'payment.amount'), digits),
  };
}

function parseResolution(event: Record<string, unknown>, digits: number): PayloadOf<'dispute.resolve'> {
  const outcome = readEnum(event.outcome, 'outcome', DISPUTE_OUTCOMES);
  if (outcome === 'split')
    return { outcome, refund: toAmount(parsePositiveAmount(event.refund, digits, 'refund'), digits) };
  if (outcome === 'restart')
    return { outcome, deliveryDays: readInteger(event.deliveryDays, 'deliveryDays', DAYS_MIN, DAYS_MAX) };
  return { outcome };
}
