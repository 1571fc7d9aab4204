import { describe, expect, it } from 'vitest';
import type { Actor, Order } from '../../../src';
import { STATE_RULES } from '../../../src/order/rules';
import { EVENT_TYPES, SENDERS, isSenderOf } from '../../../src/order/rules/roles';
import { BUYER, HOUR, PLATFORM, SELLER, at, disputed, inProgress, ms, run, t0 } from '../orders';

const AT = at(t0, 2 * HOUR);
const attempt = (order: Order = inProgress(), by: Actor = BUYER) => ({ order, by, atMs: ms(AT) });

describe('STATE_RULES', () => {
  it('has no rule of its own for the events the machine alone decides', () => {
    for (const type of ['order.accept', 'order.decline', 'order.deliver', 'order.complete', 'revision.accept', 'revision.decline', 'dispute.open', 'clock.tick'] as const) {
      expect(STATE_RULES[type].refuse(inProgress(), { type, at: AT, by: SELLER } as never)).toBeUndefined();
      expect(STATE_RULES[type].refuseAny(attempt())).toBeUndefined();
    }
  });

  it('reads `at` from the event for the time-guarded rules', () => {
    const order = inProgress();
    const late = at(t0, 3 * 24 * HOUR); // the delivery deadline, grace PT0S
    expect(STATE_RULES['order.cancel'].refuse(order, { type: 'order.cancel', at: late, by: BUYER })).toBeUndefined();
    expect(STATE_RULES['order.cancel'].refuse(order, { type: 'order.cancel', at: AT, by: BUYER })).toMatchObject({ code: 'TOO_EARLY' });
  });

  describe('refund.propose', () => {
    const rule = STATE_RULES['refund.propose'];
    const propose = (amount: string) => ({ type: 'refund.propose', at: AT, by: SELLER, amount }) as const;

    it('refuses a second proposal before looking at the amount', () => {
      const pending = run(inProgress(), propose('10.00')).order;
      expect(rule.refuse(pending, propose('10.00'))).toMatchObject({ code: 'CONFLICT', details: { rule: 'refund.alreadyPending' } });
      expect(rule.refuse(pending, propose('0'))).toMatchObject({ code: 'CONFLICT' });
      expect(rule.refuseAny(attempt(pending))).toMatchObject({ code: 'CONFLICT' });
    });

    it('checks the amount of a first proposal', () => {
      expect(rule.refuse(inProgress(), propose('10.00'))).toBeUndefined();
      expect(rule.refuse(inProgress(), propose('50.00'))).toMatchObject({ code: 'INVALID_INPUT', details: { rule: 'refund.outOfRange', path: 'amount' } });
    });

    it('is available while a minor unit can still be refunded', () => {
      expect(rule.refuseAny(attempt())).toBeUndefined();
      const drained = run(inProgress(), propose('49.99'), { type: 'refund.accept', at: AT, by: BUYER }).order;
      expect(rule.refuseAny(attempt(drained))).toMatchObject({ code: 'INVALID_INPUT', details: { rule: 'refund.outOfRange' } });
    });
  });

  describe('dispute.resolve', () => {
    const rule = STATE_RULES['dispute.resolve'];
    const resolve = (outcome: 'refund' | 'release' | 'split' | 'restart', refund?: string) =>
      ({ type: 'dispute.resolve', at: AT, by: PLATFORM, outcome, ...(refund === undefined ? {} : { refund }) }) as never;

    it('checks the refund of a split only', () => {
      expect(rule.refuse(disputed(), resolve('split', '10.00'))).toBeUndefined();
      expect(rule.refuse(disputed(), resolve('split', '50.00'))).toMatchObject({ code: 'INVALID_INPUT', details: { rule: 'refund.outOfRange', path: 'refund' } });
      expect(rule.refuse(disputed(), resolve('refund'))).toBeUndefined();
      expect(rule.refuse(disputed(), resolve('release'))).toBeUndefined();
      expect(rule.refuseAny(attempt(disputed(), PLATFORM))).toBeUndefined();
    });
  });

  describe('offers and options', () => {
    it('offers answers are available only with a pending offer; options and proposals always', () => {
      const withOffer = run(inProgress(), { type: 'offer.propose', at: AT, by: SELLER, offer: { id: 'o1', label: 'More', price: '20.00', extraDays: 1 } }).order;
      for (const type of ['offer.accept', 'offer.decline', 'offer.withdraw'] as const) {
        expect(STATE_RULES[type].refuseAny(attempt())).toMatchObject({ details: { rule: 'offer.nonePending' } });
        expect(STATE_RULES[type].refuseAny(attempt(withOffer))).toBeUndefined();
      }
      expect(STATE_RULES['option.add'].refuseAny(attempt())).toBeUndefined();
      expect(STATE_RULES['offer.propose'].refuseAny(attempt(withOffer))).toBeUndefined();
    });
  });

  it('wires each request rule to its own kind', () => {
    const asked = run(inProgress(), { type: 'cancellation.request', at: AT, by: BUYER }).order;
    expect(STATE_RULES['cancellation.request'].refuseAny(attempt(asked))).toMatchObject({ details: { rule: 'cancellation.alreadyPending' } });
    expect(STATE_RULES['extension.request'].refuseAny(attempt(asked))).toBeUndefined();
    expect(STATE_RULES['cancellation.accept'].refuseAny(attempt(asked, SELLER))).toBeUndefined();
    expect(STATE_RULES['cancellation.decline'].refuseAny(attempt(asked, BUYER))).toMatchObject({ details: { rule: 'cancellation.ownRequest' } });
    expect(STATE_RULES['cancellation.withdraw'].refuseAny(attempt(asked, SELLER))).toMatchObject({ details: { rule: 'cancellation.notRequester' } });
    expect(STATE_RULES['refund.accept'].refuseAny(attempt(asked))).toMatchObject({ details: { rule: 'refund.nonePending' } });
    expect(STATE_RULES['refund.decline'].refuseAny(attempt(asked))).toMatchObject({ details: { rule: 'refund.nonePending' } });
    expect(STATE_RULES['refund.withdraw'].refuseAny(attempt(asked))).toMatchObject({ details: { rule: 'refund.nonePending' } });
    for (const type of ['extension.accept', 'extension.decline', 'extension.withdraw'] as const) {
      expect(STATE_RULES[type].refuseAny(attempt(asked))).toMatchObject({ details: { rule: 'extension.nonePending' } });
    }
    expect(STATE_RULES['revision.request'].refuseAny(attempt(asked))).toBeUndefined();
    expect(STATE_RULES['dispute.withdraw'].refuseAny(attempt(asked))).toMatchObject({ details: { rule: 'dispute.notOpener' } });
  });
});

describe('SENDERS', () => {
  it('lists every event type once, in SPEC order, with who may send it', () => {
    expect(EVENT_TYPES).toHaveLength(29);
    expect(EVENT_TYPES[0]).toBe('order.accept');
    expect(EVENT_TYPES.at(-1)).toBe('clock.tick');
    expect(isSenderOf('clock.tick', 'system')).toBe(true);
    expect(isSenderOf('clock.tick', 'platform')).toBe(false);
    expect(isSenderOf('dispute.resolve', 'platform')).toBe(true);
    expect(isSenderOf('dispute.resolve', 'buyer')).toBe(false);
    expect(SENDERS['refund.propose']).toEqual(['buyer', 'seller']);
  });
});
