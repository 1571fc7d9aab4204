import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { availableActions, createOrder, createOrderMachine, nextDeadline, type Policy, presets } from '../../src';
import {
  at,
  BUYER,
  checkout,
  expectError,
  expectOk,
  HOUR,
  PLATFORM,
  placed,
  refused,
  run,
  SELLER,
  SYSTEM,
  t0,
} from '../support/fixtures';
import { ev } from '../support/presetOrders';

// SPEC §9: the five behaviours a policy may switch, each field on its own, on top of ComeUp's
// rules. The worked checkout: items 40.00 + 10.00, tip 5.00, buyer fee 5 %, commission 20 %.
//   placed t0 = 03-01T10:00Z · accepted t0 + 1h · deadline 03-04T11:00Z

const acme = (fields: Partial<Policy>): Policy => ({ ...presets.comeup, ...fields, name: 'acme' });
const accepted = (policy: Policy) => run(placed({ policy }), ev('order.accept', at(t0, HOUR), SELLER)).order;
const delivered = (policy: Policy) => run(accepted(policy), ev('order.deliver', at(t0, 2 * HOUR), SELLER)).order;
const pick = (actions: ReturnType<typeof availableActions>, type: string) =>
  actions.find((action) => action.type === type);

describe('acceptanceWindow: null (no acceptance step)', () => {
  it('opens the order in progress, accepted at placedAt, with order.placed as its only history', () => {
    const result = expectOk(createOrder(checkout({ policy: acme({ acceptanceWindow: null }), deliveryDays: 2 })));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 1,
      acceptedAt: t0,
      deliveryDeadline: '2026-03-03T10:00:00.000Z',
      lateSince: null,
    });
    expect(result.order.history).toEqual([{ version: 1, type: 'order.placed', at: t0, by: BUYER }]);
    expect(result.effects.map((effect) => effect.type === 'notify' && `${effect.event} → ${effect.to}`)).toEqual([
      'order.placed → seller',
    ]);
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-03T10:00:00.000Z', kind: 'delivery' });
  });

  it('offers the seller no acceptance or decline, only the work', () => {
    const order = placed({ policy: acme({ acceptanceWindow: null }) });
    const actions = availableActions(order, { viewer: SELLER, at: at(t0, HOUR) });
    expect(pick(actions, 'order.accept')).toEqual({ type: 'order.accept', allowed: false, reason: 'NOT_ALLOWED' });
    expect(pick(actions, 'order.decline')).toEqual({ type: 'order.decline', allowed: false, reason: 'NOT_ALLOWED' });
    expect(pick(actions, 'order.deliver')).toEqual({ type: 'order.deliver', allowed: true });
  });

  it('is shown by the machine itself: the placed choice goes to work when the policy has no acceptance step', () => {
    const [started] = initialTransition(
      createOrderMachine(presets.upwork),
      checkout({ payment: { id: 'pay-1', amount: '57.50' } }),
    );
    expect(started.value).toEqual({ active: 'inProgress' });
    const [waiting] = initialTransition(createOrderMachine(), checkout());
    expect(waiting.value).toBe('pending');
  });

  it('refuses a checkout whose delivery deadline, counted from placedAt, would pass year 9999', () => {
    const error = expectError(
      createOrder(
        checkout({
          policy: acme({ acceptanceWindow: null, maxLifetime: null }),
          placedAt: '9999-12-30T00:00:00Z',
          deliveryDays: 3,
        }),
      ),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ rule: 'time.afterYear9999', path: 'placedAt' });
  });
});

