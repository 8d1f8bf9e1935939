import { expect } from '@open-wc/testing';
import { belgianHolidayOn, belgianHolidays, easterSunday } from '../../src/calendar/belgian-holidays.js';
import { brusselsDay, dayOf, formatDay, localDate, parseDay, weekdayOf } from '../../src/calendar/days.js';
import { addPeriod, isWorkingDay, nextWorkingDay, parsePeriod, workingDaysBetween } from '../../src/calendar/working-days.js';

const day = (text: string) => parseDay(text)!;

describe('calendar days', () => {
  it('round-trips YYYY-MM-DD and refuses dates that do not exist', () => {
    expect(formatDay(day('2024-02-29'))).to.equal('2024-02-29');
    expect(parseDay('2025-02-29')).to.equal(undefined);
    expect(parseDay('2025-13-01')).to.equal(undefined);
    expect(parseDay('1 januari')).to.equal(undefined);
    expect(weekdayOf(day('2025-04-20'))).to.equal(0); // a Sunday
  });

  it('takes the Belgian calendar day of an instant, summer and winter time included', () => {
    // 00:30 in Brussels, still the day before in UTC.
    expect(formatDay(brusselsDay(new Date('2025-06-30T22:30:00Z')))).to.equal('2025-07-01');
    expect(formatDay(brusselsDay(new Date('2025-12-31T23:30:00Z')))).to.equal('2026-01-01');
    expect(formatDay(brusselsDay(new Date('2025-12-31T22:30:00Z')))).to.equal('2025-12-31');
  });

  it('gives local midnight for display', () => {
    const date = localDate(day('2026-03-15'));
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).to.deep.equal([2026, 2, 15, 0]);
  });
});

