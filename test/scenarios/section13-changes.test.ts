import { describe, expect, it } from 'vitest';
import {
  type Actor,
  applyEvent,
  availableActions,
  createOrder,
  getBalances,
  nextDeadline,
  type Order,
  type OrderEvent,
  parseOrder,
  presets,
  quoteExtra,
  SequestreError,
  safeParseOrder,
  toMinorUnits,
} from '../../src';
import { actionVerdicts } from '../../src/engine/actionVerdicts';
import { describeOrder } from '../../src/entries/describe';
import {
  at,
  BUYER,
  checkout,
  DAY,
  ev,
  expectError,
  expectOk,
  HOUR,
  PLATFORM,
  placed,
  run,
  SELLER,
  t0,
} from '../support/fixtures';

// SPEC §13: every change since 0.1.0, one block per point, named after the rule it proves.
// The worked checkout (items 40.00 + 10.00, tip 5.00, buyer fee 5 %: 57.50 on pay-1), accepted
// at t0 + 1 h with 3 delivery days: the delivery deadline is D = 2026-03-04T11:00Z.

const h = (hours: number) => at(t0, hours * HOUR);
const D = '2026-03-04T11:00:00.000Z';
const inProgress = () => run(placed(), ev('order.accept', h(1), SELLER)).order;
const delivered = () => run(inProgress(), ev('order.deliver', h(2), SELLER)).order;
const buyerCancel = (order: Order, when: string) => expectError(applyEvent(order, ev('order.cancel', when, BUYER)));
const cancelAction = (order: Order, when: string) =>
  availableActions(order, { viewer: BUYER, at: when }).find((action) => action.type === 'order.cancel');

