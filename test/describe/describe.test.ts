import { describe as group, expect, it } from 'vitest';
import { presets, type Order } from '../../src';
import { describeOrder, type Description } from '../../src/entries/describe';
import { BUYER, DAY, HOUR, PLATFORM, SELLER, SYSTEM, at, deepFreeze, placed, run, t0 } from '../support/fixtures';
import { SCENES } from './situations';

const PARIS = 'Europe/Paris';
const NBSP = '\u00a0';
const accepted = (order: Order = placed()) => run(order, { type: 'order.accept', at: t0, by: SELLER }).order;
const text = (order: Order, viewer: typeof BUYER | typeof SELLER | typeof PLATFORM, when: string, locale: 'fr' | 'en') =>
  describeOrder(deepFreeze(order), { viewer, at: when, locale, timeZone: PARIS });

group('describe: a late order', () => {
  const late = SCENES.late();

  it('tells the buyer in French that it can cancel alone, with the late mark in Paris time', () => {
    const description = text(late.order, BUYER, late.at, 'fr');
    expect(description).toMatchObject({ status: 'inProgress', situation: 'late', tone: 'warning', title: 'En retard' });
    expect(description.text).toBe(
      "La commande est en retard depuis le 4 mars à 11 h. Vous pouvez l'annuler sans l'accord du vendeur et être remboursé, ou attendre la livraison.",
    );
  });

  it('tells the seller in English to deliver now, as the buyer can cancel unpaid', () => {
    expect(text(late.order, SELLER, late.at, 'en').text).toBe(
      'The order has been late since March 4 at 11:00. Deliver as soon as possible: the buyer can now cancel it without your agreement, and you would not be paid.',
    );
  });

  it('says from when the buyer can cancel while a late grace still runs', () => {
    const order = accepted(placed({ policy: { ...presets.comeup, name: 'acme', lateGrace: 'P1D' } }));
    const when = at(t0, 3 * DAY + HOUR);
    expect(text(order, BUYER, when, 'fr').text).toBe(
      "La commande est en retard depuis le 4 mars à 11 h. Vous pourrez l'annuler sans l'accord du vendeur à partir du 5 mars à 11 h, si elle n'est pas livrée d'ici là.",
    );
    expect(text(order, SELLER, when, 'fr').text).toBe(
      "La commande est en retard depuis le 4 mars à 11 h. Livrez au plus vite : à partir du 5 mars à 11 h, l'acheteur pourra l'annuler sans votre accord, et vous ne seriez pas payé.",
    );
    expect(text(order, SELLER, when, 'en').text).toBe(
      'The order has been late since March 4 at 11:00. Deliver as soon as possible: from March 5 at 11:00, the buyer can cancel it without your agreement, and you would not be paid.',
    );
  });
});

group('describe: the next deadline', () => {
  it('gives the delivery deadline as an instant, a kind, the milliseconds left and a sentence', () => {
    expect(text(accepted(), SELLER, at(t0, DAY + 90 * 60_000), 'fr').deadline).toEqual({
      at: '2026-03-04T10:00:00.000Z',
      kind: 'delivery',
      msLeft: 2 * DAY - 90 * 60_000,
      text: 'Délai de réalisation : 4 mars à 11 h (dans 46 heures)',
    });
  });

  it('rounds the time left down, through days, hours, minutes and seconds', () => {
    const left = (ms: number) => text(accepted(), BUYER, at(t0, 3 * DAY - ms), 'en').deadline?.text;
    expect(left(2 * DAY + 23 * HOUR)).toBe('Delivery deadline: March 4 at 11:00 (in 2 days)');
    expect(left(2 * DAY - 1)).toBe('Delivery deadline: March 4 at 11:00 (in 47 hours)');
    expect(left(2 * HOUR - 1)).toBe('Delivery deadline: March 4 at 11:00 (in 119 minutes)');
    expect(left(59_999)).toBe('Delivery deadline: March 4 at 11:00 (in 59 seconds)');
  });

  it('is null while disputed and on a final order', () => {
    expect(text(SCENES.disputed().order, BUYER, SCENES.disputed().at, 'en').deadline).toBeNull();
    expect(text(SCENES.completed().order, BUYER, SCENES.completed().at, 'en').deadline).toBeNull();
  });

  it('writes dates in UTC when no time zone is given', () => {
    const description = describeOrder(accepted(), { viewer: SELLER, at: t0, locale: 'en' });
    expect(description.text).toBe('Deliver the order by March 4 at 10:00. After that, the buyer can cancel it without your agreement.');
  });

  it('writes the year of a date in another year, and "1er" for the first of a month in French', () => {
    const order = run(placed({ placedAt: '2026-12-29T10:00:00Z' }), { type: 'order.accept', at: '2026-12-29T10:00:00Z', by: SELLER }).order;
    const description = describeOrder(order, { viewer: BUYER, at: '2026-12-29T10:00:00Z', locale: 'fr' });
    expect(description.deadline?.text).toBe('Délai de réalisation : 1er janvier 2027 à 10 h (dans 3 jours)');
  });
});

