import { expect } from '@open-wc/testing';
import { LoketClient } from '../../src/api/client.js';
import { LoketError } from '../../src/api/errors.js';
import type { UploadProgress } from '../../src/api/writes.js';
import { fetchBestuur, fetchUser } from '../../src/inbox/identity.js';
import { LOKET_CREATOR, originator, parseDraft, sendReply, type ReplyAddress, type ReplyDraft, type SendProgress } from '../../src/inbox/reply.js';
import { downloadPath, fetchThread } from '../../src/inbox/thread.js';
import { ABB_ID, DEFAULT_ACCOUNT_ID, DEFAULT_USER_ID, FIRST_GEMEENTE_ID, createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import { refusals, requestLines } from '../support/strict.js';

interface Sent {
  method: string;
  path: string;
  body?: unknown;
  contentType?: string | null;
}

const API = 'https://loket.test';

/** A client on the fake that records what it sends (bodies parsed when JSON). */
function recordingClient(loket: FakeLoket, sent: Sent[]): LoketClient {
  return new LoketClient({
    apiBase: API,
    retry: { limit: 0 },
    timeout: 5000,
    fetch: async (request) => {
      const entry: Sent = { method: request.method, path: new URL(request.url).pathname, contentType: request.headers.get('Content-Type') };
      if (request.method !== 'GET' && request.headers.get('Content-Type')?.includes('json')) entry.body = JSON.parse(await request.clone().text());
      sent.push(entry);
      return loket.handle(request);
    },
  });
}

function conversationOf(loket: FakeLoket, predicate: (conversation: { relationships: Record<string, unknown> }) => boolean = () => true): string {
  const messages = loket.apps.loket!.db;
  for (const conversation of loket.store.get('conversaties')!.values()) {
    if (conversation.owner !== FIRST_GEMEENTE_ID || !predicate(conversation)) continue;
    const berichten = conversation.relationships['berichten'] as string[];
    if (berichten.some((id) => messages.table('berichten').get(id)?.relationships['van'] === ABB_ID)) return conversation.id;
  }
  throw new Error('no conversation');
}

async function addressFor(client: LoketClient, id: string): Promise<ReplyAddress> {
  const thread = await fetchThread(client, id);
  const own = await fetchBestuur(client, FIRST_GEMEENTE_ID);
  return {
    conversation: thread.conversation,
    messageIds: thread.messageIds,
    own: { type: own.type, id: own.id },
    author: await fetchUser(client, DEFAULT_ACCOUNT_ID),
    recipient: originator(thread.messages, FIRST_GEMEENTE_ID),
  };
}

const pdf = (name = 'antwoord.pdf') => new File(['%PDF-1.7\n% antwoord van de gemeente\n'], name, { type: 'application/pdf' });

describe('inbox reply against the strict fake', () => {
  let loket: FakeLoket;
  let sent: Sent[];
  let client: LoketClient;

  beforeEach(() => {
    loket = createFakeLoket({ only: ['messages'], now: new Date() });
    sent = [];
    client = recordingClient(loket, sent);
  });

  it('uploads with POST /files (multipart field file), reports progress and answers what the file service made', async () => {
    const progress: UploadProgress[] = [];
    const file = await client.upload(pdf(), { onProgress: (step) => progress.push(step) });
    expect(file.filename).to.equal('antwoord.pdf');
    expect(file.extension).to.equal('pdf');
    // libmagic's answer, not the browser's idea of the type.
    expect(file.format).to.equal('application/pdf; charset=binary');
    expect(file.size).to.equal(pdf().size);
    expect(progress.length).to.be.greaterThan(0);
    expect(progress.at(-1)!.percent).to.equal(1);
    const upload = sent.find((entry) => entry.method === 'POST')!;
    expect(upload.path).to.equal('/files');
    expect(upload.contentType).to.match(/^multipart\/form-data; boundary=/);
    // The virtual file and the physical share:// one behind it, in the bestuur's graph.
    const stored = loket.store.get('files')!.get(file.id)!;
    expect(stored.owner).to.equal(FIRST_GEMEENTE_ID);
    const physical = loket.store.get('files')!.get(stored.relationships['download'] as string)!;
    expect(physical.attributes['uri']).to.match(/^share:\/\/.+\.pdf$/);
    // Downloadable at the Loket's link, with the name.
    const response = await loket.fetch(`${API}/${downloadPath({ id: file.id, filename: file.filename })}`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Disposition')).to.equal('attachment; filename="antwoord.pdf"');
    expect(await response.text()).to.contain('antwoord van de gemeente');
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  it('an upload the file service refuses, or a failed connection, is a LoketError', async () => {
    loket.addFault({ method: 'POST', path: '/files', times: 1, fault: { kind: 'status', status: 500 } });
    const error = await client.upload(pdf()).then(() => undefined, (caught: unknown) => caught);
    expect(error).to.be.instanceOf(LoketError);
    expect((error as LoketError).kind).to.equal('server');
    loket.addFault({ method: 'POST', path: '/files', fault: { kind: 'drop' } });
    const dropped = await client.upload(pdf(), { onProgress: () => {} }).then(() => undefined, (caught: unknown) => caught);
    expect((dropped as LoketError).kind).to.equal('network');
    // Streamed first, then once more without streaming (an HTTP/1.1 server never sees a streamed body).
    expect(sent.filter((entry) => entry.method === 'POST').length).to.equal(3);
  });

  it('sends the three writes of the Loket in order with its bodies', async () => {
    const id = conversationOf(loket);
    const address = await addressFor(client, id);
    expect(address.recipient).to.deep.equal({ type: 'bestuurseenheden', id: ABB_ID });
    expect(address.author).to.deep.equal({ type: 'gebruikers', id: DEFAULT_USER_ID });
    const file = await client.upload(pdf());
    sent.length = 0;
    const steps: string[] = [];
    const now = new Date();
    const berichtId = await sendReply(client, address, { text: 'Zie bijlage.', files: [file] }, { progressed: (_, step) => steps.push(step), now: () => now });
    expect(steps).to.deep.equal(['create', 'link', 'complete']);
    expect(sent.map((entry) => `${entry.method} ${entry.path}`)).to.deep.equal(['POST /berichten', `PATCH /conversaties/${id}`, `PATCH /berichten/${berichtId}`]);
    const relationships = {
      van: { data: { type: 'bestuurseenheden', id: FIRST_GEMEENTE_ID } },
      auteur: { data: { type: 'gebruikers', id: DEFAULT_USER_ID } },
      naar: { data: { type: 'bestuurseenheden', id: ABB_ID } },
      bijlagen: { data: [{ type: 'files', id: file.id }] },
    };
    const attributes = { verzonden: now.toISOString(), aangekomen: null, inhoud: 'Zie bijlage.', 'type-communicatie': address.conversation.type, creator: 'pending' };
    expect(sent[0]!.body).to.deep.equal({ data: { type: 'berichten', attributes, relationships } });
    expect(sent[0]!.contentType).to.equal('application/vnd.api+json');
    const conversation = (sent[1]!.body as { data: { id: string; type: string; attributes: Record<string, unknown>; relationships: Record<string, { data: unknown }> } }).data;
    expect(conversation.id).to.equal(id);
    expect(conversation.type).to.equal('conversaties');
    expect(Object.keys(conversation.attributes)).to.include.members(['dossiernummer', 'betreft', 'current-type-communicatie']);
    expect(conversation.relationships['laatste-bericht']!.data).to.deep.equal({ type: 'berichten', id: berichtId });
    expect(conversation.relationships['berichten']!.data).to.deep.equal([...address.messageIds.map((m) => ({ type: 'berichten', id: m })), { type: 'berichten', id: berichtId }]);
    expect(sent[2]!.body).to.deep.equal({ data: { type: 'berichten', id: berichtId, attributes: { ...attributes, creator: LOKET_CREATOR }, relationships } });
    // Written as the Loket would have it: the reply is the latest, from the bestuur, complete.
    const stored = loket.store.get('conversaties')!.get(id)!;
    expect(stored.relationships['laatste-bericht']).to.equal(berichtId);
    const bericht = loket.store.get('berichten')!.get(berichtId)!;
    expect(bericht.attributes['creator']).to.equal(LOKET_CREATOR);
    expect(bericht.owner).to.equal(FIRST_GEMEENTE_ID);
    const thread = await fetchThread(client, id);
    expect(thread.messages.at(-1)!.id).to.equal(berichtId);
    expect(thread.messages.at(-1)!.attachments.map((attachment) => attachment.filename)).to.deep.equal(['antwoord.pdf']);
    expect(refusals(loket), requestLines(loket)).to.deep.equal([]);
  });

  for (const [failing, method, resumed] of [
    ['the bericht', 'POST /berichten', ['POST /berichten', 'PATCH /conversaties', 'PATCH /berichten']],
    ['the conversation', 'PATCH /conversaties', ['PATCH /conversaties', 'PATCH /berichten']],
    ['the completed bericht', 'PATCH /berichten', ['PATCH /berichten']],
  ] as const) {
    it(`when writing ${failing} fails, the draft stays and sending again resumes there (no second bericht)`, async () => {
      const id = conversationOf(loket);
      const address = await addressFor(client, id);
      const file = await client.upload(pdf());
      const [verb, path] = method.split(' ') as [string, string];
      loket.addFault({ method: verb, path, times: 1, fault: { kind: 'status', status: 503 } });
      let draft: ReplyDraft = { text: 'Zie bijlage.', files: [file] };
      const keep = (progress: SendProgress) => (draft = { ...draft, sending: progress });
      const error = await sendReply(client, address, draft, { progressed: keep }).then(() => undefined, (caught: unknown) => caught);
      expect((error as LoketError).kind).to.equal('server');
      expect(draft.text).to.equal('Zie bijlage.');
      expect(draft.files).to.deep.equal([file]);
      // The draft survives storage as it is.
      draft = parseDraft(JSON.parse(JSON.stringify(draft)))!;
      sent.length = 0;
      const berichtId = await sendReply(client, address, draft, { progressed: keep });
      expect(sent.map((entry) => `${entry.method} ${entry.path.replace(/\/[^/]+$/, (tail) => (tail.slice(1) === id || tail.slice(1) === berichtId ? '' : tail))}`)).to.deep.equal([...resumed]);
      const replies = [...loket.store.get('berichten')!.values()].filter((bericht) => bericht.relationships['van'] === FIRST_GEMEENTE_ID && (bericht.relationships['bijlagen'] as string[]).includes(file.id));
      expect(replies.map((bericht) => bericht.id)).to.deep.equal([berichtId]);
      expect(replies[0]!.attributes['creator']).to.equal(LOKET_CREATOR);
      expect(loket.store.get('conversaties')!.get(id)!.relationships['laatste-bericht']).to.equal(berichtId);
    });
  }

  it('refuses to send without an attachment, as the Loket does', async () => {
    const address = await addressFor(client, conversationOf(loket));
    const error = await sendReply(client, address, { text: 'Geen bijlage', files: [] }, { progressed: () => {} }).then(() => undefined, (caught: unknown) => caught);
    expect(error).to.be.instanceOf(RangeError);
    expect(sent.filter((entry) => entry.method !== 'GET')).to.deep.equal([]);
  });

  it('reads only drafts it wrote', () => {
    expect(parseDraft(null)).to.equal(undefined);
    expect(parseDraft({ text: 3, files: [] })).to.equal(undefined);
    expect(parseDraft({ text: 'x', files: [{ id: 'a', filename: 'a.pdf', size: 'big' }, { filename: 'no id' }], sending: { berichtId: 'b', sentAt: 'never' } })).to.deep.equal({
      text: 'x',
      files: [{ id: 'a', filename: 'a.pdf' }],
    });
  });
});
