import type { Order } from '../model/types';
import type { Situation, Tone, Viewpoint } from './types';

/**
 * The situation of an order as it stands: its status, or one of the three moments the help
 * pages describe on their own. An in-progress order with a late mark is "En retard" (ComeUp
 * support-en 1767); a delivery whose revision the seller declined is "Retouche refusée"
 * (support-fr 1739); a revision request left unanswered past its window lets the buyer open a
 * dispute (support-fr 1741).
 */
export function situationOf(order: Order): Situation {
  if (order.status === 'inProgress' && order.lateSince !== null) return 'late';
  if (order.status === 'delivered' && order.revisions.declinedSinceDelivery) return 'revisionDeclined';
  if (order.status === 'revisionRequested' && order.revisionRequest?.overdue === true) return 'revisionOverdue';
  return order.status;
}

/** Whose move it is in each situation: `action` for the party expected to act. */
export const TONES: Readonly<Record<Situation, Readonly<Record<Viewpoint, Tone>>>> = {
  pending: { buyer: 'info', seller: 'action', platform: 'info' },
  inProgress: { buyer: 'info', seller: 'action', platform: 'info' },
  late: { buyer: 'warning', seller: 'warning', platform: 'warning' },
  delivered: { buyer: 'action', seller: 'info', platform: 'info' },
  revisionDeclined: { buyer: 'action', seller: 'info', platform: 'info' },
  revisionRequested: { buyer: 'info', seller: 'action', platform: 'info' },
  revisionOverdue: { buyer: 'warning', seller: 'warning', platform: 'warning' },
  disputed: { buyer: 'warning', seller: 'warning', platform: 'action' },
  completed: { buyer: 'done', seller: 'done', platform: 'done' },
  cancelled: { buyer: 'done', seller: 'done', platform: 'done' },
  expired: { buyer: 'done', seller: 'done', platform: 'done' },
};
