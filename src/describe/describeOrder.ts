import { parseActor } from '../parse/parseEvent';
import { refuseUnusableOrder } from '../parse/checkOrder';
import { refuseParty } from '../engine/refuseSender';
import { applyDueDeadlines, startRun } from '../engine/runMachine';
import { orThrow, parsing, refuse, toError, viewerParty } from '../errors';
import { getBalances } from '../api/getBalances';
import { readObject } from '../parse/readers';
import { deadlineOf, earliestDeadline } from '../deadlines';
import { buyerCancelOpensAt } from '../order/rules/cancel';
import type { Actor, Order } from '../model/types';
import { parseInstant } from '../time';
import { describeRequests, type Formatters } from './describeRequests';
import { digitsOf } from '../escrow/digitsOf';
import { amountWriter } from './formatAmount';
import { dateWriter } from './dateWriter';
import { formatTimeLeft } from './formatTimeLeft';
import { readTimeZone } from './readTimeOptions';
import { situationOf, TONES } from './situationOf';
import type { DescribedDeadline, Description, Messages, Opener, Situation, SituationParams, ViewOptions } from './types';

/**
 * `describeOrder`, with the texts of the locale `textsOf` picks from the checked options (one
 * fixed locale, or the `locale` option): where the order is, what this viewer can do about it,
 * and by when, as it stands at `at` (deadlines due by then applied, exactly as
 * `availableActions` sees it). It reads no clock: countdowns are computed from `at`. The order is
 * checked first, then the viewer, `at`, the locale and the time zone, in that order.
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order; `INVALID_INPUT` for a bad viewer
 * (no role, a buyer or seller without an id or with another party's id), `at`, locale or time zone.
 */
export function describeOrderIn(order: Order, options: ViewOptions, textsOf: (options: Readonly<Record<string, unknown>>) => Messages): Description {
  const unusable = refuseUnusableOrder(order);
  if (unusable !== undefined) throw toError(unusable);
  const { viewer, atMs, messages, timeZone } = orThrow(parsing(() => readView(options, textsOf)));
  if (refuseParty(order, viewer) !== undefined) throw toError(refuse('INVALID_INPUT', viewerParty, { path: 'viewer.id' }, viewer, order.id));

  const current = orderAt(order, atMs);
  const writeDate = dateWriter(messages, timeZone, atMs);
  const format: Formatters = {
    date: (instant) => writeDate(Date.parse(instant)),
    amount: amountWriter(current.currency, digitsOf(current.currency), messages.locale),
  };
  const situation = situationOf(current);
  const viewpoint = viewer.role === 'system' ? 'platform' : viewer.role;
  const requests = describeRequests(current, viewer.role, messages, format);
  const tone = TONES[situation][viewpoint];
  return {
    status: current.status,
    situation,
    tone: tone === 'info' && requests.awaitsViewer ? 'action' : tone,
    title: messages.titles[situation],
    text: messages.situations[situation][viewpoint](paramsOf(current, situation, viewer, atMs, format)),
    deadline: nextDeadlineOf(current, atMs, messages, format),
    requests: requests.texts,
  };
}

/** The options once read, in the order they are checked: the viewer, `at`, the locale's texts, the time zone. */
function readView(options: ViewOptions, textsOf: (options: Readonly<Record<string, unknown>>) => Messages) {
  const checked = readObject(options, 'options');
  const viewer = parseActor(checked.viewer, 'viewer');
  const atMs = parseInstant(checked.at, 'at');
  const messages = textsOf(checked);
  const timeZone = checked.timeZone === undefined ? 'UTC' : readTimeZone(checked.timeZone, 'timeZone');
  return { viewer, atMs, messages, timeZone };
}

/** The order as it stands at `atMs`: the machine runs only when a deadline is due. */
function orderAt(order: Order, atMs: number): Order {
  const next = earliestDeadline(order);
  if (next === null || Date.parse(next.at) > atMs) return order;
  return applyDueDeadlines(startRun(order), atMs).snapshot.context.order;
}

function paramsOf(order: Order, situation: Situation, viewer: Actor, atMs: number, format: Formatters): SituationParams {
  const balances = getBalances(order);
  const opener: Opener = order.dispute === null ? 'system' : order.dispute.openedBy.role === viewer.role ? 'you' : order.dispute.openedBy.role;
  return {
    date: format.date(dateOf(order, situation)),
    cancelFrom: cancelFromOf(order, situation, atMs, format),
    lateCancellation: order.policy.lateGrace !== null,
    deliveredBefore: order.deliveredAt !== null,
    opener,
    refunded: format.amount(balances.refunded),
    paidOut: format.amount(balances.paidOut),
    revenue: format.amount(balances.revenue),
    // A decimal string is non-zero when it has a non-zero digit; no float needed to know it.
    hasRefund: /[1-9]/.test(balances.refunded),
    onExpiry: order.policy.onExpiry,
  };
}

/**
 * When the buyer may cancel alone, if still ahead: late, once the grace runs out; in progress, only
 * when a grace puts it after the delivery deadline (without one, "after the deadline" says it).
 */
function cancelFromOf(order: Order, situation: Situation, atMs: number, format: Formatters): string | undefined {
  if (situation !== 'late' && situation !== 'inProgress') return undefined;
  const opensMs = buyerCancelOpensAt(order.deliveryDeadline, order.policy.lateGrace);
  if (opensMs === null || opensMs <= atMs) return undefined;
  if (situation === 'inProgress' && opensMs === Date.parse(order.deliveryDeadline!)) return undefined;
  return format.date(new Date(opensMs).toISOString());
}

/** The instant each situation's sentence hinges on. */
function dateOf(order: Order, situation: Situation): string {
  switch (situation) {
    case 'pending':
      return deadlineOf(order, 'acceptance')!;
    case 'inProgress':
      return order.deliveryDeadline!;
    case 'late':
      return order.lateSince!;
    case 'delivered':
    case 'revisionDeclined':
      return order.reviewDeadline!;
    case 'revisionRequested':
    case 'revisionOverdue':
      return order.revisionRequest!.deadline;
    case 'disputed':
      return order.dispute!.openedAt;
    default:
      return order.history[order.history.length - 1]!.at;
  }
}

function nextDeadlineOf(order: Order, atMs: number, messages: Messages, format: Formatters): DescribedDeadline | null {
  const next = earliestDeadline(order);
  if (next === null) return null;
  const msLeft = Date.parse(next.at) - atMs;
  const text = messages.deadline(messages.deadlines[next.kind], format.date(next.at), formatTimeLeft(msLeft, messages.locale));
  return { at: next.at, kind: next.kind, msLeft, text };
}
