/**
 * LMB stores `start` as the start and `einde` as the end of a Belgian day (FE
 * utils/date-manipulation.js `startOfDay`/`endOfDay`, MS util/date-manipulation.ts, both in
 * Europe/Brussels), sent as UTC instants.
 */
const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The instant at `time` (`HH:MM:SS.mmm`) Brussels time on `day`: tries CET, then CEST. */
function brusselsInstant(day: string, time: string): string {
  for (const offset of ['+01:00', '+02:00']) {
    const instant = new Date(`${day}T${time}${offset}`);
    const parts = Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
    if (`${parts['year']}-${parts['month']}-${parts['day']}` === day && `${parts['hour']}:${parts['minute']}` === time.slice(0, 5)) return instant.toISOString();
  }
  return new Date(`${day}T${time}Z`).toISOString();
}

export const startOfDay = (day: string): string => brusselsInstant(day, '00:00:00.000');
export const endOfDay = (day: string): string => brusselsInstant(day, '23:59:59.999');
