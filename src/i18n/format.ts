import { INTL_LOCALE, type Lang } from './lang.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[lang], options)));
  return format;
}

/** 28 november 2026 / 28 novembre 2026 … (dates without a time). */
export function formatDate(lang: Lang, date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return Number.isNaN(date.getTime()) ? '' : dateFormat(lang, options).format(date);
}

export function formatDateTime(lang: Lang, date: Date): string {
  return formatDate(lang, date, { dateStyle: 'medium', timeStyle: 'short' });
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 dagen geleden", "il y a 2 heures", "gestern" … relative to `now`. */
export function formatRelative(lang: Lang, date: Date, now: Date = new Date()): string {
  if (Number.isNaN(date.getTime())) return '';
  const key = `r|${lang}`;
  let format = cache.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.RelativeTimeFormat(INTL_LOCALE[lang], { numeric: 'auto' })));
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return '';
}
