import { type Order, presets } from '../../src';
import type { Ending } from '../../src/entries/describe';
import { at, BUYER, DAY, HOUR, PLATFORM, placed, run, SELLER, t0 } from '../support/fixtures';
import type { Scene } from './situations';

const accepted = (order: Order = placed()) => run(order, { type: 'order.accept', at: t0, by: SELLER }).order;
const delivered = () => run(accepted(), { type: 'order.deliver', at: at(t0, DAY), by: SELLER }).order;
const disputed = () => run(accepted(), { type: 'dispute.open', at: at(t0, DAY), by: BUYER }).order;
const when = at(t0, 2 * DAY);

/**
 * One final order per way of ending, on the worked checkout (placed at t0 = 2026-03-01T10:00Z,
 * 57.50 paid: 45.00 for the seller and 12.50 for the platform on completion). Scenes that end by a
 * deadline are described after it, before any tick, as a screen would show them.
 */
export const ENDINGS: Readonly<Record<Ending, () => Scene>> = {
  declined: () => ({ order: run(placed(), { type: 'order.decline', at: t0, by: SELLER }).order, at: at(t0, HOUR) }),
  notAccepted: () => ({ order: placed(), at: at(t0, 49 * HOUR) }),
  cancelled: () => ({ order: run(accepted(), { type: 'order.cancel', at: at(t0, DAY), by: SELLER }).order, at: when }),
  cancelledLate: () => ({
    order: run(accepted(), { type: 'order.cancel', at: at(t0, 3 * DAY + HOUR), by: BUYER }).order,
    at: at(t0, 4 * DAY),
  }),
  cancelledByAgreement: () => ({
    order: run(
      accepted(),
      { type: 'cancellation.request', at: at(t0, DAY), by: BUYER },
      { type: 'cancellation.accept', at: at(t0, DAY + HOUR), by: SELLER },
    ).order,
    at: when,
  }),
  cancellationUnanswered: () => ({
    order: run(accepted(placed({ policy: { ...presets.comeup, name: 'acme', onCancellationTimeout: 'accept' } })), {
      type: 'cancellation.request',
      at: at(t0, HOUR),
      by: SELLER,
    }).order,
    at: at(t0, 50 * HOUR),
  }),
  refundedByDecision: () => ({
    order: run(disputed(), { type: 'dispute.resolve', at: when, by: PLATFORM, outcome: 'refund' }).order,
    at: when,
  }),
  releasedByDecision: () => ({
    order: run(disputed(), { type: 'dispute.resolve', at: when, by: PLATFORM, outcome: 'release' }).order,
    at: when,
  }),
  splitByDecision: () => ({
    order: run(disputed(), { type: 'dispute.resolve', at: when, by: PLATFORM, outcome: 'split', refund: '20.00' })
      .order,
    at: when,
  }),
  completed: () => ({ order: run(delivered(), { type: 'order.complete', at: when, by: BUYER }).order, at: when }),
  completedAutomatically: () => ({ order: delivered(), at: at(t0, 9 * DAY) }),
  expired: () => ({ order: accepted(), at: '2026-08-02T10:00:00.000Z' }),
};
