import { assert, type Refusal, refuse, statusRefuses } from '../errors';
import type { Order, OrderEvent } from '../model/types';
import { EVENT_TYPES, type OrderEventType, type OrderStatus, STATUSES } from '../model/vocabulary';
import { type GuardName, MISS, RULES, type Verdict } from '../order/rules';
import type { Attempt } from '../order/rules/context';
import { lineageOf } from './statusNodes';

/**
 * Why an event is refused, read from the machine itself (SPEC §2: the error code comes from the
 * same named rules the guards use). For a status and an event type, the machine considers its
 * transitions in a fixed order: those of the status's own node, then its ancestors'. The event
 * goes through if one of them is unguarded or its rule passes; otherwise the first refusal among
 * them is the reason (a rule that answers `MISS` says that transition is not the one for this
 * event, and is skipped); with none at all, the status does not take the event. `applyEvent`
 * asks with the event's payload, `availableActions` without it ("could some payload pass?"):
 * one path for both.
 */

/**
 * A transition as the explanation needs it: the rule of its guard (`null` when unguarded,
 * `undefined` when the guard is not one named guard) and the guard's parameters.
 */
type Candidate = { readonly rule: GuardName | null | undefined; readonly params: unknown };

/** For each status and public event type, the candidate transitions, read once from the machine. */
const CANDIDATES: ReadonlyMap<OrderStatus, ReadonlyMap<OrderEventType, readonly Candidate[]>> = new Map(
  STATUSES.map((status) => {
    const lineage = lineageOf(status);
    return [
      status,
      new Map(EVENT_TYPES.map((type) => [type, lineage.flatMap((node) => (node.on[type] ?? []).map(candidateOf))])),
    ];
  }),
);

/**
 * A transition's guard as the machine declares it: a guard's name, or `{ type, params }`. Events
 * a party sends are guarded by one named guard each (`test/engine/verdicts.test.ts` checks it);
 * a combined or inline guard here would have no rule to explain it, so it is kept as `undefined`
 * and reported as a bug if it is ever asked.
 */
function candidateOf(transition: { readonly guard?: unknown }): Candidate {
  const { guard } = transition;
  if (guard === undefined) return { rule: null, params: undefined };
  const named =
    typeof guard === 'string' ? { type: guard, params: undefined } : (guard as { type?: unknown; params?: unknown });
  // Stryker disable next-line ConditionalExpression,LogicalOperator: Object.hasOwn finds no rule under any other key.
  const known = typeof named.type === 'string' && Object.hasOwn(RULES, named.type);
  return { rule: known ? (named.type as GuardName) : undefined, params: named.params };
}

/** The candidate transitions of a status for a public event type. */
export function candidatesFor(status: OrderStatus, type: OrderEventType): readonly Candidate[] {
  return CANDIDATES.get(status)!.get(type)!;
}

/** Why the machine refuses this event in this order's status, or `undefined` if it takes it. */
export function refusalOf(order: Order, event: OrderEvent): Refusal | undefined {
  return decide(order.status, event.type, (rule, params) =>
    (RULES[rule].check as (o: Order, e: OrderEvent, p: unknown) => Verdict)(order, event, params),
  );
}

/** Why no event of this type from this sender could pass now, or `undefined` if some payload could. */
export function refusalOfAny(attempt: Attempt, type: OrderEventType): Refusal | undefined {
  return decide(attempt.order.status, type, (rule, params) =>
    (RULES[rule].checkAny as (a: Attempt, p: unknown) => Verdict)(attempt, params),
  );
}

function decide(
  status: OrderStatus,
  type: OrderEventType,
  judge: (rule: GuardName, params: unknown) => Verdict,
): Refusal | undefined {
  let first: Refusal | undefined;
  for (const { rule, params } of candidatesFor(status, type)) {
    if (rule === null) return undefined;
    // Every guard of the machine has a rule (test/engine/verdicts.test.ts): this guards against a future one.
    // Stryker disable next-line all: equivalent, as said above
    assert(rule !== undefined, () => `a transition for ${type} in ${status} has a guard with no rule to explain it`);
    const verdict = judge(rule, params);
    if (verdict === undefined) return undefined;
    // Where one type has several transitions, each starts with the same checks, so their refusals are
    // equal and one of them applies: which refusal is kept, and whether a miss is, cannot be seen.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as said above
    if (verdict !== MISS && first === undefined) first = verdict;
  }
  return first ?? notInStatus(status, type);
}

/**
 * `NOT_ALLOWED` when the status has no transition for the type, prepared once per pair (a
 * dashboard asks for every type of every order) and frozen, since every caller shares it.
 */
const NOT_IN_STATUS: ReadonlyMap<OrderStatus, ReadonlyMap<OrderEventType, Refusal>> = new Map(
  STATUSES.map((status) => [
    status,
    new Map(
      EVENT_TYPES.map((type) => {
        const { code, message, details } = refuse('NOT_ALLOWED', statusRefuses, { status }, type);
        return [type, Object.freeze({ code, message, details: Object.freeze(details) })] as const;
      }),
    ),
  ]),
);

function notInStatus(status: OrderStatus, type: OrderEventType): Refusal {
  return NOT_IN_STATUS.get(status)!.get(type)!;
}
