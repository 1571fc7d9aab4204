/** Whether a decimal string is zero, read as text: money never goes through floats here. */
export function isZero(amount: string): boolean {
  return /^0(\.0*)?$/.test(amount);
}
