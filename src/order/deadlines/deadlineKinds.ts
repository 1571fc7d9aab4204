import type { DeadlineKind } from '../types';

/** SPEC §6: deadlines at the same instant apply in this order, and `nextDeadline` breaks ties so. */
export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'acceptance',
  'delivery',
  'review',
  'cancellationResponse',
  'extensionResponse',
  'revisionResponse',
  'expiry',
];
