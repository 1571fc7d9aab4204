import { DEADLINE_KINDS } from '../deadlines';
import { orThrow, parsing } from '../errors';
import type { OrderEventType, OrderStatus, Role } from '../model/types';
import { EVENT_TYPES, ROLES, STATUSES } from '../model/vocabulary';
import { readEnum, readLabel, readObject } from '../parse/readers';
import type { Messages } from './messages';

/**
 * `actionLabel` in one locale: the button label of an event type ("Demander une retouche").
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown type.
 */
export function actionLabelIn(messages: Messages, type: OrderEventType): string {
  return messages.actions[orThrow(parsing(() => readEnum(type, 'type', EVENT_TYPES)))];
}

/**
 * `statusLabel` in one locale: the name of a status in the platform's vocabulary ("Livrée").
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown status.
 */
export function statusLabelIn(messages: Messages, status: OrderStatus): string {
  return messages.titles[orThrow(parsing(() => readEnum(status, 'status', STATUSES)))];
}

/** A history entry as `historyLabel` reads it: its type, and who made it when the label should say so. */
export type HistoryItem = string | { readonly type: string; readonly by?: { readonly role: Role } };

/**
 * `historyLabel` in one locale: what an entry of `order.history` records, in the past tense
 * ("Commande acceptée par le vendeur"): the event types, `order.placed`, and the automatic
 * `deadline.<kind>` entries. Given the entry itself, the label names who made it; given its type
 * alone, it does not. A type this version does not know is returned as it is, so that a log
 * written by a newer version still shows something.
 *
 * @throws SequestreError `INVALID_INPUT` for a type that is not a non-empty string, or an unknown role.
 */
export function historyLabelIn(messages: Messages, item: HistoryItem): string {
  const { type, role } = orThrow(parsing(() => readHistoryItem(item)));
  const kind = DEADLINE_KINDS.find((candidate) => type === `deadline.${candidate}`);
  if (kind !== undefined) return messages.deadlinesReached[kind];
  if (type !== 'order.placed' && !(EVENT_TYPES as readonly string[]).includes(type)) return type;
  const done = messages.history[type as OrderEventType | 'order.placed'];
  return role === undefined ? done : `${done}${messages.historyBy[role]}`;
}

/** The entry's type and, when given, the role of who made it. */
function readHistoryItem(item: HistoryItem): { type: string; role: Role | undefined } {
  const entry = typeof item === 'string' ? { type: item } : readObject(item, 'entry');
  const type = readLabel(entry.type, typeof item === 'string' ? 'type' : 'entry.type');
  const role =
    entry.by === undefined ? undefined : readEnum(readObject(entry.by, 'entry.by').role, 'entry.by.role', ROLES);
  return { type, role };
}
