import type { ErrorCode, RefusalRule } from '../errors';
import type { Actor, Amount, DeadlineKind, Instant, OrderEventType, OrderStatus, Role } from '../model/types';

export type { RefusalRule };

/** The languages the texts exist in. Every locale file holds every string (see `locales/`). */
export type Locale = 'fr' | 'en';

/**
 * How a frontend should present a description:
 * - `info`: the order is moving and waits on someone else; nothing to do now;
 * - `action`: this viewer is expected to act (accept, deliver, review, answer a request…);
 * - `warning`: something went wrong or is frozen (late, unanswered revision, dispute);
 * - `done`: the order is final (completed, cancelled, expired).
 */
export type Tone = 'info' | 'action' | 'warning' | 'done';

/**
 * Where an order stands, a little finer than its status: the statuses themselves, plus three
 * moments the help pages name on their own ("En retard", "Retouche refusée", a revision the
 * seller left unanswered).
 */
export type Situation = OrderStatus | 'late' | 'revisionDeclined' | 'revisionOverdue';

/** Whose eyes a text is written for. The scheduler (`system`) reads the platform's texts. */
export type Viewpoint = Exclude<Role, 'system'>;

/** Someone as the viewer reads about them: `you`, or the role that acted. */
export type Party = 'you' | Role;

/** Who opened a dispute, seen from the viewer. */
export type Opener = Party;

/**
 * Whose move it is, seen from the viewer: `you` when the viewer has something to do (accept,
 * deliver, review, answer a request, decide a dispute), else the party expected to act first,
 * and `nobody` once the order is final.
 */
export type Mover = 'you' | Viewpoint | 'nobody';

/** Whose move it is, and the same in words ("À vous d’agir", "The seller’s move"). */
export type DescribedMove = { readonly by: Mover; readonly text: string };

/**
 * What a described deadline is: a deadline of the order, or the instant a late order's buyer may
 * cancel alone (the delivery deadline plus the policy's late grace), which no deadline marks.
 */
export type DeadlineTopic = DeadlineKind | 'lateCancellation';

/**
 * The deadline that matters to this viewer now: the nearest one among the steps the viewer must
 * take, else the step of the party whose move it is; the order's expiry only when it comes
 * before that step's. While a late order waits for its delivery, or a revision request is left
 * unanswered, the passed deadline itself, `overdue`. `null` while disputed (nothing runs) and
 * once final.
 */
export type DescribedDeadline = {
  readonly at: Instant;
  readonly kind: DeadlineTopic;
  /** Milliseconds from the described instant to `at`: negative or zero once overdue. */
  readonly msLeft: number;
  readonly overdue: boolean;
  /** For instance "Délai de réalisation : 12 mars à 10 h (dans 2 jours)". */
  readonly text: string;
};

/**
 * An amount a viewer may care about, read from the escrow's own functions, never re-derived:
 * - `held`: what the escrow holds now (`getBalances().held`);
 * - `payoutOnCompletion`: what the seller receives if the order completes now (the payout
 *   `release` would make); `revenueOnCompletion`: what the platform then keeps;
 * - `refundOnCancellation`: what the buyer gets back if the order is cancelled now (the refunds
 *   `refundFull` would make, under the order's `refundBuyerFee.onCancel`);
 * - `refunded`, `paidOut`, `revenue`: what went to the buyer, the seller and the platform over
 *   the order's life (`getBalances()`), for a final order.
 */
export type AmountKind =
  | 'held'
  | 'payoutOnCompletion'
  | 'revenueOnCompletion'
  | 'refundOnCancellation'
  | 'refunded'
  | 'paidOut'
  | 'revenue';

/** One amount: its kind, the exact decimal string, and a line for the viewer ("Bloqué sur le compte séquestre : 57,50 €"). */
export type DescribedAmount = { readonly kind: AmountKind; readonly amount: Amount; readonly text: string };

/**
 * Why a final order ended, read from the transition that closed it:
 * - `declined`: the seller refused it (`order.decline`); `notAccepted`: the acceptance window
 *   passed (`deadline.acceptance`);
 * - `cancelled`: someone cancelled it alone (`order.cancel`; `by` says who); `cancelledLate`:
 *   the buyer cancelled it alone once it was late;
 * - `cancelledByAgreement`: a cancellation request was accepted; `cancellationUnanswered`: it was
 *   left unanswered under a policy that then cancels (`onCancellationTimeout: 'accept'`);
 * - `refundedByDecision`, `releasedByDecision`, `splitByDecision`: the platform resolved the
 *   dispute with a full refund, a full payment of the seller, or a partial refund;
 * - `completed`: the buyer completed it; `completedAutomatically`: the review window passed;
 * - `expired`: its maximum lifetime passed (`onExpiry` says where the money went).
 */