describe("§5 cancel.afterDelivery: the buyer's late cancellation covers only work never delivered", () => {
  it('refuses the buyer alone on an order back in progress after a revision, late or not', () => {
    const revising = run(delivered(), ev('revision.request', h(3), BUYER), ev('revision.accept', h(4), SELLER)).order;
    expect(revising.status).toBe('inProgress');
    for (const when of [h(5), at(revising.deliveryDeadline!, DAY)]) {
      expect(buyerCancel(revising, when)).toEqual({
        code: 'NOT_ALLOWED',
        message:
          'The seller has delivered this order, so the buyer can no longer cancel alone; ask the seller for a cancellation or open a dispute.',
        details: { rule: 'cancel.afterDelivery' },
      });
      expect(cancelAction(revising, when)).toEqual({ type: 'order.cancel', allowed: false, reason: 'NOT_ALLOWED' });
    }
  });

  it('closes the 0.1 hole: a 1.00 option with extraDays 0 on a delivered order past its deadline gives the buyer no unilateral refund', () => {
    const lateDelivered = run(inProgress(), ev('order.deliver', at(D, HOUR), SELLER)).order;
    const afterOption = run(
      lateDelivered,
      ev('option.add', at(D, 2 * HOUR), BUYER, {
        option: { id: 'tiny', label: 'One more icon', price: '1.00', extraDays: 0 },
        payment: { id: 'pay-2', amount: '1.05' },
      }),
    ).order;
    expect(afterOption).toMatchObject({ status: 'inProgress', deliveryDeadline: '2026-03-04T13:00:00.000Z' });
    const refused = buyerCancel(afterOption, at(D, 2 * HOUR));
    expect(refused.details).toEqual({ rule: 'cancel.afterDelivery' });
    expect(getBalances(afterOption)).toMatchObject({ held: '58.55', refunded: '0.00' });
  });

  it('refuses the buyer alone after an accepted offer and after a restart, and still lets the seller and the platform cancel', () => {
    const offered = run(
      delivered(),
      ev('offer.propose', h(3), SELLER, { offer: { id: 'anim', label: 'Animation', price: '20.00', extraDays: 1 } }),
      ev('offer.accept', h(4), BUYER, { offerId: 'anim', payment: { id: 'pay-2', amount: '21.00' } }),
    ).order;
    const restarted = run(
      delivered(),
      ev('dispute.open', h(3), BUYER),
      ev('dispute.resolve', h(4), PLATFORM, { outcome: 'restart', deliveryDays: 1 }),
    ).order;
    for (const order of [offered, restarted]) {
      expect(order.status).toBe('inProgress');
      expect(buyerCancel(order, at(order.deliveryDeadline!, HOUR)).details).toEqual({ rule: 'cancel.afterDelivery' });
      expect(run(order, ev('order.cancel', at(order.deliveryDeadline!, HOUR), SELLER)).order.status).toBe('cancelled');
      expect(run(order, ev('order.cancel', at(order.deliveryDeadline!, HOUR), PLATFORM)).order.status).toBe(
        'cancelled',
      );
    }
  });

  it('keeps the right for work never delivered: TOO_EARLY before D, a full refund from D', () => {
    expect(buyerCancel(inProgress(), h(5))).toMatchObject({
      code: 'TOO_EARLY',
      details: { rule: 'cancel.beforeLate', from: D },
    });
    const cancelled = run(inProgress(), ev('order.cancel', D, BUYER));
    expect(cancelled.order.status).toBe('cancelled');
    expect(getBalances(cancelled.order)).toMatchObject({ refunded: '57.50', paidOut: '0.00' });
  });

  it('tells a buyer of a late redelivery to ask for a cancellation or open a dispute, never to cancel alone', () => {
    const revising = run(delivered(), ev('revision.request', h(3), BUYER), ev('revision.accept', h(4), SELLER)).order;
    const late = at(revising.deliveryDeadline!, HOUR);
    const en = describeOrder(revising, { viewer: BUYER, at: late, locale: 'en' });
    expect(en.situation).toBe('late');
    expect(en.text).toContain('you cannot cancel it alone: request a cancellation, open a dispute');
    const fr = describeOrder(revising, { viewer: BUYER, at: late, locale: 'fr' });
    expect(fr.text).toContain('vous ne pouvez pas l’annuler seul');
    const seller = describeOrder(revising, { viewer: SELLER, at: late, locale: 'en' });
    expect(seller.text).toContain('the buyer can request a cancellation or open a dispute');
    expect(seller.text).not.toContain('without your agreement');
  });
});

describe('§5 automatic disputes open at every decline past the threshold', () => {
  const askAndDecline = (order: Order, hour: number) =>
    run(order, ev('cancellation.request', h(hour), BUYER), ev('cancellation.decline', h(hour + 0.5), SELLER)).order;

  it('opens a dispute at the 2nd decline, and again at the 3rd after the platform restarts the still-undelivered order', () => {
    const second = askAndDecline(askAndDecline(inProgress(), 2), 3);
    expect(second).toMatchObject({
      status: 'disputed',
      declinedCancellations: 2,
      dispute: { openedBy: { role: 'system' } },
    });
    const restarted = run(second, ev('dispute.resolve', h(4), PLATFORM, { outcome: 'restart', deliveryDays: 2 })).order;
    expect(restarted.status).toBe('inProgress');
    const third = askAndDecline(restarted, 5);
    expect(third).toMatchObject({
      status: 'disputed',
      declinedCancellations: 3,
      dispute: { openedBy: { role: 'system' } },
    });
  });
});

