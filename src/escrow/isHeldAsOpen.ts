import { minorUnits } from '../money/minorUnits';
import { heldMinorUnits } from './checkHolder';
import { digitsOf } from './digitsOf';
import type { EscrowHolder } from './types';

/**
 * Whether an open order's ledger holds exactly what its escrow figures say it must:
 * S + T + F(S) − refunded items − refunded buyer fee. While an order is open, every payment
 * adds p + F(S + p) − F(S), so the payments telescope to S + T + F(S), and only partial refunds
 * have left. The operations assert this before moving money; checking it up front turns a
 * tampered order into `INVALID_ORDER` instead of a failed assertion. Counted in BigInt minor
 * units, F(S) rounded half-even, because every command runs it. Expects a holder `checkHolder`
 * accepted; `held` is what its ledger holds in minor units, when the caller summed it already.
 */
export function isHeldAsOpen(holder: EscrowHolder, held?: bigint): boolean {
  const digits = digitsOf(holder.currency);
  const { escrow, fees } = holder;
  const subtotal = minorUnits(escrow.subtotal, digits);
  const buyerFee = feeOf(subtotal, fees.buyerFee.rate) + minorUnits(fees.buyerFee.fixed, digits);
  const expected = subtotal + minorUnits(escrow.tip, digits) + buyerFee - minorUnits(escrow.refundedItems, digits) - minorUnits(escrow.refundedBuyerFee, digits);
  return (held ?? heldMinorUnits(escrow.ledger, digits)) === expected;
}

/** round(subtotal × rate), half-even, in minor units; the rate is a plain decimal string in [0, 1]. */
function feeOf(subtotal: bigint, rate: string): bigint {
  const point = rate.indexOf('.');
  const scale = 10n ** BigInt(point === -1 ? 0 : rate.length - point - 1);
  const product = subtotal * BigInt(rate.replace('.', ''));
  const quotient = product / scale;
  const twice = (product % scale) * 2n;
  return twice > scale || (twice === scale && quotient % 2n === 1n) ? quotient + 1n : quotient;
}
