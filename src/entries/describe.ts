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
import { readEnum, readObject } from '../parse/readers';
import {
  actionLabelIn,
  describeOrderIn,
  explainActionIn,
  explainErrorIn,
  formatAmountIn,
  historyLabelIn,
  statusLabelIn,
  type DescribeOptions,
  type Description,
  type ErrorTextOptions,
  type Locale,
  type Messages,
  type TextOptions,
} from '../describe';
import { LOCALES, MESSAGES } from '../describe/locales';
import type { ErrorCode } from '../errors';
import type { ActionInfo, Order, OrderEventType, OrderStatus } from '../model/types';

/** The texts of a locale given by its code. @throws SequestreError `INVALID_INPUT` for another value. */
function textsOf(locale: unknown): Messages {
  return MESSAGES[readEnum(locale, 'locale', LOCALES)];
}

/** The texts of the `locale` field of an options object. */
function textsOfOptions(options: unknown): Messages {
  return textsOf(readObject(options, 'options').locale);
}

/**
 * Where the order is, what this viewer can do about it, and by when, in the viewer's language:
 * a title in the platform's vocabulary, one or two sentences, a tone, the next deadline with the
 * time left, and a sentence per pending request. The order is described as it stands at `at`,
 * deadlines due by then applied, exactly as `availableActions` sees it. It reads no clock:
 * countdowns are computed from `at`, and dates are written in `timeZone` (UTC by default).
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order; `INVALID_INPUT` for a bad viewer
 * (no role, a buyer or seller without an id or with another party's id), `at`, locale or time zone.
 * @example
 * describeOrder(order, { viewer: { role: 'buyer', id: 'b-1' }, at: now, locale: 'fr', timeZone: 'Europe/Paris' })
 * // → { status: 'delivered', title: 'Livrée', tone: 'action', text: 'Le vendeur a livré : …', deadline: { kind: 'review', … }, … }
 */
export function describeOrder(order: Order, options: DescribeOptions): Description {
  return describeOrderIn(order, options, (checked) => textsOf(checked.locale));
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
 * A label for an entry of `order.history`: the event types, `order.placed`, and the automatic
 * `deadline.<kind>` entries. A type this version does not know is returned as it is, so that a
 * log written by a newer version still shows something.
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown locale or a type that is not a non-empty string.
 * @example
 * historyLabel('deadline.review', 'en') // → 'Deadline: Automatic completion'
 */
export function historyLabel(type: string, locale: Locale): string {
  return historyLabelIn(textsOf(locale), type);
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
 * A refusal code as a sentence for a person, for a `{ ok: false, error }` the server answered.
 * Pass `from` (`error.details.from`) with `TOO_EARLY` to say when it opens.
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown code or bad options.
 * @example
 * explainError('ORDER_CLOSED', { locale: 'fr' }) // → 'La commande est close et ne peut plus changer.'
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

export { LOCALES };
export { SequestreError, type ErrorCode } from '../errors';
export type { Description, DescribeOptions, DescribedDeadline, ErrorTextOptions, Locale, Situation, TextOptions, TimeOptions, Tone, ViewOptions } from '../describe';
