import { expect, describe as group, it } from 'vitest';
import { type Actor, nextDeadline, type Order } from '../../src';
import { type Description, describeActions, describeOrder, type PresentedAction } from '../../src/entries/describe';
import { orderGraph } from '../model/orderGraph';
import { BUYER, deepFreeze, PLATFORM, run, SELLER, SYSTEM } from '../support/fixtures';
import { ev, fiverrOrder, upworkOrder } from '../support/presetOrders';

// SPEC §9: describe follows every policy field. No text may mention an acceptance, a revision
// answer or a late cancellation the order's policy does not have.
//   Fiverr and Upwork orders: placed 03-01T10:00Z, in progress at once, deadline 03-04T10:00Z

const UTC = 'UTC';
const text = (order: Order, viewer: Actor, at: string, locale: 'fr' | 'en') =>
  describeOrder(deepFreeze(order), { viewer, at, locale, timeZone: UTC });
/** Every word a screen shows: the description whole (move, deadline, amounts, requests) and each action's label, consequence and reason. */
const words = (description: Description, actions: readonly PresentedAction[]) =>
  [
    description.title,
    description.move.text,
    description.text,
    description.deadline?.text ?? '',
    ...description.amounts.map((amount) => amount.text),
    ...description.requests,
    // A refused action is read by its reason, as the playground describes its button: its
    // consequence says what it would do, not what the order promises.
    ...actions.map((action) =>
      action.allowed ? `${action.label} ${action.consequence}` : `${action.label} ${action.why ?? ''}`,
    ),
  ].join(' | ');

/**
 * What a policy without the step must never promise, in both languages (apostrophes straight or
 * typographic, as typeset writes them). Acceptance means the order's: accepting a cancellation, an
 * extension or an offer exists under every policy.
 */
const PROMISES = {
  acceptance:
    /accept (the|this|your) order|accept or decline it|to accept it|waiting for acceptance|for the seller to accept|acceptance deadline|d['’]acceptation|accepter la commande|acceptez-la|pour l['’]accepter/i,
  revisionAnswer:
    /revision request|revision unanswered|(accept|decline) the revision|answer to the revision|demande de retouche|(accepter|refuser) la retouche|retouche (refusée|sans réponse)/i,
  lateCancellation:
    /cancel it without|without (your|the seller['’]s) agreement|sans (votre accord|l['’]accord du vendeur)/i,
};

group('describe under presets without acceptance, revision answer or late cancellation', () => {
  it("mentions none of the steps an order's policy lacks, for every order of the model graph, every viewer and both languages", () => {
    let checked = 0;
    for (const order of orderGraph().orders) {
      const { acceptanceWindow, revisionResponse, lateGrace } = order.policy;
      const forbidden = [
        ...(acceptanceWindow === null ? [PROMISES.acceptance] : []),
        ...(revisionResponse === null ? [PROMISES.revisionAnswer] : []),
        ...(lateGrace === null ? [PROMISES.lateCancellation] : []),
      ];
      if (forbidden.length === 0) continue;
      const next = nextDeadline(order);
      const instants = [order.history[order.history.length - 1]!.at, ...(next === null ? [] : [next.at])];
      for (const viewer of [BUYER, SELLER, PLATFORM]) {
        for (const at of instants) {
          for (const locale of ['en', 'fr'] as const) {
            const options = { viewer, at, locale, timeZone: UTC };
            const said = words(describeOrder(deepFreeze(order), options), describeActions(deepFreeze(order), options));
            for (const pattern of forbidden)
              expect(said, `${order.policy.name} ${order.status} for the ${viewer.role} in ${locale}`).not.toMatch(
                pattern,
              );
            checked += 1;
          }
        }
      }
    }
    // Both presets' orders were read, in many states.
    expect(checked).toBeGreaterThan(200);
  });

  it('tells the Upwork client of a late order to ask for a cancellation or open a dispute, and the freelancer likewise', () => {
    const late = run(upworkOrder(), ev('clock.tick', '2026-03-04T10:00:00.000Z', SYSTEM)).order;
    expect(text(late, BUYER, '2026-03-05T10:00:00.000Z', 'en').text).toBe(
      'The order has been late since March 4 at 10:00. You cannot cancel it alone: request a cancellation, open a dispute, or wait for the delivery.',
    );
    expect(text(late, SELLER, '2026-03-05T10:00:00.000Z', 'fr').text).toBe(
      'La commande est en retard depuis le 4\u00a0mars à 10\u00a0h. Livrez au plus vite\u00a0: l’acheteur peut vous demander l’annulation ou ouvrir un litige.',
    );
  });

  it("tells an Upwork order in progress that only the seller's agreement or a dispute refunds it", () => {
    expect(text(upworkOrder(), BUYER, '2026-03-02T10:00:00.000Z', 'en').text).toBe(
      'The seller is working on your order and must deliver it by March 4 at 10:00. Your money stays safe in escrow; the order can only be refunded with the seller’s agreement or through a dispute.',
    );
    expect(text(upworkOrder(), SELLER, '2026-03-02T10:00:00.000Z', 'en').text).toBe(
      'Deliver the order by March 4 at 10:00. If you are late, the buyer can request a cancellation or open a dispute.',
    );
  });

  it('tells the Fiverr seller from when, 24 h after the deadline, the buyer can cancel alone', () => {
    expect(text(fiverrOrder(), SELLER, '2026-03-02T10:00:00.000Z', 'en').text).toBe(
      'Deliver the order by March 4 at 10:00. From March 5 at 10:00, if it is not delivered, the buyer can cancel it without your agreement.',
    );
    expect(text(fiverrOrder(), SELLER, '2026-03-02T10:00:00.000Z', 'fr').text).toBe(
      'Livrez la commande avant le 4\u00a0mars à 10\u00a0h. À partir du 5\u00a0mars à 10\u00a0h, si elle n’est pas livrée, l’acheteur pourra l’annuler sans votre accord.',
    );
  });
});
