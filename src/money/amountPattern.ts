import { AMOUNT_INTEGER_DIGITS_MAX } from '../errors';

/**
 * SPEC §7.1: no sign, no leading zeros, no exponent, no spaces, no "5." or ".5", at most 15
 * integer digits. The decimals are checked against the currency separately.
 */
export const AMOUNT_PATTERN = new RegExp(`^(0|[1-9][0-9]{0,${AMOUNT_INTEGER_DIGITS_MAX - 1}})(\\.([0-9]+))?$`);
