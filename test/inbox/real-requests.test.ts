/**
 * Every request the inbox can send, against the strict fake (the Loket's own dispatcher, domain,
 * authorization and file service): each view, filter, sort, page and mode, the thread with its
 * downloads, and a reply with its upload and three writes. None may be refused.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ALL_ROLES } from '../../fake-loket/index.js';
import type { LoketInbox } from '../../components/inbox/inbox.js';
import { refusals, requestLines } from '../support/strict.js';
import { PATIENTLY, fakeLoket, inboxFixture, listRequests, root, rowButtons, rows, whenListed, whenThread } from './helpers.js';

async function settle(inbox: LoketInbox): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await waitUntil(() => root(inbox).querySelector('table[aria-busy="false"], .empty'), 'the list never settled', PATIENTLY);
}

async function sortAll(inbox: LoketInbox): Promise<void> {
  for (let column = 0; column < 6; column++) {
    for (let click = 0; click < 2; click++) {
      root(inbox).querySelectorAll<HTMLButtonElement>('thead th button')[column]!.click();
      await settle(inbox);
    }
  }
}

async function pageThrough(inbox: LoketInbox, pages: number): Promise<void> {
  for (let page = 0; page < pages; page++) {
    const next = root(inbox).querySelectorAll<HTMLButtonElement>('[part=pagination] button')[1];
    if (!next || next.disabled) return;
    next.click();
    await settle(inbox);
  }
}

function setFilter(inbox: LoketInbox, name: 'unread' | 'due', on: boolean): void {
  const box = root(inbox).querySelector<HTMLInputElement>(`input[name=${name}]`)!;
  if (box.checked !== on) box.click();
}

function search(inbox: LoketInbox, value: string): void {
  const input = root(inbox).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = value;
  input.form!.requestSubmit();
}

describe('<loket-inbox> sends only requests the real Loket answers', function () {
  this.timeout(120000);

  it('walks the list, the threads, the downloads and a reply', async () => {
    const loket = fakeLoket();
    const { inbox } = await inboxFixture({ loket });
    await whenListed(inbox);

    // Every sort, both ways; paging in the server's order and in the browser's (deadline).
    await sortAll(inbox);
    await pageThrough(inbox, 2);
    root(inbox).querySelectorAll<HTMLButtonElement>('thead th button')[3]!.click();
    await settle(inbox);
    await pageThrough(inbox, 7);

    // Each type, the search, unread, answer due, and all of them together.
    const select = root(inbox).querySelector<HTMLSelectElement>('select[name=type]')!;
    for (const option of [...[...select.options].map((each) => each.value).slice(1), '']) {
      select.value = option;
      select.dispatchEvent(new Event('change'));
      await settle(inbox);
    }
    search(inbox, 'reglement');
    await settle(inbox);
    search(inbox, 'ABB/');
    await settle(inbox);
    setFilter(inbox, 'unread', true);
    await settle(inbox);
    await sortAll(inbox);
    setFilter(inbox, 'due', true);
    await settle(inbox);
    await sortAll(inbox);
    setFilter(inbox, 'unread', false);
    await settle(inbox);
    await pageThrough(inbox, 3);
    search(inbox, '');
    await settle(inbox);
    setFilter(inbox, 'due', false);
    await settle(inbox);
    search(inbox, 'niets dat bestaat <script>');
    await settle(inbox);
    root(inbox).querySelector<HTMLButtonElement>('.empty button')!.click();
    await waitUntil(() => rows(inbox).length === 20, 'clearing the filters did not bring the list back', PATIENTLY);

    // Threads: the first few, each attachment downloaded by its link.
    for (let index = 0; index < 4; index++) {
      rowButtons(inbox)[index]!.click();
      const thread = await whenThread(inbox);
      for (const link of [...thread.querySelectorAll<HTMLAnchorElement>('[part=attachment] a')].slice(0, 3)) {
        const response = await loket.fetch(link.href);
        expect(response.status, link.href).to.equal(200);
      }
      inbox.close();
      await settle(inbox);
    }

    // A reply: upload two files, remove one, send.
    rowButtons(inbox)[0]!.click();
    const thread = await whenThread(inbox);
    thread.querySelector<HTMLButtonElement>('.reply-open')!.click();
    await waitUntil(() => root(inbox).querySelector('form.reply input[type=file]'), 'no reply form', PATIENTLY);
    const input = root(inbox).querySelector<HTMLInputElement>('form.reply input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.7\nantwoord'], 'antwoord.pdf'));
    transfer.items.add(new File(['PK\u0003\u0004word/'], 'bijlage.docx'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const cards = () => [...root(inbox).querySelectorAll<HTMLElement>('form.reply [part=attachment]')].filter((card) => card.querySelector('a'));
    await waitUntil(() => cards().length === 2, 'the uploads never finished', PATIENTLY);
    cards()[1]!.querySelector<HTMLButtonElement>('button')!.click();
    const send = root(inbox).querySelector<HTMLButtonElement>('form.reply button[type=submit]')!;
    await waitUntil(() => !send.disabled, 'cannot send', PATIENTLY);
    send.click();
    await waitUntil(() => !root(inbox).querySelector('form.reply'), 'the reply was not sent', PATIENTLY);
    await waitUntil(() => root(inbox).querySelector('[part=message]:last-child.own'), 'the reply is not in the thread', PATIENTLY);
    inbox.refresh();
    inbox.close();
    await settle(inbox);

    expect(listRequests(loket).length).to.be.greaterThan(30);
    expect(rows(inbox).length).to.equal(20);
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('without the role it asks nothing the Loket would refuse either', async () => {
    const loket = fakeLoket({ session: { roles: ALL_ROLES.filter((role) => role !== 'LoketLB-berichtenGebruiker') } });
    const { inbox } = await inboxFixture({ loket, lang: 'fr' });
    await waitUntil(() => root(inbox).querySelector('[part=no-access]'), 'no notice', PATIENTLY);
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });
});
