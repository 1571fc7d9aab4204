import { describe, expect, it } from 'vitest';
import { createOrder, nextDeadline, type Policy, presets } from '../../src';
import { at, BUYER, checkout, DAY, ev, expectOk, HOUR, placed, run, SELLER, SYSTEM, t0 } from '../support/fixtures';

// SPEC §9: every rule that varies between marketplaces is data in the order's policy.
//   placed t0 = 03-01T10:00Z · accepted t0 + 1h · deadline 03-04T11:00Z

const acme = (fields: Partial<Policy>): Policy => ({ ...presets.comeup, ...fields, name: 'acme' });
const accepted = (policy: Policy) => run(placed({ policy }), ev('order.accept', at(t0, HOUR), SELLER)).order;
const delivered = (policy: Policy) => run(accepted(policy), ev('order.deliver', at(t0, 2 * HOUR), SELLER)).order;

/** Buyer cancellation requests, each declined by the seller. */
function declineRequests(policy: Policy, count: number) {
  let order = accepted(policy);
  const results = [];
  for (const hours of [3, 5].slice(0, count)) {
    order = run(order, ev('cancellation.request', at(t0, hours * HOUR), BUYER)).order;
    const result = run(order, ev('cancellation.decline', at(t0, (hours + 1) * HOUR), SELLER));
    results.push(result);
    order = result.order;
  }
  return results;
}

describe('policy fields', () => {
  it('opens no automatic dispute when autoDisputeAfterDeclinedCancellations is null', () => {
    const [, second] = declineRequests(acme({ autoDisputeAfterDeclinedCancellations: null }), 2);
    expect(second!.order.status).toBe('inProgress');
    expect(second!.order.declinedCancellations).toBe(2);
    expect(second!.effects.map((effect) => effect.type === 'notify' && effect.event)).toEqual([
      'cancellation.declined',
    ]);
  });

  it('opens the automatic dispute at the first decline when autoDisputeAfterDeclinedCancellations is 1', () => {
    const [first] = declineRequests(acme({ autoDisputeAfterDeclinedCancellations: 1 }), 1);
    expect(first!.order.status).toBe('disputed');
    expect(first!.order.dispute).toEqual({
      openedBy: { role: 'system' },
      openedAt: '2026-03-01T14:00:00.000Z',
      from: 'inProgress',
    });
    expect(first!.order.history.slice(-2)).toEqual([
      { version: 4, type: 'cancellation.decline', at: '2026-03-01T14:00:00.000Z', by: SELLER },
      { version: 4, type: 'dispute.open', at: '2026-03-01T14:00:00.000Z', by: SYSTEM },
    ]);
  });

  it("counts only the buyer's declined requests toward the automatic dispute (ComeUp support-en 1465)", () => {
    let order = accepted(presets.comeup);
    for (const hours of [3, 5]) {
      order = run(
        order,
        ev('cancellation.request', at(t0, hours * HOUR), SELLER),
        ev('cancellation.decline', at(t0, (hours + 1) * HOUR), BUYER),
      ).order;
    }
    expect(order.status).toBe('inProgress');
    expect(order.declinedCancellations).toBe(0);
  });

  it("uses the order's own review window: P3D completes three days after delivery", () => {
    const order = delivered(acme({ reviewWindow: 'P3D' }));
    expect(nextDeadline(order)).toEqual({ at: '2026-03-04T12:00:00.000Z', kind: 'review' });
    expect(run(order, ev('clock.tick', '2026-03-04T12:00:00.000Z', SYSTEM)).order.status).toBe('completed');
  });

  it('gives the buyer reviewWindowAfterRevisionDecline after a declined revision', () => {
    const order = run(
      delivered(acme({ reviewWindowAfterRevisionDecline: 'P2D' })),
      ev('revision.request', at(t0, 3 * HOUR), BUYER),
      ev('revision.decline', at(t0, 4 * HOUR), SELLER),
    ).order;
    expect(order.reviewDeadline).toBe('2026-03-03T14:00:00.000Z');
  });

  it('times the answers with their own windows', () => {
    const policy = acme({ cancellationResponse: 'PT24H', extensionResponse: 'PT12H', revisionResponse: 'PT6H' });
    const cancellation = run(accepted(policy), ev('cancellation.request', at(t0, 2 * HOUR), BUYER)).order;
    const extension = run(accepted(policy), ev('extension.request', at(t0, 2 * HOUR), SELLER, { days: 1 })).order;
    const revision = run(delivered(policy), ev('revision.request', at(t0, 3 * HOUR), BUYER)).order;
    expect(cancellation.requests.cancellation?.deadline).toBe('2026-03-02T12:00:00.000Z');
    expect(extension.requests.extension?.deadline).toBe('2026-03-02T00:00:00.000Z');
    expect(revision.revisionRequest?.deadline).toBe('2026-03-01T19:00:00.000Z');
  });

  it('cancels a pending order at the end of a custom acceptance window', () => {
    const order = placed({ policy: acme({ acceptanceWindow: 'PT24H' }) });
    expect(nextDeadline(order)).toEqual({ at: '2026-03-02T10:00:00.000Z', kind: 'acceptance' });
    expect(run(order, ev('clock.tick', at(t0, DAY), SYSTEM)).order.status).toBe('cancelled');
  });

  it('keeps the policy the order was opened with when the caller changes its object later', () => {
    const policy = { ...presets.comeup, name: 'mutable' } as { -readonly [K in keyof Policy]: Policy[K] };
    const order = expectOk(createOrder(checkout({ policy }))).order;
    policy.reviewWindow = 'P1D';
    expect(order.policy.reviewWindow).toBe('P7D');
    expect(order.policy).not.toBe(policy);
  });
});
