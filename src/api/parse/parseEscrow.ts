import { POSTINGS_MAX } from '../../errors';
import type { Account, EscrowState, Posting, RevenueComponent } from '../../escrow/types';
import { readArray, readEnum, readId } from '../../input';
import { amount, instant, label, oneOf, price, raw, readFields, readList, type ReadContext } from './fields';
import { invalidOrder } from './invalidOrder';

/**
 * The shape of a stored escrow. Invariants checked here: every sum in the currency's exact
 * form, every posting positive and on one of the four routes the escrow functions make:
 * - buyer → escrow, with `paymentId`: a payment held (`openEscrow`, `holdExtra`);
 * - escrow → buyer, with `paymentId`: a refund to the payment it goes back to (`routeRefund`);
 * - escrow → seller: a payout (`release`);
 * - escrow → platform, with `component`: revenue (`revenueOf`).
 * The sums themselves (conservation, quotes) are checked by `checkLedger`.
 */

const ACCOUNTS: readonly Account[] = ['buyer', 'escrow', 'seller', 'platform'];
const COMPONENTS: readonly RevenueComponent[] = ['commission', 'tipCommission', 'buyerFee', 'forfeited'];
const POSTING = { at: instant, from: oneOf(ACCOUNTS), to: oneOf(ACCOUNTS), amount: price, cause: label, paymentId: raw, component: raw };
const ESCROW = {
  subtotal: price,
  tip: amount,
  refundedItems: amount,
  refundedBuyerFee: amount,
  ledger: parseLedger,
};

/**
 * Reads the stored escrow: its four sums and its ledger, shape only.
 *
 * @throws SequestreError `INVALID_ORDER` (after conversion) naming the first wrong field.
 */
export function parseEscrow(value: unknown, path: string, context: ReadContext): EscrowState {
  return readFields<EscrowState>(value, path, ESCROW, context);
}

function parseLedger(value: unknown, path: string, context: ReadContext): Posting[] {
  const ledger = readArray(value, path, POSTINGS_MAX);
  if (ledger.length === 0) invalidOrder(path, 'ledger.empty', 'escrow.ledger must start with the checkout payment.');
  return readList(ledger, path, (posting, at) => parsePosting(posting, at, context));
}

function parsePosting(value: unknown, path: string, context: ReadContext): Posting {
  const { paymentId, component, ...base } = readFields<Posting & { paymentId?: unknown; component?: unknown }>(value, path, POSTING, context);
  const route = `${base.from}→${base.to}`;
  const paid = route === 'buyer→escrow' || route === 'escrow→buyer';
  if (!paid && route !== 'escrow→seller' && route !== 'escrow→platform') {
    invalidOrder(`${path}.to`, 'posting.route', `${path} moves money ${route}; postings only run buyer→escrow or escrow→buyer, seller or platform.`);
  }
  const noComponent = () => {
    if (component !== undefined) invalidOrder(`${path}.component`, 'posting.component', `${path}.component is only for revenue postings (escrow→platform).`);
  };
  if (paid) {
    noComponent();
    return { ...base, paymentId: readId(paymentId, `${path}.paymentId`) };
  }
  if (paymentId !== undefined) invalidOrder(`${path}.paymentId`, 'posting.paymentId', `${path}.paymentId is only for payments and refunds (buyer↔escrow).`);
  if (route === 'escrow→seller') {
    noComponent();
    return base;
  }
  return { ...base, component: readEnum(component, `${path}.component`, COMPONENTS) };
}
