import { SequestreError } from '../../../errors';
import type { Amount, Posting } from '../../../escrow/types';
import { Dec } from '../../../money';
import type { HistoryEntry } from '../../../order/types';
import { invalidOrder } from '../invalidOrder';
import { finishReplay, replayChange, replayCheckout, type LedgerFacts, type PostingGroup, type ReplayState } from './replayLedger';
import { solvedPartialRefund } from './solvePartialRefund';

/**
 * Schema 1 → 2 for the escrow (SPEC §12). Schema 1 postings carried neither their version nor
 * what they moved, and its `refundedItems` and `refundedBuyerFee` counted partial refunds only.
 * The migration reads each posting's change from the history (the entry of the same type and
 * instant, in order), recovers each partial refund's R from what it paid back, and replays the
 * ledger with today's operations: it keeps the postings they make, which carry version and parts,
 * once their amounts, routes and payments equal the stored ones. Invariant: a schema 1 ledger the
 * library wrote migrates to the ledger the library writes today for the same events.
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

/**
 * Several refunds at one instant with one cause (two partial refunds accepted in the same
 * millisecond) leave postings that could be cut into changes more than one way; the cuts are
 * tried in turn, up to this many, before the ledger is refused.
 */
const READINGS_MAX = 512;

/**
 * Migrates a validated schema 1 escrow, replaying it.
 *
 * @throws SequestreError `INVALID_ORDER` when the ledger is not one the library wrote.
 */
export function migrateLedger(escrow: EscrowV1, history: readonly HistoryEntry[], facts: LedgerFacts): ReplayState {
  let state: ReplayState | undefined;
  let next = 0;
  for (const run of runsOf(escrow.ledger as readonly Posting[])) {
    const entries: number[] = [];
    for (let j = next; j < history.length; j += 1) if (history[j]!.type === run.cause && history[j]!.at === run.at) entries.push(j);
    const path = `escrow.ledger[${run.start}]`;
    if (entries.length === 0) invalidOrder(path, 'ledger.unexplained', `${path} (${run.cause} at ${run.at}) has no history entry of that type and instant.`);
    if (state === undefined) {
      state = replayCheckout(groupOf(run, 0, 1, history[entries[0]!]!.version), facts, 'schema1');
      if (run.postings.length > 1) invalidOrder(`escrow.ledger[1]`, 'ledger.firstPayment', 'escrow.ledger[1] must come after the checkout, in a later change.');
      next = entries[0]! + 1;
      continue;
    }
    const read = readRun(state, run, entries.map((j) => history[j]!.version), facts);
    if (read === undefined) invalidOrder(path, 'ledger.notReplayable', `${path} and the postings after it are not what sequestre computes from the ledger before them; the ledger was altered.`);
    state = read.state;
    next = entries[read.lastEntry]! + 1;
  }
  if (state === undefined) return invalidOrder('escrow.ledger', 'ledger.empty', 'escrow.ledger must start with the checkout payment.');
  const done = finishReplay(state, facts);
  checkFiguresV1(escrow, done);
  return done;
}

/** Consecutive postings of one cause and instant. */
type Run = { readonly cause: string; readonly at: string; readonly start: number; readonly postings: readonly Posting[] };

function runsOf(ledger: readonly Posting[]): Run[] {
  const runs: Run[] = [];
  let start = 0;
  while (start < ledger.length) {
    const first = ledger[start]!;
    let end = start + 1;
    while (end < ledger.length && ledger[end]!.cause === first.cause && ledger[end]!.at === first.at) end += 1;
    runs.push({ cause: first.cause, at: first.at, start, postings: ledger.slice(start, end) });
    start = end;
  }
  return runs;
}

function groupOf(run: Run, offset: number, size: number, version: number): PostingGroup {
  return { version, cause: run.cause, at: run.at, postings: run.postings.slice(offset, offset + size), start: run.start + offset };
}

/**
 * Reads a run as changes, each given to the next history entry of its type and instant, the
 * fewest changes first. Payments are one change each. When an entry of that type and instant
 * moved no money (a restart before a refund at the same instant), the refund may take its
 * version: both are that transition at that instant, so the ledger still reads the same.
 */
function readRun(state: ReplayState, run: Run, versions: readonly number[], facts: LedgerFacts) {
  let readings = 0;
  const fewest = run.postings[0]!.to === 'escrow' ? run.postings.length : 1;
  for (let changes = fewest; changes <= Math.min(run.postings.length, versions.length); changes += 1) {
    for (const sizes of compositions(run.postings.length, changes, run.postings[0]!.to === 'escrow')) {
      readings += 1;
      if (readings > READINGS_MAX) return undefined;
      const read = tryReading(state, run, sizes, versions.slice(0, changes), facts);
      if (read !== undefined) return { state: read, lastEntry: changes - 1 };
    }
  }
  return undefined;
}

function tryReading(state: ReplayState, run: Run, sizes: readonly number[], versions: readonly number[], facts: LedgerFacts): ReplayState | undefined {
  let current: ReplayState | undefined = state;
  let offset = 0;
  try {
    for (let i = 0; i < sizes.length && current !== undefined; i += 1) {
      current = replayChange(current, groupOf(run, offset, sizes[i]!, versions[i]!), facts, solvedPartialRefund, 'schema1');
      offset += sizes[i]!;
    }
  } catch (error) {
    // One cut of the run may put money after the end of the order; another cut may not.
    if (error instanceof SequestreError && sizes.length > 1) return undefined;
    throw error;
  }
  return current;
}

/** Every way to write `total` as `parts` positive sizes, in order; payments are one posting each. */
function* compositions(total: number, parts: number, single: boolean): Generator<number[]> {
  if (single) {
    if (parts === total) yield Array.from({ length: total }, () => 1);
    return;
  }
  if (parts === 1) {
    yield [total];
    return;
  }
  for (let first = 1; first <= total - parts + 1; first += 1) {
    for (const rest of compositions(total - first, parts - 1, false)) yield [first, ...rest];
  }
}

/** Schema 1's figures must be what the replay recomputed: S, T, and the partial refunds. */
function checkFiguresV1(escrow: EscrowV1, state: ReplayState): void {
  const replayed = state.holder.escrow;
  const expected: readonly (readonly [keyof EscrowV1, Dec])[] = [
    ['subtotal', new Dec(replayed.subtotal)],
    ['tip', new Dec(replayed.tip)],
    ['refundedItems', state.partial.items],
    ['refundedBuyerFee', state.partial.buyerFee],
  ];
  for (const [field, value] of expected) {
    if (!value.equals(escrow[field] as string)) {
      invalidOrder(`escrow.${field}`, 'escrow.figures', `escrow.${field} ${escrow[field] as string} is not what the ledger adds up to.`);
    }
  }
}
