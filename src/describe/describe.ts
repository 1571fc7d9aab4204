import { parseActor } from '../parse/parseEvent';
import { refuseUnusableOrder } from '../parse/checkOrder';
import { refuseParty } from '../engine/refuseSender';
import { applyDueDeadlines, startRun } from '../engine/runMachine';
import { SequestreError, toError } from '../errors';
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
import { MESSAGES } from './locales';
import { readTextOptions } from './readTextOptions';
import { situationOf, TONES } from './situationOf';
import type { DescribedDeadline, Description, Locale, Opener, Situation, SituationParams } from './types';

/** What `describe` needs besides the order. */
export type DescribeOptions = { readonly viewer: Actor; readonly at: string; readonly locale: Locale; readonly timeZone?: string };

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
 * describe(order, { viewer: { role: 'buyer', id: 'b-1' }, at: now, locale: 'fr', timeZone: 'Europe/Paris' })
 * // → { status: 'delivered', title: 'Livrée', tone: 'action', text: 'Le vendeur a livré : …', deadline: { kind: 'review', … }, … }
 */
export function describe(order: Order, options: DescribeOptions): Description {
  const unusable = refuseUnusableOrder(order);
  if (unusable !== undefined) throw toError(unusable);
  const checked = readObject(options, 'options');
  const viewer = parseActor(checked.viewer, 'viewer');
  const atMs = parseInstant(checked.at, 'at');
  const { locale, timeZone } = readTextOptions({ locale: checked.locale, timeZone: checked.timeZone });
  if (refuseParty(order, viewer) !== undefined) {
    const message = `The viewer "${viewer.id}" is not the ${viewer.role} of order ${order.id}; describe an order only to its buyer, its seller or the platform.`;
    throw new SequestreError('INVALID_INPUT', message, { path: 'viewer.id', rule: 'viewer.party' });
  }

  const current = orderAt(order, atMs);
  const messages = MESSAGES[locale];
  const writeDate = dateWriter(locale, timeZone, atMs);
  const format: Formatters = {
    date: (instant) => writeDate(Date.parse(instant)),
    amount: amountWriter(current.currency, digitsOf(current.currency), locale),
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
    deadline: nextDeadlineOf(current, atMs, locale, format),
    requests: requests.texts,
  };
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
  const cancelFromMs = situation === 'late' ? buyerCancelOpensAt(order.deliveryDeadline, order.policy.lateGrace) : atMs;
  return {
    date: format.date(dateOf(order, situation)),
    cancelFrom: cancelFromMs > atMs ? format.date(new Date(cancelFromMs).toISOString()) : undefined,
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

function nextDeadlineOf(order: Order, atMs: number, locale: Locale, format: Formatters): DescribedDeadline | null {
  const next = earliestDeadline(order);
  if (next === null) return null;
  const msLeft = Date.parse(next.at) - atMs;
  const text = MESSAGES[locale].deadline(MESSAGES[locale].deadlines[next.kind], format.date(next.at), formatTimeLeft(msLeft, locale));
  return { at: next.at, kind: next.kind, msLeft, text };
}
