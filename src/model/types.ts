import type { ErrorCode, Refusal } from '../errors';
import type { Duration, Instant } from '../time';
import type { Amount, EscrowState, Fees, FeesInput, Item } from './escrow';
import type { Policy } from './policy';
import type { SCHEMA_VERSION } from './schemaVersion';

import type {
  DeadlineKind,
  DisputeOutcome,
  ExtraKind,
  OfferStatus,
  OrderEventType,
  OrderStatus,
  Recipient,
  Role,
  WorkingStatus,
} from './vocabulary';

export type {
  Amount,
  DeadlineKind,
  DisputeOutcome,
  Duration,
  Fees,
  FeesInput,
  Instant,
  Item,
  OrderEventType,
  OrderStatus,
  Policy,
  Recipient,
  Role,
  WorkingStatus,
};

/** The sender of an event. Buyer and seller ids are required and checked; platform ids are recorded. */
export type Actor = { readonly role: Role; readonly id?: string };

/** What a paid checkout opens (SPEC §4). */
export type OrderInput = {
  readonly id: string;
  readonly buyer: { readonly id: string };
  readonly seller: { readonly id: string };
  readonly currency: string;
  readonly items: readonly Item[];
  readonly tip?: Amount;
  readonly deliveryDays: number;
  readonly revisionDays?: number;
  readonly maxRevisions?: number | null;
  readonly fees: FeesInput;
  readonly payment: { readonly id: string; readonly amount: Amount };
  readonly placedAt: string;
  readonly policy?: Policy;
};

type Base<T extends string> = { readonly type: T; readonly at: string; readonly by: Actor; readonly id?: string };
type WithReason = { readonly reason?: string };

/** An extra as the seller proposes it or the buyer buys it. */
export type ExtraInput = {
  readonly id: string;
  readonly label: string;
  readonly price: Amount;
  readonly extraDays: number;
};
/** The payment that funds an option or an accepted offer. */
export type PaymentInput = { readonly id: string; readonly amount: Amount };

/** Every event of SPEC §3, discriminated on `type`. */
export type OrderEvent =
  | Base<'order.accept'>
  | (Base<'order.decline'> & WithReason)
  | (Base<'order.cancel'> & WithReason)
  | (Base<'order.deliver'> & { readonly message?: string })
  | Base<'order.complete'>
  | (Base<'revision.request'> & { readonly message?: string })
  | Base<'revision.accept'>
  | (Base<'revision.decline'> & WithReason)
  | (Base<'cancellation.request'> & WithReason)
  | Base<'cancellation.accept'>
  | Base<'cancellation.decline'>
  | Base<'cancellation.withdraw'>
  | (Base<'extension.request'> & WithReason & { readonly days: number })
  | Base<'extension.accept'>
  | Base<'extension.decline'>
  | Base<'extension.withdraw'>
  | (Base<'option.add'> & { readonly option: ExtraInput; readonly payment: PaymentInput })
  | (Base<'offer.propose'> & { readonly offer: ExtraInput })
  | (Base<'offer.accept'> & { readonly offerId: string; readonly payment: PaymentInput })
  | (Base<'offer.decline'> & { readonly offerId: string })
  | (Base<'offer.withdraw'> & { readonly offerId: string })
  | (Base<'refund.propose'> & WithReason & { readonly amount: Amount })
  | Base<'refund.accept'>
  | Base<'refund.decline'>
  | Base<'refund.withdraw'>
  | (Base<'dispute.open'> & WithReason)
  | Base<'dispute.withdraw'>
  | (Base<'dispute.resolve'> & {
      readonly outcome: DisputeOutcome;
      readonly refund?: Amount;
      readonly deliveryDays?: number;
    })
  | Base<'clock.tick'>;

/** A deadline applied by the machine: the internal event that a reached deadline becomes. */
export type DeadlineEvent = {
  readonly type: `deadline.${DeadlineKind}`;
  readonly at: string;
  readonly by: Actor;
};

/** An option bought or an offer accepted: it is part of S from then on. */
export type Extra = {
  readonly kind: ExtraKind;
  readonly id: string;
  readonly label: string;
  readonly price: Amount;
  readonly extraDays: number;
  readonly paymentId: string;
  readonly at: Instant;
};

/** A custom offer the seller proposed; only `pending` ones can be accepted. */
export type Offer = {
  readonly id: string;
  readonly label: string;
  readonly price: Amount;
  readonly extraDays: number;
  readonly proposedAt: Instant;
  readonly status: OfferStatus;
};

/** A pending cancellation request (SPEC §5). */
export type CancellationRequest = {
  readonly by: Actor;
  readonly at: Instant;
  readonly deadline: Instant;
  readonly reason?: string;
};
/** A pending extension request: the seller asks for `days` more. */
export type ExtensionRequest = {
  readonly days: number;
  readonly at: Instant;
  readonly deadline: Instant;
  readonly reason?: string;
};
/** A pending partial-refund proposal of `amount` of the items. */
export type RefundProposal = {
  readonly by: Actor;
  readonly amount: Amount;
  readonly at: Instant;
  readonly reason?: string;
};