group('describe: as the order stands at `at`', () => {
  it('applies the deadlines due by then: an order past its acceptance window reads as cancelled', () => {
    const description = text(placed(), BUYER, at(t0, 49 * HOUR), 'fr');
    expect(description).toMatchObject({ status: 'cancelled', tone: 'done', title: 'Annulée' });
    expect(description.text).toBe(`La commande est annulée : vous avez reçu un remboursement de 57,50${NBSP}€.`);
  });

  it('never changes the order it describes', () => {
    const order = accepted();
    const before = JSON.stringify(order);
    text(order, BUYER, at(t0, 10 * DAY), 'en');
    expect(JSON.stringify(order)).toBe(before);
  });
});

group('describe: disputes', () => {
  it('tells the opener it can withdraw, and the other party only that the platform decides', () => {
    const { order, at: when } = SCENES.disputed();
    expect(text(order, BUYER, when, 'fr').text).toBe(
      "Litige ouvert par vous le 2 mars à 11 h : la commande est gelée et un médiateur de la plateforme décidera de l'issue (remboursement, paiement du vendeur, partage ou reprise). Vous pouvez retirer votre litige si vous trouvez un accord.",
    );
    expect(text(order, SELLER, when, 'en').text).toBe(
      'Dispute opened by the buyer on March 2 at 11:00: the order is frozen and a platform mediator will decide the outcome (refund, payment to the seller, split or restart).',
    );
    expect(text(order, PLATFORM, when, 'en')).toMatchObject({ tone: 'action', title: 'Dispute' });
  });

  it('says an automatic dispute opened by itself', () => {
    let order = accepted();
    for (const hours of [1, 2]) {
      order = run(
        order,
        { type: 'cancellation.request', at: at(t0, hours * HOUR), by: BUYER },
        { type: 'cancellation.decline', at: at(t0, hours * HOUR), by: SELLER },
      ).order;
    }
    expect(order.status).toBe('disputed');
    expect(text(order, PLATFORM, at(t0, 3 * HOUR), 'fr').text).toBe(
      'Litige ouvert automatiquement le 1er mars à 13 h : la commande est gelée. Tranchez : remboursement, paiement du vendeur, partage ou reprise.',
    );
  });
});

