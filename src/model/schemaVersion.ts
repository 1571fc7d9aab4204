/**
 * The schema version of the orders this library writes (SPEC §12). Version 2 added the event-id
 * fingerprints, the escrow's buyer fee and refunded tip, and postings that carry their version and
 * what they moved; `parseOrder` migrates version 1.
 */
export const SCHEMA_VERSION = 2;

/** Every schema version `parseOrder` reads, the current one last. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, SCHEMA_VERSION];
