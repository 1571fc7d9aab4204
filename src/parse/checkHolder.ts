import { orderShape, POSTINGS_MAX, refuse, toError } from '../errors';
import type { EscrowHolder, Posting } from '../model/escrow';
import { minorDigits } from '../money';
import { minorUnitsOf } from '../money/minorUnits';
import { RATE_PATTERN } from '../money/parseRate';

/**
 * The light check the escrow queries make on an order argument, and the escrow half of the
 * check every command and query makes (SPEC §2): enough to compute without throwing anything but
 * `INVALID_ORDER`, cheap enough for every call. Full validation of stored JSON is `parseOrder`'s
 * job. Invariants of a holder it accepts:
 * - a known currency; fee rates in [0, 1]; every figure and posting amount a decimal string with
 *   at most the currency's digits; every posting positive;
 * - postings run buyer → escrow or escrow → buyer with a `paymentId`, or escrow → seller or
 *   platform; a refund goes back to an earlier payment and never exceeds what it has left, so a
 *   refund can always be routed; nothing leaves the escrow that did not come in;
 * - the stored buyer fee is F(S), the fee on the stored subtotal, which every formula reads.
 *
 * @throws SequestreError `INVALID_ORDER` (`order.shape`): the escrow queries call it first thing,
 * at their edge.
 */
export function checkHolder(value: unknown): EscrowHolder {
  if (heldByUsableHolder(value) === undefined) {
    throw toError(refuse('INVALID_ORDER', orderShape, {}));
  }
  return value as EscrowHolder;
}

/**
 * `checkHolder`'s test without the throw: what the ledger holds, in minor units, when `value`
 * passes it, `undefined` when it does not. The order check of every command and query runs it
 * and reuses the sum, so the ledger is read once.
 */
export function heldByUsableHolder(value: unknown): bigint | undefined {
  const holder = value as EscrowHolder | null;
  if (typeof holder !== 'object' || holder === null) return undefined;
  const digits = minorDigits(holder.currency);
  const { escrow, fees } = holder;
  if (
    digits === undefined ||
    !isObject(escrow) ||
    !isObject(fees) ||
    !isObject(fees.buyerFee) ||
    !isObject(fees.commission) ||
    !isObject(fees.tipCommission)
  )
    return undefined;
  if (!isRate(fees.buyerFee.rate) || !isRate(fees.commission.rate) || !isRate(fees.tipCommission.rate))
    return undefined;
  for (const figure of [escrow.tip, escrow.refundedItems, escrow.refundedTip, escrow.refundedBuyerFee]) {
    if (!isAmount(figure, digits)) return undefined;
  }
  const subtotal = minorUnitsOf(escrow.subtotal, digits);
  const buyerFee = minorUnitsOf(escrow.buyerFee, digits);
  const fixedFee = minorUnitsOf(fees.buyerFee.fixed, digits);
  if (subtotal === undefined || buyerFee === undefined || fixedFee === undefined) return undefined;
  if (buyerFee !== buyerFeeMinorUnits(subtotal, fees.buyerFee.rate) + fixedFee) return undefined;
  const { ledger } = escrow;
  if (!Array.isArray(ledger) || ledger.length === 0 || ledger.length > POSTINGS_MAX) return undefined;
  return heldByLedger(ledger, digits);
}

/**
 * What a ledger holds in minor units, or `undefined` when a posting is malformed or a refund does
 * not go back to what an earlier payment has left. Counted exactly in BigInt rather than with a
 * Decimal per posting, since every command and query runs it.
 */
function heldByLedger(ledger: readonly Posting[], digits: number): bigint | undefined {
  const left = new Map<string, bigint>();
  let held = 0n;
  for (const posting of ledger) {
    if (!isObject(posting) || !Number.isInteger(posting.version)) return undefined;
    const amount = minorUnitsOf(posting.amount, digits);
    if (amount === undefined || amount <= 0n) return undefined;
    if (posting.from === 'buyer' && posting.to === 'escrow') {
      if (!isId(posting.paymentId) || left.has(posting.paymentId)) return undefined;
      left.set(posting.paymentId, amount);
      held += amount;
      continue;
    }
    if (posting.from !== 'escrow') return undefined;
    if (posting.to === 'buyer') {
      const rest = isId(posting.paymentId) ? left.get(posting.paymentId) : undefined;
      if (rest === undefined || rest < amount) return undefined;
      left.set(posting.paymentId!, rest - amount);
    } else if (posting.to !== 'seller' && posting.to !== 'platform') {
      return undefined;
    }
    held -= amount;
    if (held < 0n) return undefined;
  }
  return held;
}

/**
 * round(S × rate), half-even, in minor units: the BigInt twin of `buyerFeeFor`'s rounding, for
 * the light check (test/escrow/checkHolder.test.ts compares the two on random figures).
 */
export function buyerFeeMinorUnits(subtotal: bigint, rate: string): bigint {
  const point = rate.indexOf('.');
  const scale = 10n ** BigInt(point === -1 ? 0 : rate.length - point - 1);
  const product = subtotal * BigInt(rate.replace('.', ''));
  const quotient = product / scale;
  const twice = (product % scale) * 2n;
  return twice > scale || (twice === scale && quotient % 2n === 1n) ? quotient + 1n : quotient;
}

function isObject(value: unknown): value is Record<string, never> {
  return typeof value === 'object' && value !== null;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isRate(value: unknown): boolean {
  return typeof value === 'string' && RATE_PATTERN.test(value);
}

/** A decimal string in the accepted form with at most the currency's digits. */
export function isAmount(value: unknown, digits: number): value is string {
  return minorUnitsOf(value, digits) !== undefined;
}
