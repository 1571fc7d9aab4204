import { readEnum, readLabel } from '../parse/readers';
import { DEADLINE_KINDS } from '../deadlines';
import { EVENT_TYPES } from '../order/rules/roles';
import type { OrderEventType, OrderStatus } from '../model/types';
import { LOCALES, MESSAGES } from './locales';
import type { Locale } from './types';

const STATUSES: readonly OrderStatus[] = ['pending', 'inProgress', 'delivered', 'revisionRequested', 'disputed', 'completed', 'cancelled', 'expired'];

/**
 * The button label of an event type ("Demander une retouche", "Request a revision").
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown type or locale.
 * @example
 * actionLabel('order.deliver', 'fr') // → 'Livrer la commande'
 */
export function actionLabel(type: OrderEventType, locale: Locale): string {
  return MESSAGES[readEnum(locale, 'locale', LOCALES)].actions[readEnum(type, 'type', EVENT_TYPES)];
}

/**
 * The name of a status in the platform's vocabulary ("En cours de réalisation", "Livrée").
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown status or locale.
 * @example
 * statusLabel('revisionRequested', 'fr') // → 'Demande de retouche'
 */
export function statusLabel(status: OrderStatus, locale: Locale): string {
  return MESSAGES[readEnum(locale, 'locale', LOCALES)].titles[readEnum(status, 'status', STATUSES)];
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
  const messages = MESSAGES[readEnum(locale, 'locale', LOCALES)];
  const checked = readLabel(type, 'type');
  if ((EVENT_TYPES as readonly string[]).includes(checked)) return messages.actions[checked as OrderEventType];
  if (checked === 'order.placed') return messages.placed;
  const kind = DEADLINE_KINDS.find((candidate) => checked === `deadline.${candidate}`);
  return kind === undefined ? checked : messages.deadlineReached(messages.deadlines[kind]);
}
