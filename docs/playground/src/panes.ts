import { availableActions, type ActionInfo, type Actor, type Order } from '../../../src';
import { actionLabel, describeOrder, explainAction } from '../../../src/entries/describe';
import { h } from './dom';
import { eventFor, payloadInputs } from './payloads';
import { send, state } from './state';
import { ui } from './text';

export const VIEWERS = {
  buyer: { role: 'buyer', id: 'b-1' },
  seller: { role: 'seller', id: 's-1' },
  platform: { role: 'platform', id: 'agent-1' },
} as const satisfies Record<string, Actor>;

/**
 * One party's pane: the `describe` text (where the order is, what to do, by when) and the
 * `availableActions` as buttons. Allowed actions come first; actions that only time blocks
 * stay visible, disabled, with the instant they open; the rest fold away with their reason.
 */
export function pane(order: Order, role: keyof typeof VIEWERS, rerender: () => void): HTMLElement {
  const viewer = VIEWERS[role];
  const text = ui(state.locale);
  const description = describeOrder(order, { viewer, at: state.now, locale: state.locale, timeZone: state.timeZone });
  const actions = availableActions(order, { viewer, at: state.now });
  const row = (action: ActionInfo) => actionRow(order, viewer, action, rerender);
  const waiting = actions.filter((action) => !action.allowed && action.reason === 'TOO_EARLY');
  const blocked = actions.filter((action) => !action.allowed && action.reason !== 'TOO_EARLY');
  return h(
    'section',
    { 'data-testid': `pane-${role}` },
    h('h2', {}, text[role]),
    h(
      'div',
      { class: 'description', 'data-tone': description.tone, 'data-testid': 'description', 'data-status': description.status },
      h('div', { class: 'title', 'data-testid': 'title' }, description.title),
      h('div', { 'data-testid': 'text' }, description.text),
      description.requests.length === 0 ? null : h('ul', { 'data-testid': 'requests' }, description.requests.map((request) => h('li', {}, request))),
      description.deadline === null ? null : h('div', { class: 'deadline', 'data-testid': 'deadline', 'data-kind': description.deadline.kind }, description.deadline.text),
    ),
    actions.filter((action) => action.allowed).map(row),
    waiting.map(row),
    blocked.length === 0 ? null : h('details', {}, h('summary', {}, `${text.notNow} (${blocked.length})`), blocked.map(row)),
  );
}

function actionRow(order: Order, viewer: Actor, action: ActionInfo, rerender: () => void): HTMLElement {
  const click = () => {
    try {
      send(eventFor(order, viewer, action.type));
    } catch (error) {
      // quoteExtra refuses a malformed price before any event exists; show it like a refusal.
      state.log.push({ kind: 'refusal', type: 'INVALID_INPUT', text: () => (error as Error).message });
    }
    rerender();
  };
  const why = action.allowed ? null : h('span', { class: 'why', 'data-testid': 'why' }, explainAction(action, { locale: state.locale, timeZone: state.timeZone, at: state.now }));
  return h(
    'div',
    { class: 'action', 'data-action': action.type, 'data-allowed': String(action.allowed) },
    action.allowed ? payloadInputs(order, viewer, action.type) : null,
    h('button', { type: 'button', disabled: !action.allowed, onclick: click }, actionLabel(action.type, state.locale)),
    why,
  );
}
