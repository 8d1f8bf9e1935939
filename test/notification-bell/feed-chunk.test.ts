import { expect, waitUntil } from '@open-wc/testing';
import { feedChunk } from '../../components/notification-bell/feed-chunk.js';
import { userMessageFor } from '../../src/api/errors.messages.js';
import { PATIENTLY, badge, bellButton, bellFixture, panel, whenLabel, whenReady } from './helpers.js';

// Its own file (its own page): the feed's chunk must not have loaded before this test.
describe('<loket-notification-bell> feed chunk', function () {
  this.timeout(30000);

  it('a feed that cannot load (offline) gives the network error; retry fetches it again and the count shows', async () => {
    const fetchChunk = feedChunk.fetch;
    let offline = true;
    let fetches = 0;
    feedChunk.fetch = () => {
      fetches++;
      return offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : fetchChunk();
    };
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<{ error: { kind: string } }>).detail.error.kind);
    document.addEventListener('loket-error', onError);
    try {
      const { bell } = await bellFixture();
      await whenLabel(bell, /^Meldingen, niet beschikbaar$/);
      expect(badge(bell)).to.equal('!');
      expect(errors).to.deep.equal(['network']);
      bellButton(bell).click();
      await waitUntil(() => panel(bell).querySelector('[role="alert"] button'), 'no error with a retry in the popover', PATIENTLY);
      const alert = panel(bell).querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).to.contain(userMessageFor('network', 'nl'));
      await expect(bell).to.be.accessible();
      const failed = fetches;
      offline = false;
      alert.querySelector('button')!.click();
      await whenReady(bell);
      expect(fetches).to.equal(failed + 1);
      expect(badge(bell)).to.match(/^\d+$/);
      expect(bell.unreadCount).to.be.greaterThan(0);
    } finally {
      document.removeEventListener('loket-error', onError);
      feedChunk.fetch = fetchChunk;
    }
  });
});
