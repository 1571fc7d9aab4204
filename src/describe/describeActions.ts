import { info } from '../api/availableActions';
import { type ActionVerdict, actionVerdicts } from '../engine/actionVerdicts';
import { isFinalStatus } from '../model/isFinalStatus';
import type { Order, OrderEventType, OrderStatus } from '../model/types';
import { STATUSES } from '../model/vocabulary';
import { consequenceParams } from './consequences';
import type { Messages } from './messages';
import { orderAsOf } from './orderAsOf';
import { readView, type View } from './readView';
import { factsOf, isApplicable, percentOf, reasonOf } from './reasonOf';
import { situationOf } from './situationOf';
import type { Emphasis, PresentedAction, Situation, ViewOptions, Viewpoint } from './types';

/**
 * The step each situation asks of one party first (SPEC §5; ComeUp support-fr 1729, 1734, 1735,
 * 1741, 1744): the seller accepts, delivers, answers a revision; the buyer completes a delivery;
 * the platform decides a dispute. A policy without an acceptance step or a revision answer
 * (SPEC §9) never reaches `pending` or `revisionRequested`, so it is never offered those steps.
 */
const PRIMARY: Readonly<Record<Situation, Partial<Record<Viewpoint, OrderEventType>>>> = {
  pending: { seller: 'order.accept' },
  inProgress: { seller: 'order.deliver' },
  late: { seller: 'order.deliver' },
  delivered: { buyer: 'order.complete' },
  revisionDeclined: { buyer: 'order.complete' },
  revisionRequested: { seller: 'revision.accept' },
  revisionOverdue: { seller: 'revision.accept' },
  disputed: { platform: 'dispute.resolve' },
  completed: {},
  cancelled: {},
  expired: {},
};

/** Actions that end the order with a refund or freeze it: shown apart, never first (issue 13). */
const CONSEQUENTIAL: ReadonlySet<OrderEventType> = new Set<OrderEventType>([
  'order.decline',
  'order.cancel',
  'cancellation.request',
  'cancellation.accept',
  'dispute.open',
]);

const RANK: Readonly<Record<Emphasis, number>> = { primary: 0, secondary: 1, consequential: 2 };

/**
 * `describeActions` in one locale: the actions a person can choose between, as `availableActions`
 * finds them at `at`, with a label, an emphasis, one line on what each does (the dates it sets
 * and the money it moves) and, for one that something stands in the way of, why in words. An
 * action that does not apply now (another status, nothing to answer, someone else's request) is
 * left out; nothing at all is offered on a final order. The primary action comes first, then the
 * secondary ones, then the consequential ones; within each, allowed before refused, then in
 * SPEC's table order.
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order; `INVALID_INPUT` for a bad viewer, `at`, locale or time zone.
 */
export function describeActionsIn(
  order: Order,
  options: ViewOptions,
  textsOf: (options: Readonly<Record<string, unknown>>) => Messages,
): PresentedAction[] {
  const view = readView(order, options, textsOf);
  const current = orderAsOf(order, view.atMs);
  if (isFinalStatus(current.status)) return [];
  const viewpoint: Viewpoint = view.viewer.role === 'system' ? 'platform' : view.viewer.role;
  const primary = PRIMARY[situationOf(current)][viewpoint];
  const emphasisOf = (type: OrderEventType): Emphasis =>
    type === primary ? 'primary' : CONSEQUENTIAL.has(type) ? 'consequential' : 'secondary';
  return verdictsOf(order, view)
    .filter((verdict) => verdict.refusal === undefined || isApplicable(verdict.refusal.details?.rule))
    .map((verdict) => present(verdict, current, view, emphasisOf(verdict.type)))
    .map((action, index) => ({ action, index }))
    .sort(
      (a, b) =>
        RANK[a.action.emphasis] - RANK[b.action.emphasis] ||
        Number(b.action.allowed) - Number(a.action.allowed) ||
        a.index - b.index,
    )
    .map(({ action }) => action);
}

/**
 * The verdicts at the described instant. Before the order's last change (a screen whose clock
 * lags), every action is `OUT_OF_ORDER`; which ones to show is then read at the last change, so
 * that the list is the order's own, each refused for the stale instant.
 */
function verdictsOf(order: Order, view: View): ActionVerdict[] {
  const verdicts = actionVerdicts(order, view.viewer, view.atMs);
  const stale = verdicts.find((verdict) => verdict.refusal?.code === 'OUT_OF_ORDER')?.refusal;
  if (stale === undefined) return verdicts;
  const lastChangeMs = Date.parse(order.history[order.history.length - 1]!.at);
  return actionVerdicts(order, view.viewer, lastChangeMs)
    .filter((verdict) => verdict.refusal === undefined || isApplicable(verdict.refusal.details?.rule))
    .map(({ type }) => ({ type, refusal: stale }));
}

function present({ type, refusal }: ActionVerdict, order: Order, view: View, emphasis: Emphasis): PresentedAction {
  const { messages, format } = view;
  const label = messages.actions[type];
  const consequence = messages.consequences[type](
    consequenceParams(type, order, view.viewer, view.atMs, messages, format),
  );
  if (refusal === undefined) return { type, allowed: true, label, emphasis, consequence };
  const facts = factsOf(refusal.details);
  const reason = reasonOf(refusal.code, facts.rule);
  const why =
    reason === undefined
      ? messages.cannot(lowerFirst(label), messages.errors[refusal.code])
      : messages.reasons[reason]({
          from: facts.from === undefined ? undefined : format.date(facts.from),
          limit: facts.limit,
          status: isStatus(facts.status) ? messages.titles[facts.status] : undefined,
          below: facts.below === undefined ? undefined : format.amount(facts.below),
          max: facts.max === undefined ? undefined : format.amount(facts.max),
          share: percentOf(facts.maxShare),
        });
  const line = info(type, refusal);
  const rule = refusal.details?.rule;
  return { ...line, ...(rule === undefined ? {} : { rule }), label, emphasis, consequence, why };
}

function isStatus(value: string | undefined): value is OrderStatus {
  return (STATUSES as readonly (string | undefined)[]).includes(value);
}

export function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
