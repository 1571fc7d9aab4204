import {
  extraWithoutPayment,
  invalidOrder,
  ledgerAfterEnd,
  ledgerFirstPayment,
  ledgerNotReplayable,
  paymentAmountMismatch,
  paymentDuplicateId,
  paymentExtraMismatch,
  paymentWithoutExtra,
} from '../../../errors';
import { forfeit, holdExtra, openEscrow, refundFull, refundPartial, release } from '../../../escrow';
import { buyerFeeFor } from '../../../escrow/buyerFeeFor';
import { digitsOf } from '../../../escrow/digitsOf';
import { extraPaymentFor } from '../../../escrow/extraPaymentFor';
import { figuresOf, leftOf } from '../../../escrow/figures';
import type { Amount, EscrowHolder, Posting } from '../../../model/escrow';
import type { Extra, Order } from '../../../model/types';
import { Dec, toAmount, ZERO } from '../../../money';
import { causesOf, type Operation } from './operations';
import { type Compared, samePostings } from './samePostings';

/**
 * SPEC §12: `parseOrder` recomputes the escrow from its ledger. The ledger is read change by
 * change (a group: the postings of one version); each group must be exactly what one of the
 * library's own escrow operations makes from the state before it, with the cause and instant its
 * history entry gives. So every amount, route, refund split and figure is recomputed with the
 * arithmetic that made it, and a ledger the library could not have written is refused, however
 * well typed (a partial refund's cents moved from the fee to the items, a refund to the wrong
 * payment). Invariants of the result: its ledger equals the stored one posting by posting; its
 * figures are those the operations produced; `terminal` is the operation that ended the order,
 * if one did, and only the last group may hold it.
 */

/** What the replay needs besides the ledger: the order's terms and lines. */
export type LedgerFacts = Pick<Order, 'currency' | 'fees' | 'policy' | 'items' | 'extras'> & {
  readonly tip: Amount;
  readonly digits: number;
};

/** The postings of one change, with where they start in the stored ledger. */
export type PostingGroup = {
  readonly version: number;
  readonly cause: string;
  readonly at: string;
  readonly postings: readonly Posting[];
  readonly start: number;
};

/** Where the replay stands after some changes. `partial` sums the partial refunds, which schema 1 stored apart. */
export type ReplayState = {
  readonly holder: EscrowHolder;
  readonly terminal: { readonly operation: Operation; readonly cause: string } | null;
  readonly partial: { readonly items: Dec; readonly buyerFee: Dec };
  /** How many extras were paid so far, in the order they joined. */
  readonly extras: number;
};

/** How a group's partial refund R is read: schema 2 postings state it; schema 1 needs it solved. */
export type RefundReader = (group: PostingGroup, holder: EscrowHolder, facts: LedgerFacts) => Amount | undefined;

/**
 * Replays the first change: the checkout payment.
 *
 * @param compared - `'whole'` compares every field of each posting (schema 2); `'schema1'` the
 * fields schema 1 stored, for a migration that then keeps the recomputed postings.
 * Refuses `INVALID_ORDER` when it is not the checkout the library records.
 */
export function replayCheckout(group: PostingGroup, facts: LedgerFacts, compared: Compared): ReplayState {
  return {
    holder: openFrom(group, facts, compared),
    terminal: null,
    partial: { items: ZERO, buyerFee: ZERO },
    extras: 0,
  };
}

/**
 * Replays one more change. Returns `undefined` when no operation of the library makes exactly these
 * postings from the state before them, so that a caller can try another reading of the ledger.
 *
 * Refuses `INVALID_ORDER` for what no reading can mend: money after the end, or a
 * payment that is not the next extra's.
 */
export function replayChange(
  state: ReplayState,
  group: PostingGroup,
  facts: LedgerFacts,
  partialAmount: RefundReader,
  compared: Compared,
): ReplayState | undefined {
  const path = `escrow.ledger[${group.start}]`;
  if (state.terminal !== null) invalidOrder(ledgerAfterEnd, { path }, state.terminal.cause);
  if (group.postings[0]!.to === 'escrow') {
    return {
      ...state,
      holder: holdFrom(group, state.holder, facts.extras[state.extras], state.extras, compared),
      extras: state.extras + 1,
    };
  }
  const stamp = stampOf(group);
  const match = firstMatch(
    group,
    state.holder,
    candidatesFor(group, state.holder, facts, partialAmount, compared),
    facts,
    stamp,
    compared,
  );
  if (match === undefined) return undefined;
  const before = figuresOf(state.holder);
  const after = figuresOf(match.holder);
  const last = match.operations[match.operations.length - 1]!;
  return {
    holder: match.holder,
    terminal: last === 'refundPartial' ? null : { operation: last, cause: group.cause },
    partial: match.partial
      ? {
          items: state.partial.items.plus(after.refundedItems.minus(before.refundedItems)),
          buyerFee: state.partial.buyerFee.plus(after.refundedBuyerFee.minus(before.refundedBuyerFee)),
        }
      : state.partial,
    extras: state.extras,
  };
}