describe('lateGrace: null (no late cancellation)', () => {
  const policy = acme({ lateGrace: null });

  it("refuses the buyer's own cancellation in progress, before the deadline as after it, with cancel.noLateCancellation", () => {
    const order = accepted(policy);
    refused(order, ev('order.cancel', at(t0, 2 * HOUR), BUYER), 'NOT_ALLOWED', 'cancel.noLateCancellation');
    const late = run(order, ev('clock.tick', '2026-03-04T11:00:00.000Z', SYSTEM)).order;
    expect(late.lateSince).toBe('2026-03-04T11:00:00.000Z');
    refused(late, ev('order.cancel', '2026-05-01T00:00:00.000Z', BUYER), 'NOT_ALLOWED', 'cancel.noLateCancellation');
  });

  it("answers cancel.afterDelivery first for work already delivered (SPEC §9 order of the buyer's rules)", () => {
    const reopened = run(
      delivered(policy),
      ev('revision.request', at(t0, 3 * HOUR), BUYER),
      ev('revision.accept', at(t0, 4 * HOUR), SELLER),
    ).order;
    refused(reopened, ev('order.cancel', at(t0, 5 * HOUR), BUYER), 'NOT_ALLOWED', 'cancel.afterDelivery');
  });

  it('still lets the buyer cancel a pending order, and the seller and the platform cancel in progress', () => {
    expect(run(placed({ policy }), ev('order.cancel', at(t0, HOUR), BUYER)).order.status).toBe('cancelled');
    expect(run(accepted(policy), ev('order.cancel', at(t0, 2 * HOUR), SELLER)).order.status).toBe('cancelled');
    expect(run(accepted(policy), ev('order.cancel', at(t0, 2 * HOUR), PLATFORM)).order.status).toBe('cancelled');
  });
});

describe('revisionResponse: null (no revision answer step)', () => {
  it('counts each request toward maxRevisions, and refuses the one past it', () => {
    const policy = acme({ revisionResponse: null });
    const once = run(
      placed({ policy, maxRevisions: 1 }),
      ev('order.accept', at(t0, HOUR), SELLER),
      ev('order.deliver', at(t0, 2 * HOUR), SELLER),
      ev('revision.request', at(t0, 3 * HOUR), BUYER),
    );
    expect(once.order.status).toBe('inProgress');
    expect(once.order.deliveryDeadline).toBe('2026-03-04T13:00:00.000Z');
    const again = run(once.order, ev('order.deliver', at(t0, 4 * HOUR), SELLER)).order;
    const error = refused(
      again,
      ev('revision.request', at(t0, 5 * HOUR), BUYER),
      'LIMIT_REACHED',
      'revision.limitReached',
    );
    expect(error.details).toEqual({ rule: 'revision.limitReached', limit: 1 });
  });

  it('never schedules a revision answer deadline', () => {
    const order = run(
      delivered(acme({ revisionResponse: null })),
      ev('revision.request', at(t0, 3 * HOUR), BUYER),
    ).order;
    expect(nextDeadline(order)).toEqual({ at: '2026-03-04T13:00:00.000Z', kind: 'delivery' });
  });
});

describe('sellerCancel', () => {
  const policy = acme({ sellerCancel: 'request' });

  it("'request': refuses the seller's own cancellation once accepted, in every working status, with cancel.sellerMustRequest", () => {
    refused(accepted(policy), ev('order.cancel', at(t0, 2 * HOUR), SELLER), 'NOT_ALLOWED', 'cancel.sellerMustRequest');
    refused(delivered(policy), ev('order.cancel', at(t0, 3 * HOUR), SELLER), 'NOT_ALLOWED', 'cancel.sellerMustRequest');
  });

  it("'request': still lets the seller decline or cancel a pending order, and the platform cancel at any time", () => {
    expect(run(placed({ policy }), ev('order.cancel', at(t0, HOUR), SELLER)).order.status).toBe('cancelled');
    expect(run(placed({ policy }), ev('order.decline', at(t0, HOUR), SELLER)).order.status).toBe('cancelled');
    expect(run(delivered(policy), ev('order.cancel', at(t0, 3 * HOUR), PLATFORM)).order.status).toBe('cancelled');
  });

  it("'direct': the seller cancels an accepted order alone (ComeUp)", () => {
    expect(run(delivered(presets.comeup), ev('order.cancel', at(t0, 3 * HOUR), SELLER)).order.status).toBe('cancelled');
  });
});

