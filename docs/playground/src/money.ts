import { getBalances, type Order } from '../../../src';
import { formatAmount, historyLabel } from '../../../src/entries/describe';
import { h } from './dom';
import { paymentName, state } from './state';
import { ui } from './text';

const BALANCES = ['paidIn', 'held', 'refunded', 'paidOut', 'revenue'] as const;

/** The escrow's balances (`getBalances`) and every posting of its ledger. */
export function moneyPane(order: Order): HTMLElement {
  const text = ui(state.locale);
  const balances = getBalances(order);
  const money = (amount: string) => formatAmount(amount, order.currency, state.locale);
  return h(
    'section',
    { 'data-testid': 'money' },
    h('h2', {}, text.money),
    h(
      'table',
      {},
      BALANCES.map((name) =>
        h(
          'tr',
          { 'data-balance': name },
          h('th', { scope: 'row' }, text.balances[name]),
          h('td', { class: 'num', 'data-amount': balances[name] }, money(balances[name])),
        ),
      ),
    ),
    h('h3', {}, text.ledger),
    // Each posting in words: what caused it, between which accounts, and which payment or
    // revenue it is; the host's ids stay in the stored order.
    h(
      'table',
      { 'data-testid': 'ledger' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, text.ledgerColumns.cause),
          h('th', { scope: 'col' }, text.ledgerColumns.route),
          h('th', { scope: 'col' }, text.ledgerColumns.detail),
          h('th', { scope: 'col', class: 'num' }, text.ledgerColumns.amount),
        ),
      ),
      h(
        'tbody',
        {},
        order.escrow.ledger.map((posting) =>
          h(
            'tr',
            {},
            h('td', {}, historyLabel(posting.cause, state.locale)),
            h('td', {}, `${text.accounts[posting.from]} → ${text.accounts[posting.to]}`),
            h(
              'td',
              {},
              posting.component === undefined
                ? posting.paymentId === undefined
                  ? ''
                  : paymentName(order, posting.paymentId)
                : text.components[posting.component],
            ),
            h('td', { class: 'num' }, money(posting.amount)),
          ),
        ),
      ),
    ),
  );
}

/** The log: history entries, the effects the host must carry out, and refusals. */
export function logPane(): HTMLElement {
  return h(
    'section',
    { class: 'wide', 'data-testid': 'log' },
    h('h2', {}, ui(state.locale).log),
    h(
      'ol',
      { class: 'log' },
      state.log.map((line) => h('li', { 'data-kind': line.kind, 'data-type': line.type }, line.text())),
    ),
  );
}
