/**
 * Calendar days as whole numbers (days since 1970-01-01), so that "30 days later" and "the next
 * working day" are integer arithmetic with no time zone or daylight-saving surprise. A day is a
 * date on the wall calendar, not an instant: `brusselsDay` says which day an instant falls on in
 * Belgium, `localDate` turns a day back into a Date for display.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** The day of a calendar date; `month` is 1-12. Out-of-range parts roll over as `Date.UTC` does. */
export function dayOf(year: number, month: number, date: number): Day {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  date: number;
}

export function partsOf(day: Day): CalendarDate {
  const at = new Date(day * MS_PER_DAY);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, date: at.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` string (a real date) as a day; anything else is undefined. */
export function parseDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayOf(year, month, date);
  const parts = partsOf(day);
  return parts.month === month && parts.date === date ? day : undefined;
}

let brussels: Intl.DateTimeFormat | undefined;

/** The day an instant falls on in Belgium (Europe/Brussels, summer time included). */
export function brusselsDay(instant: Date): Day {
  brussels ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(brussels.formatToParts(instant).map((part) => [part.type, part.value]));
  return dayOf(Number(parts['year']), Number(parts['month']), Number(parts['day']));
}

/** Local midnight of a day, for formatting it as a date in the reader's locale. */
export function localDate(day: Day): Date {
  const { year, month, date } = partsOf(day);
  return new Date(year, month - 1, date);
}
