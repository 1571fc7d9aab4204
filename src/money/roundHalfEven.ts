import { Dec } from './decimal';

/**
 * Rounds to `digits` decimals, ties to the even neighbour (0.505 → 0.50, 0.515 → 0.52).
 * The mode is passed at the call site rather than taken from the clone's defaults, so the
 * intent is visible and survives any configuration change (TIGER_STYLE: explicit options).
 */
export function roundHalfEven(value: Dec, digits: number): Dec {
  return value.toDecimalPlaces(digits, Dec.ROUND_HALF_EVEN);
}
