import { Dec, ZERO, parsePositiveAmount, toAmount } from '../money';
import { checkHolder } from './checkHolder';
import { extraFeeFor } from './extraFeeFor';
import { figuresOf } from './figures';
import { assertTotalFits } from './parseQuoteInput';
import type { EscrowHolder, Quote } from './types';

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
  const figures = figuresOf(holder);
  return quoteExtraFor(holder, figures.digits, parsePositiveAmount(price, figures.digits, 'price'));
}

/** The quote of an extra whose price is already parsed; shared with the order rules. */
export function quoteExtraFor(holder: EscrowHolder, digits: number, price: Dec): Quote {
  const figures = figuresOf(holder);
  const buyerFee = extraFeeFor(figures, holder.fees, price);
  const total = price.plus(buyerFee);
  // Arithmetic only (SPEC §4): whether the order may still grow is the order rules' concern; the
  // quote refuses only a total it could not write as an amount.
  assertTotalFits(total, 'price');
  return {
    currency: holder.currency,
    subtotal: toAmount(price, digits),
    tip: toAmount(ZERO, digits),
    buyerFee: toAmount(buyerFee, digits),
    total: toAmount(total, digits),
  };
}
