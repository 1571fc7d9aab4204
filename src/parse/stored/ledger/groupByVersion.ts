import { invalidOrder, ledgerMixedChange, ledgerUnexplained, ledgerVersionOrder } from '../../../errors';
import type { Posting } from '../../../model/escrow';
import type { HistoryEntry } from '../../../model/types';
import type { PostingGroup } from './replayLedger';

/**
 * Cuts a schema 2 ledger into changes: consecutive postings of one version. Invariants checked
 * here: versions grow from one change to the next; the postings of a change share their cause and
 * instant (one transition moves money per change: a deadline that ends the order leaves nothing
 * for the event after it); and the history has that transition, with the same version, type and
 * instant, so that every posting is explained by an entry of the history.
 *
 * Refuses `INVALID_ORDER` naming the first posting out of place, through `refused`.
 */
export function groupByVersion(ledger: readonly Posting[], history: readonly HistoryEntry[]): PostingGroup[] {
  const explained = new Set(history.map((entry) => keyOf(entry.version, entry.type, entry.at)));
  const groups: PostingGroup[] = [];
  let start = 0;
  while (start < ledger.length) {
    const first = ledger[start]!;
    const path = `escrow.ledger[${start}]`;
    const previous = groups[groups.length - 1];
    if (previous !== undefined && first.version <= previous.version) {
      invalidOrder(ledgerVersionOrder, { path: `${path}.version` }, first.version, previous.version);
    }
    if (!explained.has(keyOf(first.version, first.cause, first.at))) {
      invalidOrder(ledgerUnexplained, { path }, first, first.at);
    }
    let end = start + 1;
    while (end < ledger.length && ledger[end]!.version === first.version) {
      const posting = ledger[end]!;
      if (posting.cause !== first.cause || posting.at !== first.at) {
        invalidOrder(ledgerMixedChange, { path: `escrow.ledger[${end}]` }, first.version, path);
      }
      end += 1;
    }
    groups.push({
      version: first.version,
      cause: first.cause,
      at: first.at,
      postings: ledger.slice(start, end),
      start,
    });
    start = end;
  }
  return groups;
}

function keyOf(version: number, type: string, at: string): string {
  return `${version} ${type} ${at}`;
}
