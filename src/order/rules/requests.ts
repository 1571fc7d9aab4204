import {
  cancellationAlreadyPending,
  cancellationNonePending,
  cancellationNotRequester,
  cancellationOwnRequest,
  extensionAlreadyPending,
  extensionNonePending,
  type Refusal,
  refundAlreadyPending,
  refundNonePending,
  refundNotRequester,
  refundOwnRequest,
  refuse,
} from '../../errors';
import type { Actor } from '../../model/types';
import type { Attempt } from './context';

/** The requests that one party opens and the other answers. */
type Answerable = 'cancellation' | 'refund';

/** Each kind of request's rules, by what went wrong. */
const ALREADY_PENDING = {
  cancellation: cancellationAlreadyPending,
  refund: refundAlreadyPending,
  extension: extensionAlreadyPending,
};
const NONE_PENDING = {
  cancellation: cancellationNonePending,
  refund: refundNonePending,
  extension: extensionNonePending,
};
const OWN_REQUEST = { cancellation: cancellationOwnRequest, refund: refundOwnRequest };
const NOT_REQUESTER = { cancellation: cancellationNotRequester, refund: refundNotRequester };

/** A new request is refused while one of the same kind is pending (SPEC §3: at most one each). */
export function refuseSecondRequest(kind: 'cancellation' | 'refund' | 'extension') {
  return ({ order }: Attempt): Refusal | undefined =>
    order.requests[kind] === null ? undefined : refuse('CONFLICT', ALREADY_PENDING[kind], {});
}

/** Accepting or declining needs a pending request from the other party. */
export function refuseAnswer(kind: Answerable) {
  return ({ order, by }: Attempt): Refusal | undefined => {
    const request = order.requests[kind];
    if (request === null) return refuse('NOT_ALLOWED', NONE_PENDING[kind], {});
    return request.by.role === by.role ? refuse('NOT_ALLOWED', OWN_REQUEST[kind], {}) : undefined;
  };
}

/** Only the party that opened a request may withdraw it. */
export function refuseWithdraw(kind: Answerable) {
  return ({ order, by }: Attempt): Refusal | undefined => {
    const request = order.requests[kind];
    if (request === null) return refuse('NOT_ALLOWED', NONE_PENDING[kind], {});
    return isSameParty(request.by, by) ? undefined : refuse('NOT_ALLOWED', NOT_REQUESTER[kind], {});
  };
}

/** Extension requests are the seller's and answered by the buyer; roles alone settle who. */
export function refusePendingExtensionMissing({ order }: Attempt): Refusal | undefined {
  return order.requests.extension === null ? refuse('NOT_ALLOWED', NONE_PENDING.extension, {}) : undefined;
}

/** Buyer and seller are one party each; platform agents share one role. */
export function isSameParty(a: Actor, b: Actor): boolean {
  return a.role === b.role;
}
