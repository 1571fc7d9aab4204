import { fromTransition, type TransitionSnapshot } from 'xstate';
import { type AdjacencyMap, getAdjacencyMap, type SerializedSnapshot, type TraversalOptions } from 'xstate/graph';
import { applyEvent, createOrder, type Order, type OrderEvent, type Policy, presets, type Result } from '../../src';
import { checkout } from '../support/fixtures';
import { eventsFor } from './events';
import { placementTransition, takenTransitions } from './transitions';

/**
 * The order lifecycle as a graph for `xstate/graph`: a state is an order (or the checkout before
 * it), an edge is one `applyEvent` from `eventsFor`. Orders that agree on everything the rules
 * branch on share one node (see `shapeOf`), which keeps the graph finite and small.
 *
 * The three presets open the walk, each walked in full (Fiverr's and Upwork's orders have no
 * acceptance step and no revision answer step, so their graphs differ from ComeUp's), then three
 * variants with a long acceptance window so that expiry can come first while pending, each with
 * its own cancellation-timeout and expiry outcome.
 */
export const PRESETS: readonly Policy[] = [presets.comeup, presets.fiverr, presets.upwork];
export const POLICIES: readonly Policy[] = [
  ...PRESETS,
  {
    ...presets.comeup,
    name: 'model-accept-refund',
    acceptanceWindow: 'P6M',
    onCancellationTimeout: 'accept',
    onExpiry: 'refund',
  },
  {
    ...presets.comeup,
    name: 'model-dispute-release',
    acceptanceWindow: 'P6M',
    onCancellationTimeout: 'dispute',
    onExpiry: 'release',
  },
  { ...presets.comeup, name: 'model-expire-forfeit', acceptanceWindow: 'P6M' },
];

type Checkout = { readonly type: 'checkout'; readonly policy: Policy };
export type ModelEvent = OrderEvent | Checkout;
/** The model's state: the order (null before checkout), the last step's result and the transitions it took. */
export type ModelState = {
  readonly order: Order | null;
  readonly result: Result | null;
  readonly taken: readonly string[];
};

function step(state: ModelState, event: ModelEvent): ModelState {
  if (event.type === 'checkout') {
    const result = createOrder(checkout({ policy: event.policy }));
    if (!result.ok) throw new Error(`checkout refused: ${result.error.message}`);
    return { order: result.order, result, taken: placementTransition(result.order) };
  }
  const before = state.order!;
  const result = applyEvent(before, event);
  return result.ok
    ? { order: result.order, result, taken: takenTransitions(before, event, result.order) }
    : { order: before, result, taken: [] };
}

/** The one request or offer pending, if any: the walk never opens a second one (see `isWalked`). */
function pendingOf(order: Order): string | null {
  const { cancellation, extension, refund } = order.requests;
  if (cancellation !== null) return `cancellation by ${cancellation.by.role}`;
  if (extension !== null) return 'extension';
  if (refund !== null) return 'refund';
  return order.offers.some((offer) => offer.status === 'pending') ? 'offer' : null;
}

/**
 * What the rules branch on, and nothing that grows without bound (times, amounts, ids): two
 * orders with the same shape take the same branches for the same kind of event.
 */
export function shapeOf(order: Order | null): string {
  if (order === null) return 'checkout';
  return JSON.stringify([
    order.policy.name,
    order.status,
    order.lateSince !== null,
    order.deliveredAt !== null,
    order.revisionRequest?.overdue === true,
    Math.min(order.declinedCancellations, 2),
    pendingOf(order),
    order.dispute === null ? null : [order.dispute.from, order.dispute.openedBy.role === 'system'],
  ]);
}

const OPENERS = new Set(['cancellation.request', 'extension.request', 'refund.propose', 'offer.propose']);
/** The policy variants only need the deadlines: accept, ask to cancel, deliver, and let time run; the presets get every event. */
const VARIANT_EVENTS = new Set(['order.accept', 'cancellation.request', 'order.deliver', 'clock.tick']);

