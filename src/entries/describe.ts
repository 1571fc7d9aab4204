/**
 * `sequestre/describe`: an order in words for the people who read it, in French or English,
 * the locale chosen by its code on each call. It carries both languages' texts; an app that
 * shows one language imports `sequestre/describe/fr` or `sequestre/describe/en` instead, the
 * same functions without the `locale` argument and with that language's texts only.
 *
 * Every function is a pure query: no clock (countdowns are computed from `at`), dates written in
 * `timeZone` (UTC by default), amounts written exactly from their decimal strings. Bad arguments
 * throw `SequestreError` (`INVALID_INPUT`, or `INVALID_ORDER` for an order it cannot use).
 *
 * @module sequestre/describe
 */

import {
  actionLabelIn,
  type DescribeOptions,
  type Description,
  describeActionsIn,
  describeOrderIn,
  type ErrorTextOptions,
  explainActionIn,
  explainErrorIn,
  formatAmountIn,
  type HistoryItem,
  historyLabelIn,
  type Locale,
  type Messages,
  type PresentedAction,
  statusLabelIn,
  type TextOptions,
} from '../describe';
import { LOCALES, MESSAGES } from '../describe/locales';
import { type ErrorCode, orThrow, parsing } from '../errors';
import type { ActionInfo, Order, OrderEventType, OrderStatus } from '../model/types';
import { readEnum, readObject } from '../parse/readers';

/** The texts of a locale given by its code. @throws SequestreError `INVALID_INPUT` for another value. */
function textsOf(locale: unknown): Messages {
  return MESSAGES[orThrow(parsing(() => readEnum(locale, 'locale', LOCALES)))];
}

/** The texts of the `locale` field of an options object. */
function textsOfOptions(options: unknown): Messages {
  return textsOf(orThrow(parsing(() => readObject(options, 'options'))).locale);
}

/**
 * Where the order is for this viewer, in their language: a title in the platform's vocabulary,
 * whose move it is, one to three sentences on what is happening and what to do, the deadline that
 * matters to them, the amounts that concern them (read from `getBalances` and the escrow's own
 * operations), a sentence per pending request with the money it would move, and, once final, why
 * it ended and who acted. The order is described as it stands at `at`, deadlines due by then
 * applied, exactly as `availableActions` sees it. It reads no clock: countdowns are computed from
 * `at`, and dates are written in `timeZone` (UTC by default).
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order; `INVALID_INPUT` for a bad viewer
 * (no role, a buyer or seller without an id or with another party's id), `at`, locale or time zone.
 * @example
 * describeOrder(order, { viewer: { role: 'buyer', id: 'b-1' }, at: now, locale: 'fr', timeZone: 'Europe/Paris' })
 * // → { status: 'delivered', title: 'Livrée', move: { by: 'you', text: 'À vous d’agir' }, deadline: { kind: 'review', … }, amounts: [{ kind: 'held', amount: '57.50', … }], … }
 */
export function describeOrder(order: Order, options: DescribeOptions): Description {
  return describeOrderIn(order, options, (checked) => textsOf(checked.locale));
}

/**
 * The actions this viewer can choose between, in their language: `availableActions`' lines that
 * apply now, each with its label, an emphasis (`primary`, `secondary`, `consequential`), one line
 * on what it does (the dates it sets, the money it moves) and, when something stands in its way,
 * why, specific to the rule. Sorted for display: the primary action first, the consequential ones
 * last. Empty once the order is final.
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order; `INVALID_INPUT` for a bad viewer, `at`, locale or time zone.
 * @example
 * describeActions(order, { viewer: { role: 'seller', id: 's-1' }, at: now, locale: 'en' })[0]
 * // → { type: 'order.deliver', allowed: true, label: 'Deliver the order', emphasis: 'primary', consequence: 'The buyer will have until March 11 at 10:00 to review your work; …' }
 */
export function describeActions(order: Order, options: DescribeOptions): PresentedAction[] {
  return describeActionsIn(order, options, (checked) => textsOf(checked.locale));
}

/**
 * The button label of an event type ("Demander une retouche", "Request a revision").
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown type or locale.
 * @example
 * actionLabel('order.deliver', 'fr') // → 'Livrer la commande'
 */