describe('Belgian public holidays', () => {
  it('computes Easter Sunday (Gregorian computus), the earliest and latest dates included', () => {
    const cases: [number, string][] = [
      [2019, '2019-04-21'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
      [2285, '2285-03-22'],
      [1818, '1818-03-22'],
    ];
    for (const [year, easter] of cases) expect(formatDay(easterSunday(year)), String(year)).to.equal(easter);
  });

  it('lists the ten legal holidays of 2025 in calendar order', () => {
    expect(belgianHolidays(2025).map(({ day: d, holiday }) => `${formatDay(d)} ${holiday}`)).to.deep.equal([
      '2025-01-01 nieuwjaar',
      '2025-04-21 paasmaandag',
      '2025-05-01 feestVanDeArbeid',
      '2025-05-29 hemelvaart',
      '2025-06-09 pinkstermaandag',
      '2025-07-21 nationaleFeestdag',
      '2025-08-15 onzeLieveVrouwHemelvaart',
      '2025-11-01 allerheiligen',
      '2025-11-11 wapenstilstand',
      '2025-12-25 kerstmis',
    ]);
  });

  it('puts the Easter-based holidays of 2026 and 2024 on their days (Ascension a Thursday, the others Mondays)', () => {
    expect(belgianHolidayOn(day('2026-04-06'))).to.equal('paasmaandag');
    expect(belgianHolidayOn(day('2026-05-14'))).to.equal('hemelvaart');
    expect(belgianHolidayOn(day('2026-05-25'))).to.equal('pinkstermaandag');
    expect(weekdayOf(day('2026-05-14'))).to.equal(4);
    // Easter Monday on 1 April in 2024; Ascension and 9 May.
    expect(belgianHolidayOn(day('2024-04-01'))).to.equal('paasmaandag');
    expect(belgianHolidayOn(day('2024-05-09'))).to.equal('hemelvaart');
    expect(belgianHolidayOn(day('2024-05-20'))).to.equal('pinkstermaandag');
    expect(belgianHolidayOn(day('2026-07-11'))).to.equal(undefined); // the Flemish Community's day is no legal holiday
    expect(belgianHolidayOn(day('2026-04-05'))).to.equal(undefined); // Easter Sunday itself is a Sunday
  });
});

describe('working days', () => {
  it('knows weekends and holidays', () => {
    expect(isWorkingDay(day('2025-04-18'))).to.equal(true); // Good Friday is a working day in Belgium
    expect(isWorkingDay(day('2025-04-19'))).to.equal(false); // Saturday
    expect(isWorkingDay(day('2025-04-21'))).to.equal(false); // Easter Monday
    expect(isWorkingDay(day('2025-11-11'))).to.equal(false); // a Tuesday, Armistice
  });

  it('moves to the next working day across a weekend and Easter Monday', () => {
    expect(formatDay(nextWorkingDay(day('2025-04-19')))).to.equal('2025-04-22');
    expect(formatDay(nextWorkingDay(day('2025-04-22')))).to.equal('2025-04-22');
    // Christmas on a Thursday; New Year on a Thursday, then a Friday that works.
    expect(formatDay(nextWorkingDay(day('2025-12-25')))).to.equal('2025-12-26');
    expect(formatDay(nextWorkingDay(day('2027-12-25')))).to.equal('2027-12-27');
  });

  it('counts working days after a day up to and including another', () => {
    expect(workingDaysBetween(day('2025-04-14'), day('2025-04-18'))).to.equal(4); // Monday to Friday
    // Over the Easter weekend: Tue, Wed, Thu, Fri, (Sat, Sun, Easter Monday), Tue.
    expect(workingDaysBetween(day('2025-04-14'), day('2025-04-22'))).to.equal(5);
    // Ascension on Thursday 29 May 2025.
    expect(workingDaysBetween(day('2025-05-26'), day('2025-06-02'))).to.equal(4);
    // Christmas to New Year: 26, 29, 30, 31 December, 2 January.
    expect(workingDaysBetween(day('2025-12-24'), day('2026-01-02'))).to.equal(5);
    expect(workingDaysBetween(day('2025-04-18'), day('2025-04-18'))).to.equal(0);
    expect(workingDaysBetween(day('2025-04-22'), day('2025-04-18'))).to.equal(0);
  });
});

describe('ISO 8601 periods', () => {
  it('reads the date part of a duration, a time part in whole days', () => {
    expect(parsePeriod('P30D')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 30 });
    expect(parsePeriod('p15d')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 15 });
    expect(parsePeriod('P2W')).to.deep.equal({ years: 0, months: 0, weeks: 2, days: 0 });
    expect(parsePeriod('P1M15D')).to.deep.equal({ years: 0, months: 1, weeks: 0, days: 15 });
    expect(parsePeriod('PT48H')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 2 });
    expect(parsePeriod('PT1H')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 1 });
    for (const bad of ['', 'P', 'PT', 'P0D', '30', '30 dagen', 'P-3D', 'P1.5D', 'P3DX']) expect(parsePeriod(bad), bad).to.equal(undefined);
  });

  it('adds months on the calendar, keeping the day or taking the month’s last', () => {
    expect(formatDay(addPeriod(day('2025-03-21'), parsePeriod('P30D')!))).to.equal('2025-04-20');
    expect(formatDay(addPeriod(day('2024-01-31'), parsePeriod('P1M')!))).to.equal('2024-02-29');
    expect(formatDay(addPeriod(day('2025-01-31'), parsePeriod('P1M')!))).to.equal('2025-02-28');
    expect(formatDay(addPeriod(day('2024-02-29'), parsePeriod('P1Y')!))).to.equal('2025-02-28');
    expect(formatDay(addPeriod(day('2025-12-20'), parsePeriod('P2W')!))).to.equal('2026-01-03');
    expect(formatDay(addPeriod(day('2025-11-30'), parsePeriod('P3M')!))).to.equal('2026-02-28');
    expect(addPeriod(dayOf(2025, 1, 1), parsePeriod('P1D')!)).to.equal(dayOf(2025, 1, 2));
  });
});
