import { SequestreError } from '../errors';
import { minorDigits } from '../money';
import { AMOUNT_PATTERN } from '../money/amountPattern';
import { RATE_PATTERN } from '../money/parseRate';
import { sumLedger } from './sumLedger';
import type { EscrowHolder } from './types';

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
    !sumLedger(escrow.ledger).held.isNegative() &&
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
