import { expect } from '@open-wc/testing';
import { LoketClient } from '../../src/api/client.js';
import { LoketError } from '../../src/api/errors.js';
import { query } from '../../src/api/query.js';
import { getSession } from '../../src/api/session.js';
import { ALL_ROLES, DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID, createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import { STUB_TIMEOUT, recordWaits, rejection, until } from './stub-transport.js';

function asLoketError(error: unknown): LoketError {
  expect(error).to.be.instanceOf(LoketError);
  return error as LoketError;
}

describe('LoketClient against the fake Loket', () => {
  let loket: FakeLoket;
  let delays: number[];

  function client(options: { timeout?: number; apiBase?: string } = {}): LoketClient {
    delays = recordWaits(options.timeout ?? STUB_TIMEOUT);
    return new LoketClient({
      apiBase: 'https://loket.test/api',
      fetch: (request) => loket.handle(request),
      timeout: STUB_TIMEOUT,
      ...options,
    });
  }

  before(() => {
    loket = createFakeLoket({ seed: 7, basePath: '/api', size: { services: 60, dossiers: 80 } });
  });

  beforeEach(() => {
    delays = [];
    loket.requests.length = 0;
    loket.clearFaults();
    loket.setSession({});
  });

  describe('session', () => {
    it('reads the session with its top-level relationships', async () => {
      const session = await getSession(client());
      expect(session.accountId).to.equal(DEFAULT_ACCOUNT_ID);
      expect(session.groupId).to.equal(FIRST_GEMEENTE_ID);
      expect(session.groupType).to.equal('bestuurseenheden');
      expect(session.roles).to.deep.equal([...ALL_ROLES]);
    });

    it('reads "no session" as unauthorized', async () => {
      loket.setSession(null);
      const error = asLoketError(await rejection(getSession(client())));
      expect(error.kind).to.equal('unauthorized');
      expect(error.userMessage('nl')).to.equal('Uw sessie is verlopen. Meld u opnieuw aan.');
    });
  });

  describe('reads per resource family', () => {
    it('services: language strings and paging with a count', async () => {
      const result = await client().list('public-services', query().page(1, 10), (view) => view.langString('name'));
      expect(result.items).to.have.length(10);
      expect(result.items.every((name) => typeof name === 'string' && name.length > 0)).to.equal(true);
      expect(result.count).to.equal(60);
      expect(result.links.next).to.be.a('string');
      expect(result.page).to.deep.equal({ number: 1, size: 10 });
    });

    it('services: a whole catalogue through getAll', async () => {
      const all = await client().getAll('public-services', query(), (view) => view.id, { pageSize: 25 });
      expect(all.items).to.have.length(60);
      expect(new Set(all.items).size).to.equal(60);
    });

    it('dossiers: filter on a relationship id, include and sort', async () => {
      const q = query()
        .ids([FIRST_GEMEENTE_ID], 'organization')
        .include('status', 'form-data.types')
        .sort('modified', 'desc')
        .page(0, 20);
      const result = await client().list('submissions', q, (view) => ({
        modified: view.dateTime('modified'),
        status: view.one('status')?.string('label'),
        types: view.one('form-data')?.many('types'),
      }));
      expect(result.items.length).to.be.above(0);
      const times = result.items.map((item) => item.modified?.getTime() ?? 0);
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
      expect(result.items.every((item) => typeof item.status === 'string')).to.equal(true);
    });

    it('messages: conversations with their last message included', async () => {
      const result = await client().list(
        'conversaties',
        query().include('laatste-bericht').sort('laatste-bericht.verzonden', 'desc').page(0, 5),
        (view) => ({ subject: view.string('betreft'), sent: view.one('laatste-bericht')?.dateTime('verzonden') }),
      );
      expect(result.items.length).to.be.above(0);
      expect(result.items.every((item) => typeof item.subject === 'string')).to.equal(true);
      expect(result.items.every((item) => item.sent instanceof Date)).to.equal(true);
    });

    // The mandates live in Lokaal Mandatenbeheer, its own app (at /lmb-api on the fake).
    it('mandates: an include chain mandataris → mandaat → bestuursfunctie', async () => {
      const result = await client({ apiBase: 'https://loket.test/lmb-api' }).list(
        'mandatarissen',
        query().include('bekleedt.bestuursfunctie', 'is-bestuurlijke-alias-van').page(0, 10),
        (view) => ({
          functie: view.one('bekleedt')?.one('bestuursfunctie')?.string('label'),
          persoon: view.one('is-bestuurlijke-alias-van')?.string('achternaam'),
          start: view.dateTime('start'),
        }),
      );
      expect(result.items.length).to.be.above(0);
      expect(result.items.every((item) => typeof item.functie === 'string' && typeof item.persoon === 'string')).to.equal(true);
    });

    it('leaves not-included relationships as undefined', async () => {
      const result = await client({ apiBase: 'https://loket.test/lmb-api' }).list('mandatarissen', query().page(0, 1), (view) => view.one('bekleedt'));
      expect(result.items).to.deep.equal([undefined]);
    });
  });

  describe('writes', () => {
    it('creates, updates, reads back and deletes a resource', async () => {
      const api = client();
      const created = await api.create('personen', {
        attributes: { achternaam: 'Van den Broeck', 'gebruikte-voornaam': 'Lotte' },
      });
      expect(created.id).to.be.a('string').and.not.equal('');
      expect(created.string('achternaam')).to.equal('Van den Broeck');
      await api.update('personen', created.id, { attributes: { 'gebruikte-voornaam': 'Lotte-Marie', uri: 'http://evil' } });
      const read = await api.get(`personen/${created.id}`);
      expect(read.primary?.string('gebruikte-voornaam')).to.equal('Lotte-Marie');
      expect(read.primary?.uri).to.equal(created.uri);
      await api.remove('personen', created.id);
      const error = asLoketError(await rejection(api.get(`personen/${created.id}`)));
      expect(error.kind).to.equal('not-found');
    });

    it('reads a create without required fields as a validation error with field errors', async () => {
      const error = asLoketError(await rejection(client().create('personen', { attributes: { achternaam: 'Peeters' } })));
      expect(error.kind).to.equal('validation');
      expect(error.status).to.equal(422);
      expect(Object.keys(error.fieldErrors)).to.deep.equal(['gebruikte-voornaam']);
    });

    it('reads a write without the role as forbidden', async () => {
      loket.setSession({ roles: ['LoketLB-berichtenGebruiker'] });
      const error = asLoketError(
        await rejection(client().create('personen', { attributes: { achternaam: 'A', 'gebruikte-voornaam': 'B' } })),
      );
      expect(error.kind).to.equal('forbidden');
      expect(error.serverMessage).to.match(/denied/);
    });

    it('never retries a write', async () => {
      loket.addFault({ method: 'PATCH', fault: { kind: 'status', status: 503, retryAfter: 1 } });
      const error = asLoketError(await rejection(client().update('personen', 'x', { attributes: { achternaam: 'Y' } })));
      expect(error.kind).to.equal('server');
      expect(loket.requests.filter((request) => request.method === 'PATCH')).to.have.length(1);
      expect(delays).to.deep.equal([]);
    });
  });

  describe('error kinds from injected faults', () => {
    const cases: Array<[string, Parameters<FakeLoket['addFault']>[0]['fault'], string]> = [
      ['401', { kind: 'status', status: 401 }, 'unauthorized'],
      ['403', { kind: 'status', status: 403 }, 'forbidden'],
      ['404', { kind: 'status', status: 404 }, 'not-found'],
      ['409', { kind: 'status', status: 409 }, 'conflict'],
      ['422', { kind: 'status', status: 422 }, 'validation'],
      ['500', { kind: 'status', status: 500 }, 'server'],
      ['malformed JSON', { kind: 'malformed-json' }, 'bad-response'],
      ['JSON of the wrong shape', { kind: 'wrong-shape' }, 'bad-response'],
    ];
    for (const [name, fault, kind] of cases) {
      it(`reads ${name} as ${kind}`, async () => {
        loket.addFault({ path: '/submissions', fault });
        const error = asLoketError(await rejection(client().get('submissions')));
        expect(error.kind).to.equal(kind);
        expect(loket.requests).to.have.length(1);
      });
    }

    it('reads an unknown filter field (406) as validation', async () => {
      const error = asLoketError(await rejection(client().get('submissions', query().contains('no-such-attribute', 'x'))));
      expect(error.kind).to.equal('validation');
      expect(error.status).to.equal(406);
    });

    it('retries a dropped connection and then reports network', async () => {
      loket.addFault({ path: '/submissions', fault: { kind: 'drop' } });
      const error = asLoketError(await rejection(client().get('submissions')));
      expect(error.kind).to.equal('network');
      expect(loket.requests).to.have.length(3);
    });

    it('retries 429 after its Retry-After and succeeds', async () => {
      loket.addFault({ path: '/submissions', times: 1, fault: { kind: 'status', status: 429, retryAfter: 3 } });
      const document = await client().get('submissions', query().page(0, 2));
      expect(document.resources).to.have.length(2);
      expect(loket.requests).to.have.length(2);
      expect(delays).to.deep.equal([3000]);
    });

    it('retries 503 with backoff and succeeds', async () => {
      loket.addFault({ path: '/submissions', times: 2, fault: { kind: 'status', status: 503 } });
      const document = await client().get('submissions', query().page(0, 1));
      expect(document.resources).to.have.length(1);
      expect(loket.requests).to.have.length(3);
      expect(delays).to.deep.equal([300, 600]);
    });

    it('reads a hanging Loket as timeout', async () => {
      loket.addFault({ path: '/submissions', fault: { kind: 'hang' } });
      const error = asLoketError(await rejection(client({ timeout: 30 }).get('submissions')));
      expect(error.kind).to.equal('timeout');
    });
  });

  describe('shared reads and abort', () => {
    it('sends one request for identical reads in flight', async () => {
      loket.latency = 20;
      try {
        const api = client();
        const q = query().page(0, 3);
        const [a, b] = await Promise.all([api.get('public-services', q), api.get('public-services', q)]);
        expect(a.resources.map((view) => view.id)).to.deep.equal(b.resources.map((view) => view.id));
        expect(loket.requests).to.have.length(1);
      } finally {
        loket.latency = 0;
      }
    });

    it('aborts a hanging read', async () => {
      loket.addFault({ path: '/submissions', fault: { kind: 'hang' } });
      const controller = new AbortController();
      const read = client().get('submissions', undefined, { signal: controller.signal });
      await until(() => loket.requests.length === 1);
      controller.abort();
      expect(asLoketError(await rejection(read)).kind).to.equal('aborted');
    });
  });
});
