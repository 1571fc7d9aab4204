import { ERROR_CODES, type ErrorCode } from '../errors';
import { readBoolean, readEnum, readObject } from '../parse/readers';
import { EVENT_TYPES } from '../order/rules/roles';
import type { ActionInfo } from '../model/types';
import { parseInstant } from '../time';
import { dateWriter } from './dateWriter';
import { MESSAGES } from './locales';
import { readTextOptions } from './readTextOptions';
import type { TextOptions } from './types';

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
  const { locale, timeZone, atMs } = readTextOptions(options);
  const info = readObject(action, 'action');
  const type = readEnum(info.type, 'action.type', EVENT_TYPES);
  const allowed = readBoolean(info.allowed, 'action.allowed');
  const messages = MESSAGES[locale];
  const label = lowerFirst(messages.actions[type]);
  if (allowed) return messages.can(label);
  const reason = readEnum(info.reason, 'action.reason', ERROR_CODES);
  if (reason === 'TOO_EARLY' && info.from !== undefined) {
    const from = dateWriter(locale, timeZone, atMs)(parseInstant(info.from, 'action.from'));
    // SPEC §5: only the buyer's own cancellation waits for a time; say what it depends on.
    return type === 'order.cancel' ? messages.cancelFrom(from) : messages.canFrom(label, from);
  }
  return messages.cannot(label, messages.errors[reason]);
}

/**
 * A refusal code as a sentence for a person, for a `{ ok: false, error }` the server answered.
 * Pass `from` (`error.details.from`) with `TOO_EARLY` to say when it opens.
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown code or bad options.
 * @example
 * explainError('ORDER_CLOSED', { locale: 'fr' }) // → 'La commande est close et ne peut plus changer.'
 */
export function explainError(code: ErrorCode, options: TextOptions & { readonly from?: string }): string {
  const { locale, timeZone, atMs } = readTextOptions(options);
  const checked = readEnum(code, 'code', ERROR_CODES);
  const messages = MESSAGES[locale];
  if (checked === 'TOO_EARLY' && options.from !== undefined) {
    return messages.possibleFrom(dateWriter(locale, timeZone, atMs)(parseInstant(options.from, 'from')));
  }
  const why = messages.errors[checked];
  return `${why.charAt(0).toUpperCase()}${why.slice(1)}.`;
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
