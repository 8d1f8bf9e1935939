/**
 * The ten legal public holidays of Belgium (wet van 4 januari 1974 betreffende de feestdagen, KB
 * van 18 april 1974): seven on a fixed date and three that follow Easter. They are the same in
 * every region; community holidays (11 juli for the Flemish Community) are not among them.
 */
import { dayOf, partsOf, type Day } from './days.js';

export type BelgianHoliday =
  | 'nieuwjaar'
  | 'paasmaandag'
  | 'feestVanDeArbeid'
  | 'hemelvaart'
  | 'pinkstermaandag'
  | 'nationaleFeestdag'
  | 'onzeLieveVrouwHemelvaart'
  | 'allerheiligen'
  | 'wapenstilstand'
  | 'kerstmis';

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher),
 * valid for every year from 1583 on.
 */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, date);
}

/** The public holidays of a year, in calendar order. */
export function belgianHolidays(year: number): { day: Day; holiday: BelgianHoliday }[] {
  const easter = easterSunday(year);
  return [
    { day: dayOf(year, 1, 1), holiday: 'nieuwjaar' as const },
    { day: easter + 1, holiday: 'paasmaandag' as const },
    { day: dayOf(year, 5, 1), holiday: 'feestVanDeArbeid' as const },
    // Ascension is the 40th day of Easter (Easter Sunday counted), a Thursday.
    { day: easter + 39, holiday: 'hemelvaart' as const },
    // Whit Monday follows Pentecost, the 50th day (Easter + 49).
    { day: easter + 50, holiday: 'pinkstermaandag' as const },
    { day: dayOf(year, 7, 21), holiday: 'nationaleFeestdag' as const },
    { day: dayOf(year, 8, 15), holiday: 'onzeLieveVrouwHemelvaart' as const },
    { day: dayOf(year, 11, 1), holiday: 'allerheiligen' as const },
    { day: dayOf(year, 11, 11), holiday: 'wapenstilstand' as const },
    { day: dayOf(year, 12, 25), holiday: 'kerstmis' as const },
  ].sort((x, y) => x.day - y.day);
}

const byYear = new Map<number, Map<Day, BelgianHoliday>>();

/** Which public holiday a day is, if any. */
export function belgianHolidayOn(day: Day): BelgianHoliday | undefined {
  const { year } = partsOf(day);
  let holidays = byYear.get(year);
  if (!holidays) byYear.set(year, (holidays = new Map(belgianHolidays(year).map((entry) => [entry.day, entry.holiday]))));
  return holidays.get(day);
}
