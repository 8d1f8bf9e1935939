import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatQueryDate, parseCalendarDate, parseDateTime } from '../../src/api/dates.js';
import { languageStrings, pickLanguage } from '../../src/api/language-strings.js';

describe('pickLanguage', () => {
  const all = languageStrings([
    { content: 'informeel', language: 'nl-be-x-informal' },
    { content: 'Belgisch', language: 'nl-BE' },
    { content: 'formeel', language: 'nl-be-x-formal' },
    { content: 'neutraal', language: 'nl' },
    { content: 'français', language: 'fr' },
  ]);

  it('prefers the exact language', () => {
    expect(pickLanguage(all, 'nl')).to.equal('neutraal');
    expect(pickLanguage(all, 'fr')).to.equal('français');
    expect(pickLanguage(all, 'nl-be-x-informal')).to.equal('informeel');
  });

  it('falls back nl ← nl-be-x-formal ← nl-be-x-informal ← nl-BE ← anything', () => {
    const without = (...tags: string[]) => all.filter((s) => !tags.includes(s.language!));
    expect(pickLanguage(without('nl'), 'nl')).to.equal('formeel');
    expect(pickLanguage(without('nl', 'nl-be-x-formal'), 'nl')).to.equal('informeel');
    expect(pickLanguage(without('nl', 'nl-be-x-formal', 'nl-be-x-informal'), 'nl')).to.equal('Belgisch');
    expect(pickLanguage(without('nl', 'nl-be-x-formal', 'nl-be-x-informal', 'nl-be'), 'nl')).to.equal('français');
  });

  it('uses the same primary language before Dutch, and Dutch before other languages', () => {
    const strings = languageStrings([
      { content: 'English', language: 'en' },
      { content: 'formeel', language: 'nl-be-x-formal' },
      { content: 'belge', language: 'fr-BE' },
    ]);
    expect(pickLanguage(strings, 'fr')).to.equal('belge');
    expect(pickLanguage(strings, 'de')).to.equal('formeel');
  });

  it('prefers an untagged value over a foreign language', () => {
    const strings = languageStrings([{ content: 'English', language: 'en' }, { content: 'zonder taal' }]);
    expect(pickLanguage(strings, 'nl')).to.equal('zonder taal');
  });

  it('drops malformed entries and gives undefined for nothing usable', () => {
    expect(languageStrings([null, 4, { content: 5, language: 'nl' }, { language: 'nl' }, 'los'])).to.deep.equal([
      { content: 'los' },
    ]);
    expect(pickLanguage(languageStrings(undefined), 'nl')).to.equal(undefined);
    expect(pickLanguage(languageStrings({ content: 5 }), 'nl')).to.equal(undefined);
    expect(pickLanguage(languageStrings(42), 'nl')).to.equal(undefined);
  });

  it('reads a single language-string object as one value', () => {
    expect(languageStrings({ content: 'Gent', language: 'NL' })).to.deep.equal([{ content: 'Gent', language: 'nl' }]);
    expect(pickLanguage(languageStrings({ content: 'Gent', language: 'nl' }), 'fr')).to.equal('Gent');
  });
});

describe('dates', () => {
  it('reads YYYY-MM-DD as local midnight of that day', () => {
    const date = parseCalendarDate('2024-03-31')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).to.deep.equal([2024, 2, 31, 0]);
    expect(formatCalendarDate(date)).to.equal('2024-03-31');
  });

  it('refuses impossible and malformed calendar days', () => {
    for (const value of ['2024-02-30', '2023-02-29', '2024-13-01', '24-01-01', '2024-1-1', '', 'morgen']) {
      expect(parseCalendarDate(value), value).to.equal(undefined);
    }
    expect(parseCalendarDate('2024-02-29')?.getDate()).to.equal(29);
  });

  it('reads an instant handed out for a :date as its local calendar day', () => {
    const instant = new Date(2024, 4, 1, 0, 0);
    const date = parseCalendarDate(instant.toISOString())!;
    expect(formatCalendarDate(date)).to.equal('2024-05-01');
  });

  it('reads ISO 8601 datetimes with an offset, Z or none', () => {
    expect(parseDateTime('2024-06-01T10:00:00+02:00')?.toISOString()).to.equal('2024-06-01T08:00:00.000Z');
    expect(parseDateTime('2024-06-01T08:00:00.123Z')?.toISOString()).to.equal('2024-06-01T08:00:00.123Z');
    expect(parseDateTime('2024-06-01T08:00')?.getHours()).to.equal(8);
    expect(parseDateTime('2024-06-01')?.getHours()).to.equal(0);
  });

  it('refuses what is not an ISO 8601 datetime', () => {
    for (const value of ['1 June 2024', '2024-06-01T25:00:00Z', '1717228800', 'T10:00']) {
      expect(parseDateTime(value), value).to.equal(undefined);
    }
  });

  it('formats query dates as calendar days at local midnight, else as ISO instants', () => {
    expect(formatQueryDate(new Date(2024, 0, 1))).to.equal('2024-01-01');
    expect(formatQueryDate(new Date(Date.UTC(2024, 0, 1, 10)))).to.equal('2024-01-01T10:00:00.000Z');
    expect(() => formatQueryDate(new Date(Number.NaN))).to.throw(RangeError);
  });
});
