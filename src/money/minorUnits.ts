/**
 * An amount string with at most `digits` decimals as an exact count of minor units
 * ("49.9", 2 → 4990n). For hot checks that must not build a Decimal per figure; the caller has
 * already matched the amount pattern and its digits.
 */
export function minorUnits(amount: string, digits: number): bigint {
  const point = amount.indexOf('.');
  if (point === -1) return BigInt(amount + '0'.repeat(digits));
  return BigInt(amount.slice(0, point) + amount.slice(point + 1).padEnd(digits, '0'));
}