describe('§3 instants keep four-digit years; policy durations are at most 100 years', () => {
  const endOf9999 = '9999-12-31T23:59:59.999Z';
  const noExpiry = { ...presets.comeup, maxLifetime: null };

  it('refuses an input instant after 9999-12-31T23:59:59.999Z, offsets and ticks included (time.afterYear9999)', () => {
    const order = inProgress();
    for (const when of ['9999-12-31T23:30:00-01:00', '9999-12-31T23:59:59.9999-00:01']) {
      for (const event of [ev('order.deliver', when, SELLER), ev('clock.tick', when, { role: 'system' })]) {
        expect(expectError(applyEvent(order, event))).toMatchObject({
          code: 'INVALID_INPUT',
          details: { rule: 'time.afterYear9999', path: 'at' },
        });
      }
    }
    expect(applyEvent(order, ev('clock.tick', endOf9999, { role: 'system' })).ok).toBe(true);
    expect(expectError(createOrder(checkout({ placedAt: '9999-12-31T23:00:00-02:00' }))).details).toMatchObject({
      rule: 'time.afterYear9999',
      path: 'placedAt',
    });
  });

  it('refuses an input instant before year 0000 (time.beforeYear0000)', () => {
    expect(expectError(createOrder(checkout({ placedAt: '0000-01-01T00:30:00+01:00' }))).details).toMatchObject({
      rule: 'time.beforeYear0000',
      path: 'placedAt',
    });
    expect(createOrder(checkout({ placedAt: '0000-01-01T00:00:00Z', policy: noExpiry })).ok).toBe(true);
  });

  it('refuses a policy duration over 100 years at createOrder (duration.tooLong): P8000Y is out, P100Y and P36525D are in', () => {
    const withLifetime = (maxLifetime: string) => createOrder(checkout({ policy: { ...presets.comeup, maxLifetime } }));
    for (const maxLifetime of ['P8000Y', 'P100Y1D', 'P36526D', 'P1201M']) {
      expect(expectError(withLifetime(maxLifetime))).toMatchObject({
        code: 'INVALID_INPUT',
        details: { rule: 'duration.tooLong', path: 'policy.maxLifetime' },
      });
    }
    for (const maxLifetime of ['P100Y', 'P1200M', 'P36525D', 'PT876600H'])
      expect(withLifetime(maxLifetime).ok).toBe(true);
  });

  it('refuses a createOrder whose acceptance window or expiry would end after year 9999', () => {
    const late = expectError(createOrder(checkout({ placedAt: '9999-12-30T12:00:00Z', policy: noExpiry })));
    expect(late).toMatchObject({ code: 'INVALID_INPUT', details: { rule: 'time.afterYear9999', path: 'placedAt' } });
    expect(late.message).toBe(
      '"placedAt" 9999-12-30T12:00:00.000Z plus policy.acceptanceWindow PT48H is +010000-01-01T12:00:00.000Z, after 9999-12-31T23:59:59.999Z, the last instant an order can hold.',
    );
    expect(expectError(createOrder(checkout({ placedAt: '9999-08-01T10:00:00Z' }))).details).toMatchObject({
      rule: 'time.afterYear9999',
    });
    expect(createOrder(checkout({ placedAt: '9999-07-31T10:00:00Z' })).ok).toBe(true);
  });

  it('refuses an event whose result would hold a later deadline, and availableActions agrees', () => {
    const placedLate = expectOk(createOrder(checkout({ placedAt: '9999-12-29T10:00:00Z', policy: noExpiry }))).order;
    const when = '9999-12-29T11:00:00Z';
    const refused = expectError(applyEvent(placedLate, ev('order.accept', when, SELLER)));
    expect(refused).toEqual({
      code: 'INVALID_INPUT',
      message:
        'This event would set deliveryDeadline to +010000-01-01T11:00:00.000Z, after 9999-12-31T23:59:59.999Z, the last instant an order can hold.',
      details: { rule: 'time.afterYear9999', path: 'deliveryDeadline' },
    });
    const actions = availableActions(placedLate, { viewer: SELLER, at: when });
    expect(actions.find((action) => action.type === 'order.accept')).toEqual({
      type: 'order.accept',
      allowed: false,
      reason: 'INVALID_INPUT',
    });
    expect(actions.find((action) => action.type === 'order.decline')).toEqual({ type: 'order.decline', allowed: true });
    const shortWork = expectOk(
      createOrder(checkout({ placedAt: '9999-12-29T10:00:00Z', policy: noExpiry, deliveryDays: 2 })),
    ).order;
    expect(
      availableActions(shortWork, { viewer: SELLER, at: when }).find((action) => action.type === 'order.accept'),
    ).toEqual({ type: 'order.accept', allowed: true });
    expect(run(shortWork, ev('order.accept', when, SELLER)).order.deliveryDeadline).toBe('9999-12-31T11:00:00.000Z');
  });

  it('refuses a dispute withdrawn so late that the deadlines it moves would pass year 9999', () => {
    const order = expectOk(createOrder(checkout({ placedAt: '9999-06-01T10:00:00Z' }))).order;
    const disputed = run(
      order,
      ev('order.accept', '9999-06-01T11:00:00Z', SELLER),
      ev('dispute.open', '9999-06-02T10:00:00Z', BUYER),
    ).order;
    expect(disputed.expiresAt).toBe('9999-11-01T10:00:00.000Z');
    const when = '9999-09-15T10:00:00Z';
    expect(expectError(applyEvent(disputed, ev('dispute.withdraw', when, BUYER))).details).toEqual({
      rule: 'time.afterYear9999',
      path: 'expiresAt',
    });
    expect(
      availableActions(disputed, { viewer: BUYER, at: when }).find((action) => action.type === 'dispute.withdraw'),
    ).toEqual({ type: 'dispute.withdraw', allowed: false, reason: 'INVALID_INPUT' });
    const early = '9999-06-20T10:00:00Z';
    expect(
      availableActions(disputed, { viewer: BUYER, at: early }).find((action) => action.type === 'dispute.withdraw'),
    ).toEqual({ type: 'dispute.withdraw', allowed: true });
    expect(run(disputed, ev('dispute.withdraw', early, BUYER)).order.expiresAt).toBe('9999-11-19T10:00:00.000Z');
  });

  it('never lets nextDeadline answer an instant after year 9999', () => {
    const order = expectOk(
      createOrder(checkout({ placedAt: '9999-12-29T10:00:00Z', policy: noExpiry, deliveryDays: 2 })),
    ).order;
    expect(nextDeadline(order)).toEqual({ at: '9999-12-31T10:00:00.000Z', kind: 'acceptance' });
    const accepted = run(order, ev('order.accept', '9999-12-29T11:00:00Z', SELLER)).order;
    expect(nextDeadline(accepted)).toEqual({ at: '9999-12-31T11:00:00.000Z', kind: 'delivery' });
  });
});

