import type { DeadlineKind, DisputeOutcome, OrderEventType, OrderStatus, Role } from '../../index';

/** The languages the CLI writes its timelines in. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** A history entry type: an event the parties sent, the creation, or a deadline that fired. */
export type StepType = OrderEventType | 'order.placed' | `deadline.${DeadlineKind}`;

/**
 * Every word the timeline prints, per language. The CLI keeps its own strings so that it can be
 * read on its own; the library's errors stay in English, as SPEC §11 writes them.
 */
export type Strings = {
  readonly roles: Readonly<Record<Role, string>>;
  readonly statuses: Readonly<Record<OrderStatus, string>>;
  /** What a step did, as a verb phrase after the sender ("accepted the order"). */
  readonly actions: Readonly<Record<StepType, string>>;
  readonly deadlines: Readonly<Record<DeadlineKind, string>>;
  readonly outcomes: Readonly<Record<DisputeOutcome, string>>;
  readonly days: (days: number) => string;
  readonly labels: {
    readonly status: string;
    readonly next: string;
    readonly effects: string;
    readonly escrow: string;
    readonly refused: string;
    readonly duplicate: string;
    readonly unchanged: string;
    readonly none: string;
    readonly noDeadlineClosed: string;
    readonly noDeadlineDisputed: string;
    /** An open order with no deadline pending: it waits for the parties. */
    readonly noDeadlineWaiting: string;
    readonly lateSince: string;
    readonly final: string;
    readonly order: string;
    readonly paid: string;
    readonly tip: string;
    readonly policy: string;
    /** The line above the demo's timeline, naming the preset it plays. */
    readonly demoIntro: (preset: 'comeup' | 'fiverr' | 'upwork') => string;
    readonly summary: (events: number, refused: number) => string;
  };
  readonly balances: {
    readonly paidIn: string;
    readonly held: string;
    readonly refunded: string;
    readonly paidOut: string;
    readonly revenue: string;
  };
  readonly effects: {
    readonly refund: (amount: string, paymentId: string, reason: string) => string;
    readonly payout: (amount: string, sellerId: string) => string;
    readonly revenue: (amount: string, parts: string) => string;
    readonly notify: (to: 'buyer' | 'seller' | 'platform', event: string) => string;
    readonly breakdown: {
      readonly commission: string;
      readonly tipCommission: string;
      readonly buyerFee: string;
      readonly forfeited: string;
    };
  };
  /** The separator before details: French sets a space before the colon. */
  readonly colon: string;
  /** How an amount is written: French uses a decimal comma; the digits are never recomputed. */
  readonly amount: (amount: string) => string;
  /** How an instant (`2026-03-01T10:00:00.000Z`) is written. */
  readonly instant: (iso: string) => string;
};

/** How the CLI names the platform behind each preset. */
export const PRESET_LABELS = { comeup: 'ComeUp', fiverr: 'Fiverr', upwork: 'Upwork' } as const;
