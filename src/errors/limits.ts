// Every length, count and range the library accepts, in one place (TIGER_STYLE: a limit on everything).

/** Ids of orders, parties, items, options, offers, payments and events (SPEC §4). */
export const ID_LENGTH_MAX = 128;
/** Labels, messages and reasons (SPEC §3, §4). */
export const TEXT_LENGTH_MAX = 2000;
/** Integer digits of any amount, including computed totals (SPEC §7.1). */
export const AMOUNT_INTEGER_DIGITS_MAX = 15;
/** Decimals of a rate such as `"0.05"` (SPEC §4). */
export const RATE_DECIMALS_MAX = 10;
/** `deliveryDays`, `revisionDays`, extension and restart days (SPEC §3, §4). */
export const DAYS_MIN = 1;
export const DAYS_MAX = 365;
/** `extraDays` of options and offers (SPEC §3). */
export const EXTRA_DAYS_MAX = 365;
/** `maxRevisions` when it is not null (SPEC §4). */
export const REVISIONS_MAX = 100;
/** `autoDisputeAfterDeclinedCancellations` when it is not null (SPEC §9). */
export const AUTO_DISPUTE_DECLINES_MIN = 1;
export const AUTO_DISPUTE_DECLINES_MAX = 100;
/** Checkout items of one order. */
export const ITEMS_MAX = 100;
/** Entries of a stored history, event ids, offers and extras that `parseOrder` accepts. */
export const RECORDS_MAX = 10_000;
/**
 * Room kept below `RECORDS_MAX` for what must always be possible: deadlines firing and the
 * platform closing the order. Buyer and seller events stop once any record list reaches
 * `RECORDS_MAX - RECORDS_RESERVE`.
 */
export const RECORDS_RESERVE = 64;
/** Ledger postings: at most a payment and a refund per payment, then the payout and revenue. */
export const POSTINGS_MAX = 2 * RECORDS_MAX + 16;
/**
 * The instants the library reads and writes keep four-digit years (SPEC §3): from
 * 0000-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z, as epoch milliseconds.
 */
export const INSTANT_MS_MIN = -62_167_219_200_000;
export const INSTANT_MS_MAX = 253_402_300_799_999;
/**
 * A policy duration is at most 100 years (SPEC §3), measured with the Gregorian average month of
 * 30.436875 days, so that `P100Y`, `P1200M` and `P36525D` all pass and `P100Y1D` does not.
 */
export const DURATION_DAYS_MAX = 36_525;
/**
 * Each number inside an ISO 8601 duration. Far above 100 years in any unit (3.2 billion seconds),
 * so an overlong duration is refused as too long rather than malformed, and small enough that
 * the sums stay finite.
 */
export const DURATION_PART_MAX = 10_000_000_000;
/** Length of an ISO 8601 duration or instant string. */
export const TIME_TEXT_LENGTH_MAX = 64;
