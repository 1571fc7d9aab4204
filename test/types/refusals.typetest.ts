// Type-level checks of typed refusals (issue 11), run by `tsc --noEmit` in `npm test`: a host
// switches on `details.rule` and reads that rule's facts, typed. Each @ts-expect-error must stay
// an error: if the types loosen, the build fails.
import {
  applyEvent,
  type Order,
  type OrderEvent,
  type Refusal,
  type RefusalDetails,
  type RefusalRule,
  type Result,
  type SequestreError,
  safeParseOrder,
} from '../../src';
import type { RefusalDetails as EscrowRefusalDetails } from '../../src/entries/escrow';

declare const order: Order;
declare const event: OrderEvent;

/** What a host does with a refusal: each case reads its rule's own facts. */
function advise(result: Result): string {
  if (result.ok) return 'done';
  const { details } = result.error;
  switch (details?.rule) {
    case 'cancel.beforeLate': {
      const from: string = details.from;
      return `retry at ${from}`;
    }
    case 'payment.amountMismatch': {
      const expected: string = details.expected;
      // @ts-expect-error the checkout's mismatch has no limit.
      void details.limit;
      return `charge ${expected}`;
    }
    case 'revision.limitReached':
    case 'order.recordsFull': {
      const limit: number = details.limit;
      return `limit ${limit}`;
    }
    case 'refund.outOfRange': {
      const below: string = details.below;
      const path: string = details.path;
      return `${path} below ${below}`;
    }
    case 'status.refuses':
    case 'order.closed': {
      const status: Order['status'] = details.status;
      return status;
    }
    case 'sender.role':
      return details.allowed.join(' or ');
    case 'time.beforeLastChange':
      return details.lastChangeAt;
    case 'event.idReused':
      return details.path;
    // @ts-expect-error not a rule: rules are a closed set.
    case 'cancel.tooEarly':
      return 'never';
    default: {
      // Every other rule still names itself; a refusal may come without details.
      const rule: RefusalRule | undefined = details?.rule;
      return rule ?? result.error.code;
    }
  }
}
void advise(applyEvent(order, event));

// A rule's facts are only its own: a path is not on every refusal.
declare const any: RefusalDetails;
// @ts-expect-error `order.shape` and others have no path; narrow on `rule` (or `'path' in`) first.
void any.path;
if ('path' in any) {
  const path: string | undefined = any.path;
  void path;
}

// SequestreError and safeParseOrder carry the same details.
declare const error: SequestreError;
if (error.details?.rule === 'escrow.figures') {
  const expected: string = error.details.expected;
  void expected;
}
const parsed = safeParseOrder({});
if (!parsed.ok && parsed.error.details?.rule === 'history.version') {
  const expected: number = parsed.error.details.expected;
  void expected;
}

// A Refusal is what { ok: false, error } holds; sequestre/escrow exports the same union.
declare const refusal: Refusal;
const same: EscrowRefusalDetails | undefined = refusal.details;
void same;