describe("§4 the 15-digit limit covers everything paid over the order's life (amount.lifetimeTooLarge)", () => {
  const noFee = { buyerFee: { rate: '0' }, commission: { rate: '0.20' } };
  const big = (price: string) =>
    run(
      expectOk(
        createOrder(
          checkout({
            items: [{ id: 'gig', label: 'Big', price }],
            tip: undefined,
            fees: noFee,
            payment: { id: 'pay-1', amount: price },
          }),
        ),
      ).order,
      ev('order.accept', h(1), SELLER),
    ).order;
  const option = (price: string, id = 'opt') =>
    ev('option.add', h(2), BUYER, {
      option: { id, label: 'More', price, extraDays: 0 },
      payment: { id: `pay-${id}`, amount: price },
    });
  const allowed = (order: Order, viewer: Actor, type: string) =>
    availableActions(order, { viewer, at: h(2) }).find((action) => action.type === type);

  it('accepts an option up to 999,999,999,999,999.99 paid in, and refuses one cent more', () => {
    const order = big('999999999999000.00');
    expect(getBalances(run(order, option('999.99')).order).paidIn).toBe('999999999999999.99');
    expect(expectError(applyEvent(order, option('1000.00')))).toEqual({
      code: 'INVALID_INPUT',
      message:
        'An extra of 1000.00 EUR would bring what the buyer paid for this order to 1000000000000000.00 EUR, past 15 integer digits; open a new order instead.',
      details: { rule: 'amount.lifetimeTooLarge', path: 'option.price' },
    });
  });

  it('refuses an offer.propose whose price could never fit, and an offer.accept that no longer fits', () => {
    const order = big('999999999999000.00');
    const propose = (price: string) =>
      ev('offer.propose', h(2), SELLER, { offer: { id: 'anim', label: 'Animation', price, extraDays: 0 } });
    expect(expectError(applyEvent(order, propose('1000.00'))).details).toEqual({
      rule: 'amount.lifetimeTooLarge',
      path: 'offer.price',
    });
    const offered = run(order, propose('999.00')).order;
    const filled = run(offered, option('500.00')).order;
    const accept = ev('offer.accept', h(2), BUYER, { offerId: 'anim', payment: { id: 'pay-anim', amount: '999.00' } });
    expect(expectError(applyEvent(filled, accept)).details).toEqual({
      rule: 'amount.lifetimeTooLarge',
      path: 'offerId',
    });
    expect(allowed(filled, BUYER, 'offer.accept')).toEqual({
      type: 'offer.accept',
      allowed: false,
      reason: 'INVALID_INPUT',
    });
    expect(allowed(offered, BUYER, 'offer.accept')).toEqual({ type: 'offer.accept', allowed: true });
  });

  it('counts the buyer fee of the extra: S + p + T + F(S + p) must fit', () => {
    const withFee = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };
    const order = run(
      expectOk(
        createOrder(
          checkout({
            items: [{ id: 'gig', label: 'Big', price: '900000000000000.00' }],
            tip: undefined,
            fees: withFee,
            payment: { id: 'pay-1', amount: '945000000000000.00' },
          }),
        ),
      ).order,
      ev('order.accept', h(1), SELLER),
    ).order;
    // S + p = 952,380,952,380,952.37, fee 5 % = 47,619,047,619,047.62: 999,999,999,999,999.99 paid in.
    const fits = ev('option.add', h(2), BUYER, {
      option: { id: 'o', label: 'More', price: '52380952380952.37', extraDays: 0 },
      payment: { id: 'pay-2', amount: '54999999999999.99' },
    });
    expect(getBalances(run(order, fits).order).paidIn).toBe('999999999999999.99');
    // One cent more: the fee on 952,380,952,380,952.38 rounds to 47,619,047,619,047.62, and the total reaches 10^15.
    const tooMuch = ev('option.add', h(2), BUYER, {
      option: { id: 'o', label: 'More', price: '52380952380952.38', extraDays: 0 },
      payment: { id: 'pay-2', amount: '55000000000000.00' },
    });
    expect(expectError(applyEvent(order, tooMuch)).details).toEqual({
      rule: 'amount.lifetimeTooLarge',
      path: 'option.price',
    });
  });

  it('offers neither option.add nor offer.propose once no price could fit, and keeps quoteExtra arithmetic only', () => {
    const full = big('999999999999999.99');
    expect(allowed(full, BUYER, 'option.add')).toEqual({ type: 'option.add', allowed: false, reason: 'INVALID_INPUT' });
    expect(allowed(full, SELLER, 'offer.propose')).toEqual({
      type: 'offer.propose',
      allowed: false,
      reason: 'INVALID_INPUT',
    });
    expect(allowed(big('999999999999999.98'), BUYER, 'option.add')).toEqual({ type: 'option.add', allowed: true });
    expect(quoteExtra(full, '0.01')).toEqual({
      currency: 'EUR',
      subtotal: '0.01',
      tip: '0.00',
      buyerFee: '0.00',
      total: '0.01',
    });
  });
  it('refuses the availability of an extra with the refusal applyEvent gives its least payload, whole', () => {
    // describeActions words these refusals: they must be the ones the event itself would get.
    const full = big('999999999999999.99');
    const verdict = (order: Order, viewer: Actor, type: OrderEvent['type']) =>
      actionVerdicts(order, viewer, Date.parse(h(2))).find((entry) => entry.type === type)?.refusal;
    const refusalOf = (order: Order, event: OrderEvent) => {
      const { code, message, details } = expectError(applyEvent(order, event));
      return { code, message, details };
    };
    expect(verdict(full, BUYER, 'option.add')).toEqual(refusalOf(full, option('0.01')));
    const propose = (price: string, id: string) =>
      ev('offer.propose', h(2), SELLER, { offer: { id, label: 'Animation', price, extraDays: 0 } });
    expect(verdict(full, SELLER, 'offer.propose')).toEqual(refusalOf(full, propose('0.01', 'anim')));
    // Of two pending offers, one fits: the buyer may accept. Once neither fits, the last one's refusal.
    const order = big('999999999999000.00');
    const offered = run(order, propose('100.00', 'small'), propose('999.00', 'anim')).order;
    expect(verdict(run(offered, option('500.00')).order, BUYER, 'offer.accept')).toBeUndefined();
    const filled = run(offered, option('950.00')).order;
    const accept = ev('offer.accept', h(2), BUYER, { offerId: 'anim', payment: { id: 'pay-anim', amount: '999.00' } });
    expect(verdict(filled, BUYER, 'offer.accept')).toEqual(refusalOf(filled, accept));
  });
});

