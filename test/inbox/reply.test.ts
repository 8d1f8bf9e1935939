import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ABB_ID, FIRST_GEMEENTE_ID, type FakeLoket } from '../../fake-loket/index.js';
import { LOKET_CREATOR } from '../../src/inbox/reply.js';
import type { LoketInbox } from '../../components/inbox/inbox.js';
import { PATIENTLY, fakeLoket, inboxFixture, root, text, whenListed, whenThread } from './helpers.js';
import { refusals, requestLines } from '../support/strict.js';

function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('loket-inbox:reply:')) localStorage.removeItem(key);
}

/** A conversation of the first gemeente that ABB opened. */
function conversationFromAbb(loket: FakeLoket): string {
  const berichten = loket.store.get('berichten')!;
  for (const conversation of loket.store.get('conversaties')!.values()) {
    const first = berichten.get((conversation.relationships['berichten'] as string[])[0]!);
    if (conversation.owner === FIRST_GEMEENTE_ID && first?.relationships['van'] === ABB_ID) return conversation.id;
  }
  throw new Error('no conversation from ABB');
}

const form = (inbox: LoketInbox) => root(inbox).querySelector<HTMLFormElement>('form.reply');
const sendButton = (inbox: LoketInbox) => form(inbox)!.querySelector<HTMLButtonElement>('button[type=submit]')!;
const cards = (inbox: LoketInbox) => [...form(inbox)!.querySelectorAll<HTMLElement>('[part=attachment]')];

async function openReply(inbox: LoketInbox, id: string): Promise<void> {
  await inbox.open(id);
  await whenThread(inbox);
  if (!form(inbox)) root(inbox).querySelector<HTMLButtonElement>('.reply-open')!.click();
  await waitUntil(() => form(inbox) && !text(form(inbox)!.querySelector('.address')).includes('Bezig met laden'), 'the reply form never got its sender', PATIENTLY);
}

