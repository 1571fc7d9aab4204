import { expect, describe as group, it } from 'vitest';
import { describeOrder, type Ending } from '../../src/entries/describe';
import { BUYER, PLATFORM, SELLER } from '../support/fixtures';
import { ENDINGS } from './endings';

const VIEWERS = [BUYER, SELLER, PLATFORM] as const;
const texts = (ending: Ending, locale: 'fr' | 'en') => {
  const { order, at } = ENDINGS[ending]();
  return VIEWERS.map((viewer) =>
    describeOrder(order, { viewer, at, locale, timeZone: 'Europe/Paris' }).text.replace(/[\u00a0\u202f]/g, ' '),
  );
};

group('describe: a final order says why it ended, who acted, and where the money went', () => {
  it('reads the cause and who made the closing move from the history, for every way to end', () => {
    const seen = Object.fromEntries(
      Object.entries(ENDINGS).map(([name, scene]) => {
        const { order, at } = scene();
        const d = describeOrder(order, { viewer: BUYER, at, locale: 'en' });
        return [name, `${d.ending?.ending} by ${d.ending?.by}`];
      }),
    );
    expect(seen).toEqual({
      declined: 'declined by seller',
      notAccepted: 'notAccepted by system',
      cancelled: 'cancelled by seller',
      cancelledLate: 'cancelledLate by buyer',
      cancelledByAgreement: 'cancelledByAgreement by seller',
      cancellationUnanswered: 'cancellationUnanswered by system',
      refundedByDecision: 'refundedByDecision by platform',
      releasedByDecision: 'releasedByDecision by platform',
      splitByDecision: 'splitByDecision by platform',
      completed: 'completed by buyer',
      completedAutomatically: 'completedAutomatically by system',
      expired: 'expired by system',
    });
  });

  it('tells apart a late cancellation by the buyer from the seller’s own', () => {
    expect(texts('cancelledLate', 'fr')).toEqual([
      'Vous avez annulé la commande le 4 mars à 12 h, en retard depuis le 4 mars à 11 h. Vous avez été remboursé de 57,50 €.',
      'L’acheteur a annulé la commande le 4 mars à 12 h, en retard depuis le 4 mars à 11 h. Vous ne serez pas payé pour cette commande.',
      'L’acheteur a annulé la commande le 4 mars à 12 h, en retard depuis le 4 mars à 11 h. Argent versé : 57,50 € à l’acheteur.',
    ]);
    expect(texts('cancelled', 'en')[0]).toBe(
      'The seller cancelled the order on March 2 at 11:00. You were refunded €57.50.',
    );
  });

  it('names both parties of a cancellation by agreement', () => {
    expect(texts('cancelledByAgreement', 'fr')).toEqual([
      'Le vendeur a accepté votre demande d’annulation le 2 mars à 12 h : la commande est annulée. Vous avez été remboursé de 57,50 €.',
      'Vous avez accepté la demande d’annulation de l’acheteur le 2 mars à 12 h : la commande est annulée. Vous ne serez pas payé pour cette commande.',
      'Le vendeur a accepté la demande d’annulation de l’acheteur le 2 mars à 12 h : la commande est annulée. Argent versé : 57,50 € à l’acheteur.',
    ]);
    expect(texts('cancellationUnanswered', 'en')[1]).toBe(
      'Your cancellation request went unanswered: the order was cancelled automatically on March 3 at 12:00. You will not be paid for this order.',
    );
  });

  it('says the mediator’s decision, with a partial refund as it was really paid', () => {
    expect(texts('splitByDecision', 'en')).toEqual([
      'The platform’s mediator resolved the dispute on March 3 at 11:00: a partial refund of €21.00 to you, the rest to the seller. You were refunded €21.00.',
      'The platform’s mediator resolved the dispute on March 3 at 11:00: a partial refund of €21.00 to the buyer, the rest to you. You received €29.00.',
      'The platform’s mediator resolved the dispute on March 3 at 11:00: a partial refund of €21.00 to the buyer, the rest to the seller. Money paid out: €29.00 to the seller, €21.00 to the buyer, €7.50 to the platform.',
    ]);
    expect(texts('refundedByDecision', 'fr')[1]).toBe(
      'Le médiateur de la plateforme a tranché le litige le 3 mars à 11 h : remboursement total. Vous ne serez pas payé pour cette commande.',
    );
    expect(texts('releasedByDecision', 'fr')[0]).toBe(
      'Le médiateur de la plateforme a tranché le litige le 3 mars à 11 h : paiement intégral du vendeur. Le vendeur a reçu 45,00 €.',
    );
  });

  it('says who completed the order, or that it completed by itself', () => {
    expect(texts('completed', 'fr')).toEqual([
      'Vous avez terminé la commande le 3 mars à 11 h. Le vendeur a reçu 45,00 €.',
      'L’acheteur a terminé la commande le 3 mars à 11 h. Vous avez reçu 45,00 €.',
      'L’acheteur a terminé la commande le 3 mars à 11 h. Argent versé : 45,00 € au vendeur, 12,50 € à la plateforme.',
    ]);
    expect(texts('completedAutomatically', 'en')[0]).toBe(
      'The order was completed automatically on March 9 at 11:00, without an answer from you during the review period. The seller received €45.00.',
    );
  });

  it('gives an expired order’s buyer the reason and the amount the platform kept', () => {
    expect(texts('expired', 'fr')).toEqual([
      'La commande a expiré le 1er août à 12 h sans être terminée : elle a atteint sa durée maximale. Vous n’avez pas été remboursé. L’argent bloqué (57,50 €) revient à la plateforme.',
      'La commande a expiré le 1er août à 12 h sans être terminée : elle a atteint sa durée maximale. Vous ne serez pas payé pour cette commande. L’argent bloqué (57,50 €) revient à la plateforme.',
      'La commande a expiré le 1er août à 12 h sans être terminée : elle a atteint sa durée maximale. Argent versé : 57,50 € à la plateforme.',
    ]);
  });

  it('reads differently for each way to end, from each side', () => {
    for (const locale of ['fr', 'en'] as const) {
      const all = (Object.keys(ENDINGS) as Ending[]).flatMap((ending) => texts(ending, locale));
      expect(new Set(all).size).toBe(all.length);
    }
  });
});
