import { fieldMissing, invalidOrder } from '../../errors';
import type { Fees } from '../../model/escrow';
import { readFees } from '../readFees';
import type { ReadContext } from './fields';
import { readAmount } from './readAmount';
import { readRecord } from './readRecord';

/**
 * Reads the fees stored in an order. Unlike an input's fees (SPEC §4), every part is present:
 * `openOrder` fills in the fixed fee and the tip commission. Rates are kept as given, so `"0.05"`
 * and `"0.050"` both stay as written; the fixed fee is in the currency's exact form.
 *
 * Refuses `INVALID_ORDER` (or `INVALID_INPUT` from `readFees`, which `parseOrder` answers as
 * `INVALID_ORDER`) naming the first wrong field, through `refused`.
 */
export function parseStoredFees(value: unknown, _path: string, { digits }: ReadContext): Fees {
  const fees = readRecord(value, 'fees', ['buyerFee', 'commission', 'tipCommission']);
  const buyerFee = readRecord(fees.buyerFee, 'fees.buyerFee', ['rate', 'fixed']);
  readRecord(fees.commission, 'fees.commission', ['rate']);
  if (fees.tipCommission === undefined) invalidOrder(fieldMissing, { path: 'fees.tipCommission' });
  readRecord(fees.tipCommission, 'fees.tipCommission', ['rate']);
  if (buyerFee.fixed === undefined) invalidOrder(fieldMissing, { path: 'fees.buyerFee.fixed' });
  readAmount(buyerFee.fixed, digits, 'fees.buyerFee.fixed');
  return readFees(fees, digits);
}
