import { orThrow, parsing, toError } from '../errors';
import { digitsOf } from '../escrow/digitsOf';
import { extraPaymentFor } from '../escrow/extraPaymentFor';
import type { EscrowHolder, Quote } from '../model/escrow';
import { parsePositiveAmount, toAmount, ZERO } from '../money';
import { checkHolder } from '../parse/checkHolder';
import { refuseTotalTooLarge } from '../parse/parseQuoteInput';

/**
 * What an option or custom offer of price p must be paid (SPEC §2, §7.2): p plus the rise of the
 * cumulative buyer fee F(S + p) − F(S). Arithmetic only: it answers whatever the order's status.
 *
 * @throws SequestreError `INVALID_ORDER` for an order it cannot use, `INVALID_INPUT` for a bad price.
 * @example
 * quoteExtra(order, '15.00') // → { currency: 'EUR', subtotal: '15.00', tip: '0.00', buyerFee: '0.75', total: '15.75' }
 */
export function quoteExtra(order: EscrowHolder, price: string): Quote {
  const holder = checkHolder(order);
  const digits = digitsOf(holder.currency);
  const parsed = orThrow(parsing(() => parsePositiveAmount(price, digits, 'price')));
  const total = extraPaymentFor(holder, parsed);
  // Arithmetic only (SPEC §4): whether the order may still grow is the order rules' concern; the
  // quote refuses only a total it could not write as an amount.
  const tooLarge = refuseTotalTooLarge(total, 'price');
  if (tooLarge !== undefined) throw toError(tooLarge);
  return {
    currency: holder.currency,
    subtotal: toAmount(parsed, digits),
    tip: toAmount(ZERO, digits),
    buyerFee: toAmount(total.minus(parsed), digits),
    total: toAmount(total, digits),
  };
}
