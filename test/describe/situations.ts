import type { Order } from '../../src';
import type { Situation } from '../../src/entries/describe';
import { at, BUYER, DAY, HOUR, placed, run, SELLER, t0 } from '../support/fixtures';

/** An order in a given situation and the instant to describe it at. */
export type Scene = { readonly order: Order; readonly at: string };

const accepted = () => run(placed(), { type: 'order.accept', at: t0, by: SELLER }).order;
const delivered = () => run(accepted(), { type: 'order.deliver', at: at(t0, DAY), by: SELLER }).order;
const revisionAsked = () => run(delivered(), { type: 'revision.request', at: at(t0, 2 * DAY), by: BUYER }).order;

/**
 * One scene per situation, on the worked checkout (placed at t0 = 2026-03-01T10:00Z, 3 delivery
 * days). Late, overdue and expired scenes are described after their deadline, before any tick.
 */
export const SCENES: Readonly<Record<Situation, () => Scene>> = {
  pending: () => ({ order: placed(), at: t0 }),
  inProgress: () => ({ order: accepted(), at: at(t0, DAY) }),
  late: () => ({ order: accepted(), at: at(t0, 3 * DAY + HOUR) }),
  delivered: () => ({ order: delivered(), at: at(t0, 2 * DAY) }),
  revisionDeclined: () => ({
    order: run(revisionAsked(), { type: 'revision.decline', at: at(t0, 3 * DAY), by: SELLER }).order,
    at: at(t0, 3 * DAY),
  }),
  revisionRequested: () => ({ order: revisionAsked(), at: at(t0, 2 * DAY) }),
  revisionOverdue: () => ({ order: revisionAsked(), at: at(t0, 5 * DAY) }),
  disputed: () => ({
    order: run(accepted(), { type: 'dispute.open', at: at(t0, DAY), by: BUYER }).order,
    at: at(t0, 2 * DAY),
  }),
  completed: () => ({
    order: run(delivered(), { type: 'order.complete', at: at(t0, 2 * DAY), by: BUYER }).order,
    at: at(t0, 2 * DAY),
  }),
  cancelled: () => ({ order: run(placed(), { type: 'order.decline', at: t0, by: SELLER }).order, at: at(t0, HOUR) }),
  expired: () => ({ order: accepted(), at: '2026-08-02T10:00:00.000Z' }),
};
