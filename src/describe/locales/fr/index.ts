import type { Messages } from '../../messages';
import { NBSP, fr as t } from '../typeset';
import { actions, consequences, deadlinesReached, history, historyBy } from './actions';
import { errors, reasons } from './reasons';
import { amounts, endings, moves, settled, situations, titles } from './situations';
import { days, de } from './words';

const UNITS = { day: 'jour', hour: 'heure', minute: 'minute', second: 'seconde' } as const;
const receives = (buyerIsYou: boolean) => (buyerIsYou ? 'vous recevriez' : t`l'acheteur recevrait`);

/** Every French string; vocabulary and typography in `words.ts` and `../typeset.ts`. */
export const fr: Messages = {
  locale: 'fr',
  titles,
  situations,
  endings,
  settled,
  moves,
  amounts,
  requests: {
    cancellation: {
      mine: (p) => t`Vous avez demandé l'annulation ; réponse attendue avant le ${p.date}.`,
      theirs: (p) => t`${p.party} demande l'annulation de la commande ; réponse attendue avant le ${p.date}.`,
    },
    extension: {
      mine: (p) => t`Vous avez demandé ${days(p.days)} de plus ; réponse attendue avant le ${p.date}.`,
      theirs: (p) => t`${p.party} demande ${days(p.days)} de plus pour livrer ; réponse attendue avant le ${p.date}.`,
    },
    refund: {
      mine: (p) =>
        t`Vous proposez un remboursement partiel de ${p.amount} ; ${receives(p.buyerIsYou)} ${p.total}, tout compris.`,
      theirs: (p) =>
        t`${p.party} propose un remboursement partiel de ${p.amount} ; ${receives(p.buyerIsYou)} ${p.total}, tout compris.`,
    },
    offer: {
      mine: (p) =>
        t`Votre offre « ${p.label} » (${p.amount}, ${days(p.days)} de plus) attend la réponse de l'acheteur` +
        (p.total === '' ? '.' : t` ; s'il l'accepte, il paiera ${p.total}, frais de service compris.`),
      theirs: (p) =>
        t`Offre personnalisée « ${p.label} » : ${p.amount}, ${days(p.days)} de plus` +
        (p.total === ''
          ? '.'
          : t` ; ${p.buyerIsYou ? 'vous paierez' : t`l'acheteur paiera`} ${p.total} en l'acceptant, frais de service compris.`),
    },
  },
  parties: { buyer: t`L'acheteur`, seller: 'Le vendeur' },
  deadlines: {
    acceptance: t`Délai d'acceptation`,
    delivery: t`Délai de réalisation`,
    review: t`Délai de vérification`,
    cancellationResponse: t`Réponse à la demande d'annulation`,
    extensionResponse: t`Réponse à la demande de délai`,
    revisionResponse: t`Réponse à la demande de retouche`,
    expiry: t`Expiration de la commande`,
    lateCancellation: t`Annulation sans l'accord du vendeur`,
  },
  actions,
  consequences,
  history,
  deadlinesReached,
  historyBy,
  reasons,
  errors,
  // "1er mars à 10 h", "12 mars 2027 à 9 h 30": French writes hours with "h", and keeps a date's
  // parts on one line.
  date: (d) =>
    `${d.day === 1 ? '1er' : d.day}${NBSP}${d.month}${d.year === undefined ? '' : `${NBSP}${d.year}`} à ${d.hour}${NBSP}h` +
    (d.minute === 0 ? '' : `${NBSP}${String(d.minute).padStart(2, '0')}`),
  span: (count, unit) => t`${count} ${UNITS[unit]}${count > 1 ? 's' : ''}`,
  deadline: (label, date, span) => t`${label} : ${date} (dans ${span})`,
  deadlineOverdue: (label, date, span) => t`${label} : ${date} (en retard de ${span})`,
  can: (action) => `Vous pouvez ${action}.`,
  cannot: (action, why) => t`Impossible ${de(action)} : ${why}.`,
  canFrom: (action, date) => `Vous pourrez ${action} à partir du ${date}.`,
  cancelFrom: (date) =>
    t`Vous pourrez annuler sans l'accord du vendeur à partir du ${date}, si la commande n'est pas livrée d'ici là.`,
  possibleFrom: (date) => `Ce sera possible à partir du ${date}.`,
};
