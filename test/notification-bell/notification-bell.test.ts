import { expect, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocalReadStateStore } from '../../src/messages/read-state.js';
import { badge, bellButton, bellFixture, fakeLoket, items, panel, whenLabel, whenReady, conversationRequests } from './helpers.js';

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

  it('opens a popover in the top layer listing conversations, and Escape returns focus to the bell', async () => {
    const { bell } = await bellFixture();
    await whenReady(bell);
    bellButton(bell).focus();
    bellButton(bell).click();
    await waitUntil(() => panel(bell).matches(':popover-open'));
    expect(bellButton(bell).getAttribute('aria-expanded')).to.equal('true');
    const list = items(bell);
    expect(list.length).to.equal(10);
    expect(list[0]!.textContent).to.contain('Agentschap Binnenlands Bestuur');
    expect(list[0]!.textContent).to.match(/Dossier ABB\/\d{4}\/\d+/);
    await waitUntil(() => bell.shadowRoot!.activeElement === list[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(bell.shadowRoot!.activeElement).to.equal(list[1]);
    await sendKeys({ press: 'End' });
    expect(bell.shadowRoot!.activeElement).to.equal(list[9]);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !panel(bell).matches(':popover-open'));
    expect(bell.shadowRoot!.activeElement).to.equal(bellButton(bell));
    await expect(bell).to.be.accessible();
  });

  it('polls', async () => {
    const { bell, loket } = await bellFixture({ interval: 0.1 });
    await whenReady(bell);
    await waitUntil(() => conversationRequests(loket) >= 3);
    await aTimeout(0);
    expect(conversationRequests(loket)).to.be.at.least(3);
  });
});
