import { describe, expect, it } from 'vitest';
import type { Actor, Order, OrderEvent } from '../../../src';
import { MISS, RULES } from '../../../src/order/rules';
import { EVENT_TYPES, isSenderOf, SENDERS } from '../../../src/order/rules/roles';
import { at, BUYER, delivered, disputed, HOUR, inProgress, ms, PLATFORM, run, SELLER, t0 } from '../orders';

// The rules behind the machine's guards, one per guard name: each answers `undefined` (pass), a
// refusal (why not) or MISS (not this transition), with the event (`check`) or without it (`checkAny`).

const AT = at(t0, 2 * HOUR);
const attempt = (order: Order = inProgress(), by: Actor = BUYER) => ({ order, by, atMs: ms(AT) });
const event = (type: OrderEvent['type'], by: Actor, payload: object = {}) =>
  ({ type, at: AT, by, ...payload }) as OrderEvent;

describe('RULES', () => {
  it('reads `at` from the event for the time-guarded rule isCancellationAllowed', () => {
    const order = inProgress();
    const late = at(t0, 3 * 24 * HOUR); // the delivery deadline, grace PT0S
    expect(
      RULES.isCancellationAllowed.check(order, { type: 'order.cancel', at: late, by: BUYER }, undefined),
    ).toBeUndefined();
    expect(RULES.isCancellationAllowed.check(order, event('order.cancel', BUYER), undefined)).toMatchObject({
      code: 'TOO_EARLY',
    });
  });

  describe('isRefundProposalValid', () => {
    const rule = RULES.isRefundProposalValid;
    const propose = (amount: string) => event('refund.propose', SELLER, { amount });

    it('refuses a second proposal before looking at the amount', () => {
      const pending = run(inProgress(), propose('10.00')).order;
      expect(rule.check(pending, propose('10.00'), undefined)).toMatchObject({
        code: 'CONFLICT',
        details: { rule: 'refund.alreadyPending' },
      });
      expect(rule.checkAny(attempt(pending), undefined)).toMatchObject({ code: 'CONFLICT' });
    });

    it('checks the amount of a first proposal', () => {
      expect(rule.check(inProgress(), propose('10.00'), undefined)).toBeUndefined();
      expect(rule.check(inProgress(), propose('50.00'), undefined)).toMatchObject({
        code: 'INVALID_INPUT',
        details: { rule: 'refund.outOfRange', path: 'amount' },
      });
    });

    it('is available while a minor unit can still be refunded', () => {
      expect(rule.checkAny(attempt(), undefined)).toBeUndefined();
      const drained = run(inProgress(), propose('49.99'), event('refund.accept', BUYER)).order;
      expect(rule.checkAny(attempt(drained), undefined)).toMatchObject({
        code: 'INVALID_INPUT',
        details: { rule: 'refund.outOfRange' },
      });
    });
  });

  describe('isResolvedAs', () => {
    const resolve = (outcome: 'refund' | 'release' | 'split' | 'restart', refund?: string) =>
      event('dispute.resolve', PLATFORM, { outcome, ...(refund === undefined ? {} : { refund }) });

    it("misses another outcome's transition, and checks the refund of a split only", () => {
      expect(RULES.isResolvedAs.check(disputed(), resolve('release'), { outcome: 'refund' })).toBe(MISS);
      expect(RULES.isResolvedAs.check(disputed(), resolve('release'), { outcome: 'release' })).toBeUndefined();
      expect(RULES.isResolvedAs.check(disputed(), resolve('split', '10.00'), { outcome: 'split' })).toBeUndefined();
      expect(RULES.isResolvedAs.check(disputed(), resolve('split', '50.00'), { outcome: 'split' })).toMatchObject({
        code: 'INVALID_INPUT',
        details: { rule: 'refund.outOfRange', path: 'refund' },
      });
      expect(RULES.isResolvedAs.checkAny(attempt(disputed(), PLATFORM), { outcome: 'split' })).toBeUndefined();
    });
  });

  describe('isOpenerWithdrawing', () => {
    it('refuses anyone but the opener, and misses the transitions back to the statuses the dispute did not freeze', () => {
      const order = disputed(BUYER);
      expect(
        RULES.isOpenerWithdrawing.check(order, event('dispute.withdraw', BUYER), { from: 'inProgress' }),
      ).toBeUndefined();
      expect(RULES.isOpenerWithdrawing.check(order, event('dispute.withdraw', BUYER), { from: 'delivered' })).toBe(
        MISS,
      );
      expect(
        RULES.isOpenerWithdrawing.check(order, event('dispute.withdraw', SELLER), { from: 'inProgress' }),
      ).toMatchObject({ details: { rule: 'dispute.notOpener' } });
      expect(RULES.isOpenerWithdrawing.checkAny(attempt(order, SELLER), { from: 'delivered' })).toMatchObject({
        details: { rule: 'dispute.notOpener' },
      });
    });
  });

  describe('isDeclineOpeningDispute', () => {
    const askedBy = (order: Order, by: Actor = BUYER) => run(order, event('cancellation.request', by)).order;
    const decline = event('cancellation.decline', SELLER);
    const withDeclines = (order: Order, declinedCancellations: number) => ({ ...order, declinedCancellations });
    const rule = RULES.isDeclineOpeningDispute;

    it("passes when the buyer's request declined now reaches the threshold", () => {
      expect(rule.check(withDeclines(askedBy(inProgress()), 1), decline, undefined)).toBeUndefined();
      expect(rule.check(withDeclines(askedBy(inProgress()), 2), decline, undefined)).toBeUndefined();
    });

    it("misses below the threshold, for a seller's request, after a delivery, or with no threshold", () => {
      expect(rule.check(withDeclines(askedBy(inProgress()), 0), decline, undefined)).toBe(MISS);
      expect(
        rule.check(withDeclines(askedBy(inProgress(), SELLER), 1), event('cancellation.decline', BUYER), undefined),
      ).toBe(MISS);
      expect(rule.check({ ...withDeclines(askedBy(inProgress()), 1), deliveredAt: AT }, decline, undefined)).toBe(MISS);
      const never = askedBy(
        inProgress({ policy: { ...inProgress().policy, autoDisputeAfterDeclinedCancellations: null } }),
      );
      expect(rule.check(withDeclines(never, 5), decline, undefined)).toBe(MISS);
    });

    it('refuses first what is not a valid answer at all', () => {
      expect(rule.check(withDeclines(inProgress(), 1), decline, undefined)).toMatchObject({
        details: { rule: 'cancellation.nonePending' },
      });
      expect(
        rule.check(withDeclines(askedBy(inProgress()), 1), event('cancellation.decline', BUYER), undefined),
      ).toMatchObject({ details: { rule: 'cancellation.ownRequest' } });
    });
  });

  describe('offers and options', () => {
    it('offer answers are available only with a pending offer; options and proposals while a price fits', () => {
      const withOffer = run(
        inProgress(),
        event('offer.propose', SELLER, { offer: { id: 'o1', label: 'More', price: '20.00', extraDays: 1 } }),
      ).order;
      for (const rule of [RULES.isOfferPaymentValid, RULES.isOfferPending]) {
        expect(rule.checkAny(attempt(), undefined)).toMatchObject({ details: { rule: 'offer.nonePending' } });
        expect(rule.checkAny(attempt(withOffer), undefined)).toBeUndefined();
      }
      expect(RULES.isOptionPaymentValid.checkAny(attempt(), undefined)).toBeUndefined();
      expect(RULES.isOfferProposalValid.checkAny(attempt(withOffer), undefined)).toBeUndefined();
    });
  });

  it('wires each request rule to its own kind', () => {
    const asked = run(inProgress(), event('cancellation.request', BUYER)).order;
    expect(RULES.hasNoPendingCancellationRequest.checkAny(attempt(asked), undefined)).toMatchObject({
      details: { rule: 'cancellation.alreadyPending' },
    });
    expect(RULES.hasNoPendingExtensionRequest.checkAny(attempt(asked), undefined)).toBeUndefined();
    expect(RULES.isAnsweringCancellationRequest.checkAny(attempt(asked, SELLER), undefined)).toBeUndefined();
    expect(RULES.isAnsweringCancellationRequest.checkAny(attempt(asked, BUYER), undefined)).toMatchObject({
      details: { rule: 'cancellation.ownRequest' },
    });
    expect(RULES.isSentByCancellationRequester.checkAny(attempt(asked, SELLER), undefined)).toMatchObject({
      details: { rule: 'cancellation.notRequester' },
    });
    expect(RULES.isAnsweringRefundProposal.checkAny(attempt(asked), undefined)).toMatchObject({
      details: { rule: 'refund.nonePending' },
    });
    expect(RULES.isSentByRefundProposer.checkAny(attempt(asked), undefined)).toMatchObject({
      details: { rule: 'refund.nonePending' },
    });
    expect(RULES.hasPendingExtensionRequest.checkAny(attempt(asked), undefined)).toMatchObject({
      details: { rule: 'extension.nonePending' },
    });
    expect(RULES.isRevisionRequestAllowed.checkAny(attempt(delivered()), undefined)).toBeUndefined();
  });

  it('answers MISS, never a refusal, for what only routes a deadline or an outcome', () => {
    const order = inProgress();
    const tick = { type: 'deadline.delivery', at: AT, by: { role: 'system' } } as const;
    expect(RULES.isDeadlineReached.check(order, tick, { kind: 'delivery' })).toBe(MISS);
    expect(
      RULES.isDeadlineReached.check(order, { ...tick, at: at(t0, 3 * 24 * HOUR) }, { kind: 'delivery' }),
    ).toBeUndefined();
    expect(RULES.isCancellationTimeoutOutcome.check(order, tick, { outcome: 'accept' })).toBe(MISS);
    expect(RULES.isCancellationTimeoutOutcome.check(order, tick, { outcome: 'expire' })).toBeUndefined();
    expect(RULES.isExpiryOutcome.check(order, tick, { outcome: 'refund' })).toBe(MISS);
    expect(RULES.isExpiryOutcome.check(order, tick, { outcome: 'forfeit' })).toBeUndefined();
  });
});

describe('SENDERS', () => {
  it('lists every event type once, in SPEC order, with who may send it', () => {
    expect(EVENT_TYPES).toHaveLength(29);
    expect(EVENT_TYPES[0]).toBe('order.accept');
    expect(EVENT_TYPES.at(-1)).toBe('clock.tick');
    expect(Object.keys(SENDERS)).toEqual([...EVENT_TYPES]);
    expect(isSenderOf('clock.tick', 'system')).toBe(true);
    expect(isSenderOf('clock.tick', 'platform')).toBe(false);
    expect(isSenderOf('dispute.resolve', 'platform')).toBe(true);
    expect(isSenderOf('dispute.resolve', 'buyer')).toBe(false);
    expect(SENDERS['refund.propose']).toEqual(['buyer', 'seller']);
  });
});
