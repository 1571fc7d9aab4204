import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src';
import {
  isSameParty,
  refuseAnswer,
  refusePendingExtensionMissing,
  refuseSecondRequest,
  refuseWithdraw,
} from '../../../src/order/rules/requests';
import { at, BUYER, HOUR, inProgress, ms, PLATFORM, run, SELLER, t0 } from '../orders';

const when = ms(at(t0, 2 * HOUR));
const asked = (type: 'cancellation.request' | 'extension.request', by: Actor = BUYER) =>
  run(
    inProgress(),
    type === 'extension.request' ? { type, at: at(t0, HOUR), by: SELLER, days: 2 } : { type, at: at(t0, HOUR), by },
  ).order;
const proposed = (by: Actor = BUYER) =>
  run(inProgress(), { type: 'refund.propose', at: at(t0, HOUR), by, amount: '10.00' }).order;

describe('refuseSecondRequest', () => {
  it('lets a first request of each kind through', () => {
    for (const kind of ['cancellation', 'refund', 'extension'] as const) {
      expect(refuseSecondRequest(kind)({ order: inProgress(), by: BUYER, atMs: when })).toBeUndefined();
    }
  });

  // The extension's message once read "A extension request" (found while writing these tests for mutation testing).
  it.each([
    [
      'cancellation',
      () => asked('cancellation.request'),
      'A cancellation request is already pending; wait for its answer or withdraw it first.',
    ],
    [
      'refund',
      () => proposed(),
      'A partial refund proposal is already pending; wait for its answer or withdraw it first.',
    ],
    [
      'extension',
      () => asked('extension.request'),
      'An extension request is already pending; wait for its answer or withdraw it first.',
    ],
  ] as const)('refuses a second %s while one is pending', (kind, order, message) => {
    expect(refuseSecondRequest(kind)({ order: order(), by: SELLER, atMs: when })).toEqual({
      code: 'CONFLICT',
      message,
      details: { rule: `${kind}.alreadyPending` },
    });
  });
});

describe('refuseAnswer', () => {
  it('refuses an answer when nothing is pending', () => {
    expect(refuseAnswer('cancellation')({ order: inProgress(), by: SELLER, atMs: when })).toEqual({
      code: 'NOT_ALLOWED',
      message: 'There is no pending cancellation request on this order.',
      details: { rule: 'cancellation.nonePending' },
    });
    expect(refuseAnswer('refund')({ order: inProgress(), by: SELLER, atMs: when })).toEqual({
      code: 'NOT_ALLOWED',
      message: 'There is no pending partial refund proposal on this order.',
      details: { rule: 'refund.nonePending' },
    });
  });

  it('refuses the requester answering its own request', () => {
    expect(refuseAnswer('cancellation')({ order: asked('cancellation.request'), by: BUYER, atMs: when })).toEqual({
      code: 'NOT_ALLOWED',
      message: 'A party cannot answer its own cancellation request; the other party answers it.',
      details: { rule: 'cancellation.ownRequest' },
    });
    expect(refuseAnswer('refund')({ order: proposed(SELLER), by: SELLER, atMs: when })).toEqual({
      code: 'NOT_ALLOWED',
      message: 'A party cannot answer its own partial refund proposal; the other party answers it.',
      details: { rule: 'refund.ownRequest' },
    });
  });

  it('lets the other party answer', () => {
    expect(
      refuseAnswer('cancellation')({ order: asked('cancellation.request'), by: SELLER, atMs: when }),
    ).toBeUndefined();
    expect(refuseAnswer('refund')({ order: proposed(SELLER), by: BUYER, atMs: when })).toBeUndefined();
  });
});

describe('refuseWithdraw', () => {
  it('refuses a withdrawal when nothing is pending', () => {
    expect(refuseWithdraw('refund')({ order: inProgress(), by: BUYER, atMs: when })).toEqual({
      code: 'NOT_ALLOWED',
      message: 'There is no pending partial refund proposal on this order.',
      details: { rule: 'refund.nonePending' },
    });
  });

  it('refuses anyone but the requester', () => {
    expect(
      refuseWithdraw('cancellation')({ order: asked('cancellation.request', SELLER), by: BUYER, atMs: when }),
    ).toEqual({
      code: 'NOT_ALLOWED',
      message: 'Only the party that made the cancellation request can withdraw it.',
      details: { rule: 'cancellation.notRequester' },
    });
  });

  it('lets the requester withdraw', () => {
    expect(
      refuseWithdraw('cancellation')({ order: asked('cancellation.request', SELLER), by: SELLER, atMs: when }),
    ).toBeUndefined();
    expect(refuseWithdraw('refund')({ order: proposed(BUYER), by: BUYER, atMs: when })).toBeUndefined();
  });
});

describe('refusePendingExtensionMissing', () => {
  it('refuses without a pending extension request and passes with one', () => {
    expect(refusePendingExtensionMissing({ order: inProgress(), by: BUYER, atMs: when })).toEqual({
      code: 'NOT_ALLOWED',
      message: 'There is no pending extension request on this order.',
      details: { rule: 'extension.nonePending' },
    });
    expect(refusePendingExtensionMissing({ order: asked('extension.request'), by: BUYER, atMs: when })).toBeUndefined();
  });
});

describe('isSameParty', () => {
  it('compares roles only: platform agents are one party', () => {
    expect(isSameParty(BUYER, { role: 'buyer', id: 'other' })).toBe(true);
    expect(isSameParty(PLATFORM, { role: 'platform', id: 'agent-9' })).toBe(true);
    expect(isSameParty(BUYER, SELLER)).toBe(false);
  });
});
