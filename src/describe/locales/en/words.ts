import type { Party } from '../../types';
import { en as t } from '../typeset';

// Shared words of the English texts. Vocabulary of ComeUp's English help pages (support-en
// articles 1464, 1749, 1750, 1753, 1754, 1767, 1792): "in progress", "delivered", "revision",
// "dispute", "mediator", "escrow", "restart the order". One verb per step: the buyer "completes"
// a delivered order (the status reads "Completed"), the platform "resolves" a dispute.

const SUBJECTS: Readonly<Record<Party, string>> = {
  you: 'You',
  buyer: 'The buyer',
  seller: 'The seller',
  platform: 'The platform',
  system: 'The system',
};

/** "The seller declined the order", "You declined the order". */
export const did = (party: Party, what: string): string => `${SUBJECTS[party]} ${what}`;

/** "your cancellation request", "the buyer's cancellation request". */
export function requestOf(party: Party, capital: boolean): string {
  const text = party === 'you' ? 'your cancellation request' : t`the ${party}'s cancellation request`;
  return capital ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}

/** "2 more days". */
export const days = (count: number): string => `${count} more day${count === 1 ? '' : 's'}`;

/** The four ways a mediator ends a dispute (ComeUp support-en 1753), in its words. */
export const OUTCOMES = 'a full refund, a partial refund, a restart of the order, or full payment to the seller';
