import { DAYS_MAX, DAYS_MIN, EXTRA_DAYS_MAX } from '../errors';
import { digitsOf } from '../escrow/digitsOf';
import { readEnum, readId, readInteger, readLabel, readObject, readOptionalText } from './readers';
import { parsePositiveAmount, toAmount } from '../money';
import { DISPUTE_OUTCOMES, EVENT_TYPES, ROLES } from '../model/vocabulary';
import type { Actor, ExtraInput, Order, OrderEvent, PaymentInput } from '../model/types';
import { parseInstant, toInstant } from '../time';


/**
 * Validates an untrusted event against SPEC §3 and normalises it: `at` to UTC milliseconds,
 * amounts to the order's currency digits. Fields an event does not list are dropped. Static
 * ranges (days, extraDays, prices above zero) are checked here; ranges that depend on the order
 * (a refund below what is left) are state rules.
 *
 * @throws SequestreError `INVALID_INPUT` naming the first field that is wrong.
 */
export function parseEvent(value: unknown, order: Order): OrderEvent {
  const event = readObject(value, 'event');
  const type = readEnum(event.type, 'type', EVENT_TYPES);
  const at = toInstant(parseInstant(event.at, 'at'));
  const by = parseActor(event.by, 'by');
  const base = event.id === undefined ? { type, at, by } : { type, at, by, id: readId(event.id, 'id') };
  return { ...base, ...parsePayload(type, event, order) } as OrderEvent;
}

/** A sender: a known role; buyer and seller ids are required, platform and system ids optional. */
export function parseActor(value: unknown, path: string): Actor {
  const by = readObject(value, path);
  const role = readEnum(by.role, `${path}.role`, ROLES);
  if (role === 'buyer' || role === 'seller' || by.id !== undefined) return { role, id: readId(by.id, `${path}.id`) };
  return { role };
}

function parsePayload(type: OrderEvent['type'], event: Record<string, unknown>, order: Order): Record<string, unknown> {
  const text = (key: 'reason' | 'message') => {
    const value = readOptionalText(event[key], key);
    return value === undefined ? {} : { [key]: value };
  };
  const digits = () => digitsOf(order.currency);
  switch (type) {
    case 'order.decline':
    case 'order.cancel':
    case 'revision.decline':
    case 'cancellation.request':
    case 'dispute.open':
      return text('reason');
    case 'order.deliver':
    case 'revision.request':
      return text('message');
    case 'extension.request':
      return { days: readInteger(event.days, 'days', DAYS_MIN, DAYS_MAX), ...text('reason') };
    case 'option.add':
      return { option: parseExtra(event.option, 'option', digits()), payment: parsePayment(event.payment, digits()) };
    case 'offer.propose':
      return { offer: parseExtra(event.offer, 'offer', digits()) };
    case 'offer.accept':
      return { offerId: readId(event.offerId, 'offerId'), payment: parsePayment(event.payment, digits()) };
    case 'offer.decline':
    case 'offer.withdraw':
      return { offerId: readId(event.offerId, 'offerId') };
    case 'refund.propose':
      return { amount: toAmount(parsePositiveAmount(event.amount, digits(), 'amount'), digits()), ...text('reason') };
    case 'dispute.resolve':
      return parseResolution(event, digits());
    default:
      return {};
  }
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
  return { id: readId(payment.id, 'payment.id'), amount: toAmount(parsePositiveAmount(payment.amount, digits, 'payment.amount'), digits) };
}

function parseResolution(event: Record<string, unknown>, digits: number): Record<string, unknown> {
  const outcome = readEnum(event.outcome, 'outcome', DISPUTE_OUTCOMES);
  if (outcome === 'split') return { outcome, refund: toAmount(parsePositiveAmount(event.refund, digits, 'refund'), digits) };
  if (outcome === 'restart') return { outcome, deliveryDays: readInteger(event.deliveryDays, 'deliveryDays', DAYS_MIN, DAYS_MAX) };
  return { outcome };
}