describe('partialRefunds', () => {
  it('refuses every proposal when proposers is empty, before CONFLICT', () => {
    const order = accepted(acme({ partialRefunds: { proposers: [], maxShare: null } }));
    const error = refused(
      order,
      ev('refund.propose', at(t0, 2 * HOUR), SELLER, { amount: '5.00' }),
      'NOT_ALLOWED',
      'refund.proposerNotAllowed',
    );
    expect(error.details).toEqual({ rule: 'refund.proposerNotAllowed', allowed: [] });
    refused(
      order,
      ev('refund.propose', at(t0, 2 * HOUR), BUYER, { amount: '5.00' }),
      'NOT_ALLOWED',
      'refund.proposerNotAllowed',
    );
  });

  it('checks the proposer before the pending proposal (CONFLICT)', () => {
    const order = run(
      accepted(acme({ partialRefunds: { proposers: ['seller'], maxShare: null } })),
      ev('refund.propose', at(t0, 2 * HOUR), SELLER, { amount: '5.00' }),
    ).order;
    refused(
      order,
      ev('refund.propose', at(t0, 3 * HOUR), BUYER, { amount: '5.00' }),
      'NOT_ALLOWED',
      'refund.proposerNotAllowed',
    );
    refused(
      order,
      ev('refund.propose', at(t0, 3 * HOUR), SELLER, { amount: '5.00' }),
      'CONFLICT',
      'refund.alreadyPending',
    );
  });

  it('compares the total with maxShare × S exactly, without rounding: 1/3 of 50.00 admits 16.66, not 16.67', () => {
    const order = accepted(acme({ partialRefunds: { proposers: ['buyer', 'seller'], maxShare: '0.3333333333' } }));
    expect(
      run(order, ev('refund.propose', at(t0, 2 * HOUR), SELLER, { amount: '16.66' })).order.requests.refund?.amount,
    ).toBe('16.66');
    const error = refused(
      order,
      ev('refund.propose', at(t0, 2 * HOUR), SELLER, { amount: '16.67' }),
      'INVALID_INPUT',
      'refund.aboveMaxShare',
    );
    expect(error.details).toEqual({
      rule: 'refund.aboveMaxShare',
      path: 'amount',
      maxShare: '0.3333333333',
      max: '16.66',
    });
  });

  it('counts the partial refunds so far toward the cap', () => {
    const policy = acme({ partialRefunds: { proposers: ['buyer', 'seller'], maxShare: '0.5' } });
    const order = run(
      accepted(policy),
      ev('refund.propose', at(t0, 2 * HOUR), BUYER, { amount: '20.00' }),
      ev('refund.accept', at(t0, 3 * HOUR), SELLER),
    ).order;
    const error = refused(
      order,
      ev('refund.propose', at(t0, 4 * HOUR), BUYER, { amount: '5.01' }),
      'INVALID_INPUT',
      'refund.aboveMaxShare',
    );
    expect(error.details).toEqual({ rule: 'refund.aboveMaxShare', path: 'amount', maxShare: '0.5', max: '5.00' });
    expect(
      run(order, ev('refund.propose', at(t0, 4 * HOUR), BUYER, { amount: '5.00' })).order.requests.refund?.amount,
    ).toBe('5.00');
  });

  it('lets the platform split a dispute past the cap: a split is its decision (SPEC §9)', () => {
    const policy = acme({ partialRefunds: { proposers: [], maxShare: '0' } });
    const result = run(
      accepted(policy),
      ev('dispute.open', at(t0, 2 * HOUR), BUYER),
      ev('dispute.resolve', at(t0, 3 * HOUR), PLATFORM, { outcome: 'split', refund: '30.00' }),
    );
    expect(result.order.status).toBe('completed');
    expect(result.order.escrow.refundedItems).toBe('30.00');
  });
});
