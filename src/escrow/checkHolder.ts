import { SequestreError } from '../errors';
import { minorDigits } from '../money';
import { minorUnits } from '../money/minorUnits';
import { AMOUNT_PATTERN } from '../money/amountPattern';
import { RATE_PATTERN } from '../money/parseRate';
import type { EscrowHolder, Posting } from './types';

const ACCOUNTS = new Set(['buyer', 'escrow', 'seller', 'platform']);

/**
 * The light check the escrow queries make on an order argument: enough to compute without
 * throwing anything but `INVALID_ORDER`. Full validation of stored JSON is `parseOrder`'s job.
 */
export function checkHolder(value: unknown): EscrowHolder {
  const order = value as EscrowHolder | null;
  const escrow = order?.escrow;
  const fees = order?.fees;
  const usable =
    typeof order === 'object' &&
    order !== null &&
    digitsOfHolder(order) !== undefined &&
    typeof escrow === 'object' &&
    escrow !== null &&
    [escrow.subtotal, escrow.tip, escrow.refundedItems, escrow.refundedBuyerFee].every((a) => isAmount(a, digitsOfHolder(order)!)) &&
    Array.isArray(escrow.ledger) &&
    escrow.ledger.every((p) => typeof p === 'object' && p !== null && ACCOUNTS.has(p.from) && ACCOUNTS.has(p.to) && isAmount(p.amount, digitsOfHolder(order)!)) &&
    !isOverdrawn(escrow.ledger, digitsOfHolder(order)!) &&
    typeof fees === 'object' &&
    fees !== null &&
    [fees.buyerFee?.rate, fees.commission?.rate, fees.tipCommission?.rate].every((r) => typeof r === 'string' && RATE_PATTERN.test(r)) &&
    isAmount(fees.buyerFee?.fixed, digitsOfHolder(order)!);
  if (!usable) {
    throw new SequestreError('INVALID_ORDER', 'The order argument is not an order produced by sequestre; load stored orders with parseOrder first.', {
      rule: 'order.shape',
    });
  }
  return order;
}

function isAmount(value: unknown, digits: number): boolean {
  const match = typeof value === 'string' ? AMOUNT_PATTERN.exec(value) : null;
  return match !== null && (match[3]?.length ?? 0) <= digits;
}

function digitsOfHolder(order: EscrowHolder): number | undefined {
  return minorDigits(order.currency);
}

/**
 * Whether more left the escrow than came in (held < 0, as `sumLedger` would find it), summed
 * exactly in minor units. Every command and query runs this check, so it counts in BigInt
 * rather than building a Decimal per posting; the amounts were checked to have at most
 * `digits` decimals just before.
 */
function isOverdrawn(ledger: readonly Posting[], digits: number): boolean {
  return heldMinorUnits(ledger, digits) < 0n;
}

/** What the ledger holds, in minor units: everything paid into the escrow minus everything paid out of it. */
export function heldMinorUnits(ledger: readonly Posting[], digits: number): bigint {
  let held = 0n;
  for (const posting of ledger) held += posting.to === 'escrow' ? minorUnits(posting.amount, digits) : -minorUnits(posting.amount, digits);
  return held;
}