function pick(inbox: LoketInbox, ...files: File[]): void {
  const input = form(inbox)!.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

function type(inbox: LoketInbox, value: string): void {
  const area = form(inbox)!.querySelector('textarea')!;
  area.value = value;
  area.dispatchEvent(new InputEvent('input'));
}

const pdf = (name = 'antwoord.pdf') => new File(['%PDF-1.7\n% het antwoord van de gemeente\n'], name, { type: 'application/pdf' });

async function whenAttached(inbox: LoketInbox, count: number): Promise<void> {
  await waitUntil(() => cards(inbox).filter((card) => card.querySelector('a')).length === count, `not ${count} attachment(s)`, PATIENTLY);
}

const writes = (loket: FakeLoket, from = 0) =>
  loket.requests.slice(from).filter((entry) => entry.method !== 'GET' && entry.path !== '/files').map((entry) => `${entry.method} ${entry.path.replace(/^(\/[^/]+)\/[^/]+$/, '$1/:id')}`);

describe('<loket-inbox> reply', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('answers the first other sender from the bestuur; sending waits for an attachment; upload, remove, send', async () => {
    const loket = fakeLoket();
    const { inbox } = await inboxFixture({ loket });
    await whenListed(inbox);
    const id = conversationFromAbb(loket);
    await openReply(inbox, id);
    const address = text(form(inbox)!.querySelector('.address'));
    expect(address).to.equal('Naar Agentschap Binnenlands Bestuur Van Gemeente Aalst');
    expect(sendButton(inbox).disabled, 'sendable without an attachment').to.equal(true);
    type(inbox, 'In bijlage ons antwoord.\nMet vriendelijke groeten');
    pick(inbox, pdf('fout.pdf'));
    await whenAttached(inbox, 1);
    expect(sendButton(inbox).disabled).to.equal(false);
    // Removed before sending: gone, and sending waits again.
    cards(inbox)[0]!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => cards(inbox).length === 0);
    expect(sendButton(inbox).disabled).to.equal(true);
    pick(inbox, pdf());
    await whenAttached(inbox, 1);
    expect(text(cards(inbox)[0]!)).to.match(/^PDF antwoord\.pdf \(downloaden\) PDF · \d+ byte Verwijderen antwoord\.pdf$/);
    await expect(inbox).to.be.accessible();
    const before = loket.requests.length;
    sendButton(inbox).click();
    await waitUntil(() => text(root(inbox).querySelector('[aria-live=polite]')).includes('Uw reactie is verstuurd.'), 'no confirmation', PATIENTLY);
    expect(writes(loket, before)).to.deep.equal(['POST /berichten', 'PATCH /conversaties/:id', 'PATCH /berichten/:id']);
    const latest = loket.store.get('conversaties')!.get(id)!.relationships['laatste-bericht'] as string;
    const reply = loket.store.get('berichten')!.get(latest)!;
    expect(reply.relationships['van']).to.equal(FIRST_GEMEENTE_ID);
    expect(reply.relationships['naar']).to.equal(ABB_ID);
    expect(reply.attributes['inhoud']).to.equal('In bijlage ons antwoord.\nMet vriendelijke groeten');
    expect(reply.attributes['creator']).to.equal(LOKET_CREATOR);
    expect((reply.relationships['bijlagen'] as string[]).map((file) => loket.store.get('files')!.get(file)!.attributes['filename'])).to.deep.equal(['antwoord.pdf']);
    // The thread shows it at the end; the form is closed and the draft gone.
    await waitUntil(() => root(inbox).querySelector('[part=message]:last-child')?.classList.contains('own') && text(root(inbox).querySelector('[part=message]:last-child .content')).includes('In bijlage ons antwoord.'), 'the reply is not in the thread', PATIENTLY);
    expect(form(inbox)).to.equal(null);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('loket-inbox:reply:'))).to.deep.equal([]);
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('shows the upload progressing, and a failed upload with a retry', async () => {
    const loket = fakeLoket();
    const { inbox } = await inboxFixture({ loket });
    await whenListed(inbox);
    await openReply(inbox, conversationFromAbb(loket));
    loket.addFault({ method: 'POST', path: '/files', times: 1, fault: { kind: 'latency', ms: 800 } });
    pick(inbox, pdf('groot.pdf'));
    await waitUntil(() => form(inbox)!.querySelector('progress'), 'no progress shown', PATIENTLY);
    expect(form(inbox)!.querySelector('progress')!.getAttribute('aria-label')).to.equal('groot.pdf wordt opgeladen');
    expect(sendButton(inbox).disabled, 'sendable while uploading').to.equal(true);
    await whenAttached(inbox, 1);
    expect(form(inbox)!.querySelector('progress')).to.equal(null);
    loket.addFault({ method: 'POST', path: '/files', times: 1, fault: { kind: 'status', status: 500 } });
    pick(inbox, pdf('mislukt.pdf'));
    await waitUntil(() => text(form(inbox)).includes('mislukt.pdf kon niet worden opgeladen.'), 'no upload failure shown', PATIENTLY);
    [...form(inbox)!.querySelectorAll<HTMLButtonElement>('.problem button')].find((button) => text(button) === 'Opnieuw opladen')!.click();
    await whenAttached(inbox, 2);
    // An empty file never goes out (the Loket refuses them too).
    const posts = loket.requests.filter((entry) => entry.method === 'POST' && entry.path === '/files').length;
    pick(inbox, new File([], 'leeg.pdf'));
    await waitUntil(() => text(form(inbox)).includes('leeg.pdf is leeg'), 'the empty file was not refused', PATIENTLY);
    expect(loket.requests.filter((entry) => entry.method === 'POST' && entry.path === '/files').length).to.equal(posts);
    expect(refusals(loket, (entry) => entry.path === '/files' && entry.status === 500)).to.deep.equal([]);
  });

  for (const [failing, rule, resumed] of [
    ['the bericht', { method: 'POST', path: '/berichten' }, ['POST /berichten', 'PATCH /conversaties/:id', 'PATCH /berichten/:id']],
    ['the conversation', { method: 'PATCH', path: '/conversaties' }, ['PATCH /conversaties/:id', 'PATCH /berichten/:id']],
    ['the completed bericht', { method: 'PATCH', path: '/berichten' }, ['PATCH /berichten/:id']],
  ] as const) {
    it(`a failure writing ${failing} keeps text and attachments; sending again resumes there`, async () => {
      const loket = fakeLoket();
      const { inbox } = await inboxFixture({ loket });
      await whenListed(inbox);
      const id = conversationFromAbb(loket);
      await openReply(inbox, id);
      type(inbox, 'Ons antwoord');
      pick(inbox, pdf());
      await whenAttached(inbox, 1);
      loket.addFault({ ...rule, times: 1, fault: { kind: 'status', status: 503 } });
      sendButton(inbox).click();
      await waitUntil(() => form(inbox)!.querySelector('[role=alert]'), 'no error shown', PATIENTLY);
      expect(text(form(inbox)!.querySelector('[role=alert]'))).to.contain('Tekst en bijlagen zijn bewaard');
      expect(form(inbox)!.querySelector('textarea')!.value).to.equal('Ons antwoord');
      expect(cards(inbox)).to.have.length(1);
      expect(text(sendButton(inbox))).to.equal('Opnieuw versturen');
      const before = loket.requests.length;
      sendButton(inbox).click();
      await waitUntil(() => !form(inbox), 'the form did not close after sending', PATIENTLY);
      expect(writes(loket, before)).to.deep.equal([...resumed]);
      const replies = [...loket.store.get('berichten')!.values()].filter((bericht) => bericht.relationships['van'] === FIRST_GEMEENTE_ID && bericht.attributes['inhoud'] === 'Ons antwoord');
      expect(replies).to.have.length(1);
      expect(replies[0]!.attributes['creator']).to.equal(LOKET_CREATOR);
      expect(loket.store.get('conversaties')!.get(id)!.relationships['laatste-bericht']).to.equal(replies[0]!.id);
    });
  }

  it('keeps the draft (text, uploaded files) across a reload', async () => {
    const loket = fakeLoket();
    const id = conversationFromAbb(loket);
    {
      const { inbox } = await inboxFixture({ loket });
      await whenListed(inbox);
      await openReply(inbox, id);
      type(inbox, 'Half geschreven');
      pick(inbox, pdf('bijlage 1.pdf'));
      await whenAttached(inbox, 1);
      inbox.remove();
    }
    const { inbox } = await inboxFixture({ loket });
    await whenListed(inbox);
    await inbox.open(id);
    await whenThread(inbox);
    await waitUntil(() => form(inbox), 'the draft did not reopen the form', PATIENTLY);
    expect(form(inbox)!.querySelector('textarea')!.value).to.equal('Half geschreven');
    await whenAttached(inbox, 1);
    expect(text(cards(inbox)[0]!.querySelector('a'))).to.equal('bijlage 1.pdf (downloaden)');
    await waitUntil(() => text(root(inbox).querySelector('[aria-live=polite]')).includes('hersteld'), 'the restore was not announced', PATIENTLY);
    // Discarding it clears storage.
    [...form(inbox)!.querySelectorAll('button')].find((button) => text(button) === 'Concept verwijderen')!.click();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('loket-inbox:reply:'))).to.deep.equal([]);
  });

  it('works from the keyboard: Enter opens the form with focus in the text, Tab reaches the file field and the buttons, Escape in the text stays', async () => {
    const loket = fakeLoket();
    const { inbox } = await inboxFixture({ loket });
    await whenListed(inbox);
    await inbox.open(conversationFromAbb(loket));
    await whenThread(inbox);
    root(inbox).querySelector<HTMLButtonElement>('.reply-open')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inbox.shadowRoot!.activeElement?.matches('form.reply textarea'), 'focus did not move into the text', PATIENTLY);
    await sendKeys({ type: 'Getypt met het toetsenbord' });
    await sendKeys({ press: 'Escape' });
    expect(inbox.conversation, 'Escape in the text closed the conversation').to.not.equal(undefined);
    expect(form(inbox)!.querySelector('textarea')!.value).to.equal('Getypt met het toetsenbord');
    await sendKeys({ press: 'Tab' });
    expect(inbox.shadowRoot!.activeElement?.matches('form.reply input[type=file]')).to.equal(true);
    // The send button waits for an attachment (disabled, skipped); then Sluiten, then Concept verwijderen.
    await sendKeys({ press: 'Tab' });
    expect(text(inbox.shadowRoot!.activeElement)).to.equal('Sluiten');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !form(inbox) && inbox.shadowRoot!.activeElement?.matches('.reply-open'), 'closing did not give focus back to Reageren', PATIENTLY);
    // The draft was kept: opening again shows the text.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => form(inbox)?.querySelector('textarea')?.value === 'Getypt met het toetsenbord', 'the text was lost', PATIENTLY);
  });
});
