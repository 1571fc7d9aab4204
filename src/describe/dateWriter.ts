import type { Messages } from './messages';

/**
 * A date writer for one locale and time zone: instants as the locale writes them ("12 mars à
 * 10 h", "March 12 at 10:00"). The year appears only when it differs from the year of
 * `referenceMs` (when given), so that sentences stay short without ever being ambiguous. Intl
 * supplies the calendar fields and the month's name; the locale file assembles them, so the
 * wording does not depend on the runtime's date patterns. Build it once per description: an
 * Intl formatter is the costly part.
 */
export function dateWriter(messages: Messages, timeZone: string, referenceMs?: number): (ms: number) => string {
  const format = new Intl.DateTimeFormat(messages.locale, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const referenceYear = referenceMs === undefined ? undefined : fieldsOf(format, referenceMs).year;
  return (ms) => {
    const fields = fieldsOf(format, ms);
    return messages.date({
      day: Number(fields.day),
      month: String(fields.month),
      year: fields.year === referenceYear ? undefined : Number(fields.year),
      hour: Number(fields.hour),
      minute: Number(fields.minute),
    });
  };
}

function fieldsOf(format: Intl.DateTimeFormat, ms: number): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of format.formatToParts(ms)) fields[part.type] = part.value;
  return fields;
}
