import type { Party } from '../../types';
import { fr as t } from '../typeset';

// Shared words of the French texts. Vocabulary of ComeUp's French help pages (support-fr
// articles 1729, 1734, 1735, 1739, 1741, 1744, 1790): « en cours de réalisation », « livrée »,
// « demande de retouche », « litige », « médiateur », « compte séquestre », « relancer la
// commande », « clôturée ». One verb per step: the buyer « termine » a delivered order (the
// status reads « Terminée »), the platform « tranche » a dispute.

/** Who did something, as the subject of a verb in the passé composé ("Le vendeur a"). */
const SUBJECTS: Readonly<Record<Party, string>> = {
  you: t`Vous avez`,
  buyer: t`L'acheteur a`,
  seller: t`Le vendeur a`,
  platform: t`La plateforme a`,
  system: t`Le système a`,
};

/** "Le vendeur a refusé la commande", "Vous avez refusé la commande". */
export const did = (party: Party, what: string): string => `${SUBJECTS[party]} ${what}`;

/** "Votre demande d'annulation", "La demande d'annulation de l'acheteur". */
export function requestOf(party: Party, capital: boolean): string {
  if (party === 'you') return capital ? t`Votre demande d'annulation` : t`votre demande d'annulation`;
  const of = party === 'buyer' ? t`de l'acheteur` : party === 'seller' ? t`du vendeur` : t`de la plateforme`;
  return `${capital ? 'La' : 'la'} ${t`demande d'annulation`} ${of}`;
}

/** "2 jours", with the no-break space. */
export const days = (count: number): string => t`${count} jour${count > 1 ? 's' : ''}`;

/** "de livrer", "d'annuler": « de » elides before a vowel. */
export const de = (action: string): string => (/^[aeéèêiîoôu]/.test(action) ? t`d'${action}` : `de ${action}`);

/** The four ways a mediator ends a dispute (ComeUp support-fr 1744), in its words. */
export const OUTCOMES = t`remboursement total, remboursement partiel, relance de la commande ou paiement intégral du vendeur`;
