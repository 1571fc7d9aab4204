import type { ErrorCode } from '../errors';
import type { Actor, DeadlineKind, Instant, OrderEventType, OrderStatus, Role } from '../model/types';

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

/** Who opened a dispute, seen from the viewer: `you`, or the role that did. */
export type Opener = 'you' | Role;

/**
 * The order's next pending deadline at the described instant (what `nextDeadline` answers once
 * the deadlines due by then are applied), with the time left: the next moment the order changes
 * by itself, whoever has to act before it.
 */
export type DescribedDeadline = {
  readonly at: Instant;
  readonly kind: DeadlineKind;
  /** Milliseconds from the described instant to `at`; always above zero (reached deadlines are applied). */
  readonly msLeft: number;
  /** For instance "Délai de réalisation : 12 mars à 10 h (dans 2 jours)". */
  readonly text: string;
};

/** What `describe` answers: where the order is, what this viewer should do, and by when. */
export type Description = {
  /** The status at the described instant, deadlines due by then applied. */
  readonly status: OrderStatus;
  readonly situation: Situation;
  readonly tone: Tone;
  /** A short heading in the platform's vocabulary ("Livrée", "Demande de retouche"…). */
  readonly title: string;
  /** One or two sentences: what is happening and what this viewer should do next. */
  readonly text: string;
  readonly deadline: DescribedDeadline | null;
  /** One sentence per pending request or custom offer, from this viewer's side. */
  readonly requests: readonly string[];
};

/** How the text functions write dates. `timeZone` is an IANA name, UTC by default. */
export type TimeOptions = {
  readonly timeZone?: string;
  /** When given, dates in the same year as `at` leave the year out. */
  readonly at?: string;
};

/** `TimeOptions` with the locale, for the functions of `sequestre/describe` that serve every locale. */
export type TextOptions = TimeOptions & { readonly locale: Locale };

/** `explainError`'s options: with `TOO_EARLY`, `from` (`error.details.from`) says when it opens. */
export type ErrorTextOptions = TimeOptions & { readonly from?: string };

/**
 * What `describeOrder` needs besides the order: who reads it, the instant it is described at
 * (deadlines due by then are applied), and the time zone its dates are written in (UTC by default).
 */
export type ViewOptions = { readonly viewer: Actor; readonly at: string; readonly timeZone?: string };

/** `ViewOptions` with the locale, for `describeOrder` of `sequestre/describe`. */
export type DescribeOptions = ViewOptions & { readonly locale: Locale };

/** The facts a situation's sentence may use, already formatted for the locale. */
export type SituationParams = {
  /** The instant the situation hinges on: a deadline, the late mark, the dispute's opening, the end. */
  readonly date: string;
  /**
   * When the buyer may cancel alone, if that is still ahead: for a late order, and for an order in
   * progress whose policy gives a late grace (it opens after the delivery deadline).
   */
  readonly cancelFrom: string | undefined;
  /**
   * Whether the policy lets the buyer cancel an undelivered late order alone at all; with
   * `lateGrace: null` (SPEC §9) no text may promise it.
   */
  readonly lateCancellation: boolean;
  /**
   * Whether the seller delivered this order before (it came back to work through a revision, an
   * option, an offer or a restart): the buyer then never cancels alone (SPEC §5, cancel.afterDelivery).
   */
  readonly deliveredBefore: boolean;
  readonly opener: Opener;
  readonly refunded: string;
  readonly paidOut: string;
  readonly revenue: string;
  readonly hasRefund: boolean;
  readonly onExpiry: 'forfeit' | 'refund' | 'release';
};

/** The facts of a pending request's sentence, already formatted. */
export type RequestParams = {
  /** The requester as a subject ("Le vendeur", "The buyer"). */
  readonly party: string;
  readonly date: string;
  readonly amount: string;
  readonly days: number;
  readonly label: string;
};

/** A request's sentence when the viewer made it, and when someone else did. */
export type RequestTexts = {
  readonly mine: (params: RequestParams) => string;
  readonly theirs: (params: RequestParams) => string;
};

/** A calendar date in the caller's time zone; `year` only when it differs from the reference year. */
export type DateParts = {
  readonly day: number;
  readonly month: string;
  readonly year: number | undefined;
  readonly hour: number;
  readonly minute: number;
};

/**
 * Every string of one language. The keyed tables are total (`Record<…>`), so a locale that
 * forgets a status, role, action or code does not compile.
 */
export type Messages = {
  /** The locale these strings are written in; Intl formats dates and amounts for it. */
  readonly locale: Locale;
  readonly titles: Readonly<Record<Situation, string>>;
  readonly situations: Readonly<Record<Situation, Readonly<Record<Viewpoint, (params: SituationParams) => string>>>>;
  readonly requests: Readonly<Record<'cancellation' | 'extension' | 'refund' | 'offer', RequestTexts>>;
  readonly parties: Readonly<Record<'buyer' | 'seller', string>>;
  readonly deadlines: Readonly<Record<DeadlineKind, string>>;
  readonly actions: Readonly<Record<OrderEventType, string>>;
  /** Why an event is refused, as a phrase that continues a sentence (no capital, no full stop). */
  readonly errors: Readonly<Record<ErrorCode, string>>;
  readonly date: (parts: DateParts) => string;
  readonly deadline: (label: string, date: string, left: string) => string;
  readonly placed: string;
  readonly deadlineReached: (label: string) => string;
  /** "You can {action}." — `action` is the label with a lower-case first letter. */
  readonly can: (action: string) => string;
  readonly cannot: (action: string, why: string) => string;
  readonly canFrom: (action: string, date: string) => string;
  /** The buyer's own cancellation of a late order, which SPEC §5 opens at the delivery deadline. */
  readonly cancelFrom: (date: string) => string;
  readonly possibleFrom: (date: string) => string;
};
