import { readEnum, readLabel } from '../parse/readers';
import { DEADLINE_KINDS } from '../deadlines';
import { EVENT_TYPES, STATUSES } from '../model/vocabulary';
import type { OrderEventType, OrderStatus } from '../model/types';
import type { Messages } from './types';

/**
 * `actionLabel` in one locale: the button label of an event type ("Demander une retouche").
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown type.
 */
export function actionLabelIn(messages: Messages, type: OrderEventType): string {
  return messages.actions[readEnum(type, 'type', EVENT_TYPES)];
}

/**
 * `statusLabel` in one locale: the name of a status in the platform's vocabulary ("Livrée").
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown status.
 */
export function statusLabelIn(messages: Messages, status: OrderStatus): string {
  return messages.titles[readEnum(status, 'status', STATUSES)];
}

/**
 * `historyLabel` in one locale: a label for an entry of `order.history`: the event types,
 * `order.placed`, and the automatic `deadline.<kind>` entries. A type this version does not know
 * is returned as it is, so that a log written by a newer version still shows something.
 *
 * @throws SequestreError `INVALID_INPUT` for a type that is not a non-empty string.
 */
export function historyLabelIn(messages: Messages, type: string): string {
  const checked = readLabel(type, 'type');
  if ((EVENT_TYPES as readonly string[]).includes(checked)) return messages.actions[checked as OrderEventType];
  if (checked === 'order.placed') return messages.placed;
  const kind = DEADLINE_KINDS.find((candidate) => checked === `deadline.${candidate}`);
  return kind === undefined ? checked : messages.deadlineReached(messages.deadlines[kind]);
}
