import {
  type Actor,
  applyEvent,
  type Effect,
  type Order,
  type OrderEvent,
  type OrderEventType,
  quoteExtra,
} from '../../../src';
import { formatAmount } from '../../../src/entries/describe';
import { h } from './dom';
import { freshId, state } from './state';
import { type UiText, ui } from './text';

/** One inline input of an action that needs a payload. */
type Field = {
  readonly name: string;
  readonly label: (text: UiText) => string;
  readonly initial: (order: Order, text: UiText) => string;
  readonly kind: 'text' | 'amount' | 'int' | 'select';
  readonly options?: (order: Order, text: UiText) => readonly { value: string; label: string }[];
};

const pendingOffers = (order: Order) => order.offers.filter((offer) => offer.status === 'pending');
const offerChoice: Field = {
  name: 'offerId',
  label: (text) => text.offer,
  kind: 'select',
  initial: (order) => pendingOffers(order)[0]?.id ?? '',
  options: (order) =>
    pendingOffers(order).map((offer) => ({ value: offer.id, label: `${offer.label} (${offer.price})` })),
};
const extra = (label: (text: UiText) => string, price: string, extraDays: string): Field[] => [
  { name: 'label', label: (text) => text.label, kind: 'text', initial: (_order, text) => label(text) },
  { name: 'price', label: (text) => text.price, kind: 'amount', initial: () => price },
  { name: 'extraDays', label: (text) => text.extraDays, kind: 'int', initial: () => extraDays },
];

/** The inputs of every action that carries a payload, with defaults that the library accepts. */
const FIELDS: Partial<Record<OrderEventType, readonly Field[]>> = {
  'option.add': extra((text) => text.optionLabel, '10.00', '1'),
  'offer.propose': extra((text) => text.offerLabel, '20.00', '2'),
  'offer.accept': [offerChoice],
  'offer.decline': [offerChoice],
  'offer.withdraw': [offerChoice],
  'refund.propose': [{ name: 'amount', label: (text) => text.amount, kind: 'amount', initial: () => '10.00' }],
  'extension.request': [{ name: 'days', label: (text) => text.days, kind: 'int', initial: () => '2' }],
  'dispute.resolve': [
    {
      name: 'outcome',
      label: (text) => text.outcome,
      kind: 'select',
      initial: () => 'refund',
      options: (_order, text) =>
        (['refund', 'release', 'split', 'restart'] as const).map((value) => ({ value, label: text.outcomes[value] })),
    },
    { name: 'refund', label: (text) => text.refund, kind: 'amount', initial: () => '10.00' },
    { name: 'deliveryDays', label: (text) => text.days, kind: 'int', initial: () => '3' },
  ],
};

const key = (viewer: Actor, type: OrderEventType, field: string) => `${viewer.role}:${type}:${field}`;

/** The current value of a field: what the user typed, else its default. */
function currentValue(viewer: Actor, type: OrderEventType, field: Field, order: Order): string {
  return state.inputs.get(key(viewer, type, field.name)) ?? field.initial(order, ui(state.locale));
}

/**
 * The inline inputs of an action, if it has a payload. Options and accepted offers show the
 * payment `quoteExtra` asks for, as the buyer's checkout would.
 */
export function payloadInputs(order: Order, viewer: Actor, type: OrderEventType): HTMLElement | null {
  const fields = FIELDS[type];
  if (fields === undefined) return null;
  const text = ui(state.locale);
  const payment = h('span', { class: 'note', 'data-testid': 'payment' });
  const previewed = type === 'refund.propose' || type === 'dispute.resolve';
  const showPayment = () => {
    if (previewed) {
      payment.textContent = refundLine(order, viewer, type, text);
      return;
    }
    const price =
      type === 'option.add'
        ? currentValue(viewer, type, fields[1]!, order)
        : order.offers.find((offer) => offer.id === currentValue(viewer, type, offerChoice, order))?.price;
    payment.textContent = paymentLine(order, price, text);
  };
  const inputs = fields.map((field) => {
    const name = key(viewer, type, field.name);
    const update = (event: Event) => {
      state.inputs.set(name, (event.target as HTMLInputElement | HTMLSelectElement).value);
      showPayment();
    };
    const value = currentValue(viewer, type, field, order);
    const control =
      field.kind === 'select'
        ? h(
            'select',
            { name, onchange: update },
            (field.options?.(order, text) ?? []).map((option) =>
              h('option', { value: option.value, selected: option.value === value }, option.label),
            ),
          )
        : h('input', {
            name,
            value,
            class: field.kind,
            inputmode: field.kind === 'text' ? undefined : 'decimal',
            oninput: update,
          });
    return h('label', {}, field.label(text), control);
  });
  const shown = type === 'option.add' || type === 'offer.accept' || previewed;
  if (shown) showPayment();
  return h('span', { class: 'fields' }, inputs, shown ? payment : null);
}

