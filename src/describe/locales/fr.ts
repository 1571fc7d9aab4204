import type { Messages, Opener, SituationParams } from '../types';

// Vocabulary of ComeUp's French help pages (support-fr articles 1729, 1734, 1735, 1741, 1744,
// 1790): "en cours de réalisation", "livrée", "demande de retouche", "litige", "compte séquestre".

const OPENERS: Readonly<Record<Opener, string>> = {
  you: 'par vous',
  buyer: "par l'acheteur",
  seller: 'par le vendeur',
  platform: 'par la plateforme',
  system: 'automatiquement',
};
const FROZEN = "la commande est gelée et un médiateur de la plateforme décidera de l'issue (remboursement, paiement du vendeur, partage ou reprise).";
const disputedParty = (p: SituationParams) =>
  `Litige ouvert ${OPENERS[p.opener]} le ${p.date} : ${FROZEN}` + (p.opener === 'you' ? ' Vous pouvez retirer votre litige si vous trouvez un accord.' : '');
const days = (count: number) => `${count} jour${count > 1 ? 's' : ''}`;
// "de" elides before a vowel: "Impossible d'annuler", but "Impossible de livrer".
const de = (action: string) => (/^[aeéèêiîoôu]/.test(action) ? `d'${action}` : `de ${action}`);

