import { parseFees } from '../parseFees';
import type { Fees } from '../../model/escrow';
import type { ReadContext } from './fields';
import { invalidOrder } from './invalidOrder';
import { readAmount } from './readAmount';
import { readRecord } from './readRecord';

/**
 * Reads the fees stored in an order. Unlike an input's fees (SPEC §4), every part is present:
 * `openOrder` fills in the fixed fee and the tip commission. Rates are kept as given, so `"0.05"`
 * and `"0.050"` both stay as written; the fixed fee is in the currency's exact form.
 *
 * @throws SequestreError `INVALID_ORDER` (or `INVALID_INPUT` from `parseFees`, which the caller
 * turns into `INVALID_ORDER`) naming the first wrong field.
 */
export function parseStoredFees(value: unknown, _path: string, { digits }: ReadContext): Fees {
  const fees = readRecord(value, 'fees', ['buyerFee', 'commission', 'tipCommission']);
  const buyerFee = readRecord(fees.buyerFee, 'fees.buyerFee', ['rate', 'fixed']);
  readRecord(fees.commission, 'fees.commission', ['rate']);
  if (fees.tipCommission === undefined) invalidOrder('fees.tipCommission', 'field.missing', 'fees.tipCommission is missing; a stored order keeps every fee, "0" when none.');
  readRecord(fees.tipCommission, 'fees.tipCommission', ['rate']);
  if (buyerFee.fixed === undefined) invalidOrder('fees.buyerFee.fixed', 'field.missing', 'fees.buyerFee.fixed is missing; a stored order keeps the fixed fee, zero when none.');
  readAmount(buyerFee.fixed, digits, 'fees.buyerFee.fixed');
  return parseFees(fees, digits);
}
