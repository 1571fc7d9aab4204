import { SequestreError } from '../errors';
import { minorDigits } from './currencies';

/**
 * Reads a currency code: an active ISO 4217 code in upper case (SPEC §7.1).
 *
 * @returns The currency's minor-unit digits.
 * @throws SequestreError `INVALID_INPUT` with rule `currency.unknown`.
 */
export function readCurrency(value: unknown, path: string): number {
  const digits = minorDigits(value);
  if (digits === undefined) {
    throw new SequestreError('INVALID_INPUT', `${path} must be an active ISO 4217 code in upper case, such as "EUR", "USD" or "JPY".`, { path, rule: 'currency.unknown' });
  }
  return digits;
}
