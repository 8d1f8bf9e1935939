import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ABB_ID, FIRST_GEMEENTE_ID, type FakeLoket } from '../../fake-loket/index.js';
import { LocalReadStateStore } from '../../src/messages/read-state.js';
import { API, PATIENTLY, fakeLoket, inboxFixture, root, rowButtons, rows, text, whenListed, whenThread } from './helpers.js';
import { refusals, requestLines } from '../support/strict.js';

/** Conversations of the first gemeente by what they hold, from the fake's store. */
function conversations(loket: FakeLoket) {
  const berichten = loket.store.get('berichten')!;
  return [...loket.store.get('conversaties')!.values()]
    .filter((conversation) => conversation.owner === FIRST_GEMEENTE_ID)
    .map((conversation) => {
      const messages = (conversation.relationships['berichten'] as string[]).map((id) => berichten.get(id)!);
      return { conversation, messages, files: messages.reduce((sum, message) => sum + (message.relationships['bijlagen'] as string[]).length, 0) };
    });
}

async function openConversation(inbox: HTMLElement & { open(id: string): Promise<void> }, id: string): Promise<HTMLElement> {
  await inbox.open(id);
  return whenThread(inbox as never);
}

describe('<loket-inbox> thread', () => {
  it('asks for the conversation with the Loket’s include and shows every bericht oldest first, with sender, author, dates and text', async () => {
    const loket = fakeLoket();
    const { inbox } = await inboxFixture({ loket });
    await whenListed(inbox);
    const long = conversations(loket).sort((a, b) => b.messages.length - a.messages.length)[0]!;
    expect(long.messages.length).to.be.greaterThan(13);
    const thread = await openConversation(inbox, long.conversation.id);
    const request = loket.requests.filter((entry) => entry.path === `/conversaties/${long.conversation.id}`).at(-1)!;
    expect(new URL(request.url).searchParams.get('include')).to.equal('berichten.auteur,berichten.bijlagen,berichten.van.classificatie,laatste-bericht');
    const items = [...thread.querySelectorAll<HTMLElement>('[part=message]')];
    expect(items).to.have.length(long.messages.length);
    const times = items.map((item) => Date.parse(item.querySelector('time')!.dateTime));
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    const byId = new Map(long.messages.map((message) => [message.id, message]));
    const abb = items.find((item) => text(item.querySelector('h3')).startsWith('Agentschap Binnenlands Bestuur'))!;
    // ABB's authors are users of ABB, whose graph the gemeente cannot read: no name.
    expect(text(abb.querySelector('h3'))).to.equal('Agentschap Binnenlands Bestuur');
    const own = items.find((item) => item.classList.contains('own'))!;
    // The gemeente's own: classification and name, then the author's full name.
    expect(text(own.querySelector('h3'))).to.match(/^Gemeente Aalst \(uw bestuur\) — \S+ .+$/);
    const firstId = items[0]!.querySelector('h3')!.id.replace(/^m-/, '');
    const first = byId.get(firstId)!;
    expect(first.relationships['van']).to.equal(ABB_ID);
    expect(text(items[0]!.querySelector('.dates'))).to.match(/Verzonden: .+ · Aangekomen: /);
    const content = items[0]!.querySelector('.content')!;
    if (first.attributes['inhoud']) {
      expect(content.textContent).to.equal(first.attributes['inhoud']);
      expect(getComputedStyle(content).whiteSpace).to.equal('pre-wrap');
    }
    await expect(inbox).to.be.accessible();
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('shows attachments as file cards (kind, name, size) that download from /files/:id/download', async () => {
    const loket = fakeLoket();
    const { inbox } = await inboxFixture({ loket });
    await whenListed(inbox);
    const many = conversations(loket).sort((a, b) => b.files - a.files)[0]!;
    expect(many.files).to.be.greaterThan(8);
    const thread = await openConversation(inbox, many.conversation.id);
    const cards = [...thread.querySelectorAll<HTMLElement>('[part=attachment]')];
    expect(cards).to.have.length(many.files);
    const fileId = (many.messages.find((message) => (message.relationships['bijlagen'] as string[]).length)!.relationships['bijlagen'] as string[])[0]!;
    const file = loket.store.get('files')!.get(fileId)!;
    const card = cards.find((each) => each.querySelector('a')!.href.includes(fileId))!;
    const link = card.querySelector('a')!;
    expect(link.href).to.equal(`${API}/files/${fileId}/download?name=${encodeURIComponent(String(file.attributes['filename']))}`);
    expect(text(link)).to.equal(`${file.attributes['filename']} (downloaden)`);
    expect(text(card.querySelector('.kind'))).to.equal(String(file.attributes['extension']).toUpperCase());
    expect(text(card.querySelector('.file-body .muted'))).to.match(/^[A-Z]+ · [\d,]+ (kB|MB|byte)$/);
    const response = await loket.fetch(link.href);
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Disposition')).to.contain('attachment');
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('opening a conversation marks it read, in the list too', async () => {
    const store = new LocalReadStateStore(null);
    const { inbox } = await inboxFixture({ store });
    await whenListed(inbox);
    const unread = rows(inbox).findIndex((row) => row.classList.contains('unread'));
    expect(unread).to.be.at.least(0);
    const id = rows(inbox)[unread]!.querySelector('h3, button')!.closest('tr')!;
    rowButtons(inbox)[unread]!.click();
    await whenThread(inbox);
    await waitUntil(() => inbox.conversation, 'no conversation open');
    const conversationId = inbox.conversation!;
    const markers = await store.load({ account: 'a6f9d3b0-2b8c-4f1e-9d7a-5c3e1f0b8a21', bestuurseenheid: FIRST_GEMEENTE_ID });
    expect(Object.keys(markers.read)).to.include(conversationId);
    // Back to the list: focus returns to the conversation, no longer unread.
    root(inbox).querySelector<HTMLButtonElement>('.back')!.click();
    await whenListed(inbox);
    await waitUntil(() => !rows(inbox)[unread]!.classList.contains('unread'), 'still unread in the list', PATIENTLY);
    await waitUntil(() => inbox.shadowRoot!.activeElement === rowButtons(inbox)[unread], 'focus did not return to the row', PATIENTLY);
    expect(id).to.exist;
  });

  it('focuses the heading when opened; Escape goes back to the list', async () => {
    const { inbox } = await inboxFixture();
    await whenListed(inbox);
    rowButtons(inbox)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await whenThread(inbox);
    await waitUntil(() => inbox.shadowRoot!.activeElement?.matches('.thread h2'), 'the heading did not get focus', PATIENTLY);
    await sendKeys({ press: 'Tab' });
    expect(inbox.shadowRoot!.activeElement?.matches('.thread a, .thread button')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await whenListed(inbox);
    await waitUntil(() => inbox.shadowRoot!.activeElement === rowButtons(inbox)[1], 'focus did not return to the conversation', PATIENTLY);
    expect(inbox.conversation).to.equal(undefined);
  });

  it('an unknown conversation shows an error with a retry and a way back', async () => {
    const { inbox, loket } = await inboxFixture();
    await whenListed(inbox);
    await inbox.open('does-not-exist');
    await waitUntil(() => root(inbox).querySelector('.thread [role=alert] button'), 'no error with a retry', PATIENTLY);
    expect(text(root(inbox).querySelector('.thread [role=alert]'))).to.contain('niet gevonden');
    root(inbox).querySelector<HTMLButtonElement>('.back')!.click();
    await whenListed(inbox);
    expect(refusals(loket, (entry) => entry.path === '/conversaties/does-not-exist')).to.deep.equal([]);
  });
});
