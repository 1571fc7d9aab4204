import type { Posting } from '../../../model/escrow';

/**
 * What a replayed posting is compared on: `'whole'`, every field (schema 2); `'schema1'`, the
 * fields schema 1 stored, before postings carried their version and parts.
 */
export type Compared = 'whole' | 'schema1';

const WHOLE: readonly (keyof Posting)[] = [
  'version',
  'at',
  'from',
  'to',
  'amount',
  'cause',
  'paymentId',
  'items',
  'tip',
  'buyerFee',
  'component',
];
const SCHEMA1: readonly (keyof Posting)[] = ['at', 'from', 'to', 'amount', 'cause', 'paymentId', 'component'];

/** Whether two runs of postings are the same, field by field (an absent field equals an absent one). */
export function samePostings(made: readonly Posting[], stored: readonly Posting[], compared: Compared): boolean {
  if (made.length !== stored.length) return false;
  const fields = compared === 'whole' ? WHOLE : SCHEMA1;
  return made.every((posting, i) => fields.every((field) => posting[field] === stored[i]![field]));
}