export const fr: Messages = {
  locale: 'fr',
  titles: {
    pending: "En attente d'acceptation",
    inProgress: 'En cours de réalisation',
    late: 'En retard',
    delivered: 'Livrée',
    revisionDeclined: 'Retouche refusée',
    revisionRequested: 'Demande de retouche',
    revisionOverdue: 'Retouche sans réponse',
    disputed: 'Litige',
    completed: 'Terminée',
    cancelled: 'Annulée',
    expired: 'Expirée',
  },
  situations: {
    pending: {
      buyer: (p) => `Votre commande est payée et l'argent est bloqué sur le compte séquestre. Le vendeur a jusqu'au ${p.date} pour l'accepter, sinon elle sera annulée et remboursée.`,
      seller: (p) => `Nouvelle commande : acceptez-la ou refusez-la avant le ${p.date}, sinon elle sera annulée automatiquement.`,
      platform: (p) => `Commande payée, en attente d'acceptation par le vendeur jusqu'au ${p.date}.`,
    },
    inProgress: {
      buyer: (p) =>
        p.deliveredBefore
          ? `Le vendeur retravaille sur votre commande et doit la livrer avant le ${p.date}. Votre argent reste sécurisé sur le compte séquestre ; la commande ayant déjà été livrée, elle n'est remboursable qu'avec l'accord du vendeur ou par un litige.`
          : p.lateCancellation
            ? `Le vendeur travaille sur votre commande et doit la livrer avant le ${p.date}. Votre argent reste sécurisé sur le compte séquestre ; d'ici là, la commande n'est remboursable qu'avec l'accord du vendeur.`
            : `Le vendeur travaille sur votre commande et doit la livrer avant le ${p.date}. Votre argent reste sécurisé sur le compte séquestre ; la commande n'est remboursable qu'avec l'accord du vendeur ou par un litige.`,
      seller: (p) =>
        p.deliveredBefore
          ? `Livrez de nouveau la commande avant le ${p.date}. Comme vous l'avez déjà livrée, l'acheteur ne peut pas l'annuler seul : seulement avec votre accord ou par un litige.`
          : !p.lateCancellation
            ? `Livrez la commande avant le ${p.date}. En cas de retard, l'acheteur pourra vous demander une annulation ou ouvrir un litige.`
            : p.cancelFrom === undefined
              ? `Livrez la commande avant le ${p.date}. Passé ce délai, l'acheteur pourra l'annuler sans votre accord.`
              : `Livrez la commande avant le ${p.date}. À partir du ${p.cancelFrom}, si elle n'est pas livrée, l'acheteur pourra l'annuler sans votre accord.`,
      platform: (p) => `Le vendeur doit livrer avant le ${p.date}.`,
    },
    late: {
      buyer: (p) =>
        `La commande est en retard depuis le ${p.date}. ` +
        (p.deliveredBefore
          ? "Le vendeur l'ayant déjà livrée une fois, vous ne pouvez pas l'annuler seul : demandez une annulation au vendeur, ouvrez un litige ou attendez la nouvelle livraison."
          : !p.lateCancellation
          ? "Vous ne pouvez pas l'annuler seul : demandez une annulation au vendeur, ouvrez un litige ou attendez la livraison."
          : p.cancelFrom === undefined
          ? "Vous pouvez l'annuler sans l'accord du vendeur et être remboursé, ou attendre la livraison."
          : `Vous pourrez l'annuler sans l'accord du vendeur à partir du ${p.cancelFrom}, si elle n'est pas livrée d'ici là.`),
      seller: (p) =>
        `La commande est en retard depuis le ${p.date}. Livrez au plus vite : ` +
        (p.deliveredBefore || !p.lateCancellation
          ? "l'acheteur peut vous demander une annulation ou ouvrir un litige."
          : (p.cancelFrom === undefined ? "l'acheteur peut désormais" : `à partir du ${p.cancelFrom}, l'acheteur pourra`) + " l'annuler sans votre accord, et vous ne seriez pas payé."),
      platform: (p) => `La commande est en retard depuis le ${p.date} : le vendeur n'a pas livré à temps.`,
    },
    delivered: {
      buyer: (p) => `Le vendeur a livré : vérifiez son travail avant le ${p.date}. Terminez la commande, demandez une retouche ou ouvrez un litige ; sans action de votre part, elle sera terminée automatiquement.`,
      seller: (p) => `Vous avez livré. L'acheteur a jusqu'au ${p.date} pour valider ; sans réponse, la commande sera terminée et vous serez payé automatiquement.`,
      platform: (p) => `Livrée ; l'acheteur a jusqu'au ${p.date} pour valider, ensuite la commande se termine automatiquement.`,
    },
    revisionDeclined: {
      buyer: (p) => `Le vendeur a refusé votre demande de retouche. Terminez la commande ou ouvrez un litige avant le ${p.date}, sinon elle sera terminée automatiquement.`,
      seller: (p) => `Vous avez refusé la retouche. L'acheteur a jusqu'au ${p.date} pour terminer la commande ou ouvrir un litige.`,
      platform: (p) => `Retouche refusée par le vendeur ; l'acheteur a jusqu'au ${p.date} pour terminer la commande ou ouvrir un litige.`,
    },
    revisionRequested: {
      buyer: (p) => `Vous avez demandé une retouche. Le vendeur a jusqu'au ${p.date} pour l'accepter ou la refuser.`,
      seller: (p) => `L'acheteur demande une retouche : acceptez-la ou refusez-la avant le ${p.date}.`,
      platform: (p) => `Demande de retouche ; le vendeur doit répondre avant le ${p.date}.`,
    },
    revisionOverdue: {
      buyer: (p) => `Le vendeur n'a pas répondu à votre demande de retouche avant le ${p.date}. Vous pouvez ouvrir un litige ou attendre encore sa réponse.`,
      seller: (p) => `Vous n'avez pas répondu à la demande de retouche avant le ${p.date} : répondez au plus vite, l'acheteur peut ouvrir un litige.`,
      platform: (p) => `Le vendeur n'a pas répondu à la demande de retouche avant le ${p.date}.`,
    },
    disputed: {
      buyer: disputedParty,
      seller: disputedParty,
      platform: (p) => `Litige ouvert ${OPENERS[p.opener]} le ${p.date} : la commande est gelée. Tranchez : remboursement, paiement du vendeur, partage ou reprise.`,
    },
    completed: {
      buyer: (p) => 'La commande est terminée et le vendeur a été payé.' + (p.hasRefund ? ` Vous avez reçu un remboursement de ${p.refunded}.` : ''),
      seller: (p) => `La commande est terminée : vous avez reçu ${p.paidOut}.`,
      platform: (p) => `Commande terminée : ${p.paidOut} pour le vendeur, ${p.revenue} pour la plateforme.`,
    },
    cancelled: {
      buyer: (p) => `La commande est annulée : vous avez reçu un remboursement de ${p.refunded}.`,
      seller: () => "La commande est annulée et l'acheteur a été remboursé ; elle ne vous sera pas payée.",
      platform: (p) => `Commande annulée ; l'acheteur a reçu ${p.refunded}.`,
    },
    expired: {
      buyer: (p) =>
        'La commande a expiré sans être terminée. ' +
        { forfeit: "L'argent séquestré revient à la plateforme.", refund: `Vous avez reçu un remboursement de ${p.refunded}.`, release: 'Le vendeur a été payé.' }[p.onExpiry],
      seller: (p) =>
        'La commande a expiré sans être terminée. ' +
        { forfeit: "L'argent séquestré revient à la plateforme : vous ne serez pas payé.", refund: "L'acheteur a été remboursé.", release: `Vous avez reçu ${p.paidOut}.` }[p.onExpiry],
      platform: (p) =>
        'Commande expirée. ' +
        { forfeit: `La plateforme conserve ${p.revenue}.`, refund: `L'acheteur a reçu ${p.refunded}.`, release: `Le vendeur a reçu ${p.paidOut}.` }[p.onExpiry],
    },
  },
  requests: {
    cancellation: {
      mine: (p) => `Vous avez demandé l'annulation ; réponse attendue avant le ${p.date}.`,
      theirs: (p) => `${p.party} demande l'annulation de la commande ; réponse attendue avant le ${p.date}.`,
    },
    extension: {
      mine: (p) => `Vous avez demandé ${days(p.days)} de plus ; réponse attendue avant le ${p.date}.`,
      theirs: (p) => `${p.party} demande ${days(p.days)} de plus pour livrer ; réponse attendue avant le ${p.date}.`,
    },
    refund: {
      mine: (p) => `Vous proposez un remboursement partiel de ${p.amount}.`,
      theirs: (p) => `${p.party} propose un remboursement partiel de ${p.amount}.`,
    },
    offer: {
      mine: (p) => `Votre offre « ${p.label} » (${p.amount}, ${days(p.days)} de plus) attend la réponse de l'acheteur.`,
      theirs: (p) => `Offre personnalisée « ${p.label} » : ${p.amount}, ${days(p.days)} de plus.`,
    },
  },
  parties: { buyer: "L'acheteur", seller: 'Le vendeur' },
  deadlines: {
    acceptance: "Délai d'acceptation",
    delivery: 'Délai de réalisation',
    review: 'Validation automatique',
    cancellationResponse: "Réponse à la demande d'annulation",
    extensionResponse: 'Réponse à la demande de délai',
    revisionResponse: 'Réponse à la demande de retouche',
    expiry: 'Expiration de la commande',
  },
  actions: {
    'order.accept': 'Accepter la commande',
    'order.decline': 'Refuser la commande',
    'order.cancel': 'Annuler la commande',
    'order.deliver': 'Livrer la commande',
    'order.complete': 'Terminer la commande',
    'revision.request': 'Demander une retouche',
    'revision.accept': 'Accepter la retouche',
    'revision.decline': 'Refuser la retouche',
    'cancellation.request': "Demander l'annulation",
    'cancellation.accept': "Accepter l'annulation",
    'cancellation.decline': "Refuser l'annulation",
    'cancellation.withdraw': "Retirer la demande d'annulation",
    'extension.request': 'Demander un délai supplémentaire',
    'extension.accept': 'Accorder le délai',
    'extension.decline': 'Refuser le délai',
    'extension.withdraw': 'Retirer la demande de délai',
    'option.add': 'Commander une option',
    'offer.propose': 'Proposer une offre personnalisée',
    'offer.accept': "Accepter l'offre",
    'offer.decline': "Refuser l'offre",
    'offer.withdraw': "Retirer l'offre",
    'refund.propose': 'Proposer un remboursement partiel',
    'refund.accept': 'Accepter le remboursement',
    'refund.decline': 'Refuser le remboursement',
    'refund.withdraw': 'Retirer la proposition de remboursement',
    'dispute.open': 'Ouvrir un litige',
    'dispute.withdraw': 'Retirer le litige',
    'dispute.resolve': 'Trancher le litige',
    'clock.tick': 'Appliquer les échéances',
  },
  errors: {
    INVALID_INPUT: 'les informations saisies ne sont pas valides',
    INVALID_ORDER: "la commande n'a pas pu être lue ; rechargez-la",
    FORBIDDEN: "vous n'avez pas le droit de faire cela sur cette commande",
    OUT_OF_ORDER: 'la commande a changé entre-temps ; rechargez-la',
    ORDER_CLOSED: 'la commande est close et ne peut plus changer',
    NOT_ALLOWED: "l'étape actuelle de la commande ne le permet pas",
    CONFLICT: 'une demande du même type attend déjà une réponse, ou cette référence est déjà utilisée',
    LIMIT_REACHED: 'le nombre de retouches prévu est atteint',
    TOO_EARLY: "ce n'est pas encore possible",
    AMOUNT_MISMATCH: 'le montant payé ne correspond pas au prix demandé',
  },
  // "1er mars à 10 h", "12 mars 2027 à 9 h 30": French typography writes hours with "h".
  date: (d) =>
    `${d.day === 1 ? '1er' : d.day} ${d.month}${d.year === undefined ? '' : ` ${d.year}`} à ${d.hour} h` +
    (d.minute === 0 ? '' : ` ${String(d.minute).padStart(2, '0')}`),
  deadline: (label, date, left) => `${label} : ${date} (${left})`,
  placed: 'Commande passée',
  deadlineReached: (label) => `Échéance : ${label}`,
  can: (action) => `Vous pouvez ${action}.`,
  cannot: (action, why) => `Impossible ${de(action)} : ${why}.`,
  canFrom: (action, date) => `Vous pourrez ${action} à partir du ${date}.`,
  cancelFrom: (date) => `Vous pourrez annuler sans l'accord du vendeur à partir du ${date}, si la commande n'est pas livrée d'ici là.`,
  possibleFrom: (date) => `Ce sera possible à partir du ${date}.`,
};
