import { presets, quoteOrder, type OrderInput, type Policy } from '../../../src';
import { h } from './dom';
import { freshId, logThrown, open, state } from './state';
import { ui } from './text';

/** Rule sets to try: ComeUp's preset, and two variants in the spirit of other marketplaces. */
export const POLICIES: Readonly<Record<string, Policy>> = {
  comeup: presets.comeup,
  'fiverr-like': { ...presets.comeup, name: 'fiverr-like', lateGrace: 'P1D', reviewWindow: 'P3D', onCancellationTimeout: 'accept' },
  'upwork-like': { ...presets.comeup, name: 'upwork-like', reviewWindow: 'P14D', maxLifetime: null },
};

const FIELDS = {
  item1: 'Logo design',
  price1: '40.00',
  item2: 'Express delivery',
  price2: '10.00',
  item3: '',
  price3: '',
  tip: '5.00',
  buyerFeeRate: '0.05',
  buyerFeeFixed: '',
  commissionRate: '0.20',
  currency: 'EUR',
  deliveryDays: '3',
  maxRevisions: '',
  policy: 'comeup',
};
type Field = keyof typeof FIELDS;
const values: Record<Field, string> = { ...FIELDS };

/** The checkout as an `OrderInput`, its payment charged at exactly what `quoteOrder` asks. */
function toInput(): OrderInput {
  const items = ([1, 2, 3] as const)
    .map((n) => ({ id: `item-${n}`, label: values[`item${n}`], price: values[`price${n}`] }))
    .filter((item) => item.label !== '' || item.price !== '');
  const fees = {
    buyerFee: values.buyerFeeFixed === '' ? { rate: values.buyerFeeRate } : { rate: values.buyerFeeRate, fixed: values.buyerFeeFixed },
    commission: { rate: values.commissionRate },
  };
  const tip = values.tip === '' ? {} : { tip: values.tip };
  const quote = quoteOrder({ currency: values.currency, items, fees, ...tip });
  return {
    id: 'o-1',
    buyer: { id: 'b-1' },
    seller: { id: 's-1' },
    currency: values.currency,
    items,
    ...tip,
    fees,
    deliveryDays: Number(values.deliveryDays),
    maxRevisions: values.maxRevisions === '' ? null : Number(values.maxRevisions),
    payment: { id: freshId('pay'), amount: quote.total },
    placedAt: state.now,
    policy: POLICIES[values.policy] ?? presets.comeup,
  };
}

/** The checkout form. A bad value shows the library's own refusal in the log. */
export function checkoutForm(rerender: () => void): HTMLElement {
  const text = ui(state.locale);
  const input = (field: Field, label: string, className = '') =>
    h('label', {}, label, h('input', { name: field, value: values[field], class: className, oninput: (event) => (values[field] = (event.target as HTMLInputElement).value) }));
  const select = (field: Field, label: string, options: readonly string[]) =>
    h(
      'label',
      {},
      label,
      h('select', { name: field, onchange: (event) => (values[field] = (event.target as HTMLSelectElement).value) }, options.map((option) => h('option', { value: option, selected: option === values[field] }, option))),
    );
  const submit = (event: Event) => {
    event.preventDefault();
    try {
      open(toInput());
    } catch (error) {
      // A quote refuses a malformed price before any event exists; show it like a refusal.
      logThrown(error);
    }
    rerender();
  };
  return h(
    'form',
    { class: 'checkout wide', 'data-testid': 'checkout', onsubmit: submit },
    h('h2', {}, text.checkout),
    h('div', {}, ([1, 2, 3] as const).map((n) => h('span', {}, input(`item${n}`, `${text.item} ${n}`), input(`price${n}`, text.price, 'amount')))),
    h(
      'div',
      {},
      input('tip', text.tip, 'amount'),
      input('buyerFeeRate', text.buyerFee, 'amount'),
      input('buyerFeeFixed', text.buyerFeeFixed, 'amount'),
      input('commissionRate', text.commission, 'amount'),
      select('currency', text.currency, ['EUR', 'USD', 'JPY', 'KWD']),
      input('deliveryDays', text.deliveryDays, 'int'),
      input('maxRevisions', text.maxRevisions, 'int'),
      select('policy', text.policy, Object.keys(POLICIES)),
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'create', 'data-key': 'create' }, text.create),
    ),
  );
}
