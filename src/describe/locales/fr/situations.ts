import type { Messages, SituationParams } from '../../messages';
import type { Party } from '../../types';
import { fr as t } from '../typeset';
import { did, OUTCOMES, requestOf } from './words';

// Where a French order stands, from each side: running situations, how a final one ended, where
// its money went, whose move it is, and the amounts that concern each party.

const OPENERS: Readonly<Record<Party, string>> = {
  you: 'par vous',
  buyer: t`par l'acheteur`,
  seller: 'par le vendeur',
  platform: 'par la plateforme',
  system: 'automatiquement',
};
const disputed = (p: SituationParams, next: string) =>
  t`Litige ouvert ${OPENERS[p.opener]} le ${p.date} : la commande est gelée et aucune échéance ne court. ${next}`;
const mediation = (p: SituationParams) =>
  disputed(p, t`Un médiateur de la plateforme va examiner la commande et décider : ${OUTCOMES}.`) +
  (p.opener === 'you' ? t` Vous pouvez retirer votre litige si vous trouvez un accord.` : '');
const decided = (date: string, outcome: string) =>
  t`Le médiateur de la plateforme a tranché le litige le ${date} : ${outcome}.`;

export const titles: Messages['titles'] = {
  pending: t`En attente d'acceptation`,
  inProgress: t`En cours de réalisation`,
  late: t`En retard`,
  delivered: t`Livrée`,
  revisionDeclined: t`Retouche refusée`,
  revisionRequested: t`Demande de retouche`,
  revisionOverdue: t`Retouche sans réponse`,
  disputed: t`Litige`,
  completed: t`Terminée`,
  cancelled: t`Annulée`,
  expired: t`Expirée`,
};