describe('§12 parseOrder refuses well-typed lies, and what it accepts works everywhere', () => {
  const stored = (order: Order): any => JSON.parse(JSON.stringify(order));
  const refusedBy = (doc: unknown) => {
    try {
      parseOrder(doc);
    } catch (error) {
      if (error instanceof SequestreError) return error;
      throw error;
    }
    throw new Error('parseOrder accepted it');
  };
  const partlyRefunded = () =>
    run(inProgress(), ev('refund.propose', h(2), SELLER, { amount: '10.00' }), ev('refund.accept', h(3), BUYER)).order;
  const completed = () => run(delivered(), ev('order.complete', h(3), BUYER)).order;
  const cancelled = () => run(inProgress(), ev('order.cancel', h(2), SELLER)).order;

  it('request.refundTooLarge: a pending refund proposal larger than what is left of the items; applyEvent answers INVALID_ORDER, never throws', () => {
    const proposed = run(partlyRefunded(), ev('refund.propose', h(4), BUYER, { amount: '39.99' })).order;
    const lie = stored(proposed);
    lie.requests.refund.amount = '45.00';
    expect(refusedBy(lie)).toMatchObject({
      code: 'INVALID_ORDER',
      details: { rule: 'request.refundTooLarge', path: 'requests.refund.amount' },
    });
    expect(expectError(applyEvent(lie, ev('refund.accept', h(5), SELLER)))).toMatchObject({
      code: 'INVALID_ORDER',
      details: { rule: 'order.shape' },
    });
  });

  it('status.money: a completed order that refunded everything', () => {
    const lie = { ...stored(cancelled()), status: 'completed' };
    expect(refusedBy(lie)).toMatchObject({ code: 'INVALID_ORDER', details: { rule: 'status.money', path: 'status' } });
  });

  it('status.money: a cancelled order that paid the seller', () => {
    const lie = { ...stored(completed()), status: 'cancelled' };
    expect(refusedBy(lie)).toMatchObject({ code: 'INVALID_ORDER', details: { rule: 'status.money', path: 'status' } });
  });

  it("deadline.beforeLastChange: a pending delivery deadline before the order's last change", () => {
    const lie = stored(run(inProgress(), ev('cancellation.request', h(30), BUYER)).order);
    lie.deliveryDeadline = '2026-03-02T00:00:00.000Z';
    expect(refusedBy(lie)).toMatchObject({
      code: 'INVALID_ORDER',
      details: { rule: 'deadline.beforeLastChange', path: 'deliveryDeadline' },
    });
  });

  it("escrow.figures: a partial refund's cents moved from the fee to the items (completion would pay the seller 37.40, not 37.00)", () => {
    const order = partlyRefunded();
    expect(order.escrow).toMatchObject({ refundedItems: '10.00', refundedBuyerFee: '0.50' });
    const lie = stored(order);
    lie.escrow.refundedItems = '9.50';
    lie.escrow.refundedBuyerFee = '1.00';
    expect(refusedBy(lie)).toMatchObject({
      code: 'INVALID_ORDER',
      details: { rule: 'escrow.figures', path: 'escrow.refundedItems' },
    });
    // Moving the cents in the refund posting too is refused by the replay: sequestre computes 10.00 + 0.50.
    const deeper = stored(order);
    Object.assign(deeper.escrow, { refundedItems: '9.50', refundedBuyerFee: '1.00' });
    Object.assign(deeper.escrow.ledger[1], { items: '9.50', buyerFee: '1.00' });
    expect(refusedBy(deeper)).toMatchObject({
      code: 'INVALID_ORDER',
      details: { rule: 'ledger.notReplayable', path: 'escrow.ledger[1]' },
    });
    const paid = run(
      parseOrder(stored(order)),
      ev('order.deliver', h(4), SELLER),
      ev('order.complete', h(5), BUYER),
    ).effects.find((effect) => effect.type === 'payout');
    expect(paid).toMatchObject({ amount: '37.00' });
  });
});

