/**
 * The escrow's operations on trusted values: each takes an escrow that the order's checks (or
 * `parseOrder`) accepted and returns the next one with the movements it decided. Invariants,
 * asserted where postings are made: paidIn = held + refunded + paidOut + revenue; no figure is
 * negative; every posting is positive; a final order holds 0. Untrusted input is read in
 * `src/parse`, and the public functions over it live in `src/api`.
 */
export { openEscrow, type OpenEscrowParams } from './openEscrow';
export { holdExtra, type HoldExtraParams } from './holdExtra';
export { refundPartial, type RefundPartialParams, type PartialFeeRule } from './refundPartial';
export { refundFull, type RefundFullParams } from './refundFull';
export { release, type ReleaseParams } from './release';
export { forfeit, type ForfeitParams } from './forfeit';
