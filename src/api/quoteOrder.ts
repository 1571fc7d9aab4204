import { orThrow, toError } from '../errors';
import { buyerFeeFor } from '../escrow/buyerFeeFor';
import type { Quote, QuoteInput } from '../model/escrow';
import { toAmount } from '../money';
import { parseQuoteInput, refuseTotalTooLarge } from '../parse/parseQuoteInput';

/**
 * What the checkout must charge (SPEC §7.2): items S₀, tip T and the buyer fee F(S₀) =
 * round(S₀ × rate) + fixed, half-even to the currency's minor unit.
 *
 * @param input - Currency, items, tip and fees, as in an `OrderInput`.
 * @returns The quote; `total` is what the checkout payment must be.
 * @throws SequestreError `INVALID_INPUT` for any malformed field.
 * @example
 * quoteOrder({ currency: 'EUR', items: [{ id: 'gig', label: 'Logo', price: '40.00' }, { id: 'x', label: 'Express', price: '10.00' }],
 *   tip: '5.00', fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } } })
 * // → { currency: 'EUR', subtotal: '50.00', tip: '5.00', buyerFee: '2.50', total: '57.50' }
 */
export function quoteOrder(input: QuoteInput): Quote {
  const checked = orThrow(parseQuoteInput(input));
  const buyerFee = buyerFeeFor(checked.subtotal, checked.fees, checked.digits);
  const total = checked.subtotal.plus(checked.tip).plus(buyerFee);
  const tooLarge = refuseTotalTooLarge(total, 'items');
  if (tooLarge !== undefined) throw toError(tooLarge);
  const { digits } = checked;
  return {
    currency: checked.currency,
    subtotal: toAmount(checked.subtotal, digits),
    tip: toAmount(checked.tip, digits),
    buyerFee: toAmount(buyerFee, digits),
    total: toAmount(total, digits),
  };
}
