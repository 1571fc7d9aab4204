import type { Messages, ReasonParams } from '../../messages';
import { fr as t } from '../typeset';

// Why a French reader cannot do something, one sentence per rule (docs/errors.md), saying what to
// do instead; never the engine's words.

const whatElse = t`terminez la commande ou ouvrez un litige`;

function revisionLimit({ limit }: ReasonParams): string {
  if (limit === 0) return t`Ce service ne prévoit pas de retouche : ${whatElse}.`;
  if (limit === 1) return t`La retouche prévue a déjà été utilisée : ${whatElse}.`;
  return limit === undefined
    ? t`Toutes les retouches prévues ont été utilisées : ${whatElse}.`
    : t`Les ${limit} retouches prévues ont toutes été utilisées : ${whatElse}.`;
}

export const reasons: Messages['reasons'] = {
  notAtThisStep: (p) =>
    p.status === undefined
      ? t`Ce n'est pas possible à cette étape de la commande.`
      : t`Ce n'est pas possible à l'étape « ${p.status} ».`,
  frozenByDispute: () => t`La commande est gelée par un litige : seule la plateforme peut l'annuler.`,
  deliveredAlready: () =>
    t`Le vendeur a déjà livré cette commande : vous ne pouvez plus l'annuler seul. Demandez l'annulation au vendeur ou ouvrez un litige.`,
  beforeLate: (p) =>
    p.from === undefined
      ? t`Vous pourrez annuler sans l'accord du vendeur une fois le délai de réalisation dépassé ; avant, demandez l'annulation au vendeur.`
      : t`Vous pourrez annuler sans l'accord du vendeur à partir du ${p.from}, si la commande n'est pas livrée d'ici là ; avant, demandez l'annulation au vendeur.`,
  noLateCancellation: () =>
    t`Sur cette plateforme, l'acheteur n'annule jamais seul une commande en cours, même en retard : demandez l'annulation au vendeur ou ouvrez un litige.`,
  sellerMustRequest: () =>
    t`Sur cette plateforme, vous ne pouvez pas annuler seul une commande commencée : demandez l'annulation, que l'acheteur acceptera ou refusera.`,
  revisionDeclined: () => t`Le vendeur a refusé votre dernière demande de retouche : ${whatElse}.`,
  revisionLimit,
  cancellationPending: () => t`Une demande d'annulation attend déjà une réponse.`,
  extensionPending: () => t`Une demande de délai attend déjà une réponse.`,
  refundPending: () => t`Une proposition de remboursement partiel attend déjà une réponse.`,
  noCancellationRequest: () => t`Aucune demande d'annulation n'attend de réponse.`,
  noExtensionRequest: () => t`Aucune demande de délai n'attend de réponse.`,
  noRefundProposal: () => t`Aucune proposition de remboursement partiel n'attend de réponse.`,
  ownRequest: () => t`C'est votre propre demande : l'autre partie y répond, et vous pouvez la retirer.`,
  notRequester: () => t`Seule la partie qui a fait la demande peut la retirer.`,
  noOffer: () => t`Aucune offre personnalisée n'attend de réponse.`,
  offerGone: () => t`Cette offre n'attend plus de réponse : elle a été acceptée, refusée ou retirée.`,
  notOpener: () => t`Seule la partie qui a ouvert le litige peut le retirer.`,
  refundRange: (p) =>
    p.below === undefined
      ? t`Un remboursement partiel doit être supérieur à zéro et inférieur à ce qui reste des prestations ; pour tout rembourser, passez par l'annulation de la commande.`
      : t`Un remboursement partiel doit être supérieur à zéro et inférieur à ${p.below}, ce qui reste des prestations ; pour tout rembourser, passez par l'annulation de la commande.`,
  proposerNotAllowed: () =>
    t`Sur cette plateforme, vous ne pouvez pas proposer de remboursement partiel : l'autre partie peut vous en proposer un ; sinon, demandez l'annulation ou ouvrez un litige.`,
  aboveMaxShare: (p) => {
    const cap =
      p.share === undefined
        ? t`le plafond que cette plateforme fixe aux remboursements partiels`
        : t`${p.share.replace('.', ',')} % des prestations, le plafond que cette plateforme fixe aux remboursements partiels`;
    if (p.max === undefined)
      return t`Ce remboursement porterait les remboursements partiels au-delà de ${cap} : proposez moins, ou ouvrez un litige.`;
    return /[1-9]/.test(p.max)
      ? t`Ce remboursement porterait les remboursements partiels au-delà de ${cap} : proposez au plus ${p.max}, ou ouvrez un litige.`
      : t`Les remboursements partiels atteignent déjà ${cap} : ouvrez un litige pour régler le reste.`;
  },
  lifetimeTooLarge: () =>
    t`Le total payé pour cette commande dépasserait le montant maximal d'une commande : passez une nouvelle commande.`,
  afterYear9999: () => t`L'échéance que cela fixerait tomberait après l'an 9999.`,
  recordsFull: () =>
    t`La commande a atteint son nombre maximal d'enregistrements : seule la plateforme peut encore l'annuler ou trancher son litige.`,
  closed: () => t`La commande est clôturée : plus rien ne peut y changer.`,
  outOfOrder: () => t`La commande a changé entre-temps : rechargez-la.`,
  forbiddenRole: () => t`Votre rôle ne permet pas cette action.`,
  notAParty: () => t`Vous n'êtes ni l'acheteur ni le vendeur de cette commande.`,
  sentTwice: () =>
    t`Cette action a déjà été envoyée avec d'autres informations : rechargez la commande avant de réessayer.`,
  extraExists: () => t`Cette option ou cette offre figure déjà sur la commande.`,
  paymentUsed: () => t`Ce paiement a déjà servi pour cette commande : un nouveau paiement est nécessaire.`,
  amountMismatch: () => t`Le montant payé ne correspond pas au prix demandé, frais de service compris.`,
  invalidAmount: () =>
    t`Ce montant n'est pas valide : écrivez-le en chiffres, avec au plus les décimales de la devise.`,
  amountZero: () => t`Le montant doit être supérieur à zéro.`,
  amountTooLarge: () => t`Ce montant est trop élevé.`,
  invalidText: () => t`Le texte est vide ou trop long (2 000 caractères au plus).`,
  outOfRange: () => t`Ce nombre sort des limites permises.`,
  malformed: () =>
    t`L'application a envoyé une demande mal formée, sans que vous y soyez pour rien : réessayez ou contactez le support.`,
  unreadableOrder: () =>
    t`La commande enregistrée n'a pas pu être lue : rechargez-la, ou contactez le support si cela persiste.`,
};

export const errors: Messages['errors'] = {
  INVALID_INPUT: t`les informations saisies ne sont pas valides`,
  INVALID_ORDER: t`la commande n'a pas pu être lue ; rechargez-la`,
  FORBIDDEN: t`votre rôle ne le permet pas sur cette commande`,
  OUT_OF_ORDER: t`la commande a changé entre-temps ; rechargez-la`,
  ORDER_CLOSED: t`la commande est clôturée et ne peut plus changer`,
  NOT_ALLOWED: t`la commande n'en est pas à l'étape qui le permet`,
  CONFLICT: t`une demande du même type attend déjà une réponse`,
  LIMIT_REACHED: t`la limite prévue est atteinte`,
  TOO_EARLY: t`ce n'est pas encore possible`,
  AMOUNT_MISMATCH: t`le montant payé ne correspond pas au prix demandé`,
};
