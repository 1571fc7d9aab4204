import { POSTINGS_MAX } from '../../errors';
import type { Account, EscrowState, Posting, RevenueComponent } from '../../escrow/types';
import { readArray, readEnum, readId, readLabel } from '../../input';
import { toAmount } from '../../money';
import { invalidOrder } from './invalidOrder';
import { readInstant } from './readInstant';
import { readAmount, readPositiveAmount } from './readAmount';
import { readRecord } from './readRecord';

/**
 * The shape of a stored escrow. Invariants checked here: every sum in the currency's exact
 * form, every posting positive and on one of the four routes the escrow functions make:
 * - buyer → escrow, with `paymentId`: a payment held (`openEscrow`, `holdExtra`);
 * - escrow → buyer, with `paymentId`: a refund to the payment it goes back to (`routeRefund`);
 * - escrow → seller: a payout (`release`);
 * - escrow → platform, with `component`: revenue (`revenueOf`).
 * The sums themselves (conservation, quotes) are checked by `checkLedger`.
 */

const ESCROW_KEYS = ['subtotal', 'tip', 'refundedItems', 'refundedBuyerFee', 'ledger'];
const POSTING_KEYS = ['at', 'from', 'to', 'amount', 'cause', 'paymentId', 'component'];
const ACCOUNTS: readonly Account[] = ['buyer', 'escrow', 'seller', 'platform'];
const COMPONENTS: readonly RevenueComponent[] = ['commission', 'tipCommission', 'buyerFee', 'forfeited'];

/**
 * Reads the stored escrow: its four sums and its ledger, shape only.
 *
 * @throws SequestreError `INVALID_ORDER` (after conversion) naming the first wrong field.
 */
export function parseEscrow(value: unknown, digits: number): EscrowState {
  const escrow = readRecord(value, 'escrow', ESCROW_KEYS);
  const amount = (key: 'subtotal' | 'tip' | 'refundedItems' | 'refundedBuyerFee') => toAmount(readAmount(escrow[key], digits, `escrow.${key}`), digits);
  return {
    subtotal: toAmount(readPositiveAmount(escrow.subtotal, digits, 'escrow.subtotal'), digits),
    tip: amount('tip'),
    refundedItems: amount('refundedItems'),
    refundedBuyerFee: amount('refundedBuyerFee'),
    ledger: parseLedger(escrow.ledger, digits),
  };
}

function parseLedger(value: unknown, digits: number): Posting[] {
  const ledger = readArray(value, 'escrow.ledger', POSTINGS_MAX, 'INVALID_ORDER');
  if (ledger.length === 0) invalidOrder('escrow.ledger', 'ledger.empty', 'escrow.ledger must start with the checkout payment.');
  return ledger.map((raw, i) => parsePosting(raw, `escrow.ledger[${i}]`, digits));
}

function parsePosting(value: unknown, path: string, digits: number): Posting {
  const posting = readRecord(value, path, POSTING_KEYS);
  const from = readEnum(posting.from, `${path}.from`, ACCOUNTS, 'INVALID_ORDER');
  const to = readEnum(posting.to, `${path}.to`, ACCOUNTS, 'INVALID_ORDER');
  const base = {
    at: readInstant(posting.at, `${path}.at`),
    from,
    to,
    amount: toAmount(readPositiveAmount(posting.amount, digits, `${path}.amount`), digits),
    cause: readLabel(posting.cause, `${path}.cause`, 'INVALID_ORDER'),
  };
  const route = `${from}→${to}`;
  const paid = route === 'buyer→escrow' || route === 'escrow→buyer';
  if (!paid && route !== 'escrow→seller' && route !== 'escrow→platform') {
    invalidOrder(`${path}.to`, 'posting.route', `${path} moves money ${route}; postings only run buyer→escrow or escrow→buyer, seller or platform.`);
  }
  if (paid) {
    if (posting.component !== undefined) invalidOrder(`${path}.component`, 'posting.component', `${path}.component is only for revenue postings (escrow→platform).`);
    return { ...base, paymentId: readId(posting.paymentId, `${path}.paymentId`, 'INVALID_ORDER') };
  }
  if (posting.paymentId !== undefined) invalidOrder(`${path}.paymentId`, 'posting.paymentId', `${path}.paymentId is only for payments and refunds (buyer↔escrow).`);
  if (route === 'escrow→seller') {
    if (posting.component !== undefined) invalidOrder(`${path}.component`, 'posting.component', `${path}.component is only for revenue postings (escrow→platform).`);
    return base;
  }
  return { ...base, component: readEnum(posting.component, `${path}.component`, COMPONENTS, 'INVALID_ORDER') };
}
