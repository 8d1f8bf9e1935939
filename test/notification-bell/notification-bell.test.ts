import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MessageSelectDetail } from '../../components/notification-bell/notification-bell.js';
import {
  PATIENTLY,
  addConversation,
  badge,
  bellButton,
  bellFixture,
  conversationRequests,
  fakeLoket,
  items,
  panel,
  whenReady,
} from './helpers.js';

async function open(bell: Parameters<typeof bellButton>[0]): Promise<HTMLElement> {
  bellButton(bell).click();
  await waitUntil(() => panel(bell).matches(':popover-open'));
  return panel(bell);
}

/** Lets a link click happen without navigating the test page away, and says if the bell let it through. */
function interceptNavigation(): Promise<boolean> {
  return new Promise((resolve) => {
    document.addEventListener(
      'click',
      (event) => {
        resolve(!event.defaultPrevented);
        event.preventDefault();
      },
      { once: true },
    );
  });
}

describe('<loket-notification-bell>', () => {
  it('shows the unread count in the badge and in the accessible name', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    const count = bell.unreadCount!;
    expect(count).to.be.greaterThan(0);
    expect(badge(bell)).to.equal(String(count));
    expect(bellButton(bell).getAttribute('aria-label')).to.equal(`Meldingen, ${count} ongelezen`);
    await expect(bell).to.be.accessible();
  });

  it('opens a popover in the top layer with subject, type, sender, date, dossier number and unread marker', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    const popover = await open(bell);
    expect(bellButton(bell).getAttribute('aria-expanded')).to.equal('true');
    const [first] = items(bell);
    const text = first!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Ongelezen:');
    expect(text).to.match(/Kennisgeving toezichtsbeslissing|Opvraging|Bekendmaking|Herinnering|Reactie/);
    expect(text).to.contain('Van Agentschap Binnenlands Bestuur');
    expect(text).to.match(/Dossier ABB\/\d{4}\/\d+/);
    const time = first!.querySelector('time')!;
    expect(Number.isNaN(Date.parse(time.dateTime))).to.equal(false);
    expect(time.textContent).to.match(/geleden|gisteren|vandaag|over|nu/);
    expect(first!.closest('li')!.classList.contains('unread')).to.equal(true);
    // Placed below the bell, in the viewport.
    const bellRect = bellButton(bell).getBoundingClientRect();
    const rect = popover.getBoundingClientRect();
    expect(rect.top).to.be.at.least(bellRect.bottom);
    expect(rect.left).to.be.at.least(0);
    expect(rect.right).to.be.at.most(document.documentElement.clientWidth);
    await expect(bell).to.be.accessible();
  });

  it('is not clipped by a host container with overflow hidden (top layer)', async () => {
    const loket = fakeLoket();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="position: relative; z-index: 0; overflow: hidden; width: 60px; height: 50px">
      <loket-notification-bell api-base="https://loket.test" channel=${`clip-${Math.random()}`} .fetch=${loket.fetch}></loket-notification-bell>
    </div>`);
    const bell = wrapper.querySelector('loket-notification-bell')!;
    await whenReady(bell);
    const popover = await open(bell);
    const rect = popover.getBoundingClientRect();
    expect(rect.height).to.be.greaterThan(100);
    const hit = bell.shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.bottom - 10);
    expect(popover.contains(hit)).to.equal(true);
  });

  it('moves through the list with arrow keys, Home and End; Escape closes and returns focus', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    bellButton(bell).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel(bell).matches(':popover-open'));
    const list = items(bell);
    await waitUntil(() => bell.shadowRoot!.activeElement === list[0], 'focus did not move into the list');
    await sendKeys({ press: 'ArrowDown' });
    expect(bell.shadowRoot!.activeElement).to.equal(list[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(bell.shadowRoot!.activeElement).to.equal(list[0]);
    await sendKeys({ press: 'End' });
    expect(bell.shadowRoot!.activeElement).to.equal(list[list.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(bell.shadowRoot!.activeElement).to.equal(list[0]);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !panel(bell).matches(':popover-open'));
    expect(bellButton(bell).getAttribute('aria-expanded')).to.equal('false');
    expect(bell.shadowRoot!.activeElement).to.equal(bellButton(bell));
  });

  it('the bell button toggles the popover', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    await open(bell);
    bellButton(bell).click();
    await waitUntil(() => !panel(bell).matches(':popover-open'));
    expect(panel(bell).matches(':popover-open')).to.equal(false);
  });

  it('marks everything read: badge gone, event, announcement, focus kept in the popover', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    const before = bell.unreadCount!;
    const popover = await open(bell);
    const change = oneEvent(bell, 'loket-unread-change');
    popover.querySelector<HTMLButtonElement>('[part="mark-all"]')!.click();
    const { detail } = await change;
    expect(detail).to.deep.equal({ count: 0, previous: before });
    await bell.updateComplete;
    expect(badge(bell)).to.equal(undefined);
    expect(popover.querySelectorAll('.unread')).to.have.length(0);
    expect(popover.textContent).to.contain('Geen nieuwe berichten.');
    const live = bell.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await waitUntil(() => live.textContent!.includes('Alle berichten zijn als gelezen gemarkeerd.'));
    expect(popover.contains(bell.shadowRoot!.activeElement)).to.equal(true);
  });

  it('selecting a conversation marks it read and fires a cancelable loket-message-select with its URL', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    const before = bell.unreadCount!;
    await open(bell);
    const link = items(bell)[0] as HTMLAnchorElement;
    const selected = oneEvent(bell, 'loket-message-select');
    const navigates = interceptNavigation();
    link.click();
    const event = (await selected) as CustomEvent<MessageSelectDetail>;
    expect(event.cancelable).to.equal(true);
    expect(event.detail.url).to.equal(`https://loket.test/berichtencentrum/conversaties/${event.detail.conversation.id}`);
    expect(link.href).to.equal(event.detail.url);
    expect(await navigates, 'the link was not followed').to.equal(true);
    await waitUntil(() => bell.unreadCount === before - 1);
    expect(panel(bell).matches(':popover-open')).to.equal(false);
  });

  it('a host that cancels loket-message-select keeps the page where it is', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    await open(bell);
    bell.addEventListener('loket-message-select', (event) => event.preventDefault(), { once: true });
    const navigates = interceptNavigation();
    items(bell)[1]!.click();
    expect(await navigates).to.equal(false);
  });

  it('links only to http(s): hostile message-url and inbox-url are not followed', async () => {
    const { bell } = await bellFixture({ attrs: { messageUrl: 'javascript:alert(1)//{id}', inboxUrl: 'javascript:alert(2)' } });
    await whenReady(bell);
    const popover = await open(bell);
    expect(popover.querySelector('a')).to.equal(null);
    const item = items(bell)[0]!;
    expect(item.tagName).to.equal('BUTTON');
    const selected = oneEvent(bell, 'loket-message-select');
    item.click();
    const { detail } = await selected;
    expect(detail.url).to.equal(undefined);
  });

  it('falls back to the inbox when there is no message-url; the inbox link is there', async () => {
    const { bell } = await bellFixture({ attrs: { messageUrl: '' } });
    await whenReady(bell);
    const popover = await open(bell);
    expect(popover.querySelector<HTMLAnchorElement>('[part="inbox-link"]')!.href).to.equal('https://loket.test/berichtencentrum');
    expect((items(bell)[0] as HTMLAnchorElement).href).to.equal('https://loket.test/berichtencentrum');
  });

  it('announces a rise politely and fires loket-unread-change when a new message arrives', async () => {
    const { bell, loket } = await bellFixture({ interval: 0.1 });
    await whenReady(bell);
    const before = bell.unreadCount!;
    const change = oneEvent(bell, 'loket-unread-change');
    addConversation(loket, { subject: 'Opvraging stukken: budgetwijziging' });
    const { detail } = await change;
    expect(detail).to.deep.equal({ count: before + 1, previous: before });
    const live = bell.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => live.textContent!.includes(`U hebt ${before + 1} ongelezen berichten.`), 'not announced', PATIENTLY);
    expect([`${before + 1}`, `${before + 1}+`]).to.include(badge(bell));
  });

  it('refresh() polls now', async () => {
    const { bell, loket } = await bellFixture();
    await whenReady(bell);
    const before = conversationRequests(loket);
    addConversation(loket);
    const change = oneEvent(bell, 'loket-unread-change');
    bell.refresh();
    await change;
    expect(conversationRequests(loket)).to.equal(before + 1);
  });
});
