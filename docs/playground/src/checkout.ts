import { type OrderInput, type Policy, presets, quoteOrder } from '../../../src';
import { h } from './dom';
import { freshId, logThrown, open, state } from './state';
import { ui } from './text';

/** Rule sets to try: the three presets of SPEC §9, ComeUp's, Fiverr's and Upwork's. */
export const POLICIES: Readonly<Record<string, Policy>> = presets;

/**
 * Each platform's published fees, filled in when its rules are picked (fees are inputs of every
 * order, SPEC §9): Fiverr charges buyers 5.5 % and keeps 20 %; Upwork keeps 10 % and, here, charges
 * the client nothing. The fields stay editable.
 */
const PLATFORM_FEES: Readonly<
  Record<string, { readonly buyerFeeRate: string; readonly commissionRate: string; readonly currency: string }>
> = {
  comeup: { buyerFeeRate: '0.05', commissionRate: '0.20', currency: 'EUR' },
  fiverr: { buyerFeeRate: '0.055', commissionRate: '0.20', currency: 'USD' },
  upwork: { buyerFeeRate: '0', commissionRate: '0.10', currency: 'USD' },
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
    buyerFee:
      values.buyerFeeFixed === ''
        ? { rate: values.buyerFeeRate }
        : { rate: values.buyerFeeRate, fixed: values.buyerFeeFixed },
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
    h(
      'label',
      {},
      label,
      h('input', {
        name: field,
        value: values[field],
        class: className,
        oninput: (event) => (values[field] = (event.target as HTMLInputElement).value),
      }),
    );
  const choose = (field: Field, value: string) => {
    values[field] = value;
    // Picking a platform's rules brings its fees and currency with them, so its orders add up as there.
    if (field === 'policy' && PLATFORM_FEES[value] !== undefined) {
      Object.assign(values, PLATFORM_FEES[value]);
      rerender();
    }
  };
  const select = (field: Field, label: string, options: readonly string[]) =>
    h(
      'label',
      {},
      label,
      h(
        'select',
        { name: field, onchange: (event) => choose(field, (event.target as HTMLSelectElement).value) },
        options.map((option) => h('option', { value: option, selected: option === values[field] }, option)),
      ),
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
    h(
      'div',
      {},
      ([1, 2, 3] as const).map((n) =>
        h('span', {}, input(`item${n}`, `${text.item} ${n}`), input(`price${n}`, text.price, 'amount')),
      ),
    ),
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
