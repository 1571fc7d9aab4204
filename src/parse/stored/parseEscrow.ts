import {
  invalidOrder,
  ledgerEmpty,
  POSTINGS_MAX,
  postingComponent,
  postingParts,
  postingPaymentId,
  postingRoute,
  RECORDS_MAX,
} from '../../errors';
import type { EscrowState, Posting } from '../../model/escrow';
import { ACCOUNTS, REVENUE_COMPONENTS } from '../../model/vocabulary';
import { withFields } from '../../model/withFields';
import { minorUnits } from '../../money/minorUnits';
import { readArray, readEnum, readId } from '../readers';
import {
  amount,
  type FieldReader,
  instant,
  integer,
  label,
  oneOf,
  price,
  type ReadContext,
  raw,
  readFields,
  readList,
} from './fields';
import type { EscrowV1, PostingV1 } from './ledger/migrateLedger';
import { readAmount } from './readAmount';

/**
 * The shape of a stored escrow. Invariants checked here: every figure in the currency's exact
 * form, every posting positive and on one of the four routes the escrow functions make:
 * - buyer → escrow, with `paymentId`: a payment held (`openEscrow`, `holdExtra`);
 * - escrow → buyer, with `paymentId`: a refund to the payment it goes back to (`routeRefund`);
 * - escrow → seller: a payout (`release`);
 * - escrow → platform, with `component`: revenue (`revenueOf`).
 * In schema 2 a payment or refund also says what it moved (`items` + `tip` + `buyerFee` = `amount`)
 * and every posting its version. Whether the figures and postings are what the library computes
 * is checked by replaying the ledger (`ledger/replayLedger.ts`).
 */

const BASE = {
  at: instant,
  from: oneOf(ACCOUNTS),
  to: oneOf(ACCOUNTS),
  amount: price,
  cause: label,
  paymentId: raw,
  component: raw,
};
// Spreads in functions marked pure, so that bundlers can drop the parser where it is unused.
const POSTING = /* @__PURE__ */ (() => ({
  version: integer(1, RECORDS_MAX),
  ...BASE,
  items: raw,
  tip: raw,
  buyerFee: raw,
}))();
const FIGURES = {
  subtotal: price,
  tip: amount,
  buyerFee: amount,
  refundedItems: amount,
  refundedTip: amount,
  refundedBuyerFee: amount,
};
const ESCROW = /* @__PURE__ */ (() => ({ ...FIGURES, ledger: ledgerOf(POSTING, true) }))();
const ESCROW_V1 = {
  subtotal: price,
  tip: amount,
  refundedItems: amount,
  refundedBuyerFee: amount,
  ledger: ledgerOf(BASE, false),
};

/**
 * Reads a schema 2 escrow: its six figures and its ledger, shape only.
 *
 * Refuses `INVALID_ORDER` (after conversion) naming the first wrong field, through `refused`.
 */
export function parseEscrow(value: unknown, path: string, context: ReadContext): EscrowState {
  return readFields<EscrowState>(value, path, ESCROW, context);
}

/**
 * Reads a schema 1 escrow, which `parseOrder` then migrates: four figures, and postings with
 * neither version nor parts.
 *
 * Refuses `INVALID_ORDER` (after conversion) naming the first wrong field, through `refused`.
 */
export function parseEscrowV1(value: unknown, path: string, context: ReadContext): EscrowV1 {
  return readFields<EscrowV1>(value, path, ESCROW_V1, context);
}

/* @__NO_SIDE_EFFECTS__ */
function ledgerOf(fields: Readonly<Record<string, FieldReader>>, withParts: boolean): FieldReader {
  return (value, path, context) => {
    const ledger = readArray(value, path, POSTINGS_MAX);
    if (ledger.length === 0) invalidOrder(ledgerEmpty, { path });
    return readList(ledger, path, (posting, at) =>
      parsePosting(readFields(posting, at, fields, context), at, context, withParts),
    );
  };
}

type ReadPosting = Posting & {
  paymentId?: unknown;
  component?: unknown;
  items?: unknown;
  tip?: unknown;
  buyerFee?: unknown;
};

function parsePosting(read: ReadPosting, path: string, context: ReadContext, withParts: boolean): Posting | PostingV1 {
  const { paymentId, component, items, tip, buyerFee, ...base } = read;
  const route = `${base.from}→${base.to}`;
  const paid = route === 'buyer→escrow' || route === 'escrow→buyer';
  if (!paid && route !== 'escrow→seller' && route !== 'escrow→platform') {
    invalidOrder(postingRoute, { path: `${path}.to` }, route);
  }
  if (!paid || !withParts) {
    for (const [key, part] of [
      ['items', items],
      ['tip', tip],
      ['buyerFee', buyerFee],
    ] as const) {
      if (part !== undefined) invalidOrder(postingParts, { path: `${path}.${key}` });
    }
  }
  if (component !== undefined && route !== 'escrow→platform') {
    invalidOrder(postingComponent, { path: `${path}.component` });
  }
  if (paid) {
    const withPayment = withFields(base, { paymentId: readId(paymentId, `${path}.paymentId`) });
    return withParts
      ? withFields(withPayment, readParts(path, withPayment.amount, { items, tip, buyerFee }, context))
      : withPayment;
  }
  if (paymentId !== undefined) invalidOrder(postingPaymentId, { path: `${path}.paymentId` });
  if (route === 'escrow→seller') return base;
  return withFields(base, { component: readEnum(component, `${path}.component`, REVENUE_COMPONENTS) });
}

/** What a payment or refund moved: three amounts that add up to it. */
function readParts(
  path: string,
  total: string,
  parts: { items: unknown; tip: unknown; buyerFee: unknown },
  { digits }: ReadContext,
) {
  const items = readAmount(parts.items, digits, `${path}.items`);
  const tip = readAmount(parts.tip, digits, `${path}.tip`);
  const buyerFee = readAmount(parts.buyerFee, digits, `${path}.buyerFee`);
  // Canonical amounts of one currency: their minor units add up exactly.
  if (
    minorUnits(items, digits) + minorUnits(tip, digits) + minorUnits(buyerFee, digits) !==
    minorUnits(total, digits)
  ) {
    invalidOrder(postingParts, { path: `${path}.amount` }, total);
  }
  return { items, tip, buyerFee };
}
