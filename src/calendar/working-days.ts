/**
 * Working days in Belgium (Monday to Friday, public holidays excluded) and ISO 8601 periods
 * (`P30D`, `P2W`, `P1M`) added to a day. Pure functions over whole days (see days.ts).
 */
import { belgianHolidayOn } from './belgian-holidays.js';
import { dayOf, partsOf, weekdayOf, type Day } from './days.js';

export function isWorkingDay(day: Day): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && belgianHolidayOn(day) === undefined;
}

/** The day itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(day: Day): Day {
  let next = day;
  while (!isWorkingDay(next)) next++;
  return next;
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`): on a
 * Monday, a Friday deadline is 4 working days away.
 */
export function workingDaysBetween(from: Day, to: Day): number {
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDay(day)) count++;
  return count;
}

/** The calendar part of an ISO 8601 duration. */
export interface Period {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/**
 * Reads the date part of an ISO 8601 duration (`P30D`, `P2W`, `P1M15D`, `P1Y`); a time part
 * (`PT48H`) counts in whole days, rounded up. Anything else, or a period of zero, is undefined.
 */
export function parsePeriod(text: string): Period | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text.trim().toUpperCase());
  if (!match || text.trim().toUpperCase().endsWith('T')) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number];
  const timeDays = Math.ceil((hours * 3600 + minutes * 60 + seconds) / 86_400);
  const period = { years, months, weeks, days: days + timeDays };
  return period.years + period.months + period.weeks + period.days > 0 ? period : undefined;
}

/**
 * `day` plus a period, on the calendar: months and years keep the day of the month, or the month's
 * last day when it has fewer (31 January + P1M = 28 or 29 February).
 */
export function addPeriod(day: Day, period: Period): Day {
  const { year, month, date } = partsOf(day);
  const targetMonth = month + period.months + 12 * period.years;
  const lastDate = partsOf(dayOf(year, targetMonth + 1, 0)).date;
  return dayOf(year, targetMonth, Math.min(date, lastDate)) + 7 * period.weeks + period.days;
}
