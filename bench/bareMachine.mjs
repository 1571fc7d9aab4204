// The baseline: what a team would write without sequestre. An XState v5 machine with the same
// states and the same event types in each as sequestre's, trivial guards (the sender's role and
// id) and one `assign` per event over a context the size of a sequestre order (the same JSON:
// status, version, a history entry, the deadline fields the event sets). It restores with
// `resolveState`, steps with `transition` and persists `{ value, context }` as JSON.
//
// What it leaves out, and sequestre does: validating the event and the stored order, idempotency
// keys, time order, deadlines due before the event, the escrow ledger and its conservation
// checks, effects with idempotency keys, refusal codes and messages.

import { assign, setup, transition } from 'xstate';

const DAY = 86_400_000;
const after = (instant, days) => new Date(Date.parse(instant) + days * DAY).toISOString();

const isSentBy = ({ context, event }, params) =>
  event.by.role === params.role && event.by.id === context[params.role].id;

/** The change every accepted event makes: a version, a status, a history entry, some fields. */
const record = (status, fields = () => ({})) =>
  assign(({ context, event }) => ({
    ...context,
    ...fields(context, event),
    status,
    version: context.version + 1,
    history: [...context.history, { version: context.version + 1, type: event.type, at: event.at, by: event.by }],
  }));

const byBuyer = { type: 'isSentBy', params: { role: 'buyer' } };
const bySeller = { type: 'isSentBy', params: { role: 'seller' } };

/** Events the baseline accepts in a state without changing it: a history entry and a version. */
const stay = (types, guard) =>
  Object.fromEntries(
    types.map((type) => [type, guard === undefined ? { actions: 'note' } : { guard, actions: 'note' }]),
  );

export const bareMachine = setup({
  guards: { isSentBy },
  actions: {
    note: assign(({ context, event }) => ({
      ...context,
      version: context.version + 1,
      history: [...context.history, { version: context.version + 1, type: event.type, at: event.at, by: event.by }],
    })),
    accept: record('inProgress', (order, event) => ({
      acceptedAt: event.at,
      deliveryDeadline: after(event.at, order.deliveryDays),
    })),
    deliver: record('delivered', (_order, event) => ({ deliveredAt: event.at, reviewDeadline: after(event.at, 7) })),
    requestRevision: record('revisionRequested', (_order, event) => ({
      revisionRequest: { deadline: after(event.at, 2), overdue: false },
    })),
    acceptRevision: record('inProgress', (order, event) => ({
      revisionRequest: null,
      reviewDeadline: null,
      deliveryDeadline: after(event.at, order.revisionDays),
      revisions: { ...order.revisions, accepted: order.revisions.accepted + 1 },
    })),
    declineRevision: record('delivered', (_order, event) => ({
      revisionRequest: null,
      reviewDeadline: after(event.at, 7),
    })),
    complete: record('completed', () => ({ reviewDeadline: null })),
    cancel: record('cancelled'),
    expire: record('expired'),
    dispute: record('disputed', (order, event) => ({
      dispute: { openedBy: event.by, openedAt: event.at, from: order.status },
    })),
    resume: record('inProgress', () => ({ dispute: null })),
  },
}).createMachine({
  // The same states and the same event types in each as sequestre's machine (src/order/machine.ts).
  id: 'order',
  initial: 'pending',
  states: {
    pending: {
      on: {
        'order.accept': { guard: bySeller, target: 'active.inProgress', actions: 'accept' },
        'order.decline': { guard: bySeller, target: 'cancelled', actions: 'cancel' },
        'order.cancel': { target: 'cancelled', actions: 'cancel' },
        'deadline.acceptance': { target: 'cancelled', actions: 'cancel' },
        'deadline.expiry': { target: 'expired', actions: 'expire' },
        ...stay(['option.add'], byBuyer),
      },
    },
    active: {
      initial: 'inProgress',
      on: {
        'order.cancel': { target: 'cancelled', actions: 'cancel' },
        'cancellation.accept': { target: 'cancelled', actions: 'cancel' },
        'dispute.open': { target: 'disputed', actions: 'dispute' },
        'deadline.expiry': { target: 'expired', actions: 'expire' },
        ...stay([
          'cancellation.request',
          'cancellation.decline',
          'cancellation.withdraw',
          'offer.decline',
          'offer.withdraw',
        ]),
        ...stay([
          'refund.propose',
          'refund.accept',
          'refund.decline',
          'refund.withdraw',
          'deadline.cancellationResponse',
        ]),
      },
      states: {
        inProgress: {
          on: {
            'order.deliver': { guard: bySeller, target: 'delivered', actions: 'deliver' },
            ...stay(['extension.request', 'offer.propose'], bySeller),
            ...stay(['extension.accept', 'extension.decline', 'option.add', 'offer.accept'], byBuyer),
            ...stay(['extension.withdraw', 'deadline.delivery', 'deadline.extensionResponse']),
          },
        },
        delivered: {
          on: {
            'order.complete': { guard: byBuyer, target: '#order.completed', actions: 'complete' },
            'revision.request': { guard: byBuyer, target: 'revisionRequested', actions: 'requestRevision' },
            'deadline.review': { target: '#order.completed', actions: 'complete' },
            ...stay(['option.add', 'offer.accept'], byBuyer),
            ...stay(['offer.propose'], bySeller),
          },
        },
        revisionRequested: {
          on: {
            'revision.accept': { guard: bySeller, target: 'inProgress', actions: 'acceptRevision' },
            'revision.decline': { guard: bySeller, target: 'delivered', actions: 'declineRevision' },
            ...stay(['deadline.revisionResponse']),
          },
        },
      },
    },
    disputed: {
      on: {
        'order.cancel': { target: 'cancelled', actions: 'cancel' },
        'dispute.withdraw': { target: 'active.inProgress', actions: 'resume' },
        'dispute.resolve': { target: 'completed', actions: 'complete' },
      },
    },
    completed: { type: 'final' },
    cancelled: { type: 'final' },
    expired: { type: 'final' },
  },
});

/** The stored form of a new order: the state value and the context, as JSON. */
export function persistBare(order) {
  return JSON.stringify({ value: 'pending', context: order });
}

/** One event the bare way: JSON → resolveState → transition → JSON. */
export function applyBare(stored, event) {
  const { value, context } = JSON.parse(stored);
  const [next] = transition(bareMachine, bareMachine.resolveState({ value, context }), event);
  return JSON.stringify({ value: next.value, context: next.context });
}
