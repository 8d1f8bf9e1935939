import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FIRST_GEMEENTE_CONVERSATIONS } from '../../fake-loket/apps/loket/seed/messages.js';
import { API, PATIENTLY, inboxFixture, listRequests, root, rowButtons, rows, text, whenListed } from './helpers.js';
import { refusals, requestLines } from '../support/strict.js';

const header = (inbox: HTMLElement, index: number) => inbox.shadowRoot!.querySelectorAll<HTMLTableCellElement>('thead th')[index]!;
const lastList = (loket: Parameters<typeof listRequests>[0]) => listRequests(loket).filter((url) => url.searchParams.get('page[size]') !== '100').at(-1)!;

async function waitForRequest(loket: Parameters<typeof listRequests>[0], count: number): Promise<void> {
  await waitUntil(() => listRequests(loket).length > count, 'no new list request', PATIENTLY);
}

describe('<loket-inbox> list', () => {
  it('asks for the Loket’s own list (include, page, sort) with the deadline fields, and shows each column', async () => {
    const { inbox, loket } = await inboxFixture();
    await whenListed(inbox);
    const url = lastList(loket);
    expect(url.searchParams.get('include')).to.equal('berichten.van,laatste-bericht.van');
    expect(url.searchParams.get('sort')).to.equal('-laatste-bericht.verzonden');
    expect(url.searchParams.get('page[number]')).to.equal('0');
    expect(url.searchParams.get('page[size]')).to.equal('20');
    expect(url.searchParams.get('fields[berichten]')).to.equal('verzonden,van');
    expect(rows(inbox)).to.have.length(20);
    expect([...root(inbox).querySelectorAll('thead th')].map((th) => text(th).replace(/[▲▼↕]/g, '').trim())).to.deep.equal([
      'Betreft',
      'Type communicatie',
      'Dossiernummer',
      'Laatste bericht',
      'Laatste bericht van',
      'Reactietermijn',
    ]);
    const first = rows(inbox)[0]!;
    const cells = [...first.querySelectorAll('td')].map((cell) => text(cell.querySelector('.text, time, .deadline') ?? cell));
    expect(cells[1]).to.match(/Kennisgeving toezichtsbeslissing|Opvraging|Reactie/);
    expect(cells[2]).to.match(/ABB\/\d{4}\/\d+/);
    expect(first.querySelector('td:nth-child(4) time')).to.exist;
    expect(cells[4]).to.contain('Agentschap Binnenlands Bestuur');
    // The fresh messages from ABB are unread, with the words for it beside the dot.
    expect(first.classList.contains('unread')).to.equal(true);
    expect(text(first.querySelector('.subject'))).to.match(/^Ongelezen: /);
    expect(text(root(inbox).querySelector('.count'))).to.equal(`${FIRST_GEMEENTE_CONVERSATIONS} gesprekken`);
    await expect(inbox).to.be.accessible();
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('sorts on each column with the Loket’s sort values, a second click the other way round', async () => {
    const { inbox, loket } = await inboxFixture();
    await whenListed(inbox);
    const expected = [':no-case:betreft', ':no-case:current-type-communicatie', ':no-case:dossiernummer', 'laatste-bericht.verzonden', ':no-case:laatste-bericht.van.naam'];
    for (const [index, sort] of expected.entries()) {
      // Dates start with the newest; the other columns from A.
      const first = index === 3 ? ['descending', `-${sort}`] : ['ascending', sort];
      const second = index === 3 ? ['ascending', sort] : ['descending', `-${sort}`];
      for (const [direction, value] of [first, second]) {
        const before = listRequests(loket).length;
        header(inbox, index).querySelector('button')!.click();
        await waitForRequest(loket, before);
        expect(lastList(loket).searchParams.get('sort')).to.equal(value);
        await whenListed(inbox);
        expect(header(inbox, index).getAttribute('aria-sort')).to.equal(direction);
      }
    }
    // Subjects really come in order (case-insensitive, as :no-case: sorts).
    header(inbox, 0).querySelector('button')!.click();
    await whenListed(inbox);
    await waitUntil(() => header(inbox, 0).getAttribute('aria-sort') === 'ascending' && root(inbox).querySelector('table[aria-busy="false"]'));
    const subjects = rows(inbox).map((row) => text(row.querySelector('.subject .text')).toLowerCase());
    expect(subjects).to.deep.equal([...subjects].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('searches in subject and dossier number with an :or: filter, and filters on the type exactly', async () => {
    const { inbox, loket } = await inboxFixture();
    await whenListed(inbox);
    const dossier = text(rows(inbox)[3]!.querySelectorAll('td')[2]).replace(/^Dossiernummer/, '');
    const search = root(inbox).querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = dossier;
    search.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => lastList(loket).searchParams.get('filter[:or:][dossiernummer]') === dossier, 'no search request', PATIENTLY);
    expect(lastList(loket).searchParams.get('filter[:or:][betreft]')).to.equal(dossier);
    await waitUntil(() => rows(inbox).length === 1, 'the search did not narrow the list', PATIENTLY);
    expect(text(rows(inbox)[0]!.querySelectorAll('td')[2])).to.contain(dossier);
    // Part of a subject, in other case.
    search.value = 'KERKSTRAAT';
    search.form!.requestSubmit();
    await waitUntil(() => lastList(loket).searchParams.get('filter[:or:][betreft]') === 'KERKSTRAAT', 'submit did not search', PATIENTLY);
    await whenListed(inbox);
    for (const row of rows(inbox)) expect(text(row.querySelector('.subject'))).to.contain('Kerkstraat');
    root(inbox).querySelector<HTMLButtonElement>('.filters button')!.click();
    await waitUntil(() => !lastList(loket).searchParams.has('filter[:or:][betreft]'), 'clear did not clear', PATIENTLY);
    const select = root(inbox).querySelector<HTMLSelectElement>('select[name=type]')!;
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'Kennisgeving toezichtsbeslissing', 'Opvraging', 'Reactie']);
    select.value = 'Opvraging';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => lastList(loket).searchParams.get('filter[:exact:current-type-communicatie]') === 'Opvraging', 'no type filter', PATIENTLY);
    await whenListed(inbox);
    await waitUntil(() => rows(inbox).every((row) => row.querySelectorAll('td')[1]!.querySelector('.text')!.textContent === 'Opvraging'), 'other types listed', PATIENTLY);
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('pages on the server with page[number]', async () => {
    const { inbox, loket } = await inboxFixture();
    await whenListed(inbox);
    const pagination = root(inbox).querySelector('[part=pagination]')!;
    expect(text(pagination)).to.contain(`Pagina 1 van ${Math.ceil(FIRST_GEMEENTE_CONVERSATIONS / 20)}`);
    const firstPage = rowButtons(inbox).map((button) => text(button));
    pagination.querySelectorAll('button')[1]!.click();
    await waitUntil(() => lastList(loket).searchParams.get('page[number]') === '1', 'no second page', PATIENTLY);
    await whenListed(inbox);
    await waitUntil(() => text(root(inbox).querySelector('[part=pagination]')).includes('Pagina 2'));
    expect(rowButtons(inbox).map((button) => text(button))).not.to.deep.equal(firstPage);
    const last = Math.ceil(FIRST_GEMEENTE_CONVERSATIONS / 20);
    for (let page = 2; page < last; page++) {
      root(inbox).querySelector('[part=pagination]')!.querySelectorAll('button')[1]!.click();
      await waitUntil(() => lastList(loket).searchParams.get('page[number]') === String(page), `no page ${page + 1}`, PATIENTLY);
    }
    await whenListed(inbox);
    await waitUntil(() => rows(inbox).length === FIRST_GEMEENTE_CONVERSATIONS % 20, 'the last page is not short', PATIENTLY);
    expect(root(inbox).querySelector('[part=pagination]')!.querySelectorAll('button')[1]!.disabled).to.equal(true);
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('is one tab stop: arrow keys, Home and End move between conversations, Enter opens one', async () => {
    const { inbox } = await inboxFixture();
    await whenListed(inbox);
    const buttons = rowButtons(inbox);
    expect(buttons.filter((button) => button.tabIndex === 0)).to.have.length(1);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });

    expect(inbox.shadowRoot!.activeElement).to.equal(rowButtons(inbox)[2]);
    await sendKeys({ press: 'End' });
    expect(inbox.shadowRoot!.activeElement).to.equal(rowButtons(inbox).at(-1));
    await sendKeys({ press: 'Home' });
    expect(inbox.shadowRoot!.activeElement).to.equal(rowButtons(inbox)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(inbox.shadowRoot!.activeElement).to.equal(rowButtons(inbox)[0]);
    expect(rowButtons(inbox).filter((button) => button.tabIndex === 0)).to.deep.equal([rowButtons(inbox)[0]]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inbox.conversation, 'Enter did not open the conversation', PATIENTLY);
    expect(new URL(API).origin).to.equal('https://loket.test');
  });
});
