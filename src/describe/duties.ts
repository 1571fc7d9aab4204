import { deadlineOf } from '../deadlines';
import type { Instant, Order } from '../model/types';
import { buyerCancelOpensAt } from '../order/rules/cancel';
import { toInstant } from '../time';
import type { DeadlineTopic, Mover, Situation, Viewpoint } from './types';

/**
 * Whose move it is and the deadline that matters, from the steps the order waits for. Each
 * running situation waits for one party's step (SPEC §5; ComeUp support-fr 1729, 1734, 1735,
 * 1741, 1744): the seller accepts, delivers or answers a revision, the buyer reviews a delivery,
 * the platform decides a dispute. A pending cancellation or extension request waits for its
 * answer by its own deadline, a refund proposal without one. Custom offers wait for nobody:
 * answering one is optional.
 */

/** One step the order waits for: whose, and by when (`at` null when no deadline runs). */
export type Duty = {
  readonly party: Viewpoint;
  readonly kind: DeadlineTopic | null;
  readonly at: Instant | null;
  /** The deadline has passed and the step is still awaited (late delivery, unanswered revision). */
  readonly overdue: boolean;
};

/** The deadline that matters, when one does. */
export type Governing = { readonly kind: DeadlineTopic; readonly at: Instant; readonly overdue: boolean };

/** The steps the order waits for at `atMs`, the situation's own first. */
export function dutiesOf(order: Order, situation: Situation, atMs: number): Duty[] {
  const duties = [...situationDuties(order, situation, atMs)];
  const { cancellation, extension, refund } = order.requests;
  if (situation === 'disputed') return duties;
  if (cancellation !== null)
    duties.push(duty(otherThan(cancellation.by.role), 'cancellationResponse', cancellation.deadline));
  if (extension !== null) duties.push(duty('buyer', 'extensionResponse', extension.deadline));
  if (refund !== null) duties.push({ party: otherThan(refund.by.role), kind: null, at: null, overdue: false });
  return duties;
}

function situationDuties(order: Order, situation: Situation, atMs: number): Duty[] {
  switch (situation) {
    case 'pending':
      return [duty('seller', 'acceptance', deadlineOf(order, 'acceptance'))];
    case 'inProgress':
      return [duty('seller', 'delivery', order.deliveryDeadline)];
    case 'late': {
      // SPEC §5: the buyer may cancel an undelivered late order alone from the deadline plus the
      // late grace; while that is ahead, it is the instant both parties watch. Without a late
      // grace (SPEC §9 `lateGrace: null`) that instant never comes: the delivery stays overdue.
      const cancelFromMs = buyerCancelOpensAt(order.deliveryDeadline, order.policy.lateGrace);
      if (order.deliveredAt === null && cancelFromMs !== null && cancelFromMs > atMs)
        return [duty('seller', 'lateCancellation', toInstant(cancelFromMs))];
      return [{ ...duty('seller', 'delivery', order.deliveryDeadline), overdue: true }];
    }
    case 'delivered':
    case 'revisionDeclined':
      return [duty('buyer', 'review', order.reviewDeadline)];
    case 'revisionRequested':
      return [duty('seller', 'revisionResponse', order.revisionRequest!.deadline)];
    case 'revisionOverdue':
      return [{ ...duty('seller', 'revisionResponse', order.revisionRequest!.deadline), overdue: true }];
    case 'disputed':
      return [{ party: 'platform', kind: null, at: null, overdue: false }];
    default:
      return [];
  }
}

/**
 * Whose move it is for this viewer, and the deadline that matters to them: the viewer's own
 * nearest step if they have one, else the step of the party expected to act first (a running
 * deadline before a passed one, the nearest first). The expiry replaces it only when it comes
 * first: it never hides a nearer step (issue 13).
 */
export function moveOf(
  order: Order,
  duties: readonly Duty[],
  viewpoint: Viewpoint,
): { mover: Mover; deadline: Governing | null } {
  if (duties.length === 0) return { mover: 'nobody', deadline: null };
  const mine = duties.filter((each) => each.party === viewpoint);
  const first = firstOf(mine.length > 0 ? mine : duties);
  const mover: Mover = mine.length > 0 ? 'you' : first.party;
  const timed = first.at !== null ? first : mine.length > 0 ? firstOf(duties) : first;
  const deadline: Governing | null =
    timed.at === null || timed.kind === null ? null : { kind: timed.kind, at: timed.at, overdue: timed.overdue };
  const expiry = deadlineOf(order, 'expiry');
  if (expiry !== null && (deadline === null || (!deadline.overdue && Date.parse(expiry) < Date.parse(deadline.at)))) {
    return { mover, deadline: { kind: 'expiry', at: expiry, overdue: false } };
  }
  return { mover, deadline };
}

/** The step that comes first: a running deadline, the nearest; then a passed one; then one without. */
function firstOf(duties: readonly Duty[]): Duty {
  const rank = (each: Duty) => (each.at === null ? 2 : each.overdue ? 1 : 0);
  return [...duties].sort(
    (a, b) => rank(a) - rank(b) || (a.at !== null && b.at !== null ? Date.parse(a.at) - Date.parse(b.at) : 0),
  )[0]!;
}

function duty(party: Viewpoint, kind: DeadlineTopic, at: Instant | null): Duty {
  return { party, kind, at, overdue: false };
}

/** The party that answers a request made by `role`. */
function otherThan(role: string): Viewpoint {
  return role === 'buyer' ? 'seller' : 'buyer';
}