/** The order's pending requests (SPEC §3); offers live in `offers`. */
export type Requests = {
  readonly cancellation: CancellationRequest | null;
  readonly extension: ExtensionRequest | null;
  readonly refund: RefundProposal | null;
};

/** The revision request the seller must answer while `revisionRequested`. */
export type RevisionRequest = {
  readonly at: Instant;
  readonly deadline: Instant;
  readonly overdue: boolean;
  readonly message?: string;
};

/** An open dispute: who opened it, when, and the status it froze. */
export type Dispute = {
  readonly openedBy: Actor;
  readonly openedAt: Instant;
  readonly from: WorkingStatus;
  readonly reason?: string;
};

/**
 * An event id the order accepted (SPEC §3), with the fingerprint of what that event asked: its
 * type, sender and payload, without `at` and `id`. A retry of the same event is a duplicate; the
 * same id with another fingerprint is `CONFLICT`. Ids recorded before fingerprints existed
 * (schema 1, migrated by `parseOrder`) have `fingerprint: null` and compare by id alone.
 */
export type EventIdRecord = { readonly id: string; readonly fingerprint: string | null };

/** One transition as the history records it; automatic ones are `deadline.<kind>` by `system`. */
export type HistoryEntry = {
  readonly version: number;
  readonly type: string;
  readonly at: Instant;
  readonly by: Actor;
  readonly reason?: string;
  readonly message?: string;
};

/**
 * An order: a plain JSON value (SPEC §2). Store it whole; reload it with `parseOrder`.
 * Instants are UTC ISO strings, amounts decimal strings with the currency's digits.
 */
export type Order = {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly id: string;
  readonly version: number;
  readonly status: OrderStatus;
  readonly currency: string;
  readonly buyer: { readonly id: string };
  readonly seller: { readonly id: string };
  readonly items: readonly Item[];
  readonly extras: readonly Extra[];
  readonly offers: readonly Offer[];
  readonly fees: Fees;
  readonly policy: Policy;
  readonly deliveryDays: number;
  readonly revisionDays: number;
  readonly maxRevisions: number | null;
  readonly placedAt: Instant;
  readonly acceptedAt: Instant | null;
  readonly deliveredAt: Instant | null;
  readonly deliveryDeadline: Instant | null;
  readonly reviewDeadline: Instant | null;
  readonly expiresAt: Instant | null;
  readonly lateSince: Instant | null;
  readonly revisions: { readonly accepted: number; readonly declinedSinceDelivery: boolean };
  readonly revisionRequest: RevisionRequest | null;
  readonly declinedCancellations: number;
  readonly requests: Requests;
  readonly dispute: Dispute | null;
  readonly escrow: EscrowState;
  readonly eventIds: readonly EventIdRecord[];
  readonly history: readonly HistoryEntry[];
};

/**
 * Where an effect belongs (SPEC §8): the order, the order's version after the change that decided
 * it, and its position in that call, counted from 0. A host orders and routes effects by these
 * numbers; `idempotencyKey` is `${orderId}:${version}:${index}`, for the payment provider, and is
 * never meant to be parsed or sorted as text (`o:10:0` sorts before `o:9:0`).
 */
export type EffectEnvelope = {
  readonly orderId: string;
  readonly version: number;
  readonly index: number;
  readonly idempotencyKey: string;
};

/** SPEC §8: an effect as the machine decides it, before `applyEvent` numbers it. */
export type EffectDraft =
  | {
      readonly type: 'refund';
      readonly paymentId: string;
      readonly amount: Amount;
      readonly currency: string;
      readonly reason: string;
      readonly at: Instant;
    }
  | {
      readonly type: 'payout';
      readonly sellerId: string;
      readonly amount: Amount;
      readonly currency: string;
      readonly at: Instant;
    }
  | {
      readonly type: 'revenue';
      readonly amount: Amount;
      readonly currency: string;
      readonly breakdown: {
        readonly commission: Amount;
        readonly tipCommission: Amount;
        readonly buyerFee: Amount;
        readonly forfeited: Amount;
      };
      readonly at: Instant;
    }
  /** `toId` is the party's id for buyer and seller, absent for the platform. */
  | {
      readonly type: 'notify';
      readonly to: Recipient;
      readonly toId?: string;
      readonly event: string;
      readonly at: Instant;
    };

/** SPEC §8: what the host must carry out, in order, each once (use `idempotencyKey`). */
export type Effect = EffectDraft extends infer E ? (E extends EffectDraft ? E & EffectEnvelope : never) : never;

/**
 * SPEC §2: what the commands answer. A refusal's `details` are typed by their `rule`: switch on
 * `result.error.details?.rule` to read that rule's facts (`RefusalDetails`).
 */
export type Result =
  | { readonly ok: true; readonly order: Order; readonly effects: Effect[]; readonly duplicate?: true }
  | { readonly ok: false; readonly error: Refusal };

/** SPEC §10: one line of `availableActions`. */
export type ActionInfo = {
  readonly type: OrderEventType;
  readonly allowed: boolean;
  readonly reason?: ErrorCode;
  readonly from?: string;
};
