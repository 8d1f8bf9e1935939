import { expect } from '@open-wc/testing';
import { parseDay } from '../../src/calendar/days.js';
import { deadlineCalendar, escapeText, fold } from '../../src/inbox/ics.js';

describe('deadline as iCalendar', () => {
  const event = {
    uid: 'conv-1-ask-1@loket-elements',
    due: parseDay('2025-04-22')!,
    summary: 'Reactietermijn: Opvraging stukken',
    description: 'Dossier ABB/2025/010001',
    url: 'https://intranet.aalst.be/berichten#c1',
    reminder: 'Morgen verloopt de reactietermijn',
    now: new Date('2025-04-01T08:30:00.123Z'),
  };

  it('is one all-day event on the due day with a reminder the day before, CRLF line ends', () => {
    const ics = deadlineCalendar(event);
    expect(ics.endsWith('\r\n')).to.equal(true);
    const lines = ics.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('DTSTART;VALUE=DATE:20250422');
    expect(lines).to.include('DTEND;VALUE=DATE:20250423');
    expect(lines).to.include('DTSTAMP:20250401T083000Z');
    expect(lines).to.include('UID:conv-1-ask-1@loket-elements');
    expect(lines).to.include('SUMMARY:Reactietermijn: Opvraging stukken');
    expect(lines).to.include('URL:https://intranet.aalst.be/berichten#c1');
    expect(lines).to.include('TRIGGER:-P1D');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(1);
  });

  it('escapes text so a hostile subject cannot add properties or events', () => {
    const ics = deadlineCalendar({ ...event, summary: 'Besluit; x, y\\z\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:gekaapt' });
    const lines = ics.split('\r\n');
    expect(lines.filter((line) => line.startsWith('BEGIN:VEVENT'))).to.have.length(1);
    expect(lines.some((line) => line.startsWith('SUMMARY:gekaapt'))).to.equal(false);
    expect(ics).to.contain('SUMMARY:Besluit\\; x\\, y\\\\z\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:gekaapt');
    expect(escapeText('a\u0000b\u0007c')).to.equal('abc');
  });

  it('leaves out a link that is not http(s)', () => {
    expect(deadlineCalendar({ ...event, url: 'javascript:alert(1)' })).not.to.contain('URL:');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'é'.repeat(100)}`;
    const folded = fold(long);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(1);
    const encoder = new TextEncoder();
    expect(encoder.encode(parts[0]!).length).to.be.at.most(75);
    for (const part of parts.slice(1)) {
      expect(part.startsWith(' ')).to.equal(true);
      expect(encoder.encode(part).length).to.be.at.most(75);
    }
    expect(parts.map((part, index) => (index ? part.slice(1) : part)).join('')).to.equal(long);
  });
});
