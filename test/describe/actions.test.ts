import { expect, describe as group, it } from 'vitest';
import { type Actor, availableActions, type Effect, type Order, presets, quoteExtra } from '../../src';
import { describeActions, formatAmount, type PresentedAction } from '../../src/entries/describe';
import { at, BUYER, DAY, HOUR, PLATFORM, placed, run, SELLER, t0 } from '../support/fixtures';
import { ENDINGS } from './endings';
import { SCENES } from './situations';

const accepted = (order: Order = placed()) => run(order, { type: 'order.accept', at: t0, by: SELLER }).order;
const list = (order: Order, viewer: Actor, when: string, locale: 'fr' | 'en' = 'en') =>
  describeActions(order, { viewer, at: when, locale, timeZone: 'Europe/Paris' });
const shape = (actions: readonly PresentedAction[]) =>
  actions.map((action) => `${action.type} ${action.emphasis}${action.allowed ? '' : ` ✗ ${action.rule}`}`);
const find = (actions: readonly PresentedAction[], type: string) => actions.find((action) => action.type === type)!;
const refunds = (effects: readonly Effect[]) =>
  effects.filter((effect) => effect.type === 'refund').map((effect) => (effect as { amount: string }).amount);
const payouts = (effects: readonly Effect[]) =>
  effects.filter((effect) => effect.type === 'payout').map((effect) => (effect as { amount: string }).amount);

group('describeActions: what a person can choose between', () => {
  it('puts the step the situation asks first, and what cancels or disputes last', () => {
    const { order, at: when } = SCENES.pending();
    expect(shape(list(order, SELLER, when))).toEqual([
      'order.accept primary',
      'order.decline consequential',
      'order.cancel consequential',
    ]);
    const inProgress = SCENES.inProgress();
    expect(shape(list(inProgress.order, BUYER, inProgress.at))).toEqual([
      'option.add secondary',
      'refund.propose secondary',
      'cancellation.request consequential',
      'dispute.open consequential',
      'order.cancel consequential ✗ cancel.beforeLate',
    ]);
    expect(shape(list(SCENES.delivered().order, BUYER, SCENES.delivered().at))[0]).toBe('order.complete primary');
    expect(shape(list(SCENES.disputed().order, PLATFORM, SCENES.disputed().at))).toEqual([
      'dispute.resolve primary',
      'order.cancel consequential',
    ]);
  });

  it('offers nothing at all on a closed order, however it ended', () => {
    for (const [name, scene] of Object.entries(ENDINGS)) {
      const { order, at: when } = scene();
      for (const viewer of [BUYER, SELLER, PLATFORM])
        expect({ name, actions: list(order, viewer, when) }).toEqual({ name, actions: [] });
    }
  });

  it('leaves out what does not apply now, and keeps what something stands in the way of', () => {
    const { order, at: when } = SCENES.inProgress();
    const types = list(order, SELLER, when).map((action) => action.type);
    // Another status's steps and requests nobody made are not choices; availableActions still lists them.
    for (const absent of [
      'order.accept',
      'revision.accept',
      'cancellation.accept',
      'extension.withdraw',
      'offer.accept',
      'dispute.withdraw',
    ])
      expect(types).not.toContain(absent);
    expect(availableActions(order, { viewer: SELLER, at: when }).map((action) => action.type)).toContain(
      'order.accept',
    );
  });

  it('keeps availableActions’ line for each action: allowed, code and opening instant', () => {
    const { order, at: when } = SCENES.inProgress();
    const presented = list(order, BUYER, when);
    const lines = availableActions(order, { viewer: BUYER, at: when });
    for (const action of presented) {
      const { type, allowed, reason, from } = action;
      expect(lines).toContainEqual(JSON.parse(JSON.stringify({ type, allowed, reason, from })));
    }
  });

  it('lists a lagging screen’s actions as the order has them, each refused until it reloads', () => {
    const actions = list(accepted(), SELLER, '2026-02-01T00:00:00.000Z', 'fr');
    expect(actions.map((action) => action.type)).toEqual(
      list(accepted(), SELLER, t0, 'fr').map((action) => action.type),
    );
    expect(new Set(actions.map((action) => `${action.reason} ${action.rule} ${action.why}`))).toEqual(
      new Set(['OUT_OF_ORDER time.beforeLastChange La commande a changé entre-temps\u00a0: rechargez-la.']),
    );
  });
});

