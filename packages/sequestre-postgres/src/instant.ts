/** A clock reading as the ISO instant the library expects (`Date.prototype.toISOString()`). */
export function toInstant(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TypeError(`sequestre-postgres: the clock must return a valid Date, got ${String(date)}.`);
  }
  return date.toISOString();
}

/** `date` plus `ms` milliseconds, as an instant. */
export function addMs(date: Date, ms: number): string {
  return toInstant(new Date(date.getTime() + ms));
}
