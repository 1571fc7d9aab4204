import { DAYS_MAX, DAYS_MIN } from '../../errors';
import { readBoolean, readEnum, readInteger, readOptionalText } from '../../input';
import { toAmount } from '../../money';
import type { CancellationRequest, Dispute, ExtensionRequest, RefundProposal, Requests, RevisionRequest } from '../../order/types';
import { compareInstants } from '../../time';
import { invalidOrder } from './invalidOrder';
import { readActor, type Parties } from './readActor';
import { readPositiveAmount } from './readAmount';
import { readInstant } from './readInstant';
import { readRecord } from './readRecord';

/**
 * The open matters of an order: pending requests (SPEC §3), the revision request and the
 * dispute. Invariants checked here: each is `null` or complete; requests are from buyer or
 * seller; a deadline never comes before the request it answers; `reason`/`message` are absent
 * or at most 2,000 characters. Which status allows which of them is checked by `checkStatus`.
 */

const PARTIES = ['buyer', 'seller'] as const;
const DISPUTED_FROM: readonly Dispute['from'][] = ['inProgress', 'delivered', 'revisionRequested'];

/**
 * Reads `requests`: each of the three is `null` or a complete pending request.
 *
 * @throws SequestreError `INVALID_ORDER` (after conversion) naming the first wrong field.
 */
export function parseRequests(value: unknown, digits: number, parties: Parties): Requests {
  const requests = readRecord(value, 'requests', ['cancellation', 'extension', 'refund']);
  return {
    cancellation: nullable(requests.cancellation, 'requests.cancellation', (path) => parseCancellation(requests.cancellation, path, parties)),
    extension: nullable(requests.extension, 'requests.extension', (path) => parseExtension(requests.extension, path)),
    refund: nullable(requests.refund, 'requests.refund', (path) => parseRefund(requests.refund, path, digits, parties)),
  };
}

/**
 * Reads `revisionRequest`: `null`, or the request the seller must answer, with its deadline.
 *
 * @throws SequestreError `INVALID_ORDER` (after conversion) naming the first wrong field.
 */
export function parseRevisionRequest(value: unknown): RevisionRequest | null {
  return nullable(value, 'revisionRequest', (path) => {
    const request = readRecord(value, path, ['at', 'deadline', 'overdue', 'message']);
    const { at, deadline } = readWindow(request, path);
    return withText({ at, deadline, overdue: readBoolean(request.overdue, `${path}.overdue`, 'INVALID_ORDER') }, 'message', request.message, path);
  });
}

/**
 * Reads `dispute`: `null`, or who opened it, when, and the status it froze.
 *
 * @throws SequestreError `INVALID_ORDER` (after conversion) naming the first wrong field.
 */
export function parseDispute(value: unknown, parties: Parties): Dispute | null {
  return nullable(value, 'dispute', (path) => {
    const dispute = readRecord(value, path, ['openedBy', 'openedAt', 'from', 'reason']);
    return withText(
      {
        openedBy: readActor(dispute.openedBy, `${path}.openedBy`, parties),
        openedAt: readInstant(dispute.openedAt, `${path}.openedAt`),
        from: readEnum(dispute.from, `${path}.from`, DISPUTED_FROM, 'INVALID_ORDER'),
      },
      'reason',
      dispute.reason,
      path,
    );
  });
}

function parseCancellation(value: unknown, path: string, parties: Parties): CancellationRequest {
  const request = readRecord(value, path, ['by', 'at', 'deadline', 'reason']);
  const by = readActor(request.by, `${path}.by`, parties, PARTIES);
  return withText({ by, ...readWindow(request, path) }, 'reason', request.reason, path);
}

function parseExtension(value: unknown, path: string): ExtensionRequest {
  const request = readRecord(value, path, ['days', 'at', 'deadline', 'reason']);
  const days = readInteger(request.days, `${path}.days`, DAYS_MIN, DAYS_MAX, 'INVALID_ORDER');
  return withText({ days, ...readWindow(request, path) }, 'reason', request.reason, path);
}

function parseRefund(value: unknown, path: string, digits: number, parties: Parties): RefundProposal {
  const proposal = readRecord(value, path, ['by', 'amount', 'at', 'reason']);
  const by = readActor(proposal.by, `${path}.by`, parties, PARTIES);
  const amount = toAmount(readPositiveAmount(proposal.amount, digits, `${path}.amount`), digits);
  return withText({ by, amount, at: readInstant(proposal.at, `${path}.at`) }, 'reason', proposal.reason, path);
}

/** A request's instant and the deadline to answer it, which policy windows put after it. */
function readWindow(record: Record<string, unknown>, path: string): { at: string; deadline: string } {
  const at = readInstant(record.at, `${path}.at`);
  const deadline = readInstant(record.deadline, `${path}.deadline`);
  if (compareInstants(deadline, at) < 0) invalidOrder(`${path}.deadline`, 'request.deadlineBeforeStart', `${path}.deadline ${deadline} comes before ${path}.at ${at}.`);
  return { at, deadline };
}

function nullable<T>(value: unknown, path: string, read: (path: string) => T): T | null {
  return value === null ? null : read(path);
}

/** Adds an optional text field only when present, so that no `undefined` value is ever stored. */
function withText<T extends object>(record: T, key: 'reason' | 'message', value: unknown, path: string): T {
  const text = readOptionalText(value, `${path}.${key}`, 'INVALID_ORDER');
  return text === undefined ? record : { ...record, [key]: text };
}