export function actionLabel(type: OrderEventType, locale: Locale): string {
  return actionLabelIn(textsOf(locale), type);
}

/**
 * The name of a status in the platform's vocabulary ("En cours de réalisation", "Livrée").
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown status or locale.
 * @example
 * statusLabel('revisionRequested', 'fr') // → 'Demande de retouche'
 */
export function statusLabel(status: OrderStatus, locale: Locale): string {
  return statusLabelIn(textsOf(locale), status);
}

/**
 * What an entry of `order.history` records, in the past tense: the event types, `order.placed`,
 * and the automatic `deadline.<kind>` entries. Given the entry (`{ type, by }`), the label names
 * who made it ("Commande acceptée par le vendeur"); given its type alone, it does not. A type this
 * version does not know is returned as it is, so that a log written by a newer version still
 * shows something.
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown locale or role, or a type that is not a non-empty string.
 * @example
 * historyLabel({ type: 'order.accept', by: { role: 'seller', id: 's-1' } }, 'en') // → 'Order accepted by the seller'
 * historyLabel('deadline.review', 'en') // → 'Order completed automatically: review period over'
 */
export function historyLabel(entry: HistoryItem, locale: Locale): string {
  return historyLabelIn(textsOf(locale), entry);
}

/**
 * One line of `availableActions` as a sentence for the viewer: that it can be done now, or why
 * not, or from when ("Vous pourrez annuler sans l'accord du vendeur à partir du 12 mars à 10 h,
 * si la commande n'est pas livrée d'ici là.").
 *
 * @param options - `locale`, `timeZone` for the dates (UTC by default), and `at`, the instant the
 * list was computed for, to leave out a year that is the current one.
 * @throws SequestreError `INVALID_INPUT` for a malformed action line or bad options.
 * @example
 * explainAction({ type: 'order.cancel', allowed: false, reason: 'TOO_EARLY', from: '2026-03-12T09:00:00.000Z' }, { locale: 'en' })
 * // → "You can cancel without the seller's agreement from March 12, 2026 at 09:00, if the order is not delivered by then."
 */
export function explainAction(action: ActionInfo, options: TextOptions): string {
  return explainActionIn(textsOfOptions(options), action, options);
}

/**
 * A refusal as a sentence for a person, for a `{ ok: false, error }` the server answered. Pass the
 * refusal's `details`: their `rule` picks a sentence specific to it, and `from`, `limit` and
 * `status` fill it in; without them, the code's own sentence.
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown code or bad options.
 * @example
 * explainError('ORDER_CLOSED', { locale: 'fr' }) // → 'La commande est clôturée et ne peut plus changer.'
 * explainError('NOT_ALLOWED', { locale: 'en', details: { rule: 'cancel.afterDelivery' } })
 * // → 'The seller has already delivered this order: you can no longer cancel it alone. Request a cancellation or open a dispute.'
 */
export function explainError(code: ErrorCode, options: TextOptions & ErrorTextOptions): string {
  return explainErrorIn(textsOfOptions(options), code, options);
}

/**
 * An amount as the locale writes money ("57,50 €", "€57.50"), with exactly the currency's
 * minor-unit digits. The decimal string goes to Intl as a string, which formats it exactly:
 * no float ever touches the figure.
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown currency or locale, or a malformed amount.
 * @example
 * formatAmount('57.50', 'EUR', 'fr') // → '57,50 €' (with a no-break space)
 */
export function formatAmount(amount: string, currency: string, locale: Locale): string {
  return formatAmountIn(textsOf(locale), amount, currency);
}

export type {
  AmountKind,
  DeadlineTopic,
  DescribedAmount,
  DescribedDeadline,
  DescribedEnding,
  DescribedMove,
  DescribeOptions,
  Description,
  Emphasis,
  Ending,
  ErrorTextOptions,
  HistoryItem,
  Locale,
  Mover,
  Party,
  PresentedAction,
  RefusalRule,
  Situation,
  TextOptions,
  TimeOptions,
  Tone,
  ViewOptions,
} from '../describe';
export { type ErrorCode, SequestreError } from '../errors';
export { LOCALES };
