import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { LocalReadStateStore } from '../../src/messages/read-state.js';
import type { Fault } from '../../fake-loket/index.js';
import { addConversation, badge, bellButton, bellFixture, fakeLoket, items, panel, whenLabel, whenReady } from './helpers.js';

const patiently = { timeout: 8000 };

async function openPanel(bell: HTMLElement & { show(): void }): Promise<HTMLElement> {
  bell.show();
  const popover = panel(bell as never);
  await waitUntil(() => popover.matches(':popover-open'));
  return popover;
}

describe('<loket-notification-bell> states', () => {
  it('loading: no badge, the name says it is loading, the popover says so too', async () => {
    const { bell } = await bellFixture({ loket: fakeLoket({ latency: 60_000 }) });
    await whenLabel(bell, /^Meldingen, bezig met laden$/);
    expect(badge(bell)).to.equal(undefined);
    const popover = await openPanel(bell);
    expect(popover.textContent).to.contain('Bezig met laden');
    await expect(bell).to.be.accessible();
  });

  it('nothing new: no badge, "geen ongelezen", and the latest conversations listed as read', async () => {
    const store = new LocalReadStateStore(null);
    const loket = fakeLoket();
    await store.markAllRead({ account: loket.session!.accountId, bestuurseenheid: loket.session!.groupId }, new Date().toISOString());
    const { bell } = await bellFixture({ loket, store });
    await whenReady(bell);
    expect(bell.unreadCount).to.equal(0);
    expect(badge(bell)).to.equal(undefined);
    expect(bellButton(bell).getAttribute('aria-label')).to.equal('Meldingen, geen ongelezen');
    const popover = await openPanel(bell);
    expect(popover.textContent).to.contain('Geen nieuwe berichten.');
    expect(items(bell)).to.have.length(10);
    expect(popover.querySelectorAll('.unread')).to.have.length(0);
    expect(popover.querySelector('[part="mark-all"]')).to.equal(null);
    await expect(bell).to.be.accessible();
  });

  it('empty: a bestuur without any conversation', async () => {
    const loket = fakeLoket();
    loket.store.get('conversaties')!.clear();
    loket.changed();
    const { bell } = await bellFixture({ loket });
    await whenReady(bell);
    expect(bell.unreadCount).to.equal(0);
    const popover = await openPanel(bell);
    expect(popover.textContent).to.contain('Er zijn nog geen berichten voor uw bestuur.');
    expect(items(bell)).to.have.length(0);
  });

  it('many: the badge caps at 99+', async () => {
    const loket = fakeLoket();
    for (let n = 0; n < 120; n++) addConversation(loket, { sentAt: new Date(Date.now() - n * 60_000) });
    const { bell } = await bellFixture({ loket, attrs: { maxItems: 100 } });
    await whenReady(bell);
    expect(badge(bell)).to.equal('99+');
    expect(bellButton(bell).getAttribute('aria-label')).to.equal('Meldingen, 99+ ongelezen');
    await expect(bell).to.be.accessible();
  });

  it('a full window of unread conversations shows a floor ("10+")', async () => {
    const loket = fakeLoket();
    for (let n = 0; n < 12; n++) addConversation(loket, { sentAt: new Date(Date.now() - n * 60_000) });
    const { bell } = await bellFixture({ loket });
    await whenReady(bell);
    expect(badge(bell)).to.equal('10+');
    expect(bellButton(bell).getAttribute('aria-label')).to.equal('Meldingen, 10+ ongelezen');
    await expect(bell).to.be.accessible();
  });

  const faults: [string, Fault, RegExp][] = [
    ['401', { kind: 'status', status: 401 }, /sessie is verlopen/],
    ['403', { kind: 'status', status: 403 }, /geen toegang/],
    ['500', { kind: 'status', status: 500 }, /./],
    ['503', { kind: 'status', status: 503 }, /./],
    ['malformed JSON', { kind: 'malformed-json' }, /./],
    ['a wrong shape', { kind: 'wrong-shape' }, /./],
    ['offline', { kind: 'drop' }, /verbinding/],
  ];
  for (const [name, fault, message] of faults) {
    it(`error (${name}): "!" instead of a count, the reason in the popover, and a retry that works`, async () => {
      const loket = fakeLoket();
      loket.addFault({ path: '/conversaties', fault });
      const errorEvent = new Promise<Event>((resolve) => document.addEventListener('loket-error', resolve, { once: true }));
      const { bell } = await bellFixture({ loket });
      await whenLabel(bell, /^Meldingen, niet beschikbaar$/);
      await errorEvent;
      expect(badge(bell)).to.equal('!');
      expect(bell.unreadCount).to.equal(undefined);
      const popover = await openPanel(bell);
      const alert = popover.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('De meldingen konden niet worden opgehaald.');
      expect(alert.textContent).to.match(message);
      await expect(bell).to.be.accessible();
      loket.clearFaults();
      alert.querySelector('button')!.click();
      await waitUntil(() => bell.unreadCount !== undefined, 'retry did not load', patiently);
      expect(badge(bell)).to.match(/^\d+$/);
    });
  }

  it('without a session: says so, and the retry works once the user has signed in', async () => {
    const loket = fakeLoket({ session: null });
    const { bell } = await bellFixture({ loket });
    await whenLabel(bell, /^Meldingen, niet beschikbaar$/);
    const popover = await openPanel(bell);
    const alert = popover.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Meld u opnieuw aan');
    loket.setSession({});
    alert.querySelector('button')!.click();
    await whenReady(bell);
    expect(bell.unreadCount).to.be.greaterThan(0);
  });

  it('translates the name and the popover (fr)', async () => {
    const { bell } = await bellFixture({ attrs: { lang: 'fr' } });
    await whenReady(bell);
    expect(bellButton(bell).getAttribute('aria-label')).to.equal(`Notifications, ${bell.unreadCount} non lues`);
    const popover = await openPanel(bell);
    expect(popover.textContent).to.contain('Tout marquer comme lu');
    expect(popover.textContent).to.contain('Vers le centre de messages');
  });

  it('renders hostile API text as text', async () => {
    const loket = fakeLoket();
    addConversation(loket, { subject: '<img src=x onerror="window.__pwned=1">Schorsing' });
    const { bell } = await bellFixture({ loket });
    await whenReady(bell);
    const popover = await openPanel(bell);
    expect(popover.querySelector('img')).to.equal(null);
    expect(items(bell)[0]!.textContent).to.contain('<img src=x onerror="window.__pwned=1">Schorsing');
  });

  it('fires loket-unread-change with the first count', async () => {
    const loket = fakeLoket();
    const event = oneEvent(document, 'loket-unread-change');
    const { bell } = await bellFixture({ loket });
    const { detail } = await event;
    expect(detail.previous).to.equal(0);
    expect(detail.count).to.equal(bell.unreadCount);
  });
});
