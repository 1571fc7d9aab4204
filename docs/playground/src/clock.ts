import { nextDeadline } from '../../../src';
import { h } from './dom';
import { send, state } from './state';
import { ui } from './text';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const STEPS = [
  { id: '1h', ms: HOUR_MS, label: { fr: '+1 h', en: '+1 h' } },
  { id: '6h', ms: 6 * HOUR_MS, label: { fr: '+6 h', en: '+6 h' } },
  { id: '1d', ms: DAY_MS, label: { fr: '+1 j', en: '+1 d' } },
  { id: '3d', ms: 3 * DAY_MS, label: { fr: '+3 j', en: '+3 d' } },
  { id: '7d', ms: 7 * DAY_MS, label: { fr: '+7 j', en: '+7 d' } },
] as const;

/**
 * Moves the clock to `at` and ticks the order as a host's scheduler would: one
 * `clock.tick` from `system`, which applies every deadline due by then, each at its own instant.
 */
export function moveClockTo(at: string): void {
  state.now = at;
  send({ type: 'clock.tick', at, by: { role: 'system' } });
}

/** The clock: the current instant, steps forward, and a jump to the order's next deadline. */
export function clockPane(rerender: () => void): HTMLElement {
  const text = ui(state.locale);
  const next = state.order === null ? null : nextDeadline(state.order);
  const advance = (ms: number) => () => {
    moveClockTo(new Date(Date.parse(state.now) + ms).toISOString());
    rerender();
  };
  const now = new Intl.DateTimeFormat(state.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: state.timeZone }).format(Date.parse(state.now));
  return h(
    'div',
    { class: 'clock', 'data-testid': 'clock' },
    h('span', {}, text.clock),
    h('span', { class: 'now', 'data-testid': 'now', 'data-instant': state.now }, now),
    STEPS.map((step) => h('button', { type: 'button', class: 'secondary', 'data-advance': step.id, onclick: advance(step.ms) }, step.label[state.locale])),
    next === null
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-testid': 'next-deadline',
            onclick: () => {
              moveClockTo(next.at);
              rerender();
            },
          },
          text.nextDeadline,
        ),
  );
}
