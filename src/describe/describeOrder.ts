import { deadlineOf } from '../deadlines';
import { isFinalStatus } from '../model/isFinalStatus';
import type { Order } from '../model/types';
import { buyerCancelOpensAt } from '../order/rules/cancel';
import { toInstant } from '../time';
import { amountsOf } from './amountsOf';
import { describeRequests, type Formatters } from './describeRequests';
import { dutiesOf, type Governing, moveOf } from './duties';
import { endingOf } from './endingOf';
import { endingParams, partyOf, settledParams } from './endingParams';
import type { Messages, RunningSituation, SituationParams } from './messages';
import { orderAsOf } from './orderAsOf';
import { readView } from './readView';
import { situationOf, TONES } from './situationOf';
import { spanOf } from './spanOf';
import type { DescribedDeadline, Description, Situation, ViewOptions, Viewpoint } from './types';

/**
 * `describeOrder`, with the texts of the locale `textsOf` picks from the checked options (one
 * fixed locale, or the `locale` option): where the order is, whose move it is, by when, and how
 * much money is at stake, as it stands at `at` (deadlines due by then applied, exactly as
 * `availableActions` sees it); once final, why it ended, who acted and where the money went. It
 * reads no clock: countdowns are computed from `at`. The order is checked first, then the viewer,
 * `at`, the locale and the time zone, in that order.
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order; `INVALID_INPUT` for a bad viewer
 * (no role, a buyer or seller without an id or with another party's id), `at`, locale or time zone.
 */
export function describeOrderIn(
  order: Order,
  options: ViewOptions,
  textsOf: (options: Readonly<Record<string, unknown>>) => Messages,
): Description {
  const view = readView(order, options, textsOf);
  const { viewer, atMs, messages, format } = view;
  const current = orderAsOf(order, atMs);
  const situation = situationOf(current);
  const viewpoint: Viewpoint = viewer.role === 'system' ? 'platform' : viewer.role;
  const requests = describeRequests(current, viewer.role, messages, format);
  const { mover, deadline } = moveOf(current, dutiesOf(current, situation, atMs), viewpoint);
  const tone = TONES[situation][viewpoint];
  const ending = isFinalStatus(current.status) ? endingOf(current) : null;
  const text =
    ending === null
      ? messages.situations[situation as RunningSituation][viewpoint](
          paramsOf(current, situation, viewpoint, atMs, format),
        )
      : `${messages.endings[ending.ending](endingParams(current, ending, viewpoint, format))} ${messages.settled[viewpoint](settledParams(current, format))}`;
  return {
    status: current.status,
    situation,
    tone: tone === 'info' && requests.awaitsViewer ? 'action' : tone,
    title: messages.titles[situation],
    move: { by: mover, text: messages.moves[mover] },
    text,
    deadline: deadline === null ? null : describeDeadline(deadline, atMs, messages, format),
    amounts: amountsOf(current, viewpoint, messages, format),
    requests: requests.texts,
    ending,
  };
}

function paramsOf(
  order: Order,
  situation: Situation,
  viewpoint: Viewpoint,
  atMs: number,
  format: Formatters,
): SituationParams {
  return {
    date: format.date(dateOf(order, situation)),
    cancelFrom: cancelFromOf(order, situation, atMs, format),
    lateCancellation: order.policy.lateGrace !== null,
    deliveredBefore: order.deliveredAt !== null,
    opener: order.dispute === null ? 'system' : partyOf(order.dispute.openedBy.role, viewpoint),
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
  return format.date(toInstant(opensMs));
}

/** The instant each running situation's sentence hinges on. */
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
    default:
      return order.dispute!.openedAt;
  }
}

function describeDeadline(
  deadline: Governing,
  atMs: number,
  messages: Messages,
  format: Formatters,
): DescribedDeadline {
  const msLeft = Date.parse(deadline.at) - atMs;
  const write = deadline.overdue ? messages.deadlineOverdue : messages.deadline;
  const text = write(messages.deadlines[deadline.kind], format.date(deadline.at), spanOf(msLeft, messages));
  return { at: deadline.at, kind: deadline.kind, msLeft, overdue: deadline.overdue, text };
}