export const situations: Messages['situations'] = {
  pending: {
    buyer: (p) =>
      t`Votre commande est payée et l'argent est bloqué sur le compte séquestre. Le vendeur a jusqu'au ${p.date} pour l'accepter ; sinon, elle sera annulée et vous serez remboursé.`,
    seller: (p) =>
      t`Nouvelle commande : acceptez-la ou refusez-la avant le ${p.date} ; sinon, elle sera annulée automatiquement et l'acheteur remboursé.`,
    platform: (p) => t`Commande payée, en attente d'acceptation par le vendeur jusqu'au ${p.date}.`,
  },
  inProgress: {
    buyer: (p) =>
      p.deliveredBefore
        ? t`Le vendeur retravaille sur votre commande et doit la livrer avant le ${p.date}. Votre argent reste sécurisé sur le compte séquestre ; la commande ayant déjà été livrée, elle n'est remboursable qu'avec l'accord du vendeur ou par un litige.`
        : p.lateCancellation
          ? t`Le vendeur travaille sur votre commande et doit la livrer avant le ${p.date}. Votre argent reste sécurisé sur le compte séquestre ; d'ici là, la commande n'est remboursable qu'avec l'accord du vendeur.`
          : t`Le vendeur travaille sur votre commande et doit la livrer avant le ${p.date}. Votre argent reste sécurisé sur le compte séquestre ; la commande n'est remboursable qu'avec l'accord du vendeur ou par un litige.`,
    seller: (p) =>
      p.deliveredBefore
        ? t`Livrez de nouveau la commande avant le ${p.date}. Comme vous l'avez déjà livrée, l'acheteur ne peut pas l'annuler seul : seulement avec votre accord ou par un litige.`
        : !p.lateCancellation
          ? t`Livrez la commande avant le ${p.date}. En cas de retard, l'acheteur pourra vous demander l'annulation ou ouvrir un litige.`
          : p.cancelFrom === undefined
            ? t`Livrez la commande avant le ${p.date}. Passé ce délai, l'acheteur pourra l'annuler sans votre accord.`
            : t`Livrez la commande avant le ${p.date}. À partir du ${p.cancelFrom}, si elle n'est pas livrée, l'acheteur pourra l'annuler sans votre accord.`,
    platform: (p) => t`Le vendeur doit livrer avant le ${p.date}.`,
  },
  late: {
    buyer: (p) =>
      t`La commande est en retard depuis le ${p.date}. ` +
      (p.deliveredBefore
        ? t`Le vendeur l'ayant déjà livrée une fois, vous ne pouvez pas l'annuler seul : demandez l'annulation au vendeur, ouvrez un litige ou attendez la nouvelle livraison.`
        : !p.lateCancellation
          ? t`Vous ne pouvez pas l'annuler seul : demandez l'annulation au vendeur, ouvrez un litige ou attendez la livraison.`
          : p.cancelFrom === undefined
            ? t`Vous pouvez l'annuler sans l'accord du vendeur et être remboursé, ou attendre la livraison.`
            : t`Vous pourrez l'annuler sans l'accord du vendeur à partir du ${p.cancelFrom}, si elle n'est pas livrée d'ici là.`),
    seller: (p) =>
      t`La commande est en retard depuis le ${p.date}. Livrez au plus vite : ` +
      (p.deliveredBefore || !p.lateCancellation
        ? t`l'acheteur peut vous demander l'annulation ou ouvrir un litige.`
        : (p.cancelFrom === undefined
            ? t`l'acheteur peut désormais`
            : t`à partir du ${p.cancelFrom}, l'acheteur pourra`) +
          t` l'annuler sans votre accord, et vous ne seriez pas payé.`),
    platform: (p) => t`La commande est en retard depuis le ${p.date} : le vendeur n'a pas livré à temps.`,
  },
  delivered: {
    buyer: (p) =>
      t`Le vendeur a livré : vérifiez son travail avant le ${p.date}. Terminez la commande, demandez une retouche ou ouvrez un litige ; sans action de votre part, elle sera terminée automatiquement et le vendeur payé.`,
    seller: (p) =>
      t`Vous avez livré. L'acheteur a jusqu'au ${p.date} pour terminer la commande ; sans réponse de sa part, elle sera terminée automatiquement et vous serez payé.`,
    platform: (p) =>
      t`Livrée ; l'acheteur a jusqu'au ${p.date} pour terminer la commande, sinon elle sera terminée automatiquement.`,
  },
  revisionDeclined: {
    buyer: (p) =>
      t`Le vendeur a refusé votre demande de retouche. Terminez la commande ou ouvrez un litige avant le ${p.date} ; sinon, elle sera terminée automatiquement.`,
    seller: (p) =>
      t`Vous avez refusé la retouche. L'acheteur a jusqu'au ${p.date} pour terminer la commande ou ouvrir un litige.`,
    platform: (p) =>
      t`Retouche refusée par le vendeur ; l'acheteur a jusqu'au ${p.date} pour terminer la commande ou ouvrir un litige.`,
  },
  revisionRequested: {
    buyer: (p) => t`Vous avez demandé une retouche. Le vendeur a jusqu'au ${p.date} pour l'accepter ou la refuser.`,
    seller: (p) => t`L'acheteur demande une retouche : acceptez-la ou refusez-la avant le ${p.date}.`,
    platform: (p) => t`Demande de retouche ; le vendeur doit répondre avant le ${p.date}.`,
  },
  revisionOverdue: {
    buyer: (p) =>
      t`Le vendeur n'a pas répondu à votre demande de retouche avant le ${p.date}. Vous pouvez ouvrir un litige ou attendre encore sa réponse.`,
    seller: (p) =>
      t`Vous n'avez pas répondu à la demande de retouche avant le ${p.date} : répondez au plus vite, l'acheteur peut ouvrir un litige.`,
    platform: (p) => t`Le vendeur n'a pas répondu à la demande de retouche avant le ${p.date}.`,
  },
  disputed: {
    buyer: mediation,
    seller: mediation,
    platform: (p) => disputed(p, t`Tranchez : ${OUTCOMES}.`),
  },
};