/**
 * The refund a partial refund or a dispute's decision would really pay, buyer fee share included
 * (a 10.00 proposal refunds 10.50 on the worked checkout): the event is applied to the order, and
 * the other party's acceptance too for a proposal, and the refund effects are read. Nothing is
 * sent or kept; the library is pure, so a preview is the real answer.
 */
function refundLine(order: Order, viewer: Actor, type: 'refund.propose' | 'dispute.resolve', text: UiText): string {
  const first = applyEvent(order, eventFor(order, viewer, type));
  if (!first.ok) return '';
  let effects: readonly Effect[] = first.effects;
  if (type === 'refund.propose') {
    const other =
      viewer.role === 'buyer'
        ? { role: 'seller' as const, id: order.seller.id }
        : { role: 'buyer' as const, id: order.buyer.id };
    const accepted = applyEvent(first.order, { type: 'refund.accept', at: state.now, by: other });
    if (!accepted.ok) return '';
    effects = accepted.effects;
  }
  // One refund per payment it goes back to (SPEC §7.3), each shown as the effect says it.
  const refunds = effects.filter((effect): effect is Extract<Effect, { type: 'refund' }> => effect.type === 'refund');
  if (refunds.length === 0) return '';
  return text.refundPaid(
    refunds.map((effect) => formatAmount(effect.amount, order.currency, state.locale)).join(' + '),
  );
}

function paymentLine(order: Order, price: string | undefined, text: UiText): string {
  if (price === undefined) return '';
  try {
    return `${text.payment} ${formatAmount(quoteExtra(order, price).total, order.currency, state.locale)}`;
  } catch {
    return '';
  }
}

/**
 * The event a button sends: type, the clock's instant, the viewer, and the payload read from the
 * inputs. Payments are computed with `quoteExtra`, so they match what the library expects.
 */
export function eventFor(order: Order, viewer: Actor, type: OrderEventType): OrderEvent {
  const base = { type, at: state.now, by: viewer };
  const read = (name: string) => {
    const field = FIELDS[type]!.find((candidate) => candidate.name === name)!;
    return currentValue(viewer, type, field, order);
  };
  const payment = (price: string) => ({ id: freshId('pay'), amount: quoteExtra(order, price).total });
  switch (type) {
    case 'option.add': {
      const option = {
        id: freshId('option'),
        label: read('label'),
        price: read('price'),
        extraDays: Number(read('extraDays')),
      };
      return { ...base, type, option, payment: payment(option.price) };
    }
    case 'offer.propose':
      return {
        ...base,
        type,
        offer: {
          id: freshId('offer'),
          label: read('label'),
          price: read('price'),
          extraDays: Number(read('extraDays')),
        },
      };
    case 'offer.accept': {
      const offer = order.offers.find((candidate) => candidate.id === read('offerId'));
      return { ...base, type, offerId: read('offerId'), payment: payment(offer?.price ?? '0') };
    }
    case 'offer.decline':
    case 'offer.withdraw':
      return { ...base, type, offerId: read('offerId') };
    case 'refund.propose':
      return { ...base, type, amount: read('amount') };
    case 'extension.request':
      return { ...base, type, days: Number(read('days')) };
    case 'dispute.resolve': {
      const outcome = read('outcome') as 'refund' | 'release' | 'split' | 'restart';
      if (outcome === 'split') return { ...base, type, outcome, refund: read('refund') };
      if (outcome === 'restart') return { ...base, type, outcome, deliveryDays: Number(read('deliveryDays')) };
      return { ...base, type, outcome };
    }
    default:
      return base as OrderEvent;
  }
}
