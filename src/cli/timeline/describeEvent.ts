import type { Order } from '../../index';
import type { Strings } from '../i18n/lang';
import { isFields } from '../isFields';
import { isZero } from './isZero';

/**
 * The facts of an event worth a reader's eye, after its verb: what was bought and paid, how many
 * days, which outcome, and the party's own words. Events come from files, so every field is read
 * defensively: a missing or odd field is left out, never an exception.
 */
export function describeEvent(event: unknown, order: Order, strings: Strings): string {
  const fields = isFields(event) ? event : {};
  const money = (amount: unknown) =>
    typeof amount === 'string' ? `${strings.amount(amount)} ${order.currency}` : undefined;
  const paid = (payment: unknown) => {
    const { id, amount } = isFields(payment) ? payment : {};
    return amount === undefined
      ? undefined
      : `${strings.labels.paid} ${money(amount) ?? '?'}${typeof id === 'string' ? ` (${id})` : ''}`;
  };
  const extra = (value: unknown) => {
    const { label, price, extraDays } = isFields(value) ? value : {};
    return [
      typeof label === 'string' ? `“${label}”` : undefined,
      money(price),
      typeof extraDays === 'number' && extraDays > 0 ? strings.days(extraDays) : undefined,
    ];
  };
  const parts: (string | undefined)[] = [];
  switch (fields.type) {
    case 'order.placed':
      parts.push(...order.items.map((item) => `${item.label} ${money(item.price)}`));
      if (!isZero(order.escrow.tip)) parts.push(`${strings.labels.tip} ${money(order.escrow.tip)}`);
      parts.push(paid(checkoutPayment(order)));
      break;
    case 'option.add':
      parts.push(...extra(fields.option), paid(fields.payment));
      break;
    case 'offer.propose':
      parts.push(...extra(fields.offer));
      break;
    case 'offer.accept':
    case 'offer.decline':
    case 'offer.withdraw':
      parts.push(typeof fields.offerId === 'string' ? fields.offerId : undefined, paid(fields.payment));
      break;
    case 'extension.request':
      parts.push(typeof fields.days === 'number' ? strings.days(fields.days) : undefined);
      break;
    case 'refund.propose':
      parts.push(money(fields.amount));
      break;
    case 'dispute.resolve':
      parts.push(
        outcome(fields.outcome, strings),
        money(fields.refund),
        typeof fields.deliveryDays === 'number' ? strings.days(fields.deliveryDays) : undefined,
      );
      break;
  }
  const words = [fields.message, fields.reason].find(
    (text): text is string => typeof text === 'string' && text.length > 0,
  );
  if (words !== undefined) parts.push(`“${words}”`);
  const shown = parts.filter((part): part is string => part !== undefined);
  return shown.length === 0 ? '' : `${strings.colon}${shown.join(', ')}`;
}

// The checkout's payment is the order's first posting into escrow.
function checkoutPayment(order: Order): { id?: string; amount: string } | undefined {
  const posting = order.escrow.ledger.find((entry) => entry.to === 'escrow');
  return posting === undefined ? undefined : { id: posting.paymentId, amount: posting.amount };
}

function outcome(value: unknown, strings: Strings): string | undefined {
  return typeof value === 'string' && Object.hasOwn(strings.outcomes, value)
    ? strings.outcomes[value as keyof Strings['outcomes']]
    : undefined;
}
