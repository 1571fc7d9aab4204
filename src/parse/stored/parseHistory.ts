import {
  historyEmpty,
  historyFirstEntry,
  historyPlacedTwice,
  historyTimeOrder,
  historyVersion,
  historyVersionOrder,
  invalidOrder,
  RECORDS_MAX,
} from '../../errors';
import type { HistoryEntry } from '../../model/types';
import { DEADLINE_KINDS, EVENT_TYPES } from '../../model/vocabulary';
import { readArray } from '../readers';
import { actor, instant, integer, oneOf, type ReadContext, readFields, readList, text } from './fields';

/**
 * The history of an order (SPEC §8): one entry per transition, automatic ones included.
 * Invariants:
 * - it is not empty and starts with `order.placed`, by the buyer, at `placedAt`, version 1;
 * - each entry's version is the previous one (transitions of the same change: deadlines applied
 *   before an event, SPEC §2) or the next; the last one is the order's version;
 * - instants never go backwards (SPEC §3, "time never goes backwards");
 * - types are `order.placed`, the public event types but `clock.tick` (a tick records only the
 *   deadlines it applied, SPEC §6) and `deadline.<kind>`.
 */

const TYPES: readonly string[] = /* @__PURE__ */ (() => [
  'order.placed',
  ...EVENT_TYPES.filter((type) => type !== 'clock.tick'),
  ...DEADLINE_KINDS.map((kind) => `deadline.${kind}`),
])();
const ENTRY = {
  version: integer(1, RECORDS_MAX),
  type: oneOf(TYPES),
  at: instant,
  by: actor(),
  reason: text,
  message: text,
};

/**
 * Reads the history entries one by one: version, type, instant, sender, optional text.
 *
 * Refuses `INVALID_ORDER` (after conversion) naming the first wrong field, through `refused`.
 */
export function parseHistory(value: unknown, path: string, context: ReadContext): HistoryEntry[] {
  const history = readArray(value, path, RECORDS_MAX);
  if (history.length === 0) invalidOrder(historyEmpty, { path });
  return readList(history, path, (entry, at) => readFields<HistoryEntry>(entry, at, ENTRY, context));
}

/**
 * Checks the history against the order's version and `placedAt` (see the invariants above).
 *
 * Refuses `INVALID_ORDER` naming the first entry out of order, through `refused`.
 */
export function checkHistory(history: readonly HistoryEntry[], version: number, placedAt: string): void {
  const first = history[0]!;
  if (first.type !== 'order.placed' || first.version !== 1 || first.by.role !== 'buyer') {
    invalidOrder(historyFirstEntry, { path: 'history[0]' });
  }
  if (first.at !== placedAt) invalidOrder(historyFirstEntry, { path: 'history[0].at' }, placedAt);
  history.forEach((entry, i) => {
    const previous = history[i - 1];
    if (previous === undefined) return;
    const path = `history[${i}]`;
    if (entry.type === 'order.placed') invalidOrder(historyPlacedTwice, { path: `${path}.type` });
    if (entry.version !== previous.version && entry.version !== previous.version + 1) {
      invalidOrder(historyVersionOrder, { path: `${path}.version` }, entry.version, previous.version);
    }
    // Stored instants are read in `toISOString()` form with four-digit years (`readInstant`):
    // fixed-width text whose order is the time order, so no date is parsed per entry.
    if (entry.at < previous.at) {
      invalidOrder(historyTimeOrder, { path: `${path}.at` }, entry.at, previous.at);
    }
  });
  const last = history[history.length - 1]!;
  if (last.version !== version) {
    invalidOrder(historyVersion, { path: 'version', expected: last.version }, version);
  }
}
