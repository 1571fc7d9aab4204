import { expect, describe as group, it } from 'vitest';
import { type Effect, getBalances, type Order, presets } from '../../src';
import { type AmountKind, describeOrder } from '../../src/entries/describe';
import { at, BUYER, DAY, HOUR, PLATFORM, placed, run, SELLER, t0 } from '../support/fixtures';
import { ENDINGS } from './endings';
import { SCENES } from './situations';

const VIEWERS = { buyer: BUYER, seller: SELLER, platform: PLATFORM } as const;
const amounts = (order: Order, viewer: keyof typeof VIEWERS, when: string) =>
  describeOrder(order, { viewer: VIEWERS[viewer], at: when, locale: 'en' }).amounts.map(
    ({ kind, amount }) => `${kind} ${amount}`,
  );
const sum = (effects: readonly Effect[], type: 'refund' | 'payout') =>
  effects.filter((effect) => effect.type === type).map((effect) => (effect as { amount: string }).amount);

group('describe: the amounts that concern each viewer', () => {
  it('shows the buyer what is held, the seller what completion pays, the platform both and what it keeps', () => {
    const { order, at: when } = SCENES.inProgress();
    expect(amounts(order, 'buyer', when)).toEqual(['held 57.50']);
    expect(amounts(order, 'seller', when)).toEqual(['payoutOnCompletion 45.00']);
    expect(amounts(order, 'platform', when)).toEqual([
      'held 57.50',
      'payoutOnCompletion 45.00',
      'revenueOnCompletion 12.50',
    ]);
  });

  it('writes each amount in a line for the viewer', () => {
    const { order, at: when } = SCENES.inProgress();
    const lines = (viewer: keyof typeof VIEWERS, locale: 'fr' | 'en') =>
      describeOrder(order, { viewer: VIEWERS[viewer], at: when, locale }).amounts.map((line) => line.text);
    expect(lines('buyer', 'fr')).toEqual(['Bloqué sur le compte séquestre\u00a0: 57,50\u00a0€']);
    expect(lines('seller', 'fr')).toEqual(['Vous recevrez à la fin de la commande\u00a0: 45,00\u00a0€']);
    expect(lines('seller', 'en')).toEqual(['You will receive on completion: €45.00']);
  });

  it('shows while disputed what is held and the two ends a decision can reach', () => {
    const { order, at: when } = SCENES.disputed();
    expect(amounts(order, 'buyer', when)).toEqual([
      'held 57.50',
      'refundOnCancellation 57.50',
      'payoutOnCompletion 45.00',
    ]);
    expect(amounts(order, 'platform', when)).toEqual([
      'held 57.50',
      'refundOnCancellation 57.50',
      'payoutOnCompletion 45.00',
      'revenueOnCompletion 12.50',
    ]);
  });

  it('shows what moved once final: the refund, the payout, and what the platform kept to the platform', () => {
    const split = ENDINGS.splitByDecision();
    expect(amounts(split.order, 'buyer', split.at)).toEqual(['refunded 21.00', 'paidOut 29.00']);
    expect(amounts(split.order, 'platform', split.at)).toEqual(['refunded 21.00', 'paidOut 29.00', 'revenue 7.50']);
    const expired = ENDINGS.expired();
    // A forfeit is everyone's concern: what the buyer paid went to the platform (ComeUp support-en 1481).
    expect(amounts(expired.order, 'buyer', expired.at)).toEqual(['revenue 57.50']);
    expect(amounts(ENDINGS.declined().order, 'seller', ENDINGS.declined().at)).toEqual(['refunded 57.50']);
  });

  it('counts what a partial refund and an option changed, as getBalances does', () => {
    const order = run(
      SCENES.inProgress().order,
      {
        type: 'option.add',
        at: at(t0, DAY),
        by: BUYER,
        option: { id: 'opt-1', label: 'Source files', price: '10.00', extraDays: 1 },
        payment: { id: 'pay-2', amount: '10.50' },
      },
      { type: 'refund.propose', at: at(t0, DAY), by: SELLER, amount: '20.00' },
      { type: 'refund.accept', at: at(t0, DAY), by: BUYER },
    ).order;
    expect(getBalances(order).held).toBe('47.00');
    expect(amounts(order, 'buyer', at(t0, DAY))).toEqual(['held 47.00']);
    // E = 60.00 − 20.00 = 40.00; commission 8.00; tip 5.00: the seller gets 37.00.
    expect(amounts(order, 'seller', at(t0, DAY))).toEqual(['payoutOnCompletion 37.00']);
  });
});

group('describe: every amount is what the money really does', () => {
  const runningKinds = (order: Order, viewer: keyof typeof VIEWERS, when: string) =>
    new Map(
      describeOrder(order, { viewer: VIEWERS[viewer], at: when, locale: 'fr' }).amounts.map(
        ({ kind, amount }) => [kind, amount] as [AmountKind, string],
      ),
    );

  for (const situation of [
    'pending',
    'inProgress',
    'late',
    'delivered',
    'revisionRequested',
    'revisionDeclined',
    'disputed',
  ] as const) {
    it(`${situation}: held is getBalances().held, and completion and cancellation pay what their effects pay`, () => {
      const { order, at: when } = SCENES[situation]();
      const current = run(order, { type: 'clock.tick', at: when, by: { role: 'system' } }).order;
      const platform = runningKinds(order, 'platform', when);
      expect(platform.get('held')).toBe(getBalances(current).held);
      // Completion by the platform's decision runs the same release as the buyer's (SPEC §5, §7.4).
      const frozen =
        current.status === 'disputed'
          ? current
          : run(
              current.status === 'pending'
                ? run(current, { type: 'order.accept', at: when, by: SELLER }).order
                : current,
              { type: 'dispute.open', at: when, by: PLATFORM },
            ).order;
      const released = run(frozen, { type: 'dispute.resolve', at: when, by: PLATFORM, outcome: 'release' });
      expect([platform.get('payoutOnCompletion')]).toEqual(sum(released.effects, 'payout'));
      expect(runningKinds(order, 'seller', when).get('payoutOnCompletion')).toBe(platform.get('payoutOnCompletion'));
      if (situation === 'disputed') {
        const refunded = run(current, { type: 'order.cancel', at: when, by: PLATFORM });
        expect([platform.get('refundOnCancellation')]).toEqual(sum(refunded.effects, 'refund'));
      }
    });
  }

  it('gives a cancellation under a policy that keeps the buyer fee as the refund it really pays', () => {
    const disputed = run(
      placed({
        policy: {
          ...presets.comeup,
          name: 'acme',
          refundBuyerFee: { onCancel: false, onPartialRefund: 'proportional' },
        },
      }),
      { type: 'order.accept', at: t0, by: SELLER },
      { type: 'dispute.open', at: at(t0, HOUR), by: BUYER },
    ).order;
    expect(runningKinds(disputed, 'buyer', at(t0, HOUR)).get('refundOnCancellation')).toBe('55.00');
    expect(sum(run(disputed, { type: 'order.cancel', at: at(t0, HOUR), by: PLATFORM }).effects, 'refund')).toEqual([
      '55.00',
    ]);
  });
});
