import Decimal from 'decimal.js';

/**
 * The one Decimal constructor of the library. It is an isolated clone, so a host that changes
 * the global settings of its own decimal.js never changes a result here (SPEC §7.1).
 * 40 significant digits hold any product of a 15-integer-digit amount and a 10-decimal rate
 * exactly; rounding to the minor unit is always explicit (see roundHalfEven), never implied.
 */
export const Dec = Decimal.clone({
  defaults: true,
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A value of the library's own Decimal clone. */
export type Dec = InstanceType<typeof Dec>;

/** The additive identity, shared because Decimal values are immutable. */
export const ZERO: Dec = new Dec(0);
