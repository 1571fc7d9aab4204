import { invalidInput, TIME_TEXT_LENGTH_MAX, timeZoneFormat } from '../errors';
import { readObject } from '../parse/readers';
import { parseInstant } from '../time';

/** Time options once checked: a time zone Intl accepts, and the reference instant. */
export type CheckedTimeOptions = { readonly timeZone: string; readonly atMs: number | undefined };

/**
 * Checks `{ timeZone?, at? }` the way the queries check their arguments; other fields (the
 * locale, read by the caller) are left alone. A reader: it refuses through `refused`
 * (`INVALID_INPUT` for a time zone Intl does not know, or a bad instant), so the queries call it
 * under `parsing`.
 */
export function readTimeOptions(value: unknown): CheckedTimeOptions {
  const options = readObject(value, 'options');
  const timeZone = options.timeZone === undefined ? 'UTC' : readTimeZone(options.timeZone, 'timeZone');
  const atMs = options.at === undefined ? undefined : parseInstant(options.at, 'at');
  return { timeZone, atMs };
}

/** An IANA time zone name ("Europe/Paris", "UTC"), as far as the runtime's Intl knows it; a reader, as above. */
export function readTimeZone(value: unknown, path: string): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= TIME_TEXT_LENGTH_MAX) {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
    } catch {
      // Intl throws a RangeError for a zone it does not know; that is the caller's bad input.
    }
  }
  return invalidInput(timeZoneFormat, { path });
}
