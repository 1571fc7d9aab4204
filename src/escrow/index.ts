/**
 * The escrow's operations on trusted values: each takes an escrow that the order's checks (or
 * `parseOrder`) accepted and returns the next one with the movements it decided. Invariants,
 * asserted where postings are made: paidIn = held + refunded + paidOut + revenue; no figure is
 * negative; every posting is positive; a final order holds 0. Untrusted input is read in
 * `src/parse`, and the public functions over it live in `src/api`.
 */

export { type ForfeitParams, forfeit } from './forfeit';
export { type HoldExtraParams, holdExtra } from './holdExtra';
export { type OpenEscrowParams, openEscrow } from './openEscrow';
export { type RefundFullParams, refundFull } from './refundFull';
export { type PartialFeeRule, type RefundPartialParams, refundPartial } from './refundPartial';
export { type ReleaseParams, release } from './release';
