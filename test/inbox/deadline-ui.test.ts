import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { FIRST_GEMEENTE_ID, DEFAULT_ACCOUNT_ID } from '../../fake-loket/index.js';
import { LocalReadStateStore } from '../../src/messages/read-state.js';
import { formatDay } from '../../src/calendar/days.js';
import type { DeadlineDetail } from '../../components/inbox/inbox.js';
import { PATIENTLY, inboxFixture, listRequests, root, rows, text, whenListed, whenThread } from './helpers.js';
import { NOW, scenarioLoket } from './scenario.js';
import { refusals, requestLines } from '../support/strict.js';

const subjects = (inbox: HTMLElement) => rows(inbox as never).map((row) => row.querySelector('.subject .text')!.textContent);
const deadlineCell = (inbox: HTMLElement, subject: string) => rows(inbox as never).find((row) => row.querySelector('.subject .text')!.textContent === subject)!.querySelectorAll('td')[5]!;

async function settledList(inbox: HTMLElement): Promise<void> {
  await whenListed(inbox as never);
  await waitUntil(() => root(inbox as never).querySelector('table[aria-busy="false"]') && rows(inbox as never).some((row) => row.querySelector('[part=deadline]')), 'no deadlines in the list', PATIENTLY);
}

describe('<loket-inbox> reply deadlines', () => {
  it('shows the due day and the working days left, flagged when close or passed; answered ones say so', async () => {
    const loket = scenarioLoket();
    const { inbox } = await inboxFixture({ loket, now: NOW });
    await settledList(inbox);
    const close = deadlineCell(inbox, 'Opvraging stukken parkeerreglement');
    expect(close.querySelector('time')!.dateTime).to.equal('2025-04-22');
    expect(text(close.querySelector('[part=deadline]'))).to.equal('22 apr 2025 nog 5 werkdagen');
    expect(close.querySelector('[part=deadline]')!.classList.contains('close')).to.equal(true);
    const open = deadlineCell(inbox, 'Opvraging jaarrekening');
    expect(open.querySelector('time')!.dateTime).to.equal('2025-05-12');
    expect(open.querySelector('[part=deadline]')!.classList.contains('open')).to.equal(true);
    // 15 to 18 April (Good Friday works), then 22 April to 12 May without 1 May: 18 working days.
    expect(text(open.querySelector('.badge'))).to.equal('nog 18 werkdagen');
    const passed = deadlineCell(inbox, 'Klacht over de gunning');
    expect(passed.querySelector('time')!.dateTime).to.equal('2025-02-17');
    expect(passed.querySelector('[part=deadline]')!.classList.contains('passed')).to.equal(true);
    expect(text(passed.querySelector('.badge'))).to.equal('40 werkdagen te laat');
    expect(text(deadlineCell(inbox, 'Schorsing belastingreglement').querySelector('.muted'))).to.equal('beantwoord');
    expect(text(deadlineCell(inbox, 'Omzendbrief digitale bekendmaking').querySelector('.visually-hidden'))).to.equal('geen');
    await expect(inbox).to.be.accessible();
  });

  it('tells the host the most urgent open deadline (property and loket-deadline)', async () => {
    const loket = scenarioLoket();
    const listener = oneEvent(document, 'loket-deadline');
    const { inbox } = await inboxFixture({ loket, now: NOW });
    const event = (await listener) as CustomEvent<DeadlineDetail>;
    expect(event.detail.deadline!.conversation.id).to.equal('passed');
    expect(event.detail.deadlines.map((deadline) => deadline.conversation.id)).to.deep.equal(['passed', 'close', 'open']);
    expect(inbox.deadline!.conversation.id).to.equal('passed');
    expect(formatDay(inbox.deadline!.due)).to.equal('2025-02-17');
    expect(inbox.deadline!.status).to.equal('passed');
    expect(inbox.deadlines.map((deadline) => [deadline.conversation.id, deadline.status, deadline.workingDaysLeft])).to.deep.equal([
      ['passed', 'passed', 0],
      ['close', 'close', 5],
      ['open', 'open', 18],
    ]);
    // One read of the conversations with a period (filter[:has:reactietermijn]).
    const read = listRequests(loket).find((url) => url.searchParams.get('filter[:has:reactietermijn]') === 't')!;
    expect(read.searchParams.get('page[size]')).to.equal('100');
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('sorts on the deadline, most urgent first, those without an open one after; the other way round too', async () => {
    const loket = scenarioLoket();
    const { inbox } = await inboxFixture({ loket, now: NOW });
    await settledList(inbox);
    const header = () => root(inbox).querySelectorAll<HTMLTableCellElement>('thead th')[5]!;
    header().querySelector('button')!.click();
    await waitUntil(() => header().getAttribute('aria-sort') === 'ascending' && subjects(inbox)[0] === 'Klacht over de gunning', 'not sorted on the deadline', PATIENTLY);
    expect(subjects(inbox).slice(0, 3)).to.deep.equal(['Klacht over de gunning', 'Opvraging stukken parkeerreglement', 'Opvraging jaarrekening']);
    expect(subjects(inbox).slice(3).sort()).to.deep.equal(['Omzendbrief digitale bekendmaking', 'Schorsing belastingreglement']);
    header().querySelector('button')!.click();
    await waitUntil(() => header().getAttribute('aria-sort') === 'descending' && subjects(inbox)[0] === 'Opvraging jaarrekening', 'not sorted the other way', PATIENTLY);
    expect(subjects(inbox).slice(0, 3)).to.deep.equal(['Opvraging jaarrekening', 'Opvraging stukken parkeerreglement', 'Klacht over de gunning']);
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('filters on "answer due" and on unread (the shared read markers)', async () => {
    const loket = scenarioLoket();
    const store = new LocalReadStateStore(null);
    const { inbox } = await inboxFixture({ loket, now: NOW, store });
    await settledList(inbox);
    const due = root(inbox).querySelector<HTMLInputElement>('input[name=due]')!;
    due.click();
    await waitUntil(() => rows(inbox).length === 3, 'the due filter did not narrow the list', PATIENTLY);
    expect(subjects(inbox).sort()).to.deep.equal(['Klacht over de gunning', 'Opvraging jaarrekening', 'Opvraging stukken parkeerreglement']);
    expect(listRequests(loket).at(-1)!.searchParams.get('filter[:has:reactietermijn]')).to.equal('t');
    due.click();
    const unread = root(inbox).querySelector<HTMLInputElement>('input[name=unread]')!;
    unread.click();
    // Within 30 days before now and from ABB: the close and open requests and the plain letter.
    await waitUntil(() => subjects(inbox).includes('Omzendbrief digitale bekendmaking') && rows(inbox).length === 3, 'the unread filter did not narrow the list', PATIENTLY);
    expect(subjects(inbox).sort()).to.deep.equal(['Omzendbrief digitale bekendmaking', 'Opvraging jaarrekening', 'Opvraging stukken parkeerreglement']);
    const cutoff = listRequests(loket).at(-1)!.searchParams.get('filter[laatste-bericht][:gt:verzonden]')!;
    expect(Date.parse(cutoff)).to.be.at.most(NOW.getTime() - 30 * 86_400_000);
    // Read elsewhere (the bell, another tab): gone from the unread list at once.
    await store.markRead({ account: DEFAULT_ACCOUNT_ID, bestuurseenheid: FIRST_GEMEENTE_ID }, [{ conversation: 'open', bericht: 'open-m1' }]);
    await waitUntil(() => rows(inbox).length === 2, 'a conversation read elsewhere stayed in the unread list', PATIENTLY);
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('shows the deadline in the conversation and exports it as an .ics event', async () => {
    const loket = scenarioLoket();
    const { inbox } = await inboxFixture({ loket, now: NOW, conversationUrl: 'https://intranet.aalst.be/berichten#{id}' });
    await settledList(inbox);
    await inbox.open('close');
    const thread = await whenThread(inbox);
    const box = thread.querySelector('[part=deadline]')!;
    expect(box.classList.contains('close')).to.equal(true);
    expect(text(box.querySelector('p'))).to.equal('Reactietermijn: Antwoord uiterlijk op dinsdag 22 april 2025 nog 5 werkdagen');
    expect(text(box.querySelector('.muted'))).to.equal('30 dagen vanaf het bericht van 21 maart 2025');
    const saved: { href: string; download: string; blob?: Blob }[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push({ href: '', download: '', blob: blob as Blob });
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.at(-1)!.href = this.href;
      saved.at(-1)!.download = this.download;
    };
    try {
      box.querySelector<HTMLButtonElement>('button')!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved).to.have.length(1);
    expect(saved[0]!.download).to.equal('reactietermijn-ABB-2025-close.ics');
    expect(saved[0]!.blob!.type).to.equal('text/calendar;charset=utf-8');
    const ics = await saved[0]!.blob!.text();
    expect(ics).to.contain('DTSTART;VALUE=DATE:20250422\r\n');
    expect(ics).to.contain('SUMMARY:Reactietermijn: Opvraging stukken parkeerreglement\r\n');
    expect(ics).to.contain('URL:https://intranet.aalst.be/berichten#close\r\n');
    expect(ics).to.contain('UID:close-close-m1@loket-elements\r\n');
    await waitUntil(() => text(root(inbox).querySelector('[aria-live=polite]')).includes('agenda-item'), 'the download was not announced', PATIENTLY);
  });
});
