import type { ErrorCode } from '../errors';
import type { OrderEventType, Role } from '../model/types';
import type { Reason } from './reasonOf';
import type { AmountKind, DeadlineTopic, Ending, Locale, Mover, Party, Situation, Viewpoint } from './types';

/** The situations of a running order; a final one is told by its ending. */
export type RunningSituation = Exclude<Situation, 'completed' | 'cancelled' | 'expired'>;

/** The facts a running situation's sentence may use, already formatted for the locale. */
export type SituationParams = {
  /** The instant the situation hinges on: a deadline, the late mark, the dispute's opening. */
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
  readonly opener: Party;
};

/** The facts of a final order's sentences, formatted: who acted, relative to the viewer, and the money. */
export type EndingParams = {
  /** Who made the closing move (`system` for a deadline). */
  readonly by: Party;
  /** The buyer and the seller as the viewer reads them (`you` for the viewer's own role). */
  readonly buyer: Party;
  readonly seller: Party;
  /** Who made the cancellation request that was accepted or left unanswered. */
  readonly requester: Party;
  readonly date: string;
  /** `cancelledLate`: since when the order was late. */
  readonly lateSince: string;
  /** `splitByDecision`: what the decision refunded the buyer, fee share included. */
  readonly split: string;
};

/** Where the money of a final order went, formatted; an empty string for a figure that is zero. */
export type SettledParams = {
  readonly refunded: string;
  readonly paidOut: string;
  readonly revenue: string;
  /** The part of `revenue` the platform kept because the order expired (`breakdown.forfeited`). */
  readonly forfeited: string;
};

/** The facts of a pending request's sentence, already formatted. */
export type RequestParams = {
  /** The requester as a subject ("Le vendeur", "The buyer"). */
  readonly party: string;
  readonly date: string;
  readonly amount: string;
  /** What the request would really move: the refund paid, fee share included; the offer's total, buyer fee included. */
  readonly total: string;
  readonly days: number;
  readonly label: string;
  /** Whether the viewer is the buyer, who receives a refund and pays for an offer. */
  readonly buyerIsYou: boolean;
};

/** A request's sentence when the viewer made it, and when someone else did. */
export type RequestTexts = {
  readonly mine: (params: RequestParams) => string;
  readonly theirs: (params: RequestParams) => string;
};

/** The facts of an action's consequence line, formatted; each line uses what it needs. */
export type ConsequenceParams = {
  readonly viewpoint: Viewpoint;
  /** The other party, as a subject ("Le vendeur", "The buyer"). */
  readonly other: string;
  /** The date the action would set or keep (a new deadline, an answer due). */
  readonly date: string;
  /** What the buyer gets back if the action cancels the order. */
  readonly refund: string;
  /** What the seller receives if the action completes the order. */
  readonly payout: string;
  /** What the action's pending money moves: a proposal's refund, fee included; an offer's total. */
  readonly amount: string;
  readonly days: number;
  /** `cancellation.decline`: whether declining opens the automatic dispute (SPEC §5, ComeUp support-en 1465). */
  readonly opensDispute: boolean;
  /** `dispute.withdraw`: the status the order goes back to, by its name. */
  readonly backTo: string;
  /**
   * `revision.request`: whether the seller answers it (SPEC §9 `revisionResponse`); without that
   * step the order goes straight back to work, and `date` is the new delivery deadline.
   */
  readonly revisionAnswer: boolean;
};

/** The facts a refusal's sentence may use, formatted. */
export type ReasonParams = {
  readonly from: string | undefined;
  readonly limit: number | undefined;
  /** The status that refuses it, by its name. */
  readonly status: string | undefined;
  /** The bound a partial refund must stay below, formatted, when the currency is known. */
  readonly below: string | undefined;
  /** `refund.aboveMaxShare`: the most the proposal may be, formatted, when the currency is known. */
  readonly max: string | undefined;
  /** `refund.aboveMaxShare`: the policy's cap as a percentage of the items ("60 %"). */
  readonly share: string | undefined;
};

/** A calendar date in the caller's time zone; `year` only when it differs from the reference year. */
export type DateParts = {
  readonly day: number;
  readonly month: string;
  readonly year: number | undefined;
  readonly hour: number;
  readonly minute: number;
};

/** The units a time left is counted in, largest first. */
export type TimeUnit = 'day' | 'hour' | 'minute' | 'second';

/**
 * Every string of one language. The keyed tables are total (`Record<…>`), so a locale that
 * forgets a status, role, action, reason or code does not compile.
 */
export type Messages = {
  /** The locale these strings are written in; Intl formats amounts and month names for it. */
  readonly locale: Locale;
  readonly titles: Readonly<Record<Situation, string>>;
  readonly situations: Readonly<
    Record<RunningSituation, Readonly<Record<Viewpoint, (params: SituationParams) => string>>>
  >;
  readonly endings: Readonly<Record<Ending, (params: EndingParams) => string>>;
  readonly settled: Readonly<Record<Viewpoint, (params: SettledParams) => string>>;
  readonly moves: Readonly<Record<Mover, string>>;
  readonly amounts: Readonly<Record<AmountKind, (amount: string, viewpoint: Viewpoint) => string>>;
  readonly requests: Readonly<Record<'cancellation' | 'extension' | 'refund' | 'offer', RequestTexts>>;
  readonly parties: Readonly<Record<'buyer' | 'seller', string>>;
  readonly deadlines: Readonly<Record<DeadlineTopic, string>>;
  readonly actions: Readonly<Record<OrderEventType, string>>;
  readonly consequences: Readonly<Record<OrderEventType, (params: ConsequenceParams) => string>>;
  /** What a history entry records, in the past tense ("Commande acceptée"). */
  readonly history: Readonly<Record<OrderEventType | 'order.placed', string>>;
  /** The automatic entries `deadline.<kind>`, in the past tense. */
  readonly deadlinesReached: Readonly<Record<Exclude<DeadlineTopic, 'lateCancellation'>, string>>;
  /** Who made a history entry, appended to it (" par le vendeur", " automatiquement"). */
  readonly historyBy: Readonly<Record<Role, string>>;
  readonly reasons: Readonly<Record<Reason, (params: ReasonParams) => string>>;
  /** Why an event is refused when no rule says more, as a phrase that continues a sentence (no capital, no full stop). */
  readonly errors: Readonly<Record<ErrorCode, string>>;
  readonly date: (parts: DateParts) => string;
  /** A span of time ("2 jours", "1 hour"), for countdowns. */
  readonly span: (count: number, unit: TimeUnit) => string;
  readonly deadline: (label: string, date: string, span: string) => string;
  readonly deadlineOverdue: (label: string, date: string, span: string) => string;
  /** "You can {action}." — `action` is the label with a lower-case first letter. */
  readonly can: (action: string) => string;
  readonly cannot: (action: string, why: string) => string;
  readonly canFrom: (action: string, date: string) => string;
  /** The buyer's own cancellation of a late order, which SPEC §5 opens at the delivery deadline. */
  readonly cancelFrom: (date: string) => string;
  readonly possibleFrom: (date: string) => string;
};
