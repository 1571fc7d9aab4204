import { invalidInput, RATE_DECIMALS_MAX, rateFormat } from '../errors';
import { Dec } from './decimal';

/** A rate in [0, 1] with at most 10 decimals, as a string: "0", "0.05", "1", "1.00". */
export const RATE_PATTERN = new RegExp(`^(0(\\.[0-9]{1,${RATE_DECIMALS_MAX}})?|1(\\.0{1,${RATE_DECIMALS_MAX}})?)$`);

/**
 * Parses an untrusted rate: a decimal string in [0, 1] with at most 10 decimals (SPEC §4).
 *
 * Refuses `INVALID_INPUT` for anything else (numbers, percentages, "1.5"), through `refused`.
 */
export function parseRate(value: unknown, path: string): Dec {
  if (typeof value !== 'string' || !RATE_PATTERN.test(value)) invalidInput(rateFormat, { path });
  return new Dec(value);
}
