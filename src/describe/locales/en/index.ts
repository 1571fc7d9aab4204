import type { Messages } from '../../messages';
import { en as t } from '../typeset';
import { actions, consequences, deadlinesReached, history, historyBy } from './actions';
import { errors, reasons } from './reasons';
import { amounts, endings, moves, settled, situations, titles } from './situations';
import { days } from './words';

const receives = (buyerIsYou: boolean) => (buyerIsYou ? 'you would receive' : 'the buyer would receive');

/** Every English string; vocabulary in `words.ts`, typography in `../typeset.ts`. */
export const en: Messages = {
  locale: 'en',
  titles,
  situations,
  endings,
  settled,
  moves,
  amounts,
  requests: {
    cancellation: {
      mine: (p) => `You requested a cancellation; an answer is due by ${p.date}.`,
      theirs: (p) => `${p.party} requests a cancellation; an answer is due by ${p.date}.`,
    },
    extension: {
      mine: (p) => `You asked for ${days(p.days)}; an answer is due by ${p.date}.`,
      theirs: (p) => `${p.party} asks for ${days(p.days)} to deliver; an answer is due by ${p.date}.`,
    },
    refund: {
      mine: (p) => `You propose a partial refund of ${p.amount}; ${receives(p.buyerIsYou)} ${p.total} in all.`,
      theirs: (p) =>
        `${p.party} proposes a partial refund of ${p.amount}; ${receives(p.buyerIsYou)} ${p.total} in all.`,
    },
    offer: {
      mine: (p) =>
        t`Your offer "${p.label}" (${p.amount}, ${days(p.days)}) is waiting for the buyer's answer` +
        (p.total === '' ? '.' : `; on acceptance, the buyer pays ${p.total}, service fee included.`),
      theirs: (p) =>
        t`Custom offer "${p.label}": ${p.amount}, ${days(p.days)}` +
        (p.total === ''
          ? '.'
          : `; ${p.buyerIsYou ? 'you pay' : 'the buyer pays'} ${p.total} on acceptance, service fee included.`),
    },
  },
  parties: { buyer: 'The buyer', seller: 'The seller' },
  deadlines: {
    acceptance: 'Acceptance deadline',
    delivery: 'Delivery deadline',
    review: 'Review deadline',
    cancellationResponse: 'Answer to the cancellation request',
    extensionResponse: 'Answer to the extension request',
    revisionResponse: 'Answer to the revision request',
    expiry: 'Order expiry',
    lateCancellation: t`Cancellation without the seller's agreement`,
  },
  actions,
  consequences,
  history,
  deadlinesReached,
  historyBy,
  reasons,
  errors,
  // "March 12 at 09:30", "March 12, 2027 at 10:00": a 24-hour clock reads the same everywhere.
  date: (d) =>
    `${d.month} ${d.day}${d.year === undefined ? '' : `, ${d.year}`} at ${String(d.hour).padStart(2, '0')}:${String(d.minute).padStart(2, '0')}`,
  span: (count, unit) => `${count} ${unit}${count === 1 ? '' : 's'}`,
  deadline: (label, date, span) => `${label}: ${date} (in ${span})`,
  deadlineOverdue: (label, date, span) => `${label}: ${date} (${span} overdue)`,
  can: (action) => `You can ${action}.`,
  cannot: (action, why) => `You cannot ${action}: ${why}.`,
  canFrom: (action, date) => `You can ${action} from ${date}.`,
  cancelFrom: (date) =>
    t`You can cancel without the seller's agreement from ${date}, if the order is not delivered by then.`,
  possibleFrom: (date) => `It will be possible from ${date}.`,
};
