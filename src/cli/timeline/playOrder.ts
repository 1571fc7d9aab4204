import {
  applyEvent,
  type Balances,
  createOrder,
  type DeadlineKind,
  type Effect,
  getBalances,
  type HistoryEntry,
  nextDeadline,
  type Order,
  type OrderEvent,
  type OrderInput,
  type Result,
} from '../../index';

/** An event to play, computed from the order as it is then (the demo reads its deadlines this way). */
export type ScriptedEvent = (order: Order) => unknown;

/** How one step ended. */
export type StepOutcome = 'applied' | 'duplicate' | 'unchanged' | 'refused';

/** One line of the timeline: the checkout (step 0) or one event, and the order after it. */
export type TimelineStep = {
  readonly index: number;
  /** The event as it was sent (for step 0, the checkout's `order.placed` entry). */
  readonly event: unknown;
  readonly outcome: StepOutcome;
  readonly error?: Extract<Result, { ok: false }>['error'];
  /** The history entries this step added: the event's own and any deadline applied before it. */
  readonly transitions: readonly HistoryEntry[];
  readonly effects: readonly Effect[];
  readonly order: Order;
  readonly nextDeadline: { readonly at: string; readonly kind: DeadlineKind } | null;
  readonly balances: Balances;
};

/** The whole timeline, or the checkout's refusal. */
export type Timeline =
  | { readonly ok: true; readonly steps: readonly TimelineStep[]; readonly order: Order }
  | { readonly ok: false; readonly error: Extract<Result, { ok: false }>['error'] };

/**
 * Plays an order: `createOrder(input)`, then every event through `applyEvent`, recording after
 * each step what changed, the effects, the next deadline and the balances. A refused event is
 * recorded with its error and the order goes on unchanged, as a host would keep its stored order.
 */
export function playOrder(input: unknown, events: readonly ScriptedEvent[]): Timeline {
  const created = createOrder(input as OrderInput);
  if (!created.ok) return { ok: false, error: created.error };
  let order = created.order;
  const steps: TimelineStep[] = [snapshot(0, order.history[0], created, order, [])];
  for (const [index, script] of events.entries()) {
    const event = script(order);
    const result = applyEvent(order, event as OrderEvent);
    if (!result.ok) {
      steps.push({ ...snapshot(index + 1, event, result, order, []), outcome: 'refused', error: result.error });
      continue;
    }
    const added = result.order.history.slice(order.history.length);
    order = result.order;
    steps.push(snapshot(index + 1, event, result, order, added));
  }
  return { ok: true, steps, order };
}

function snapshot(
  index: number,
  event: unknown,
  result: Result,
  order: Order,
  added: readonly HistoryEntry[],
): TimelineStep {
  const outcome: StepOutcome = !result.ok
    ? 'refused'
    : result.duplicate === true
      ? 'duplicate'
      : index > 0 && added.length === 0
        ? 'unchanged'
        : 'applied';
  return {
    index,
    event,
    outcome,
    transitions: index === 0 ? order.history : added,
    effects: result.ok ? result.effects : [],
    order,
    nextDeadline: nextDeadline(order),
    balances: getBalances(order),
  };
}
