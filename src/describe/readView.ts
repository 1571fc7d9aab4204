import { refuseParty } from '../engine/refuseSender';
import { orThrow, parsing, refuse, toError, viewerParty } from '../errors';
import { digitsOf } from '../escrow/digitsOf';
import type { Actor, Order } from '../model/types';
import { refuseUnusableOrder } from '../parse/checkOrder';
import { parseActor } from '../parse/parseEvent';
import { readObject } from '../parse/readers';
import { parseInstant } from '../time';
import { dateWriter } from './dateWriter';
import type { Formatters } from './describeRequests';
import { amountWriter } from './formatAmount';
import type { Messages } from './messages';
import { readTimeZone } from './readTimeOptions';
import type { ViewOptions } from './types';

/** The checked arguments of a view of one order: who reads it, when, in which words, and the writers of its dates and amounts. */
export type View = {
  readonly viewer: Actor;
  readonly atMs: number;
  readonly messages: Messages;
  readonly format: Formatters;
};

/**
 * Checks what `describeOrder` and `describeActions` are given, in this order: the order, the
 * viewer, `at`, the locale (`textsOf` reads it from the checked options) and the time zone. A
 * viewer who is not this order's party is a bug in the caller, not someone to show an order to.
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order; `INVALID_INPUT` for any other bad argument.
 */
export function readView(
  order: Order,
  options: ViewOptions,
  textsOf: (options: Readonly<Record<string, unknown>>) => Messages,
): View {
  const unusable = refuseUnusableOrder(order);
  if (unusable !== undefined) throw toError(unusable);
  const { viewer, atMs, messages, timeZone } = orThrow(parsing(() => readOptions(options, textsOf)));
  if (refuseParty(order, viewer) !== undefined)
    throw toError(refuse('INVALID_INPUT', viewerParty, { path: 'viewer.id' }, viewer, order.id));
  const writeDate = dateWriter(messages, timeZone, atMs);
  const format: Formatters = {
    date: (instant) => writeDate(Date.parse(instant)),
    amount: amountWriter(order.currency, digitsOf(order.currency), messages.locale),
  };
  return { viewer, atMs, messages, format };
}

/** The options once read, in the order they are checked: the viewer, `at`, the locale's texts, the time zone. */
function readOptions(options: ViewOptions, textsOf: (options: Readonly<Record<string, unknown>>) => Messages) {
  const checked = readObject(options, 'options');
  const viewer = parseActor(checked.viewer, 'viewer');
  const atMs = parseInstant(checked.at, 'at');
  const messages = textsOf(checked);
  const timeZone = checked.timeZone === undefined ? 'UTC' : readTimeZone(checked.timeZone, 'timeZone');
  return { viewer, atMs, messages, timeZone };
}
