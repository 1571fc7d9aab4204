import type { Actor, Order } from '../../../src';
import { type Description, describeActions, describeOrder, type PresentedAction } from '../../../src/entries/describe';
import { h } from './dom';
import { eventFor, payloadInputs } from './payloads';
import { logThrown, send, state } from './state';
import { ui } from './text';

export const VIEWERS = {
  buyer: { role: 'buyer', id: 'b-1' },
  seller: { role: 'seller', id: 's-1' },
  platform: { role: 'platform', id: 'agent-1' },
} as const satisfies Record<string, Actor>;

export type Viewer = keyof typeof VIEWERS;

/**
 * One party's pane, read from `describe` alone: whose move it is first (a phone shows it before
 * anything else), the title and sentence, the deadline that matters to this party, the amounts
 * that concern them, the pending requests; then `describeActions` in its order: the primary
 * action, the other ones, and, set apart, those that cancel the order or open a dispute. Each
 * button is described by its consequence or, when refused, by why (`aria-describedby`), so a
 * screen reader reads the reason with the disabled button.
 */
export function pane(order: Order, role: Viewer, rerender: () => void): HTMLElement {
  const viewer = VIEWERS[role];
  const text = ui(state.locale);
  const options = { viewer, at: state.now, locale: state.locale, timeZone: state.timeZone };
  const description = describeOrder(order, options);
  const actions = describeActions(order, options);
  const row = (action: PresentedAction) => actionRow(order, role, action, rerender);
  const apart = actions.filter((action) => action.emphasis === 'consequential');
  return h(
    'section',
    { 'data-testid': `pane-${role}`, class: 'pane', 'aria-labelledby': `heading-${role}` },
    h('h2', { id: `heading-${role}` }, text[role]),
    descriptionOf(description, role),
    h('div', { class: 'actions' }, actions.filter((action) => action.emphasis !== 'consequential').map(row)),
    apart.length === 0 ? null : h('div', { class: 'actions apart' }, h('h3', {}, text.apart), apart.map(row)),
  );
}

function descriptionOf(description: Description, role: Viewer): HTMLElement {
  return h(
    'div',
    // The status element takes the focus when the action that had it is gone (see main.ts).
    {
      class: 'description',
      'data-tone': description.tone,
      'data-testid': 'description',
      'data-status': description.status,
      'data-key': `status:${role}`,
      tabindex: -1,
    },
    h('p', { class: 'move', 'data-testid': 'move', 'data-mover': description.move.by }, description.move.text),
    h('p', { class: 'title', 'data-testid': 'title' }, description.title),
    h('p', { 'data-testid': 'text' }, description.text),
    description.deadline === null
      ? null
      : h(
          'p',
          { class: 'deadline', 'data-testid': 'deadline', 'data-kind': description.deadline.kind },
          description.deadline.text,
        ),
    description.amounts.length === 0
      ? null
      : h(
          'ul',
          { class: 'amounts', 'data-testid': 'amounts', 'aria-label': ui(state.locale).amounts },
          description.amounts.map((line) => h('li', { 'data-kind': line.kind, 'data-amount': line.amount }, line.text)),
        ),
    description.requests.length === 0
      ? null
      : h(
          'ul',
          { 'data-testid': 'requests' },
          description.requests.map((request) => h('li', {}, request)),
        ),
  );
}

function actionRow(order: Order, role: Viewer, action: PresentedAction, rerender: () => void): HTMLElement {
  const viewer = VIEWERS[role];
  const click = () => {
    try {
      send(eventFor(order, viewer, action.type));
    } catch (error) {
      // A quote refuses a malformed price before any event exists; show it like a refusal.
      logThrown(error);
    }
    rerender();
  };
  const noteId = `note-${role}-${action.type.replace('.', '-')}`;
  const note = action.allowed
    ? h('p', { class: 'note', id: noteId, 'data-testid': 'consequence' }, action.consequence)
    : h('p', { class: 'note why', id: noteId, 'data-testid': 'why' }, action.why ?? '');
  return h(
    'div',
    {
      class: 'action',
      'data-action': action.type,
      'data-allowed': String(action.allowed),
      'data-emphasis': action.emphasis,
    },
    action.allowed ? payloadInputs(order, viewer, action.type) : null,
    h(
      'button',
      {
        type: 'button',
        class: action.emphasis,
        disabled: !action.allowed,
        'aria-describedby': noteId,
        'data-key': `action:${role}:${action.type}`,
        onclick: click,
      },
      action.label,
    ),
    note,
  );
}
