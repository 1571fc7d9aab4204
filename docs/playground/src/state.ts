import {
  applyEvent,
  createOrder,
  type Effect,
  type Order,
  type OrderEvent,
  type OrderInput,
  type Result,
  SequestreError,
} from '../../../src';
import { explainError, formatAmount, historyLabel, type Locale } from '../../../src/entries/describe';
import { ui } from './text';

/** One line of the log: a history entry, an effect to carry out, or a refusal; written in the current language when shown. */
export type LogLine = {
  readonly kind: 'history' | 'effect' | 'refusal';
  readonly type: string;
  readonly text: () => string;
};

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

/** The browser's own time zone: a French user reads French hours, not UTC (issue 13). */
const BROWSER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export const state: State = {
  order: null,
  now: START,
  locale: 'fr',
  timeZone: BROWSER_TIME_ZONE,
  log: [],
  inputs: new Map(),
  serial: 1,
};

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

/**
 * Logs a refusal thrown before any event exists (`quoteOrder` or `quoteExtra` refusing a malformed
 * price) as the answered ones are: the sentence of its rule. Anything else is a bug, and goes on.
 */
export function logThrown(error: unknown): void {
  if (!(error instanceof SequestreError)) throw error;
  const at = state.now;
  state.log.push({
    kind: 'refusal',
    type: error.code,
    text: () =>
      explainError(error.code, { locale: state.locale, timeZone: state.timeZone, at, details: error.details }),
  });
}

/** Records an answer: on success the new history entries and the effects, else the refusal. */
function record(result: Result, previousVersion: number | null): void {
  if (!result.ok) {
    const { code, details } = result.error;
    const at = state.now;
    // The refusal's details name its rule, which picks a sentence for a person; the engine's own
    // message is English for developers, and stays out of the page.
    state.log.push({
      kind: 'refusal',
      type: code,
      text: () => explainError(code, { locale: state.locale, timeZone: state.timeZone, at, details }),
    });
    return;
  }
  const order = result.order;
  for (const entry of order.history) {
    if (previousVersion !== null && entry.version <= previousVersion) continue;
    state.log.push({ kind: 'history', type: entry.type, text: () => historyLabel(entry, state.locale) });
  }
  for (const effect of result.effects)
    state.log.push({ kind: 'effect', type: effect.type, text: () => describeEffect(effect, order) });
  state.order = order;
}

function describeEffect(effect: Effect, order: Order): string {
  const text = ui(state.locale);
  const money = (amount: string) => formatAmount(amount, order.currency, state.locale);
  switch (effect.type) {
    case 'refund':
      return text.effects.refund(money(effect.amount), paymentName(order, effect.paymentId));
    case 'payout':
      return text.effects.payout(money(effect.amount));
    case 'revenue':
      return text.effects.revenue(money(effect.amount));
    case 'notify':
      // The history line just above says what happened; the notification's own name is the host's.
      return text.notified[effect.to];
  }
}

/** A payment named by what it paid for (the order, an option, an offer), not by the host's id. */
export function paymentName(order: Order, paymentId: string | undefined): string {
  const text = ui(state.locale);
  const paid = order.escrow.ledger.find((posting) => posting.paymentId === paymentId && posting.from === 'buyer');
  return (paid === undefined ? undefined : text.payments[paid.cause]) ?? text.otherPayment;
}