export const endings: Messages['endings'] = {
  declined: (p) => t`${did(p.by, 'refusé la commande')} le ${p.date}.`,
  notAccepted: (p) =>
    t`${p.seller === 'you' ? 'Vous n’avez' : 'Le vendeur n’a'} pas accepté la commande à temps : elle a été annulée automatiquement le ${p.date}.`,
  cancelled: (p) => t`${did(p.by, 'annulé la commande')} le ${p.date}.`,
  cancelledLate: (p) => t`${did(p.by, 'annulé la commande')} le ${p.date}, en retard depuis le ${p.lateSince}.`,
  cancelledByAgreement: (p) =>
    t`${did(p.by, 'accepté')} ${requestOf(p.requester, false)} le ${p.date} : la commande est annulée.`,
  cancellationUnanswered: (p) =>
    t`${requestOf(p.requester, true)} est restée sans réponse : la commande a été annulée automatiquement le ${p.date}.`,
  refundedByDecision: (p) => decided(p.date, 'remboursement total'),
  releasedByDecision: (p) => decided(p.date, t`paiement intégral du vendeur`),
  splitByDecision: (p) =>
    decided(
      p.date,
      t`remboursement partiel de ${p.split} ${p.buyer === 'you' ? 'pour vous' : t`pour l'acheteur`}, le reste ${p.seller === 'you' ? 'pour vous' : 'pour le vendeur'}`,
    ),
  completed: (p) => t`${did(p.by, 'terminé la commande')} le ${p.date}.`,
  completedAutomatically: (p) =>
    t`La commande a été terminée automatiquement le ${p.date}, sans réponse ${p.buyer === 'you' ? 'de votre part' : t`de l'acheteur`} pendant le délai de vérification.`,
  expired: (p) => t`La commande a expiré le ${p.date} sans être terminée : elle a atteint sa durée maximale.`,
};

const forfeit = (forfeited: string) =>
  forfeited === '' ? '' : t` L'argent bloqué (${forfeited}) revient à la plateforme.`;

export const settled: Messages['settled'] = {
  buyer: (p) =>
    (p.refunded !== ''
      ? t`Vous avez été remboursé de ${p.refunded}.`
      : p.paidOut !== ''
        ? t`Le vendeur a reçu ${p.paidOut}.`
        : t`Vous n'avez pas été remboursé.`) + forfeit(p.forfeited),
  seller: (p) =>
    (p.paidOut !== '' ? t`Vous avez reçu ${p.paidOut}.` : t`Vous ne serez pas payé pour cette commande.`) +
    forfeit(p.forfeited),
  platform: (p) => {
    const parts = [
      p.paidOut && `${p.paidOut} au vendeur`,
      p.refunded && t`${p.refunded} à l'acheteur`,
      p.revenue && t`${p.revenue} à la plateforme`,
    ];
    return t`Argent versé : ${parts.filter((part) => part !== '').join(', ')}.`;
  },
};

export const moves: Messages['moves'] = {
  you: t`À vous d'agir`,
  buyer: t`À l'acheteur d'agir`,
  seller: t`Au vendeur d'agir`,
  platform: t`À la plateforme d'agir`,
  nobody: t`Plus rien à faire : la commande est clôturée`,
};

export const amounts: Messages['amounts'] = {
  held: (amount) => t`Bloqué sur le compte séquestre : ${amount}`,
  payoutOnCompletion: (amount, viewpoint) =>
    viewpoint === 'seller'
      ? t`Vous recevrez à la fin de la commande : ${amount}`
      : t`Pour le vendeur à la fin de la commande : ${amount}`,
  revenueOnCompletion: (amount) => t`Pour la plateforme à la fin de la commande : ${amount}`,
  refundOnCancellation: (amount, viewpoint) =>
    viewpoint === 'buyer'
      ? t`Votre remboursement en cas d'annulation : ${amount}`
      : t`Remboursement de l'acheteur en cas d'annulation : ${amount}`,
  refunded: (amount, viewpoint) =>
    viewpoint === 'buyer' ? t`Vous avez été remboursé : ${amount}` : t`Remboursé à l'acheteur : ${amount}`,
  paidOut: (amount, viewpoint) =>
    viewpoint === 'seller' ? t`Vous avez reçu : ${amount}` : t`Versé au vendeur : ${amount}`,
  revenue: (amount) => t`Gardé par la plateforme : ${amount}`,
};
