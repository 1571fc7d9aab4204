import type { ConsequenceParams, Messages } from '../../messages';
import { fr as t } from '../typeset';
import { OUTCOMES } from './words';

// What each step is called in French: the button (infinitive), what doing it does, and what the
// history records once it is done (past participle). ComeUp's words (support-fr 1734, 1741, 1744,
// 1790): « demander l'annulation » and « annuler » are two steps, « relancer » a restarted order.

export const actions: Messages['actions'] = {
  'order.accept': t`Accepter la commande`,
  'order.decline': t`Refuser la commande`,
  'order.cancel': t`Annuler la commande`,
  'order.deliver': t`Livrer la commande`,
  'order.complete': t`Terminer la commande`,
  'revision.request': t`Demander une retouche`,
  'revision.accept': t`Accepter la retouche`,
  'revision.decline': t`Refuser la retouche`,
  'cancellation.request': t`Demander l'annulation`,
  'cancellation.accept': t`Accepter l'annulation`,
  'cancellation.decline': t`Refuser l'annulation`,
  'cancellation.withdraw': t`Retirer la demande d'annulation`,
  'extension.request': t`Demander un délai supplémentaire`,
  'extension.accept': t`Accorder le délai`,
  'extension.decline': t`Refuser le délai`,
  'extension.withdraw': t`Retirer la demande de délai`,
  'option.add': t`Commander une option`,
  'offer.propose': t`Proposer une offre personnalisée`,
  'offer.accept': t`Accepter l'offre`,
  'offer.decline': t`Refuser l'offre`,
  'offer.withdraw': t`Retirer l'offre`,
  'refund.propose': t`Proposer un remboursement partiel`,
  'refund.accept': t`Accepter le remboursement`,
  'refund.decline': t`Refuser le remboursement`,
  'refund.withdraw': t`Retirer la proposition de remboursement`,
  'dispute.open': t`Ouvrir un litige`,
  'dispute.withdraw': t`Retirer le litige`,
  'dispute.resolve': t`Trancher le litige`,
  'clock.tick': t`Appliquer les échéances`,
};

/** The buyer's refund after a cancellation, from the viewer's side. */
const refunded = (p: ConsequenceParams) =>
  p.viewpoint === 'buyer' ? t`vous êtes remboursé de ${p.refund}` : t`l'acheteur est remboursé de ${p.refund}`;
const unpaid = (p: ConsequenceParams) => (p.viewpoint === 'seller' ? t` ; vous ne serez pas payé` : '');

