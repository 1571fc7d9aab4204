import { currencyUnknown, invalidInput } from '../errors';
import { minorDigits } from './currencies';

/**
 * Reads a currency code: an active ISO 4217 code in upper case (SPEC §7.1).
 *
 * @returns The currency's minor-unit digits.
 * Refuses `INVALID_INPUT` with rule `currency.unknown`, through `refused`.
 */
export function readCurrency(value: unknown, path: string): number {
  const digits = minorDigits(value);
  if (digits === undefined) invalidInput(currencyUnknown, { path });
  return digits;
}
