import { amountUnsafeInteger, invalidInput, orThrow, parsing } from '../errors';
import { minorUnits } from './minorUnits';
import { parseAmount } from './parseAmount';
import { readCurrency } from './readCurrency';

/**
 * The integer count of minor units of a public amount (SPEC §2, §7.1), as payment providers take
 * amounts: `"57.50"` EUR → 5750, `"1000"` JPY → 1000, `"1.250"` KWD → 1250. The amount may have
 * fewer decimals than the currency (`"57.5"` → 5750), never more. It is a `number`, so it must be
 * a safe integer: a count above `Number.MAX_SAFE_INTEGER` (9,007,199,254,740,991) is refused
 * rather than rounded.
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown currency, a malformed amount, or a count
 * that is not a safe integer (`amount.unsafeInteger`).
 * @example
 * toMinorUnits('57.50', 'EUR') // → 5750
 */
export function toMinorUnits(amount: string, currency: string): number {
  return orThrow(parsing(() => readMinorUnits(amount, currency)));
}

function readMinorUnits(amount: string, currency: string): number {
  const digits = readCurrency(currency, 'currency');
  parseAmount(amount, digits, 'amount');
  const units = minorUnits(amount, digits);
  if (units > BigInt(Number.MAX_SAFE_INTEGER)) {
    invalidInput(amountUnsafeInteger, { path: 'amount', limit: Number.MAX_SAFE_INTEGER }, amount, currency, units);
  }
  return Number(units);
}
