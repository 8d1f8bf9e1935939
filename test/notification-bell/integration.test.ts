import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { NO_MARKERS, withMarks, withReadUpTo, type ReadMark, type ReadMarkers, type ReadScope, type ReadStateStore } from '../../src/messages/read-state.js';
import { PATIENTLY, addConversation, bellButton, bellFixture, panel, whenReady } from './helpers.js';

/** What a host with a server-side read marker would plug in; records what the bell asks of it. */
class ServerStore implements ReadStateStore {
  markers: ReadMarkers = NO_MARKERS;
  calls: string[] = [];
  scopes: ReadScope[] = [];
  private listener: ((markers: ReadMarkers) => void) | undefined;
  async load(scope: ReadScope) {
    this.scopes.push(scope);
    this.calls.push('load');
    return this.markers;
  }
  async markRead(_scope: ReadScope, marks: readonly ReadMark[]) {
    this.calls.push(`markRead:${marks.map((mark) => mark.conversation).join(',')}`);
    return (this.markers = withMarks(this.markers, marks));
  }
  async markAllRead(_scope: ReadScope, upTo: string) {
    this.calls.push('markAllRead');
    return (this.markers = withReadUpTo(this.markers, upTo));
  }
  subscribe(_scope: ReadScope, listener: (markers: ReadMarkers) => void) {
    this.listener = listener;
    return () => (this.listener = undefined);
  }
  /** The server tells us the user read everything elsewhere (another device). */
  push(markers: ReadMarkers) {
    this.markers = markers;
    this.listener?.(markers);
  }
}

class FakeNotification {
  static permission: NotificationPermission = 'default';
  static requests = 0;
  static shown: { title: string; body?: string }[] = [];
  static async requestPermission(): Promise<NotificationPermission> {
    FakeNotification.requests++;
    FakeNotification.permission = 'granted';
    return 'granted';
  }
  onclick: (() => void) | null = null;
  constructor(title: string, options?: NotificationOptions) {
    FakeNotification.shown.push({ title, body: options?.body });
  }
  close() {}
}

describe('<loket-notification-bell> integration', () => {
  it('uses a host-provided read-state store, per account and bestuurseenheid', async () => {
    const store = new ServerStore();
    const { bell, loket } = await bellFixture({ store });
    await whenReady(bell);
    expect(store.scopes[0]).to.deep.equal({ account: loket.session!.accountId, bestuurseenheid: loket.session!.groupId });
    expect(bell.unreadCount).to.be.greaterThan(0);
    await bell.markAllRead();
    expect(store.calls).to.include('markAllRead');
    expect(bell.unreadCount).to.equal(0);
    store.push(NO_MARKERS);
    await waitUntil(() => (bell.unreadCount ?? 0) > 0, 'the pushed markers were ignored');
  });

  it('never asks desktop permission on its own; asks from the button, then notifies of new messages', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'Notification');
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true, writable: true });
    try {
      const { bell, loket } = await bellFixture({ interval: 0.1, attrs: { desktop: true } });
      await whenReady(bell);
      expect(FakeNotification.requests).to.equal(0);
      bellButton(bell).click();
      await waitUntil(() => panel(bell).matches(':popover-open'));
      const enable = [...panel(bell).querySelectorAll('button')].find((button) => button.textContent!.includes('Bureaubladmeldingen inschakelen'))!;
      enable.click();
      await waitUntil(() => panel(bell).textContent!.includes('Bureaubladmeldingen staan aan.'));
      expect(FakeNotification.requests).to.equal(1);
      const change = oneEvent(bell, 'loket-unread-change');
      addConversation(loket, { subject: 'Schorsing van het besluit "Verkoop perceel Kerkstraat"' });
      await change;
      await waitUntil(() => FakeNotification.shown.length > 0, 'no desktop notification', PATIENTLY);
      expect(FakeNotification.shown[0]).to.deep.equal({
        title: 'Nieuw bericht in het Loket',
        body: 'Schorsing van het besluit "Verkoop perceel Kerkstraat"',
      });
    } finally {
      if (original) Object.defineProperty(window, 'Notification', original);
    }
  });

  it('offers no desktop notifications without the attribute', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    bellButton(bell).click();
    await waitUntil(() => panel(bell).matches(':popover-open'));
    expect(panel(bell).textContent).not.to.contain('Bureaubladmeldingen');
  });

  it('restarts for another bestuurseenheid', async () => {
    const { bell, loket } = await bellFixture();
    await whenReady(bell);
    bell.bestuurseenheid = 'een-ander-bestuur';
    await waitUntil(() => bell.unreadCount === 0, 'did not reload for the other bestuur', PATIENTLY);
    expect(loket.requests.at(-1)!.url).to.contain('een-ander-bestuur');
  });
});

describe('<loket-notification-bell> lifecycle', () => {
  it('stops polling when removed and starts again when put back', async () => {
    const { bell, loket } = await bellFixture({ interval: 0.1 });
    await whenReady(bell);
    const parent = bell.parentElement!;
    bell.remove();
    const stopped = loket.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loket.requests.length, 'a removed bell kept polling').to.equal(stopped);
    parent.append(bell);
    await waitUntil(() => loket.requests.length > stopped, 'did not resume', PATIENTLY);
    await whenReady(bell);
  });

  it('show() on a bell that is not on the page does nothing', async () => {
    const element = document.createElement('loket-notification-bell');
    await element.show();
    expect(element.shadowRoot?.querySelector('[popover]') ?? null).to.equal(null);
  });

  it('loads the popover content on first use only', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    expect(panel(bell).children).to.have.length(0);
    await bell.show();
    expect(panel(bell).querySelector('[part="list"]')).not.to.equal(null);
  });
});