describe('§3 fingerprinted idempotency, as payment APIs have it', () => {
  const propose = (amount: string) => ({ ...ev('refund.propose', h(2), SELLER, { amount }), id: 'evt-9' });

  it('answers a retry of the same event with duplicate: true, even with a new at and "5" written "5.00"', () => {
    const proposed = run(inProgress(), propose('5')).order;
    expect(applyEvent(proposed, { ...propose('5.00'), at: h(8) })).toEqual({
      ok: true,
      order: proposed,
      effects: [],
      duplicate: true,
    });
  });

  it('answers the same id with another payload, type or sender with CONFLICT (event.idReused), without the order', () => {
    const proposed = run(inProgress(), propose('5.00')).order;
    for (const reuse of [
      propose('6.00'),
      { ...ev('cancellation.request', h(2), SELLER), id: 'evt-9' },
      { ...ev('refund.propose', h(2), BUYER, { amount: '5.00' }), id: 'evt-9' },
      { ...ev('refund.propose', h(2), { role: 'seller', id: 'someone-else' }, { amount: '5.00' }), id: 'evt-9' },
    ]) {
      const result = applyEvent(proposed, reuse);
      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'CONFLICT', details: { rule: 'event.idReused', path: 'id' } }),
      });
    }
  });
});

describe('§2 safeParseOrder and toMinorUnits', () => {
  it('safeParseOrder is parseOrder without the exception', () => {
    const order = inProgress();
    expect(safeParseOrder(JSON.parse(JSON.stringify(order)))).toEqual({ ok: true, order });
    const refused = safeParseOrder({ ...JSON.parse(JSON.stringify(order)), status: 'shipped' });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ORDER',
        message:
          '"status" must be one of "pending", "inProgress", "delivered", "revisionRequested", "disputed", "completed", "cancelled", "expired".',
        details: expect.objectContaining({ path: 'status', rule: 'enum.expected' }),
      },
    });
    expect(safeParseOrder('{"schemaVersion":2}')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ORDER', details: { rule: 'object.expected' } },
    });
  });

  it('toMinorUnits gives payment providers their integer amounts', () => {
    const refund = run(inProgress(), ev('order.cancel', h(2), SELLER)).effects.find(
      (effect) => effect.type === 'refund',
    )!;
    expect(toMinorUnits(refund.amount, refund.currency)).toBe(5750);
  });
});
