/**
 * mu-cl-resources `:date` values are calendar days (`YYYY-MM-DD`) and `:datetime` values are
 * ISO 8601 instants. A calendar day is kept as local midnight so it never shifts a day when shown.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/** `2024-03-01` → local midnight of that day; anything else (including `2024-02-30`) → undefined. */
export function parseCalendarDate(value: string): Date | undefined {
  const match = CALENDAR_DATE.exec(value);
  if (!match) {
    // Some stores hand a `:date` out as a full instant; its day is the local calendar day.
    const instant = parseDateTime(value);
    return instant && new Date(instant.getFullYear(), instant.getMonth(), instant.getDate());
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : undefined;
}

/** An ISO 8601 instant (or a bare calendar date, read as local midnight) → Date; else undefined. */
export function parseDateTime(value: string): Date | undefined {
  if (CALENDAR_DATE.test(value)) return parseCalendarDate(value);
  if (!ISO_DATE_TIME.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The local calendar day of a Date as `YYYY-MM-DD`, the form `:date` attributes are written in. */
export function formatCalendarDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight is a calendar day (`YYYY-MM-DD`); any other moment is an ISO instant. */
export function formatQueryDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Loket query: bad Date');
  const midnight =
    date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0;
  return midnight ? formatCalendarDate(date) : date.toISOString();
}
