import { refuse, type Refusal } from '../../errors';
import type { Actor } from '../../model/types';
import type { Attempt } from './context';

/** The requests that one party opens and the other answers. */
type Answerable = 'cancellation' | 'refund';

const NAMES = { cancellation: 'cancellation request', refund: 'partial refund proposal', extension: 'extension request' } as const;
/** The names with their article, to open a sentence ("An extension request", not "A extension request"). */
const A_NAMES = { cancellation: 'A cancellation request', refund: 'A partial refund proposal', extension: 'An extension request' } as const;

/** A new request is refused while one of the same kind is pending (SPEC §3: at most one each). */
export function refuseSecondRequest(kind: 'cancellation' | 'refund' | 'extension') {
  return ({ order }: Attempt): Refusal | undefined =>
    order.requests[kind] === null
      ? undefined
      : refuse('CONFLICT', `${A_NAMES[kind]} is already pending; wait for its answer or withdraw it first.`, { rule: `${kind}.alreadyPending` });
}

/** Accepting or declining needs a pending request from the other party. */
export function refuseAnswer(kind: Answerable) {
  return ({ order, by }: Attempt): Refusal | undefined => {
    const request = order.requests[kind];
    if (request === null) return noneFor(kind);
    if (request.by.role === by.role) {
      return refuse('NOT_ALLOWED', `A party cannot answer its own ${NAMES[kind]}; the other party answers it.`, { rule: `${kind}.ownRequest` });
    }
    return undefined;
  };
}

/** Only the party that opened a request may withdraw it. */
export function refuseWithdraw(kind: Answerable) {
  return ({ order, by }: Attempt): Refusal | undefined => {
    const request = order.requests[kind];
    if (request === null) return noneFor(kind);
    if (!isSameParty(request.by, by)) {
      return refuse('NOT_ALLOWED', `Only the party that made the ${NAMES[kind]} can withdraw it.`, { rule: `${kind}.notRequester` });
    }
    return undefined;
  };
}

/** Extension requests are the seller's and answered by the buyer; roles alone settle who. */
export function refusePendingExtensionMissing({ order }: Attempt): Refusal | undefined {
  return order.requests.extension === null ? noneFor('extension') : undefined;
}

function noneFor(kind: keyof typeof NAMES): Refusal {
  return refuse('NOT_ALLOWED', `There is no pending ${NAMES[kind]} on this order.`, { rule: `${kind}.nonePending` });
}

/** Buyer and seller are one party each; platform agents share one role. */
export function isSameParty(a: Actor, b: Actor): boolean {
  return a.role === b.role;
}
