import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID, type FakeLoket } from '../../fake-loket/index.js';
import { LocalReadStateStore, storageKey } from '../../src/messages/read-state.js';
import type { LoketInbox } from '../../components/inbox/inbox.js';
import type { LoketNotificationBell } from '../../components/notification-bell/notification-bell.js';
import '../../components/notification-bell/notification-bell.js';
import { bellButton, items, uniqueChannel, whenReady } from '../notification-bell/helpers.js';
import { API, PATIENTLY, fakeLoket, root, rowButtons, rows, whenListed, whenThread } from './helpers.js';

const SCOPE = { account: DEFAULT_ACCOUNT_ID, bestuurseenheid: FIRST_GEMEENTE_ID };

/** A bell and an inbox on one page, on one fake Loket and one read-marker store. */
async function page(loket: FakeLoket, store = new LocalReadStateStore(null)) {
  const host = await fixture<HTMLElement>(html`<div>
    <loket-notification-bell
      api-base=${API}
      channel=${uniqueChannel()}
      interval="600"
      message-url="https://loket.test/berichtencentrum/conversaties/{id}"
      .fetch=${loket.fetch}
      .readStateStore=${store}
    ></loket-notification-bell>
    <loket-inbox api-base=${API} .fetch=${loket.fetch} .readStateStore=${store}></loket-inbox>
  </div>`);
  const bell = host.querySelector<LoketNotificationBell>('loket-notification-bell')!;
  const inbox = host.querySelector<LoketInbox>('loket-inbox')!;
  await whenReady(bell);
  await whenListed(inbox);
  return { bell, inbox, store };
}

const unreadRows = (inbox: LoketInbox) => rows(inbox).filter((row) => row.classList.contains('unread')).length;

describe('read state shared by the bell and the inbox', () => {
  it('reading a conversation in the inbox lowers the bell’s count; "mark all read" in the bell clears the inbox’s markers', async () => {
    const loket = fakeLoket();
    const { bell, inbox } = await page(loket);
    const before = bell.unreadCount!;
    expect(before).to.be.greaterThan(1);
    // The bell counts in its window of the latest conversations; the newest unread one is in both.
    expect(unreadRows(inbox)).to.be.at.least(before);
    rowButtons(inbox)[rows(inbox).findIndex((row) => row.classList.contains('unread'))]!.click();
    await whenThread(inbox);
    await waitUntil(() => bell.unreadCount === before - 1, 'the bell did not hear of it', PATIENTLY);
    await bell.markAllRead();
    inbox.close();
    await whenListed(inbox);
    await waitUntil(() => unreadRows(inbox) === 0, 'the inbox still marks conversations unread', PATIENTLY);
  });

  it('a conversation picked in the bell opens in the inbox on the page, without leaving it', async () => {
    const loket = fakeLoket();
    const { bell, inbox } = await page(loket);
    let followed = false;
    const watch = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', watch);
    try {
      await bell.show();
      await waitUntil(() => items(bell).length > 0, 'the bell lists nothing', PATIENTLY);
      const item = items(bell)[2] as HTMLAnchorElement;
      expect(item.href).to.match(/^https:\/\/loket\.test\/berichtencentrum\/conversaties\//);
      item.click();
      await waitUntil(() => inbox.conversation, 'the inbox did not open the conversation', PATIENTLY);
      expect(followed, 'the bell followed its link').to.equal(false);
      await whenThread(inbox);
      expect(root(inbox).querySelector('.thread h2')!.textContent).to.equal(item.querySelector('.subject')!.textContent!.replace(/^Ongelezen: /, '').trim());
      expect(bellButton(bell).getAttribute('aria-expanded')).to.equal('false');
    } finally {
      document.removeEventListener('click', watch);
    }
  });

  it('stays in step across tabs: an inbox in another document marks read, this page’s bell follows (storage event)', async function () {
    this.timeout(30000);
    localStorage.removeItem(storageKey(SCOPE));
    const loket = fakeLoket();
    const { bell } = await page(loket, new LocalReadStateStore(localStorage));
    const before = bell.unreadCount!;
    const iframe = document.createElement('iframe');
    iframe.title = 'Ander tabblad';
    iframe.srcdoc = `<!doctype html><html lang="nl"><head><title>Ander tabblad</title></head><body>
      <script type="module">import '/components/inbox/inbox.ts';</script></body></html>`;
    document.body.append(iframe);
    try {
      await waitUntil(() => iframe.contentWindow?.customElements?.get('loket-inbox'), 'the other document never loaded', { timeout: 20000 });
      const other = iframe.contentDocument!.createElement('loket-inbox') as LoketInbox;
      other.setAttribute('api-base', API);
      // The frame's Request belongs to another realm: rebuild it in ours for the fake Loket.
      other.fetch = (input, init) => loket.fetch(typeof input === 'string' || input instanceof URL ? input : new Request(input), init);
      iframe.contentDocument!.body.append(other);
      await waitUntil(() => other.shadowRoot?.querySelector('table[aria-busy="false"] tbody tr.unread'), 'the other inbox never listed', PATIENTLY);
      other.shadowRoot!.querySelector<HTMLButtonElement>('tbody tr.unread button.conversation')!.click();
      await waitUntil(() => bell.unreadCount === before - 1, 'the bell in this document did not follow', PATIENTLY);
    } finally {
      iframe.remove();
      localStorage.removeItem(storageKey(SCOPE));
    }
  });
});