/**
 * Replays a ledger read change by change, refusing the first change the library could not have made.
 *
 * Refuses `INVALID_ORDER` naming the first posting that does not replay.
 */
export function replayLedger(
  groups: readonly PostingGroup[],
  facts: LedgerFacts,
  partialAmount: RefundReader,
): ReplayState {
  let state = replayCheckout(groups[0]!, facts, 'whole');
  for (const group of groups.slice(1)) {
    const next = replayChange(state, group, facts, partialAmount, 'whole');
    if (next === undefined) {
      invalidOrder(ledgerNotReplayable, { path: `escrow.ledger[${group.start}]` }, group);
    }
    state = next;
  }
  return finishReplay(state, facts);
}

/**
 * Checks that every extra was paid.
 *
 * Refuses `INVALID_ORDER` naming the first extra without a payment.
 */
export function finishReplay(state: ReplayState, facts: LedgerFacts): ReplayState {
  if (state.extras < facts.extras.length) {
    invalidOrder(extraWithoutPayment, { path: `extras[${state.extras}]` });
  }
  return state;
}

/** The checkout: the first change, version 1, one payment of S₀ + T + F(S₀). */
function openFrom(group: PostingGroup, facts: LedgerFacts, compared: Compared): EscrowHolder {
  const payment = group.postings[0]!;
  if (
    group.version !== 1 ||
    group.cause !== 'order.placed' ||
    group.postings.length !== 1 ||
    payment.from !== 'buyer' ||
    payment.to !== 'escrow'
  ) {
    invalidOrder(ledgerFirstPayment, { path: 'escrow.ledger[0]' });
  }
  const subtotal = facts.items.reduce((sum, item) => sum.plus(item.price), ZERO);
  const total = subtotal.plus(facts.tip).plus(buyerFeeFor(subtotal, facts.fees, facts.digits));
  if (!total.equals(payment.amount)) {
    const expected = toAmount(total, facts.digits);
    invalidOrder(paymentAmountMismatch, { path: 'escrow.ledger[0].amount', expected }, payment.amount, 'checkout');
  }
  const { escrow } = openEscrow({
    currency: facts.currency,
    fees: facts.fees,
    subtotal: toAmount(subtotal, facts.digits),
    tip: facts.tip,
    payment: { id: payment.paymentId!, amount: payment.amount },
    ...stampOf(group),
  });
  expectSame(group, escrow.ledger, compared);
  return { currency: facts.currency, fees: facts.fees, escrow };
}

/** An option bought or an offer accepted: the payment of the next extra, in the order they joined. */
function holdFrom(
  group: PostingGroup,
  holder: EscrowHolder,
  extra: Extra | undefined,
  index: number,
  compared: Compared,
): EscrowHolder {
  const path = `escrow.ledger[${group.start}]`;
  if (extra === undefined) invalidOrder(paymentWithoutExtra, { path });
  const payment = group.postings[0]!;
  const cause = extra.kind === 'option' ? 'option.add' : 'offer.accept';
  if (
    group.postings.length !== 1 ||
    payment.paymentId !== extra.paymentId ||
    group.at !== extra.at ||
    group.cause !== cause
  ) {
    invalidOrder(paymentExtraMismatch, { path }, index, extra.paymentId, extra.at, cause);
  }
  if (holder.escrow.ledger.some((posting) => posting.to === 'escrow' && posting.paymentId === payment.paymentId)) {
    invalidOrder(paymentDuplicateId, { path: `${path}.paymentId` }, payment.paymentId!);
  }
  const total = extraPaymentFor(holder, new Dec(extra.price));
  if (!total.equals(payment.amount)) {
    const expected = toAmount(total, digitsOf(holder.currency));
    invalidOrder(paymentAmountMismatch, { path: `${path}.amount`, expected }, payment.amount, 'extra');
  }
  const { escrow } = holdExtra(holder, {
    price: extra.price,
    payment: { id: payment.paymentId!, amount: payment.amount },
    ...stampOf(group),
  });
  expectSame(group, escrow.ledger.slice(holder.escrow.ledger.length), compared);
  return { ...holder, escrow };
}