export type Ending =
  | 'declined'
  | 'notAccepted'
  | 'cancelled'
  | 'cancelledLate'
  | 'cancelledByAgreement'
  | 'cancellationUnanswered'
  | 'refundedByDecision'
  | 'releasedByDecision'
  | 'splitByDecision'
  | 'completed'
  | 'completedAutomatically'
  | 'expired';

/** How a final order ended: why, who made the last move (`system` for a deadline), and when. */
export type DescribedEnding = { readonly ending: Ending; readonly by: Role; readonly at: Instant };

/** What `describeOrder` answers: where the order is, whose move it is, by when, and how much is at stake. */
export type Description = {
  /** The status at the described instant, deadlines due by then applied. */
  readonly status: OrderStatus;
  readonly situation: Situation;
  readonly tone: Tone;
  /** A short heading in the platform's vocabulary ("Livrée", "Demande de retouche"…). */
  readonly title: string;
  /** Whose move it is; show it first. */
  readonly move: DescribedMove;
  /**
   * One to three sentences: what is happening and what this viewer should do next, or, once
   * final, why it ended, who acted and where the money went.
   */
  readonly text: string;
  readonly deadline: DescribedDeadline | null;
  /** The amounts that concern this viewer, in the order they matter. */
  readonly amounts: readonly DescribedAmount[];
  /** One sentence per pending request or custom offer, from this viewer's side, with the money it would move. */
  readonly requests: readonly string[];
  /** Why and how a final order ended; `null` while it runs. */
  readonly ending: DescribedEnding | null;
};

/**
 * How to show an action among the others:
 * - `primary`: the step the situation asks of this viewer first (accept, deliver, complete,
 *   answer a revision, decide a dispute); at most one;
 * - `consequential`: an action that cancels the order or opens a dispute: show it apart, so
 *   that nobody takes it by mistake;
 * - `secondary`: everything else.
 */
export type Emphasis = 'primary' | 'secondary' | 'consequential';

/**
 * One action as a person chooses it: `availableActions`' line (`type`, `allowed`, `reason`,
 * `from`) with the rule that refuses it, a label, an emphasis, one line on what it does, and, when
 * refused, why in words.
 */
export type PresentedAction = {
  readonly type: OrderEventType;
  readonly allowed: boolean;
  readonly reason?: ErrorCode;
  readonly from?: Instant;
  /** The refusal's `details.rule`, when refused. */
  readonly rule?: RefusalRule;
  /** The button's label ("Livrer la commande"). */
  readonly label: string;
  readonly emphasis: Emphasis;
  /** What doing it does, in one sentence, with the money and the dates it sets. */
  readonly consequence: string;
  /** Refused only: why, specific to the rule, and what to do instead. */
  readonly why?: string;
};

/** How the text functions write dates. `timeZone` is an IANA name, UTC by default. */
export type TimeOptions = {
  readonly timeZone?: string;
  /** When given, dates in the same year as `at` leave the year out. */
  readonly at?: string;
};

/** `TimeOptions` with the locale, for the functions of `sequestre/describe` that serve every locale. */
export type TextOptions = TimeOptions & { readonly locale: Locale };

/**
 * `explainError`'s options: the refusal's `details` as `applyEvent` answered them (their `rule`
 * picks the sentence, `from`, `limit` and `status` fill it in), or `from` alone for `TOO_EARLY`.
 */
export type ErrorTextOptions = TimeOptions & { readonly from?: string; readonly details?: unknown };

/**
 * What `describeOrder` and `describeActions` need besides the order: who reads it, the instant it
 * is described at (deadlines due by then are applied), and the time zone its dates are written in
 * (UTC by default).
 */
export type ViewOptions = { readonly viewer: Actor; readonly at: string; readonly timeZone?: string };

/** `ViewOptions` with the locale, for `describeOrder` and `describeActions` of `sequestre/describe`. */
export type DescribeOptions = ViewOptions & { readonly locale: Locale };
