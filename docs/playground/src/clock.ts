import { nextDeadline } from '../../../src';
import { h } from './dom';
import { send, state } from './state';
import { ui } from './text';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const STEPS = [
  { id: '1h', ms: HOUR_MS, label: { fr: '+1\u00a0h', en: '+1 h' } },
  { id: '6h', ms: 6 * HOUR_MS, label: { fr: '+6\u00a0h', en: '+6 h' } },
  { id: '1d', ms: DAY_MS, label: { fr: '+1\u00a0j', en: '+1 d' } },
  { id: '3d', ms: 3 * DAY_MS, label: { fr: '+3\u00a0j', en: '+3 d' } },
  { id: '7d', ms: 7 * DAY_MS, label: { fr: '+7\u00a0j', en: '+7 d' } },
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
  const now = writeNow(Date.parse(state.now));
  return h(
    'div',
    { class: 'clock', 'data-testid': 'clock' },
    h('span', {}, text.clock),
    h('span', { class: 'now', 'data-testid': 'now', 'data-instant': state.now }, now),
    STEPS.map((step) =>
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-advance': step.id,
          'data-key': `advance:${step.id}`,
          onclick: advance(step.ms),
        },
        step.label[state.locale],
      ),
    ),
    next === null
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-testid': 'next-deadline',
            'data-key': 'next-deadline',
            onclick: () => {
              moveClockTo(next.at);
              rerender();
            },
          },
          text.nextDeadline,
        ),
  );
}

/**
 * The clock's instant in the reader's words. French writes the hour as the library's texts do
 * ("10 h", "9 h 30") and keeps a number with the word after it ("1 mars").
 */
function writeNow(ms: number): string {
  const timeZone = state.timeZone;
  if (state.locale === 'en')
    return new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(ms);
  const date = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeZone })
    .format(ms)
    .replace(/(\d) (?=\p{L})/gu, '$1\u00a0');
  const parts = new Intl.DateTimeFormat('fr', {
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(ms);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = Number(parts.find((part) => part.type === 'minute')?.value);
  return `${date} à ${hour}\u00a0h${minute === 0 ? '' : `\u00a0${String(minute).padStart(2, '0')}`}`;
}