group('describe: final statuses', () => {
  const finals = (situation: 'completed' | 'cancelled' | 'expired', locale: 'fr' | 'en') => {
    const scene = SCENES[situation]();
    return [BUYER, SELLER, PLATFORM].map((viewer) => text(scene.order, viewer, scene.at, locale)).map((d: Description) => `${d.tone} ${d.title}: ${d.text}`);
  };

  it('says who got the money when the order completes', () => {
    expect(finals('completed', 'fr')).toEqual([
      'done Terminée: La commande est terminée et le vendeur a été payé.',
      `done Terminée: La commande est terminée : vous avez reçu 45,00${NBSP}€.`,
      `done Terminée: Commande terminée : 45,00${NBSP}€ pour le vendeur, 12,50${NBSP}€ pour la plateforme.`,
    ]);
  });

  it('mentions the buyer’s partial refund on completion', () => {
    const order = run(
      accepted(),
      { type: 'refund.propose', at: at(t0, HOUR), by: BUYER, amount: '10.00' },
      { type: 'refund.accept', at: at(t0, HOUR), by: SELLER },
      { type: 'order.deliver', at: at(t0, HOUR), by: SELLER },
      { type: 'order.complete', at: at(t0, HOUR), by: BUYER },
    ).order;
    expect(text(order, BUYER, at(t0, HOUR), 'en').text).toBe('The order is complete and the seller has been paid. You received a refund of €10.50.');
  });

  it('says the buyer was refunded when the order is cancelled', () => {
    expect(finals('cancelled', 'en')).toEqual([
      'done Cancelled: The order is cancelled: you received a refund of €57.50.',
      'done Cancelled: The order is cancelled and the buyer has been refunded; you will not be paid for it.',
      'done Cancelled: Cancelled; the buyer received €57.50.',
    ]);
  });

  it('says where the money went when the order expires, under each expiry rule', () => {
    expect(finals('expired', 'fr')).toEqual([
      "done Expirée: La commande a expiré sans être terminée. L'argent séquestré revient à la plateforme.",
      "done Expirée: La commande a expiré sans être terminée. L'argent séquestré revient à la plateforme : vous ne serez pas payé.",
      `done Expirée: Commande expirée. La plateforme conserve 57,50${NBSP}€.`,
    ]);
    const expired = (onExpiry: 'refund' | 'release', viewer: typeof BUYER | typeof SELLER) =>
      text(accepted(placed({ policy: { ...presets.comeup, name: 'acme', onExpiry } })), viewer, SCENES.expired().at, 'en').text;
    expect(expired('refund', BUYER)).toBe('The order expired before it was completed. You received a refund of €57.50.');
    expect(expired('release', SELLER)).toBe('The order expired before it was completed. You received €45.00.');
  });
});

group('describe: pending requests and offers', () => {
  it('tells the other party a request waits for its answer, and turns its tone to action', () => {
    const order = run(accepted(), { type: 'extension.request', at: at(t0, HOUR), by: SELLER, days: 2 }).order;
    const buyer = text(order, BUYER, at(t0, HOUR), 'fr');
    expect(buyer.tone).toBe('action');
    expect(buyer.requests).toEqual(['Le vendeur demande 2 jours de plus pour livrer ; réponse attendue avant le 3 mars à 12 h.']);
    const seller = text(order, SELLER, at(t0, HOUR), 'en');
    expect(seller.requests).toEqual(['You asked for 2 more days; an answer is due by March 3 at 12:00.']);
    expect(text(order, PLATFORM, at(t0, HOUR), 'en').tone).toBe('info');
  });

  it('describes a cancellation request, a refund proposal and offers from each side', () => {
    const order = run(
      accepted(),
      { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER },
      { type: 'refund.propose', at: at(t0, HOUR), by: SELLER, amount: '5' },
      { type: 'offer.propose', at: at(t0, HOUR), by: SELLER, offer: { id: 'of-1', label: 'Animated logo', price: '20', extraDays: 1 } },
    ).order;
    expect(text(order, BUYER, at(t0, HOUR), 'fr').requests).toEqual([
      "Vous avez demandé l'annulation ; réponse attendue avant le 3 mars à 12 h.",
      `Le vendeur propose un remboursement partiel de 5,00${NBSP}€.`,
      `Offre personnalisée « Animated logo » : 20,00${NBSP}€, 1 jour de plus.`,
    ]);
    expect(text(order, SELLER, at(t0, HOUR), 'en').requests).toEqual([
      'The buyer asks to cancel the order; an answer is due by March 3 at 12:00.',
      'You propose a partial refund of €5.00.',
      'Your offer "Animated logo" (€20.00, 1 more day) is waiting for the buyer\'s answer.',
    ]);
  });
});

group('describe: the scheduler', () => {
  it('reads the platform’s texts', () => {
    const order = accepted();
    expect(describeOrder(order, { viewer: SYSTEM, at: t0, locale: 'en' })).toEqual(describeOrder(order, { viewer: PLATFORM, at: t0, locale: 'en' }));
  });
});
