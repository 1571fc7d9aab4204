import { getBalances, type Order } from '../../../src';
import { formatAmount } from '../../../src/entries/describe';
import { h } from './dom';
import { state } from './state';
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
      BALANCES.map((name) => h('tr', { 'data-balance': name }, h('th', {}, text.balances[name]), h('td', { class: 'num', 'data-amount': balances[name] }, money(balances[name])))),
    ),
    h('h3', {}, text.ledger),
    h(
      'table',
      { 'data-testid': 'ledger' },
      order.escrow.ledger.map((posting) =>
        h('tr', {}, h('td', {}, posting.cause), h('td', {}, `${posting.from} → ${posting.to}`), h('td', {}, posting.component ?? posting.paymentId ?? ''), h('td', { class: 'num' }, money(posting.amount))),
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
    h('ol', { class: 'log' }, state.log.map((line) => h('li', { 'data-kind': line.kind, 'data-type': line.type }, line.text()))),
  );
}
