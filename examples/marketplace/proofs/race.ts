import { applyEvent, type Order, type OrderEvent } from 'sequestre';
import type { ApplyResult, OrderStore } from 'sequestre-postgres';
import { raceEvents, seeded, shuffled } from './scenario';

/** One request as a writer saw it. */
export type LogEntry = {
  readonly writer: number;
  readonly orderId: string;
  readonly eventId: string;
  /** The event as last decided (with the instant of its last attempt), when one was decided. */
  readonly event: OrderEvent | undefined;
  readonly outcome: 'committed' | 'duplicate' | 'unchanged' | 'refused' | 'exhausted' | 'threw';
  readonly code?: string;
  /** For a commit, the version written; for a refusal, the version it was judged on. */
  readonly version?: number;
  readonly attempts: number;
};

/**
 * Writers race on the same orders: each writer walks the orders in the same sequence (so that
 * they collide), sending every event of `raceEvents` in its own shuffled order. Every event is
 * sent by every writer: one of them applies it, the others get a duplicate or a refusal.
 */
export async function runRace(
  stores: readonly OrderStore[],
  orderIds: readonly string[],
  seed: number,
): Promise<LogEntry[]> {
  const log: LogEntry[] = [];
  await Promise.all(
    stores.map(async (store, writer) => {
      const random = seeded(seed * 31 + writer);
      for (const orderId of orderIds) {
        for (const prepared of shuffled(raceEvents(orderId), random)) {
          let decided: OrderEvent | undefined;
          let result: ApplyResult;
          try {
            result = await store.apply(orderId, (_order, at) => (decided = prepared.make(at)));
          } catch (error) {
            log.push({
              writer,
              orderId,
              eventId: prepared.id,
              event: decided,
              outcome: 'threw',
              code: (error as Error).message.slice(0, 80),
              attempts: 0,
            });
            continue;
          }
          log.push(toEntry(writer, orderId, prepared.id, decided, result));
        }
      }
    }),
  );
  return log;
}

function toEntry(
  writer: number,
  orderId: string,
  eventId: string,
  event: OrderEvent | undefined,
  result: ApplyResult,
): LogEntry {
  const base = { writer, orderId, eventId, event, attempts: result.attempts };
  if (result.ok) {
    if (result.duplicate === true) return { ...base, outcome: 'duplicate', version: result.order.version };
    return { ...base, outcome: result.changed ? 'committed' : 'unchanged', version: result.order.version };
  }
  if (result.error.code === 'RETRIES_EXHAUSTED') return { ...base, outcome: 'exhausted', code: result.error.code };
  return {
    ...base,
    outcome: 'refused',
    code: result.error.code,
    ...(result.version === undefined ? {} : { version: result.version }),
  };
}

/**
 * Checks the race against an independent replay, order by order:
 * - every request ended committed, duplicate or refused (never exhausted, never an exception);
 * - the commits have consecutive versions, and replaying them in that order through `applyEvent`
 *   rebuilds exactly the stored order (no lost update) and exactly its recorded effects;
 * - each event id was committed at most once, and every duplicate names a committed id;
 * - every refusal is the answer `applyEvent` gives for that event on the committed state of the
 *   version it was judged on (a legitimate refusal, not an artefact of the race).
 */
export async function checkRace(
  store: OrderStore,
  startOrders: ReadonlyMap<string, Order>,
  log: readonly LogEntry[],
): Promise<string[]> {
  const violations: string[] = [];
  for (const entry of log) {
    if (entry.outcome === 'threw' || entry.outcome === 'exhausted' || entry.outcome === 'unchanged') {
      violations.push(
        `${entry.eventId} (writer ${entry.writer}) ended ${entry.outcome}${entry.code ? `: ${entry.code}` : ''}`,
      );
    }
  }
  for (const [orderId, start] of startOrders) {
    const mine = log.filter((entry) => entry.orderId === orderId);
    const commits = mine
      .filter((entry) => entry.outcome === 'committed')
      .sort((a, b) => (a.version ?? 0) - (b.version ?? 0));
    const states = new Map<number, Order>([[start.version, start]]);
    const replayedEffects: string[] = [];
    let order = start;
    const committedIds = new Set<string>();
    for (const commit of commits) {
      if (committedIds.has(commit.eventId)) violations.push(`${commit.eventId} was committed twice`);
      committedIds.add(commit.eventId);
      if (commit.version !== order.version + 1)
        violations.push(
          `${orderId}: commit ${commit.eventId} wrote version ${commit.version} after version ${order.version}`,
        );
      const replayed = applyEvent(order, commit.event as OrderEvent);
      if (!replayed.ok) {
        violations.push(
          `${orderId}: ${commit.eventId} does not replay on version ${order.version} (${replayed.error.code})`,
        );
        break;
      }
      order = replayed.order;
      states.set(order.version, order);
      replayedEffects.push(...replayed.effects.map(canonical));
    }
    const stored = await store.get(orderId);
    if (!stored.ok) violations.push(`${orderId}: stored order unreadable`);
    else if (canonical(stored.order) !== canonical(order)) {
      violations.push(
        `${orderId}: the stored order (version ${stored.order.version}) is not the replay of its ${commits.length} commits (version ${order.version}): a lost update`,
      );
    }
    const recorded = (await store.effectsOf(orderId))
      .filter((r) => r.effect.version > start.version)
      .map((r) => canonical(r.effect));
    if (JSON.stringify(recorded) !== JSON.stringify(replayedEffects))
      violations.push(`${orderId}: the outbox holds ${recorded.length} effects, the replay ${replayedEffects.length}`);
    for (const entry of mine) {
      if (entry.outcome === 'duplicate' && !committedIds.has(entry.eventId))
        violations.push(`${entry.eventId}: a duplicate of an event never committed`);
      if (entry.outcome !== 'refused' || entry.event === undefined || entry.version === undefined) continue;
      const judged = states.get(entry.version);
      const again = judged === undefined ? undefined : applyEvent(judged, entry.event);
      if (again === undefined || again.ok || again.error.code !== entry.code) {
        violations.push(
          `${entry.eventId}: refused ${entry.code} on version ${entry.version}, which the replay does not confirm`,
        );
      }
    }
  }
  return violations;
}

/** JSON with keys sorted: jsonb does not keep the order of keys, and equality must not depend on it. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}