type Candidate = readonly Operation[];

/**
 * The operations a group could be, in the order they are tried. A change that moves money out
 * without refunding is a forfeit when it books forfeited revenue, else a release. One that refunds
 * is a full refund or a partial one (alone, or followed by the release of a split): schema 2
 * postings say which, since a partial refund returns less than the items left; schema 1 postings
 * do not, so both are tried, the full refund first.
 */
function candidatesFor(
  group: PostingGroup,
  holder: EscrowHolder,
  facts: LedgerFacts,
  partialAmount: RefundReader,
  compared: Compared,
): readonly { operations: Candidate; refund?: Amount }[] {
  if (group.postings[0]!.to !== 'buyer')
    return [
      { operations: group.postings.some((posting) => posting.component === 'forfeited') ? ['forfeit'] : ['release'] },
    ];
  const refund = partialAmount(group, holder, facts);
  if (refund === undefined) return [{ operations: ['refundFull'] }];
  // A split releases the escrow after its refund, in the same change: its postings reach the seller or the platform.
  const releases = group.postings.some((posting) => posting.to !== 'buyer');
  const partial = [
    { operations: releases ? (['refundPartial', 'release'] as const) : (['refundPartial'] as const), refund },
  ];
  return compared === 'whole' ? partial : [{ operations: ['refundFull'] }, ...partial];
}

/** The first candidate whose postings are exactly the group's, with the state it leaves. */
function firstMatch(
  group: PostingGroup,
  holder: EscrowHolder,
  candidates: readonly { operations: Candidate; refund?: Amount }[],
  facts: LedgerFacts,
  stamp: { at: string; cause: string; version: number },
  compared: Compared,
) {
  for (const { operations, refund } of candidates) {
    if (!operations.every((operation) => causesOf(operation, facts.policy).includes(group.cause))) continue;
    let next = holder;
    for (const operation of operations) next = { ...next, escrow: run(operation, next, facts, stamp, refund).escrow };
    if (samePostings(next.escrow.ledger.slice(holder.escrow.ledger.length), group.postings, compared)) {
      return { holder: next, operations, partial: operations[0] === 'refundPartial' };
    }
  }
  return undefined;
}

/** One escrow operation on a state the replay made, so its assertions hold. */
function run(
  operation: Operation,
  holder: EscrowHolder,
  facts: LedgerFacts,
  stamp: { at: string; cause: string; version: number },
  refund: Amount | undefined,
) {
  switch (operation) {
    case 'refundFull':
      return refundFull(holder, { refundBuyerFee: facts.policy.refundBuyerFee.onCancel, ...stamp });
    case 'refundPartial':
      return refundPartial(holder, {
        amount: refund!,
        buyerFee: facts.policy.refundBuyerFee.onPartialRefund,
        ...stamp,
      });
    case 'release':
      return release(holder, stamp);
    case 'forfeit':
      return forfeit(holder, stamp);
  }
}

/**
 * A partial refund's R as schema 2 states it: the items part of the group's refund postings. Only
 * an amount a partial refund can take (0 < R < what is left of the items) is offered to the replay.
 */
export function statedPartialRefund(group: PostingGroup, holder: EscrowHolder, facts: LedgerFacts): Amount | undefined {
  let items = ZERO;
  for (const posting of group.postings) if (posting.to === 'buyer') items = items.plus(posting.items ?? '0');
  const left = leftOf(figuresOf(holder)).items;
  return items.greaterThan(0) && items.lessThan(left) ? toAmount(items, facts.digits) : undefined;
}

function stampOf(group: PostingGroup) {
  return { at: group.at, cause: group.cause, version: group.version };
}

function expectSame(group: PostingGroup, made: readonly Posting[], compared: Compared): void {
  if (samePostings(made, group.postings, compared)) return;
  const payment = true;
  invalidOrder(ledgerNotReplayable, { path: `escrow.ledger[${group.start}]` }, group, payment);
}
