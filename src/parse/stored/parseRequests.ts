import { DAYS_MAX, DAYS_MIN, invalidOrder, requestDeadlineBeforeStart } from '../../errors';
import type {
  CancellationRequest,
  Dispute,
  ExtensionRequest,
  RefundProposal,
  Requests,
  RevisionRequest,
} from '../../model/types';
import { PARTIES, WORKING_STATUSES } from '../../model/vocabulary';
import { compareInstants } from '../../time';
import { readBoolean } from '../readers';
import { actor, type Fields, instant, integer, oneOf, price, type ReadContext, readFields, text } from './fields';

/**
 * The open matters of an order: pending requests (SPEC §3), the revision request and the
 * dispute. Invariants checked here: each is `null` or complete; requests are from buyer or
 * seller; a deadline never comes before the request it answers; `reason`/`message` are absent
 * or at most 2,000 characters. Which status allows which of them is checked by `checkStatus`.
 */

const party = actor(PARTIES);
const CANCELLATION = { by: party, at: instant, deadline: instant, reason: text };
const EXTENSION = { days: integer(DAYS_MIN, DAYS_MAX), at: instant, deadline: instant, reason: text };
const REFUND = { by: party, amount: price, at: instant, reason: text };
const REVISION = {
  at: instant,
  deadline: instant,
  overdue: (value: unknown, path: string) => readBoolean(value, path),
  message: text,
};
const DISPUTE = {
  openedBy: actor(),
  openedAt: instant,
  from: oneOf(WORKING_STATUSES),
  reason: text,
};

const REQUESTS = {
  cancellation: nullable<CancellationRequest>(CANCELLATION),
  extension: nullable<ExtensionRequest>(EXTENSION),
  refund: nullable<RefundProposal>(REFUND),
};

/**
 * Reads `requests`: each of the three is `null` or a complete pending request.
 *
 * Refuses `INVALID_ORDER` (after conversion) naming the first wrong field, through `refused`.
 */
export function parseRequests(value: unknown, path: string, context: ReadContext): Requests {
  return readFields<Requests>(value, path, REQUESTS, context);
}

/**
 * Reads `revisionRequest`: `null`, or the request the seller must answer, with its deadline.
 *
 * Refuses `INVALID_ORDER` (after conversion) naming the first wrong field, through `refused`.
 */
export const parseRevisionRequest = nullable<RevisionRequest>(REVISION);

/**
 * Reads `dispute`: `null`, or who opened it, when, and the status it froze.
 *
 * Refuses `INVALID_ORDER` (after conversion) naming the first wrong field, through `refused`.
 */
export const parseDispute = nullable<Dispute>(DISPUTE);

/** `null`, or an object read by its table; a request's deadline never comes before the request. */
/* @__NO_SIDE_EFFECTS__ */
function nullable<T>(fields: Fields) {
  return (value: unknown, path: string, context: ReadContext): T | null => {
    if (value === null) return null;
    const read = readFields<{ at?: string; deadline?: string }>(value, path, fields, context);
    const { at, deadline } = read;
    if (at !== undefined && deadline !== undefined && compareInstants(deadline, at) < 0) {
      invalidOrder(requestDeadlineBeforeStart, { path: `${path}.deadline` }, deadline, at);
    }
    return read as T;
  };
}
