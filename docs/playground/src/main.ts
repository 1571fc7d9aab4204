import { describeOrder } from '../../../src/entries/describe';
import { checkoutForm } from './checkout';
import { clockPane } from './clock';
import { diagramPane } from './diagram';
import { h } from './dom';
import { logPane, moneyPane } from './money';
import { pane, VIEWERS } from './panes';
import { state } from './state';
import { ui } from './text';

// The whole page is a function of `state`: every click changes the state through the library
// (createOrder, applyEvent) and draws the page again. Nothing runs on a server.

const root = document.getElementById('app')!;
const bar = document.getElementById('bar')!;
const status = document.getElementById('order-status')!;
const main = document.getElementById('main')!;

function render(): void {
  const focused = focusKey(document.activeElement);
  const text = ui(state.locale);
  document.documentElement.lang = state.locale;
  document.title = text.title;
  const order = state.order;
  bar.replaceChildren(
    h('h1', {}, text.title),
    clockPane(render),
    h(
      'label',
      {},
      text.language,
      h(
        'select',
        {
          'data-testid': 'locale',
          'data-key': 'locale',
          onchange: (event) => {
            state.locale = (event.target as HTMLSelectElement).value as 'fr' | 'en';
            render();
          },
        },
        h('option', { value: 'fr', selected: state.locale === 'fr', lang: 'fr' }, 'Français'),
        h('option', { value: 'en', selected: state.locale === 'en', lang: 'en' }, 'English'),
      ),
    ),
    h(
      'label',
      {},
      text.timeZone,
      h(
        'select',
        {
          'data-testid': 'time-zone',
          'data-key': 'time-zone',
          onchange: (event) => {
            state.timeZone = (event.target as HTMLSelectElement).value;
            render();
          },
        },
        zones().map((zone) => h('option', { value: zone, selected: state.timeZone === zone }, zone)),
      ),
    ),
  );
  // The platform's title is the finest word for where the order stands ("En retard").
  const title =
    order === null
      ? ''
      : describeOrder(order, {
          viewer: VIEWERS.platform,
          at: state.now,
          locale: state.locale,
          timeZone: state.timeZone,
        }).title;
  const line = order === null ? '' : `${text.status} ${title}`;
  if (status.textContent !== line) status.textContent = line;
  // On a phone the panes come first: whose move it is and the status are read before the forms.
  main.replaceChildren(
    ...(order === null
      ? [checkoutForm(render), h('p', { class: 'wide' }, text.noOrder), logPane()]
      : [
          pane(order, 'buyer', render),
          pane(order, 'seller', render),
          pane(order, 'platform', render),
          moneyPane(order),
          diagramPane(order.status, order.policy),
          checkoutForm(render),
          logPane(),
        ]),
  );
  restoreFocus(focused);
  root.setAttribute('data-ready', 'true');
}

/** The zones on offer: the browser's own first, then a few others. */
function zones(): string[] {
  return [...new Set([state.timeZone, 'UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo'])];
}

/** What names a control across renders: its `data-key`, else its field name. */
function focusKey(element: Element | null): string | undefined {
  if (!(element instanceof HTMLElement) || element === document.body) return undefined;
  return (
    element.dataset.key ?? (element.getAttribute('name') === null ? undefined : `name:${element.getAttribute('name')}`)
  );
}

/**
 * Every render replaces the page, which would drop the focus to `<body>`: give it back to the
 * same control, or, when an action is gone or disabled by what it did, to its party's status.
 */
function restoreFocus(key: string | undefined): void {
  if (key === undefined) return;
  const selector = key.startsWith('name:') ? `[name="${CSS.escape(key.slice(5))}"]` : `[data-key="${CSS.escape(key)}"]`;
  const same = document.querySelector<HTMLElement>(selector);
  if (same !== null && !(same as HTMLButtonElement).disabled) {
    same.focus();
    return;
  }
  const role = /^action:(\w+):/.exec(key)?.[1];
  document.querySelector<HTMLElement>(role === undefined ? '#main' : `[data-key="status:${role}"]`)?.focus();
}

render();
