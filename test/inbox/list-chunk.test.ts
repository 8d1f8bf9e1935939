import { expect, waitUntil } from '@open-wc/testing';
import { userMessageFor } from '../../src/api/errors.messages.js';
import { listChunk } from '../../components/inbox/list-chunk.js';
import type { LoketInbox } from '../../components/inbox/inbox.js';
import { PATIENTLY, inboxFixture, root, rows, text, whenListed } from './helpers.js';

const alert = (inbox: LoketInbox) => root(inbox).querySelector<HTMLElement>('[role=alert]');

// Its own file (its own page): the list view's chunk must not have loaded before this test.
describe('<loket-inbox> list view chunk', function () {
  this.timeout(30000);

  it('a list view that cannot load (offline) gives the network error; retry fetches it again and the list shows', async () => {
    const fetchChunk = listChunk.fetch;
    let offline = true;
    let fetches = 0;
    listChunk.fetch = () => {
      fetches++;
      return offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : fetchChunk();
    };
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<{ error: { kind: string } }>).detail.error.kind);
    document.addEventListener('loket-error', onError);
    try {
      const { inbox } = await inboxFixture();
      await waitUntil(() => alert(inbox)?.querySelector('button'), 'no error with a retry', PATIENTLY);
      expect(text(alert(inbox))).to.contain(userMessageFor('network', 'nl'));
      expect(errors).to.deep.equal(['network']);
      await expect(inbox).to.be.accessible();
      const failed = fetches;
      offline = false;
      alert(inbox)!.querySelector('button')!.click();
      await whenListed(inbox);
      expect(fetches).to.equal(failed + 1);
      expect(rows(inbox).length).to.equal(20);
      expect(alert(inbox)).to.equal(null);
      // The list view's own texts and styles came with it.
      expect(text(root(inbox).querySelector('thead th button'))).to.contain('Betreft');
      expect(getComputedStyle(root(inbox).querySelector('table')!).borderCollapse).to.equal('collapse');
    } finally {
      document.removeEventListener('loket-error', onError);
      listChunk.fetch = fetchChunk;
    }
  });
});
