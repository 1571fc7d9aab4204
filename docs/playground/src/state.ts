import { applyEvent, createOrder, type Effect, type Order, type OrderEvent, type OrderInput, type Result } from '../../../src';
import { explainError, formatAmount, historyLabel, type Locale } from '../../../src/entries/describe';
import { ui } from './text';

/** One line of the log: a history entry, an effect to carry out, or a refusal; written in the current language when shown. */
export type LogLine = { readonly kind: 'history' | 'effect' | 'refusal'; readonly type: string; readonly text: () => string };

/**
 * Everything the page shows, in one place. The order is the stored JSON a host would keep; the
 * clock is the `at` of every event the page sends (the library never reads a clock itself).
 */
export type State = {
  order: Order | null;
  now: string;
  locale: Locale;
  timeZone: string;
  log: LogLine[];
  /** What the user typed into the inline payload inputs, by `role:type:field`. */
  inputs: Map<string, string>;
  /** Source of fresh ids for payments, options and offers. */
  serial: number;
};

export const START = '2026-03-01T10:00:00.000Z';

export const state: State = { order: null, now: START, locale: 'fr', timeZone: 'UTC', log: [], inputs: new Map(), serial: 1 };

/** A new id, unique within the page, for payments, options and offers. */
export function freshId(prefix: string): string {
  state.serial += 1;
  return `${prefix}-${state.serial}`;
}

/** Opens the order as a host would after a paid checkout, and logs what it says. */
export function open(input: OrderInput): void {
  state.log = [];
  state.order = null;
  record(createOrder(input), null);
}

/** Sends one event at the clock's instant, as the host's API would, and logs the outcome. */
export function send(event: OrderEvent): void {
  if (state.order === null) return;
  record(applyEvent(state.order, event), state.order.version);
}

/** Records an answer: on success the new history entries and the effects, else the refusal. */
function record(result: Result, previousVersion: number | null): void {
  if (!result.ok) {
    const { code, message, details } = result.error;
    const from = (details as { from?: string } | undefined)?.from;
    const at = state.now;
    const explain = () => explainError(code, { locale: state.locale, timeZone: state.timeZone, at, ...(from === undefined ? {} : { from }) });
    state.log.push({ kind: 'refusal', type: code, text: () => `${code} · ${explain()} (${message})` });
    return;
  }
  const order = result.order;
  for (const entry of order.history) {
    if (previousVersion !== null && entry.version <= previousVersion) continue;
    state.log.push({ kind: 'history', type: entry.type, text: () => `${historyLabel(entry.type, state.locale)} · ${ui(state.locale).by[entry.by.role]}` });
  }
  for (const effect of result.effects) state.log.push({ kind: 'effect', type: effect.type, text: () => describeEffect(effect, order.currency) });
  state.order = order;
}

function describeEffect(effect: Effect, currency: string): string {
  const text = ui(state.locale).effects;
  const money = (amount: string) => formatAmount(amount, currency, state.locale);
  switch (effect.type) {
    case 'refund':
      return text.refund(money(effect.amount), effect.paymentId);
    case 'payout':
      return text.payout(money(effect.amount));
    case 'revenue':
      return text.revenue(money(effect.amount));
    case 'notify':
      return text.notify(effect.to, effect.event);
  }
}
