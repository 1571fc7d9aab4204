import type { Fees } from '../model/escrow';
import { parseAmount, parseRate, toAmount } from '../money';
import { readObject } from './readers';

/**
 * Reads the fees of an input and normalises them: the fixed buyer fee to the currency's digits
 * (default zero) and a missing tip commission to rate "0". Rates are kept as given. A reader, for
 * the checkout and stored-order parsers: it refuses through `refused`.
 */
export function readFees(value: unknown, digits: number, path = 'fees'): Fees {
  const fees = readObject(value, path);
  const buyerFee = readObject(fees.buyerFee, `${path}.buyerFee`);
  const commission = readObject(fees.commission, `${path}.commission`);
  parseRate(buyerFee.rate, `${path}.buyerFee.rate`);
  parseRate(commission.rate, `${path}.commission.rate`);
  const fixed = buyerFee.fixed === undefined ? '0' : buyerFee.fixed;
  const tipRate = fees.tipCommission === undefined ? '0' : readObject(fees.tipCommission, `${path}.tipCommission`).rate;
  parseRate(tipRate, `${path}.tipCommission.rate`);
  return {
    buyerFee: {
      rate: buyerFee.rate as string,
      fixed: toAmount(parseAmount(fixed, digits, `${path}.buyerFee.fixed`), digits),
    },
    commission: { rate: commission.rate as string },
    tipCommission: { rate: tipRate as string },
  };
}