export const consequences: Messages['consequences'] = {
  'order.accept': (p) => t`Le délai de réalisation commence : livraison attendue avant le ${p.date}.`,
  'order.decline': (p) => t`La commande est annulée et ${refunded(p)}.`,
  'order.cancel': (p) =>
    p.viewpoint === 'buyer'
      ? t`La commande est annulée sans l'accord du vendeur et ${refunded(p)}.`
      : t`La commande est annulée et ${refunded(p)}${unpaid(p)}.`,
  'order.deliver': (p) =>
    t`L'acheteur aura jusqu'au ${p.date} pour vérifier votre travail ; sans réponse, la commande sera terminée et vous recevrez ${p.payout}.`,
  'order.complete': (p) =>
    t`Le vendeur reçoit ${p.payout} et la commande est terminée : elle ne sera plus remboursable.`,
  'revision.request': (p) =>
    p.revisionAnswer
      ? t`Le vendeur aura jusqu'au ${p.date} pour accepter ou refuser la retouche ; le délai de vérification s'arrête.`
      : t`La commande repasse en cours de réalisation : le vendeur doit livrer de nouveau avant le ${p.date} ; le délai de vérification s'arrête.`,
  'revision.accept': (p) =>
    t`La commande repasse en cours de réalisation : nouvelle livraison attendue avant le ${p.date}.`,
  'revision.decline': (p) =>
    t`L'acheteur aura jusqu'au ${p.date} pour terminer la commande ou ouvrir un litige ; sans réponse, vous recevrez ${p.payout}.`,
  'cancellation.request': (p) =>
    t`${p.other} aura jusqu'au ${p.date} pour répondre ; s'il accepte, la commande est annulée et ${refunded(p)}${unpaid(p)}.`,
  'cancellation.accept': (p) => t`La commande est annulée et ${refunded(p)}${unpaid(p)}.`,
  'cancellation.decline': (p) =>
    p.opensDispute
      ? t`Ce refus ouvre un litige : la commande est gelée et la plateforme tranchera.`
      : t`La commande continue ; ${p.other.toLowerCase()} pourra ouvrir un litige.`,
  'cancellation.withdraw': () => t`Votre demande d'annulation est retirée ; la commande continue.`,
  'extension.request': (p) => t`L'acheteur aura jusqu'au ${p.date} pour accorder ou refuser les jours demandés.`,
  'extension.accept': (p) => t`Le délai de réalisation passe au ${p.date}.`,
  'extension.decline': (p) => t`Le délai de réalisation reste fixé au ${p.date}.`,
  'extension.withdraw': () => t`Votre demande de délai est retirée ; le délai de réalisation ne change pas.`,
  'option.add': () =>
    t`Vous payez le prix de l'option plus sa part des frais de service ; le délai de réalisation s'allonge des jours de l'option.`,
  'offer.propose': () =>
    t`L'acheteur pourra l'accepter en payant son prix plus sa part des frais de service ; elle s'ajoutera alors à la commande.`,
  'offer.accept': (p) =>
    p.amount === ''
      ? t`Vous payez le prix de l'offre choisie plus sa part des frais de service ; elle s'ajoute à la commande.`
      : t`Vous payez ${p.amount}, frais de service compris ; l'offre s'ajoute à la commande et la livraison est attendue avant le ${p.date}.`,
  'offer.decline': () => t`L'offre est refusée ; la commande continue sans elle.`,
  'offer.withdraw': () => t`L'offre est retirée ; l'acheteur ne peut plus l'accepter.`,
  'refund.propose': (p) =>
    p.viewpoint === 'buyer'
      ? t`Si le vendeur accepte, vous êtes remboursé du montant proposé, avec la part des frais de service prévue, et la commande continue.`
      : t`Si l'acheteur accepte, il est remboursé du montant proposé, avec la part des frais de service prévue, et la commande continue.`,
  'refund.accept': (p) => {
    const amount = p.amount === '' ? 'du montant proposé' : `de ${p.amount}`;
    return p.viewpoint === 'buyer'
      ? t`Vous êtes remboursé ${amount}, tout compris ; la commande continue.`
      : t`L'acheteur est remboursé ${amount}, tout compris ; la commande continue.`;
  },
  'refund.decline': () => t`La proposition est refusée ; la commande continue.`,
  'refund.withdraw': () => t`Votre proposition est retirée ; la commande continue.`,
  'dispute.open': () =>
    t`La commande est gelée et plus aucune échéance ne court ; un médiateur de la plateforme décidera de l'issue.`,
  'dispute.withdraw': (p) =>
    t`La commande revient à l'étape « ${p.backTo} », ses échéances décalées de la durée du litige.`,
  'dispute.resolve': (p) =>
    t`Votre décision est définitive : ${OUTCOMES} (remboursement total : ${p.refund} ; paiement intégral : ${p.payout}).`,
  'clock.tick': () => t`Les échéances arrivées à leur terme s'appliquent.`,
};

export const history: Messages['history'] = {
  'order.placed': t`Commande passée`,
  'order.accept': t`Commande acceptée`,
  'order.decline': t`Commande refusée`,
  'order.cancel': t`Commande annulée`,
  'order.deliver': t`Commande livrée`,
  'order.complete': t`Commande terminée`,
  'revision.request': t`Retouche demandée`,
  'revision.accept': t`Retouche acceptée`,
  'revision.decline': t`Retouche refusée`,
  'cancellation.request': t`Annulation demandée`,
  'cancellation.accept': t`Annulation acceptée`,
  'cancellation.decline': t`Annulation refusée`,
  'cancellation.withdraw': t`Demande d'annulation retirée`,
  'extension.request': t`Délai supplémentaire demandé`,
  'extension.accept': t`Délai supplémentaire accordé`,
  'extension.decline': t`Délai supplémentaire refusé`,
  'extension.withdraw': t`Demande de délai retirée`,
  'option.add': t`Option commandée`,
  'offer.propose': t`Offre personnalisée proposée`,
  'offer.accept': t`Offre personnalisée acceptée`,
  'offer.decline': t`Offre personnalisée refusée`,
  'offer.withdraw': t`Offre personnalisée retirée`,
  'refund.propose': t`Remboursement partiel proposé`,
  'refund.accept': t`Remboursement partiel accepté`,
  'refund.decline': t`Remboursement partiel refusé`,
  'refund.withdraw': t`Proposition de remboursement retirée`,
  'dispute.open': t`Litige ouvert`,
  'dispute.withdraw': t`Litige retiré`,
  'dispute.resolve': t`Litige tranché`,
  'clock.tick': t`Échéances appliquées`,
};

export const deadlinesReached: Messages['deadlinesReached'] = {
  acceptance: t`Commande annulée automatiquement : délai d'acceptation dépassé`,
  delivery: t`Commande en retard : délai de réalisation dépassé`,
  review: t`Commande terminée automatiquement : délai de vérification écoulé`,
  cancellationResponse: t`Demande d'annulation restée sans réponse`,
  extensionResponse: t`Demande de délai restée sans réponse`,
  revisionResponse: t`Demande de retouche restée sans réponse`,
  expiry: t`Commande expirée : durée maximale atteinte`,
};

export const historyBy: Messages['historyBy'] = {
  buyer: t` par l'acheteur`,
  seller: ' par le vendeur',
  platform: ' par la plateforme',
  system: ' automatiquement',
};
