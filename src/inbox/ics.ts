/**
 * One reply deadline as an iCalendar file (RFC 5545) a user opens in Outlook or any calendar: an
 * all-day event on the due day with a reminder the day before. Text from the Loket is escaped, so a subject cannot add
 * properties or events of its own; lines are folded at 75 octets without splitting a character.
 */
import { formatDay, type Day } from '../calendar/days.js';
import { safeHttpUrl } from '../safe-url.js';

export interface DeadlineEvent {
  /** Stable per conversation and request, so importing twice updates the same event. */
  uid: string;
  due: Day;
  summary: string;
  description?: string;
  /** Where the conversation opens (http/https only; anything else is left out). */
  url?: string;
  /** Text of the reminder shown the day before. */
  reminder: string;
  now?: Date;
}

/** TEXT values: backslash, semicolon and comma escaped, every line break a literal `\n`. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Control characters other than the line break are not allowed in TEXT.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (character) => `\\${character}`)
      .replace(/\n/g, '\\n')
  );
}

/** Splits a content line into lines of at most 75 octets, each continuation starting with a space. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const compact = (day: Day) => formatDay(day).replace(/-/g, '');

export function deadlineCalendar(event: DeadlineEvent): string {
  const url = event.url ? safeHttpUrl(event.url) : undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//loket-elements//loket-inbox//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp(event.now ?? new Date())}`,
    `DTSTART;VALUE=DATE:${compact(event.due)}`,
    `DTEND;VALUE=DATE:${compact(event.due + 1)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // A URI value is not TEXT-escaped; safeHttpUrl gives a serialised URL (no spaces or controls).
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.reminder)}`,
    'TRIGGER:-P1D',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
