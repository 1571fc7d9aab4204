import { digitsOf } from '../escrow/digitsOf';
import { sumLedger } from '../escrow/sumLedger';
import type { Balances, EscrowHolder } from '../model/escrow';
import { toAmount } from '../money';
import { checkHolder } from '../parse/checkHolder';

/**
 * Where the order's money is now (SPEC §7.5), summed from its ledger:
 * paidIn = held + refunded + paidOut + revenue, no figure negative, a final order holds 0.
 *
 * @throws SequestreError `INVALID_ORDER` for an argument that is not an order.
 * @example
 * getBalances(order) // → { currency: 'EUR', paidIn: '57.50', held: '57.50', refunded: '0.00', paidOut: '0.00', revenue: '0.00' }
 */
export function getBalances(order: EscrowHolder): Balances {
  const holder = checkHolder(order);
  const digits = digitsOf(holder.currency);
  const totals = sumLedger(holder.escrow.ledger);
  return {
    currency: holder.currency,
    paidIn: toAmount(totals.paidIn, digits),
    held: toAmount(totals.held, digits),
    refunded: toAmount(totals.refunded, digits),
    paidOut: toAmount(totals.paidOut, digits),
    revenue: toAmount(totals.revenue, digits),
  };
}
