/**
 * Writes a library instant (`YYYY-MM-DDTHH:mm:ss.sssZ`) for people: the date in the given
 * order, the time to the minute, seconds and milliseconds only when they are not zero. It slices
 * the string rather than going through `Date`, so no host time zone or locale can change it.
 */
export function formatInstant(iso: string, dateOrder: 'ymd' | 'dmy'): string {
  const year = iso.slice(0, 4);
  const month = iso.slice(5, 7);
  const day = iso.slice(8, 10);
  const seconds = iso.slice(17, 23);
  const time =
    seconds === '00.000' ? iso.slice(11, 16) : seconds.endsWith('.000') ? iso.slice(11, 19) : iso.slice(11, 23);
  const date = dateOrder === 'ymd' ? `${year}-${month}-${day}` : `${day}/${month}/${year}`;
  return `${date} ${time} UTC`;
}