group('describeActions: why, specific to the rule', () => {
  const cases: [string, () => PresentedAction, string][] = [
    [
      'cancel.beforeLate',
      () => find(list(accepted(), BUYER, at(t0, DAY)), 'order.cancel'),
      'You can cancel without the seller’s agreement from March 4 at 11:00, if the order is not delivered by then; until then, request a cancellation.',
    ],
    [
      'cancel.afterDelivery',
      () => find(list(SCENES.delivered().order, BUYER, SCENES.delivered().at), 'order.cancel'),
      'The seller has already delivered this order: you can no longer cancel it alone. Request a cancellation or open a dispute.',
    ],
    [
      'cancel.disputed',
      () => find(list(SCENES.disputed().order, SELLER, SCENES.disputed().at), 'order.cancel'),
      'The order is frozen by a dispute: only the platform can cancel it.',
    ],
    [
      'revision.declinedSinceDelivery',
      () => find(list(SCENES.revisionDeclined().order, BUYER, SCENES.revisionDeclined().at), 'revision.request'),
      'The seller declined your last revision request: complete the order or open a dispute.',
    ],
    [
      'revision.limitReached',
      () =>
        find(
          list(
            run(accepted(placed({ maxRevisions: 0 })), { type: 'order.deliver', at: at(t0, HOUR), by: SELLER }).order,
            BUYER,
            at(t0, HOUR),
          ),
          'revision.request',
        ),
      'This service includes no revision: complete the order or open a dispute.',
    ],
    [
      'cancellation.alreadyPending',
      () =>
        find(
          list(
            run(accepted(), { type: 'cancellation.request', at: at(t0, HOUR), by: SELLER }).order,
            SELLER,
            at(t0, HOUR),
          ),
          'cancellation.request',
        ),
      'A cancellation request is already waiting for an answer.',
    ],
    [
      'extension.alreadyPending',
      () =>
        find(
          list(
            run(accepted(), { type: 'extension.request', at: at(t0, HOUR), by: SELLER, days: 1 }).order,
            SELLER,
            at(t0, HOUR),
          ),
          'extension.request',
        ),
      'An extension request is already waiting for an answer.',
    ],
    [
      'refund.alreadyPending',
      () =>
        find(
          list(
            run(accepted(), { type: 'refund.propose', at: at(t0, HOUR), by: BUYER, amount: '5' }).order,
            SELLER,
            at(t0, HOUR),
          ),
          'refund.propose',
        ),
      'A partial refund proposal is already waiting for an answer.',
    ],
    [
      'refund.outOfRange',
      () =>
        find(
          list(
            run(
              accepted(),
              { type: 'refund.propose', at: at(t0, HOUR), by: BUYER, amount: '49.99' },
              { type: 'refund.accept', at: at(t0, HOUR), by: SELLER },
            ).order,
            SELLER,
            at(t0, HOUR),
          ),
          'refund.propose',
        ),
      'A partial refund must be above zero and below €0.01, what is left of the items; to refund everything, go through a cancellation.',
    ],
    [
      'amount.lifetimeTooLarge',
      () =>
        find(
          list(
            placed({
              items: [{ id: 'gig', label: 'All of it', price: '999999999999999.99' }],
              tip: '0',
              fees: { buyerFee: { rate: '0' }, commission: { rate: '0.2' } },
              payment: { id: 'pay-1', amount: '999999999999999.99' },
            }),
            BUYER,
            t0,
          ),
          'option.add',
        ),
      'The total paid for this order would pass the most an order can hold: place a new order.',
    ],
    [
      'time.afterYear9999',
      () =>
        find(
          list(
            placed({
              placedAt: '9999-12-29T00:00:00Z',
              policy: { ...presets.comeup, name: 'acme', maxLifetime: null },
            }),
            SELLER,
            '9999-12-29T00:00:00Z',
          ),
          'order.accept',
        ),
      'The deadline this would set falls after the year 9999.',
    ],
  ];
  for (const [rule, action, why] of cases) {
    it(`${rule}: says why and what to do instead`, () => {
      expect(action()).toMatchObject({ allowed: false, rule, why });
    });
  }

  it('gives each rule its own sentence, never the code’s generic one', () => {
    const whys = cases.map(([, action]) => action().why);
    expect(new Set(whys).size).toBe(cases.length);
    for (const why of whys) expect(why).not.toMatch(/not possible at this stage|cannot .*: /);
  });
});