/**
 * Which events the walk follows. Requests combine freely in the property tests; here one pending
 * at a time is enough to take every branch, and it keeps the graph to a few hundred orders.
 */
function isWalked(order: Order, event: OrderEvent): boolean {
  if (!PRESETS.some((preset) => preset.name === order.policy.name) && !VARIANT_EVENTS.has(event.type)) return false;
  return !OPENERS.has(event.type) || pendingOf(order) === null;
}

const logic = fromTransition(step, { order: null, result: null, taken: [] } as ModelState);
type ModelSnapshot = TransitionSnapshot<ModelState>;
type Adjacency = AdjacencyMap<ModelSnapshot, ModelEvent>;
type Outgoing = { readonly event: ModelEvent; readonly state: ModelSnapshot };

/** The edges out of one node (xstate/graph keys them by serialized event, a branded string). */
const outgoing = (adjacency: Adjacency, key: string): Outgoing[] =>
  Object.values(adjacency[key as SerializedSnapshot]!.transitions);

const serializeState = (snapshot: ModelSnapshot) => shapeOf(snapshot.context.order);
const options: TraversalOptions<ModelSnapshot, ModelEvent, undefined> = {
  serializeState,
  events: (snapshot: ModelSnapshot): ModelEvent[] => {
    const { order } = snapshot.context;
    if (order === null) return POLICIES.map((policy) => ({ type: 'checkout', policy }) as const);
    return eventsFor(order).filter((event) => isWalked(order, event));
  },
};

/** One edge of the graph: the order before, the event, and what applyEvent answered. */
export type Edge = { readonly from: Order; readonly event: OrderEvent; readonly to: ModelState };
/** The events from the checkout to a reachable order, fewest first. */
export type Path = { readonly policy: Policy; readonly events: readonly OrderEvent[]; readonly order: Order };
/** `placements` are the transitions the checkouts took: the `placed` choice, before any event. */
export type OrderGraph = {
  readonly edges: readonly Edge[];
  readonly orders: readonly Order[];
  readonly paths: readonly Path[];
  readonly placements: readonly string[];
};

let built: OrderGraph | undefined;

/**
 * Every edge, every reachable order and a shortest path to each, from one `getAdjacencyMap`
 * walk (built once per test file: it is the expensive part). The paths come from a
 * breadth-first pass over the adjacency map, as `getShortestPaths` would find them, without
 * walking the graph a second time.
 */
export function orderGraph(): OrderGraph {
  if (built !== undefined) return built;
  const adjacency = getAdjacencyMap(logic, options);
  const edges: Edge[] = [];
  const orders: Order[] = [];
  const placements: string[] = [];
  for (const [key, { state }] of Object.entries(adjacency)) {
    const from = state.context.order;
    if (from === null) {
      for (const { state: to } of outgoing(adjacency, key)) placements.push(...to.context.taken);
      continue;
    }
    orders.push(from);
    for (const { event, state: to } of outgoing(adjacency, key))
      edges.push({ from, event: event as OrderEvent, to: to.context });
  }
  built = { edges, orders, paths: pathsOf(adjacency), placements };
  return built;
}

function pathsOf(adjacency: Adjacency): Path[] {
  const start = 'checkout';
  const trail = new Map<string, readonly ModelEvent[]>([[start, []]]);
  const queue = [start];
  for (const key of queue) {
    for (const { event, state } of outgoing(adjacency, key)) {
      const next = serializeState(state);
      if (trail.has(next)) continue;
      trail.set(next, [...trail.get(key)!, event]);
      queue.push(next);
    }
  }
  return [...trail.entries()]
    .filter(([key]) => key !== start)
    .map(([key, [checkoutEvent, ...events]]) => ({
      policy: (checkoutEvent as Checkout).policy,
      events: events as OrderEvent[],
      order: adjacency[key as SerializedSnapshot]!.state.context.order!,
    }));
}
