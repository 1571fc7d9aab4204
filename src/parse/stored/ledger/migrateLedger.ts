import { invalidOrder, ledgerNotReplayable, parsing } from '../../../errors';
import type { Amount, Posting } from '../../../model/escrow';
import type { HistoryEntry } from '../../../model/types';
import { Dec } from '../../../money';
import { finishReplay, type LedgerFacts, type ReplayState, replayChange, replayCheckout } from './replayLedger';
import { solvedPartialRefund } from './solvePartialRefund';

/**
 * Schema 1 → 2 for the escrow (SPEC §12). Schema 1 postings carried neither their version nor
 * what they moved, and its `refundedItems` and `refundedBuyerFee` counted partial refunds only.
 * The migration follows the history: at each instant, the postings of that instant belong to
 * the history entries of that instant, in order, each to an entry of its cause. It recovers each
 * partial refund's R from what it paid back, replays the change with today's operations, and keeps
 * the postings they make (with version and parts) once their amounts, routes and payments equal
 * the stored ones. When several readings fit (two partial refunds accepted in one millisecond,
 * the first emptying a payment exactly), it keeps the first whose totals are schema 1's figures.
 * Invariant: a schema 1 ledger the library wrote migrates to the ledger it writes today for the
 * same events.
 */

/** A schema 1 posting: the fields it stored. */
export type PostingV1 = Omit<Posting, 'version' | 'items' | 'tip' | 'buyerFee'>;

/** A schema 1 escrow: four figures and the ledger. */
export type EscrowV1 = {
  readonly subtotal: Amount;
  readonly tip: Amount;
  readonly refundedItems: Amount;
  readonly refundedBuyerFee: Amount;
  readonly ledger: readonly PostingV1[];
};

/** How many changes may be replayed in search of a reading before the ledger is refused. */
const REPLAYS_MAX = 4096;

/**
 * Which transitions move money: `always` (every such entry has at least one posting) or `maybe`
 * (a restart, an unanswered cancellation request that expires or becomes a dispute: none). A
 * transition that moves money ends the order, except payments and partial refunds.
 */
const MOVES_MONEY: Readonly<Record<string, 'always' | 'maybe'>> = {
  'option.add': 'always',
  'offer.accept': 'always',
  'refund.accept': 'always',
  'order.cancel': 'always',
  'order.decline': 'always',
  'cancellation.accept': 'always',
  'order.complete': 'always',
  'deadline.acceptance': 'always',
  'deadline.review': 'always',
  'deadline.expiry': 'always',
  'dispute.resolve': 'maybe',
  'deadline.cancellationResponse': 'maybe',
};

/**
 * Migrates a validated schema 1 escrow, replaying it.
 *
 * Refuses `INVALID_ORDER` when the ledger is not one the library wrote.
 */
export function migrateLedger(escrow: EscrowV1, history: readonly HistoryEntry[], facts: LedgerFacts): ReplayState {
  const ledger = escrow.ledger as readonly Posting[];
  const placed = history[0]!;
  const first = replayCheckout(
    { version: 1, cause: placed.type, at: placed.at, postings: ledger.slice(0, 1), start: 0 },
    facts,
    'schema1',
  );
  const search: Search = { ledger, history, facts, escrow, replays: 0 };
  const migrated = readHistory(search, first);
  if (migrated === undefined) {
    invalidOrder(ledgerNotReplayable, { path: 'escrow.ledger' });
  }
  return migrated;
}

type Search = {
  readonly ledger: readonly Posting[];
  readonly history: readonly HistoryEntry[];
  readonly facts: LedgerFacts;
  readonly escrow: EscrowV1;
  replays: number;
};

/** A decision of the search: how many postings history entry `entry` owns, from `cursor`. */
type Frame = {
  readonly entry: number;
  readonly cursor: number;
  readonly state: ReplayState;
  readonly counts: readonly number[];
  next: number;
};

/**
 * A depth-first search over the history entries after the first, with its own stack (a history may
 * hold 10,000 entries): each entry owns the next postings of its cause at its instant (none, one,
 * or more); once an instant's entries are read, its postings must all be taken; at the end, the
 * totals must be schema 1's figures.
 */
function readHistory(search: Search, start: ReplayState): ReplayState | undefined {
  const { ledger, history } = search;
  const stack: Frame[] = [frameFor(search, 1, 1, start)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.entry === history.length) {
      if (frame.cursor === ledger.length && hasSchema1Figures(search, frame.state))
        return finishReplay(frame.state, search.facts);
      stack.pop();
      continue;
    }
    if (frame.next === frame.counts.length) {
      stack.pop();
      continue;
    }
    const count = frame.counts[frame.next]!;
    frame.next += 1;
    const { type, version, at } = history[frame.entry]!;
    const state =
      count === 0
        ? frame.state
        : replayed(search, frame.state, {
            version,
            cause: type,
            at,
            postings: ledger.slice(frame.cursor, frame.cursor + count),
            start: frame.cursor,
          });
    if (state === undefined) continue;
    const cursor = frame.cursor + count;
    // The last entry of an instant leaves no posting of that instant behind.
    if (history[frame.entry + 1]?.at !== at && ledger[cursor]?.at === at) continue;
    stack.push(frameFor(search, frame.entry + 1, cursor, state));
  }
  return undefined;
}

/**
 * The counts of postings entry `entry` may own: none for a transition that moves no money; at
 * least one for one that always does, exactly one for a payment; and for one that may, none first
 * (a restart before a refund at one instant moved none).
 */
function frameFor(search: Search, entry: number, cursor: number, state: ReplayState): Frame {
  const { type, at } = search.history[entry] ?? { type: '', at: '' };
  const moves = MOVES_MONEY[type];
  let same = cursor;
  while (same < search.ledger.length && search.ledger[same]!.cause === type && search.ledger[same]!.at === at)
    same += 1;
  const available = same - cursor;
  const payment = type === 'option.add' || type === 'offer.accept';
  const counts =
    moves === undefined
      ? [0]
      : payment
        ? available > 0
          ? [1]
          : []
        : [...(moves === 'maybe' ? [0] : []), ...range(1, available)];
  return { entry, cursor, state, counts, next: 0 };
}

/** One change replayed; `undefined` when it is not what the library makes, or the search ran too long. */
function replayed(
  search: Search,
  state: ReplayState,
  group: Parameters<typeof replayChange>[1],
): ReplayState | undefined {
  search.replays += 1;
  if (search.replays > REPLAYS_MAX) return undefined;
  // A reading that puts money after the end, or a payment out of its place, is not the one: the
  // search answers the refusal itself and tries the next reading, rather than ending the parse.
  const replay = parsing(() => replayChange(state, group, search.facts, solvedPartialRefund, 'schema1'));
  return replay.ok ? replay.value : undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Schema 1's figures must be what the replay recomputed: S, T, and the partial refunds. */
function hasSchema1Figures({ escrow }: Search, state: ReplayState): boolean {
  const replayed = state.holder.escrow;
  return (
    new Dec(replayed.subtotal).equals(escrow.subtotal) &&
    new Dec(replayed.tip).equals(escrow.tip) &&
    state.partial.items.equals(escrow.refundedItems) &&
    state.partial.buyerFee.equals(escrow.refundedBuyerFee)
  );
}
