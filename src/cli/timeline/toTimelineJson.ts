import { isFields } from '../isFields';
import type { TimelineStep } from './playOrder';

/**
 * The timeline as plain JSON for machines (`--json`): one entry per step with the event's type,
 * instant and sender as sent, how it ended, the error of a refusal, the transitions it caused,
 * and the order's status, version, next deadline, effects and balances after it.
 */
export function toTimelineJson(steps: readonly TimelineStep[]): unknown {
  const last = steps[steps.length - 1];
  return {
    order:
      last === undefined ? null : { id: last.order.id, currency: last.order.currency, policy: last.order.policy.name },
    steps: steps.map((step) => {
      const event = isFields(step.event) ? step.event : {};
      return {
        step: step.index,
        type: step.index === 0 ? 'order.placed' : (event.type ?? null),
        at: step.index === 0 ? step.order.placedAt : (event.at ?? null),
        by: step.index === 0 ? { role: 'buyer', id: step.order.buyer.id } : (event.by ?? null),
        outcome: step.outcome,
        ...(step.error === undefined ? {} : { error: step.error }),
        transitions: step.transitions.map(({ type, at, by }) => ({ type, at, by })),
        status: step.order.status,
        version: step.order.version,
        lateSince: step.order.lateSince,
        nextDeadline: step.nextDeadline,
        effects: step.effects,
        balances: step.balances,
      };
    }),
    final:
      last === undefined ? null : { status: last.order.status, version: last.order.version, balances: last.balances },
  };
}
