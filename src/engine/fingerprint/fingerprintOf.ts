import type { OrderEvent } from '../../model/types';
import { sha256 } from './sha256';

/**
 * The fingerprint of an event for idempotency (SPEC §3): what the event asks, without when it was
 * sent or its key, so that a retry with a new `at` is recognised and a reused key with another
 * type, sender or payload is not. It hashes the parsed event, whose amounts are already
 * normalised ("57.5" and "57.50" are one amount) and whose fields come in a fixed order.
 */
export function fingerprintOf(event: OrderEvent): string {
  const { at: _at, id: _id, ...asked } = event;
  return sha256(JSON.stringify(asked));
}
