import { h } from './dom';
import { checkoutForm } from './checkout';
import { clockPane } from './clock';
import { diagramPane } from './diagram';
import { logPane, moneyPane } from './money';
import { pane } from './panes';
import { state } from './state';
import { ui } from './text';

// The whole page is a function of `state`: every click changes the state through the library
// (createOrder, applyEvent) and draws the page again. Nothing runs on a server.

const root = document.getElementById('app')!;

function render(): void {
  const text = ui(state.locale);
  document.documentElement.lang = state.locale;
  document.title = text.title;
  const order = state.order;
  const header = h(
    'header',
    {},
    h('h1', {}, text.title),
    clockPane(render),
    h(
      'label',
      {},
      text.language,
      h(
        'select',
        { 'data-testid': 'locale', onchange: (event) => ((state.locale = (event.target as HTMLSelectElement).value as 'fr' | 'en'), render()) },
        h('option', { value: 'fr', selected: state.locale === 'fr' }, 'Français'),
        h('option', { value: 'en', selected: state.locale === 'en' }, 'English'),
      ),
    ),
    h(
      'label',
      {},
      text.timeZone,
      h(
        'select',
        { 'data-testid': 'time-zone', onchange: (event) => ((state.timeZone = (event.target as HTMLSelectElement).value), render()) },
        ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo'].map((zone) => h('option', { value: zone, selected: state.timeZone === zone }, zone)),
      ),
    ),
  );
  const body =
    order === null
      ? [h('p', { class: 'wide' }, text.noOrder), logPane()]
      : [pane(order, 'buyer', render), pane(order, 'seller', render), pane(order, 'platform', render), moneyPane(order), diagramPane(order.status), logPane()];
  root.replaceChildren(header, h('main', {}, checkoutForm(render), body));
  root.setAttribute('data-ready', 'true');
}

render();
