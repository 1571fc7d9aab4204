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
  if (heldByUsableHolder(value) === undefined) {
    throw new SequestreError('INVALID_ORDER', 'The order argument is not an order produced by sequestre; load stored orders with parseOrder first.', {
      rule: 'order.shape',
    });
  }
  return value as EscrowHolder;
}

/**
 * `checkHolder`'s test without the throw: what the ledger holds, in minor units, when `value`
 * passes it (nothing overdrawn), `undefined` when it does not. The order check of every command
 * and query runs it and reuses the sum, so the ledger is read once.
 */
export function heldByUsableHolder(value: unknown): bigint | undefined {
  const order = value as EscrowHolder | null;
  if (typeof order !== 'object' || order === null) return undefined;
  const digits = minorDigits(order.currency);
  const { escrow, fees } = order;
  if (digits === undefined || typeof escrow !== 'object' || escrow === null) return undefined;
  if (!isAmount(escrow.subtotal, digits) || !isAmount(escrow.tip, digits) || !isAmount(escrow.refundedItems, digits) || !isAmount(escrow.refundedBuyerFee, digits)) return undefined;
  if (!Array.isArray(escrow.ledger) || !escrow.ledger.every((p) => typeof p === 'object' && p !== null && ACCOUNTS.has(p.from) && ACCOUNTS.has(p.to) && isAmount(p.amount, digits))) {
    return undefined;
  }
  const held = heldMinorUnits(escrow.ledger, digits);
  // More left the escrow than came in (held < 0, as `sumLedger` would find it).
  if (held < 0n || typeof fees !== 'object' || fees === null) return undefined;
  if (!isRate(fees.buyerFee?.rate) || !isRate(fees.commission?.rate) || !isRate(fees.tipCommission?.rate) || !isAmount(fees.buyerFee.fixed, digits)) return undefined;
  return held;
}

function isRate(value: unknown): boolean {
  return typeof value === 'string' && RATE_PATTERN.test(value);
}

function isAmount(value: unknown, digits: number): boolean {
  const match = typeof value === 'string' ? AMOUNT_PATTERN.exec(value) : null;
  return match !== null && (match[3]?.length ?? 0) <= digits;
}

/**
 * What the ledger holds, in minor units: everything paid into the escrow minus everything paid
 * out of it. Every command and query runs this, so it counts exactly in BigInt rather than
 * building a Decimal per posting; the amounts were checked to have at most `digits` decimals.
 */
export function heldMinorUnits(ledger: readonly Posting[], digits: number): bigint {
  let held = 0n;
  for (const posting of ledger) held += posting.to === 'escrow' ? minorUnits(posting.amount, digits) : -minorUnits(posting.amount, digits);
  return held;
}