group('describeActions: each consequence says what the money and the deadlines will really do', () => {
  it('gives the seller’s payout on completion as the release pays it', () => {
    const { order, at: when } = SCENES.delivered();
    const complete = find(list(order, BUYER, when), 'order.complete');
    const paid = payouts(run(order, { type: 'order.complete', at: when, by: BUYER }).effects);
    expect(paid).toEqual(['45.00']);
    expect(complete.consequence).toBe(
      `The seller receives ${formatAmount(paid[0]!, 'EUR', 'en')} and the order is completed: it can no longer be refunded.`,
    );
  });

  it('gives a cancellation’s refund as the refunds pay it', () => {
    const { order, at: when } = SCENES.pending();
    const refund = refunds(run(order, { type: 'order.decline', at: when, by: SELLER }).effects);
    expect(refund).toEqual(['57.50']);
    expect(find(list(order, SELLER, when, 'fr'), 'order.decline').consequence).toBe(
      'La commande est annulée et l’acheteur est remboursé de 57,50\u00a0€.',
    );
  });

  it('gives an accepted partial refund as it is paid, fee share included: 10.00 refunds 10.50', () => {
    const order = run(accepted(), { type: 'refund.propose', at: at(t0, HOUR), by: SELLER, amount: '10.00' }).order;
    expect(refunds(run(order, { type: 'refund.accept', at: at(t0, HOUR), by: BUYER }).effects)).toEqual(['10.50']);
    expect(find(list(order, BUYER, at(t0, HOUR)), 'refund.accept').consequence).toBe(
      'You are refunded €10.50 in all; the order goes on.',
    );
  });

  it('gives an offer’s price as the buyer pays it, buyer fee included, and the deadline it sets', () => {
    const order = run(accepted(), {
      type: 'offer.propose',
      at: at(t0, HOUR),
      by: SELLER,
      offer: { id: 'of-1', label: 'Animated logo', price: '1000', extraDays: 2 },
    }).order;
    expect(quoteExtra(order, '1000').total).toBe('1050.00');
    const after = run(order, {
      type: 'offer.accept',
      at: at(t0, HOUR),
      by: BUYER,
      offerId: 'of-1',
      payment: { id: 'pay-2', amount: '1050.00' },
    }).order;
    expect(after.deliveryDeadline).toBe('2026-03-06T10:00:00.000Z');
    expect(find(list(order, BUYER, at(t0, HOUR)), 'offer.accept').consequence).toBe(
      'You pay €1,050.00, service fee included; the offer is added to the order and delivery is due by March 6 at 11:00.',
    );
  });

  it('tells the two cancellations apart: alone and refunded now, or asked and answered within 48 hours', () => {
    const late = SCENES.late();
    const actions = list(late.order, BUYER, late.at, 'en');
    expect(find(actions, 'order.cancel').consequence).toBe(
      'The order is cancelled without the seller’s agreement and you are refunded €57.50.',
    );
    expect(find(actions, 'cancellation.request').consequence).toBe(
      'The seller will have until March 6 at 12:00 to answer; on acceptance, the order is cancelled and you are refunded €57.50.',
    );
  });

  it('warns the seller when declining opens the automatic dispute (ComeUp support-en 1465)', () => {
    const once = run(
      accepted(),
      { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER },
      { type: 'cancellation.decline', at: at(t0, HOUR), by: SELLER },
      { type: 'cancellation.request', at: at(t0, 2 * HOUR), by: BUYER },
    ).order;
    expect(find(list(once, SELLER, at(t0, 2 * HOUR)), 'cancellation.decline').consequence).toBe(
      'This decline opens a dispute: the order is frozen and the platform will decide.',
    );
    const first = run(accepted(), { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER }).order;
    expect(find(list(first, SELLER, at(t0, HOUR)), 'cancellation.decline').consequence).toBe(
      'The order goes on; the buyer can open a dispute.',
    );
  });

  it('gives the dates the engine would set: a delivery after acceptance, a review window after delivery', () => {
    const { order, at: when } = SCENES.pending();
    expect(run(order, { type: 'order.accept', at: when, by: SELLER }).order.deliveryDeadline).toBe(
      '2026-03-04T10:00:00.000Z',
    );
    expect(find(list(order, SELLER, when, 'fr'), 'order.accept').consequence).toBe(
      'Le délai de réalisation commence\u00a0: livraison attendue avant le 4\u00a0mars à 11\u00a0h.',
    );
    const working = SCENES.inProgress();
    expect(run(working.order, { type: 'order.deliver', at: working.at, by: SELLER }).order.reviewDeadline).toBe(
      '2026-03-09T10:00:00.000Z',
    );
    expect(find(list(working.order, SELLER, working.at), 'order.deliver').consequence).toBe(
      'The buyer will have until March 9 at 11:00 to review your work; without an answer, the order will be completed and you will receive €45.00.',
    );
  });
});

group('describeActions: arguments', () => {
  it('refuses a viewer who is not the order’s party, and an unusable order, as describeOrder does', () => {
    const refusedWith = (code: string, call: () => unknown) =>
      expect(call).toThrow(expect.objectContaining({ name: 'SequestreError', code }));
    refusedWith('INVALID_INPUT', () => list(placed(), { role: 'buyer', id: 'someone-else' }, t0));
    refusedWith('INVALID_INPUT', () => list(placed(), BUYER, 'tomorrow'));
    refusedWith('INVALID_ORDER', () => list({ ...placed(), schemaVersion: 9 } as unknown as Order, BUYER, t0));
  });
});
