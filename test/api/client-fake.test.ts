// The client (src/api/client.ts) against the fake Loket's four apps: sessions per app, reads of each
// family by the names of the real domains, writes as mu-cl-resources and mu-authorization answer
// them, error kinds from injected faults and from the stack's own refusals, retry and abort.
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

/**
 * A small mandate chain in LMB's store, as its graphs hold it: the code list shared, the rest in
 * the first gemeente's graph (lblod/app-lokaal-mandatenbeheer config/authorization). The mandates
 * seed is not what these tests are about.
 */
function addMandates(loket: FakeLoket): string[] {
  const lmb = loket.apps.lmb!;
  const put = (type: string, id: string, attributes: Record<string, unknown>, relationships: Record<string, string | string[] | null> = {}, owner?: string) =>
    lmb.store.get(type)!.set(id, { type, id, attributes, relationships, ...(owner ? { owner } : {}) });
  put('bestuursfunctie-codes', 'test-functie', { label: 'Schepen' });
  put('mandaten', 'test-mandaat', { 'aantal-houders': 5 }, { bestuursfunctie: 'test-functie' }, FIRST_GEMEENTE_ID);
  put('personen', 'test-persoon', { achternaam: 'Peeters', 'gebruikte-voornaam': 'An' }, {}, FIRST_GEMEENTE_ID);
  put('mandatarissen', 'test-mandataris-1', { start: '2025-01-02T00:00:00Z' }, { bekleedt: 'test-mandaat', 'is-bestuurlijke-alias-van': 'test-persoon' }, FIRST_GEMEENTE_ID);
  put('mandatarissen', 'test-mandataris-2', { start: '2025-01-02T00:00:00Z' }, { bekleedt: 'test-mandaat', 'is-bestuurlijke-alias-van': 'test-persoon' }, FIRST_GEMEENTE_ID);
  lmb.changed();
  return ['test-mandataris-1', 'test-mandataris-2'];
}

const ROOTS = { loket: '/api', lmb: '/lmb-api', subsidiepunt: '/subsidiepunt-api', contactgegevens: '/contactgegevens-api' } as const;
type App = keyof typeof ROOTS;

describe('LoketClient against the fake Loket', () => {
  let loket: FakeLoket;
  let delays: number[];

  function client(options: { timeout?: number; app?: App } = {}): LoketClient {
    delays = recordWaits(options.timeout ?? STUB_TIMEOUT);
    return new LoketClient({
      apiBase: `https://loket.test${ROOTS[options.app ?? 'loket']}`,
      fetch: (request) => loket.handle(request),
      timeout: options.timeout ?? STUB_TIMEOUT,
    });
  }

  let mandatarissen: string[];

  before(() => {
    loket = createFakeLoket({ seed: 7, basePath: '/api', size: { services: 60, dossiers: 80 } });
    mandatarissen = addMandates(loket);
  });

  beforeEach(() => {
    delays = [];
    loket.requests.length = 0;
    loket.clearFaults();
    loket.setSession({});
  });

  describe('sessions, one per app', () => {
    for (const app of Object.keys(ROOTS) as App[]) {
      it(`${app}: reads the session with its top-level relationships`, async () => {
        const session = await getSession(client({ app }));
        expect(session.accountId).to.equal(DEFAULT_ACCOUNT_ID);
        expect(session.groupId).to.equal(FIRST_GEMEENTE_ID);
        expect(session.roles).to.deep.equal([...ALL_ROLES]);
        expect(loket.requests.map((request) => request.app)).to.deep.equal([app]);
      });
    }

    it('reads "no session" (400 Invalid session) as unauthorized, for one app without touching another', async () => {
      loket.setSession(null, 'lmb');
      const error = asLoketError(await rejection(getSession(client({ app: 'lmb' }))));
      expect(error.kind).to.equal('unauthorized');
      expect(error.status).to.equal(400);
      expect(error.userMessage('nl')).to.equal('Uw sessie is verlopen. Meld u opnieuw aan.');
      expect((await getSession(client())).groupId).to.equal(FIRST_GEMEENTE_ID);
    });
  });

  describe('reads per family, by the real domains\' names', () => {
    it('besturen (Loket organisation.lisp): include, sort, filter on a relationship id, getAll', async () => {
      const result = await client().list('bestuurseenheden', query().include('classificatie', 'werkingsgebied').sort('naam').page(0, 5), (view) => ({
        naam: view.string('naam'),
        classificatie: view.one('classificatie')?.string('label'),
      }));
      expect(result.items).to.have.length(5);
      const names = result.items.map((item) => item.naam!);
      expect(names).to.deep.equal([...names].sort());
      expect(result.count).to.equal(12);
      expect(result.links.next).to.be.a('string');
      const all = await client().getAll('bestuurseenheden', query(), (view) => view.id, { pageSize: 5 });
      expect(all.items).to.have.length(12);
      expect(new Set(all.items).size).to.equal(12);
      const aalst = await client().list('bestuurseenheden', query().ids([FIRST_GEMEENTE_ID]), (view) => view.string('naam'));
      expect(aalst.items).to.deep.equal(['Gemeente Aalst']);
    });

    it('services (Loket ipdc.lisp): language strings and paging with a count', async () => {
      const result = await client().list('public-services', query().page(1, 10), (view) => view.langString('name'));
      expect(result.count).to.be.above(10);
      expect(result.items).to.have.length(10);
      expect(result.items.every((name) => typeof name === 'string' && name.length > 0)).to.equal(true);
      expect(result.page).to.deep.equal({ number: 1, size: 10 });
    });

    it('dossiers (Loket master-submissions-domain.lisp): filter on the organization, include and sort', async () => {
      const q = query().ids([FIRST_GEMEENTE_ID], 'organization').include('status', 'form-data.types').sort('modified', 'desc').page(0, 20);
      const result = await client().list('submissions', q, (view) => ({ modified: view.dateTime('modified'), status: view.one('status')?.string('label') }));
      expect(result.items.length).to.be.above(0);
      const times = result.items.map((item) => item.modified?.getTime() ?? 0);
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
      expect(result.items.some((item) => typeof item.status === 'string')).to.equal(true);
    });

    it('messages (Loket master-messages-domain.lisp): conversations sorted on their last message', async () => {
      const result = await client().list(
        'conversaties',
        query().include('laatste-bericht').sort('laatste-bericht.verzonden', 'desc').page(0, 5),
        (view) => ({ subject: view.string('betreft'), sent: view.one('laatste-bericht')?.dateTime('verzonden') }),
      );
      expect(result.items.length).to.be.above(0);
      expect(result.items.every((item) => typeof item.subject === 'string')).to.equal(true);
      const sent = result.items.map((item) => item.sent?.getTime() ?? -Infinity);
      expect(sent).to.deep.equal([...sent].sort((a, b) => b - a));
    });

    it('mandates (LMB external-mandaat.lisp): an include chain mandataris → mandaat → bestuursfunctie', async () => {
      const result = await client({ app: 'lmb' }).list(
        'mandatarissen',
        query().ids(mandatarissen).include('bekleedt.bestuursfunctie', 'is-bestuurlijke-alias-van').page(0, 10),
        (view) => ({ functie: view.one('bekleedt')?.one('bestuursfunctie')?.string('label'), persoon: view.one('is-bestuurlijke-alias-van')?.string('achternaam') }),
      );
      expect(result.items).to.deep.equal([
        { functie: 'Schepen', persoon: 'Peeters' },
        { functie: 'Schepen', persoon: 'Peeters' },
      ]);
      expect(loket.requests.every((request) => request.app === 'lmb')).to.equal(true);
    });

    it('leaves not-included relationships as undefined', async () => {
      const result = await client({ app: 'lmb' }).list('mandatarissen', query().ids(mandatarissen).page(0, 1), (view) => view.one('bekleedt'));
      expect(result.items).to.deep.equal([undefined]);
    });

    it('subsidies and contact data come from their own apps', async () => {
      const subsidies = await client({ app: 'subsidiepunt' }).list('bestuurseenheden', query().ids([FIRST_GEMEENTE_ID]), (view) => view.string('naam'));
      expect(subsidies.items).to.deep.equal(['Gemeente Aalst']);
      const units = await client({ app: 'contactgegevens' }).list('administrative-units', query().ids([FIRST_GEMEENTE_ID]), (view) => view.id);
      expect(units.items).to.deep.equal([FIRST_GEMEENTE_ID]);
    });
  });

  describe('writes', () => {
    it('creates, updates, reads back and deletes a resource (LMB personen)', async () => {
      const api = client({ app: 'lmb' });
      const created = await api.create('personen', { attributes: { achternaam: 'Van den Broeck', 'gebruikte-voornaam': 'Lotte' } });
      expect(created.id).to.match(/^[0-9A-F]{24}$/);
      expect(created.string('achternaam')).to.equal('Van den Broeck');
      // `uri` is never sent: mu-cl-resources refuses it on PATCH (406).
      await api.update('personen', created.id, { attributes: { 'gebruikte-voornaam': 'Lotte-Marie', uri: 'http://evil' } });
      const read = await api.get(`personen/${created.id}`);
      expect(read.primary?.string('gebruikte-voornaam')).to.equal('Lotte-Marie');
      expect(read.primary?.uri).to.equal(created.uri);
      await api.remove('personen', created.id);
      expect(asLoketError(await rejection(api.get(`personen/${created.id}`))).kind).to.equal('not-found');
    });

    it('a write without the role is dropped silently: it resolves, and reading it back finds nothing', async () => {
      loket.setSession({ roles: ['LoketLB-berichtenGebruiker'] }, 'lmb');
      const api = client({ app: 'lmb' });
      const created = await api.create('personen', { attributes: { achternaam: 'A', 'gebruikte-voornaam': 'B' } });
      expect(created.string('achternaam')).to.equal(undefined);
      expect(asLoketError(await rejection(api.get(`personen/${created.id}`))).kind).to.equal('not-found');
    });

    it('reads the stack\'s own refusals: an unknown attribute (406) as validation, an unknown id (500) as server', async () => {
      const api = client({ app: 'lmb' });
      const refused = asLoketError(await rejection(api.update('personen', 'nope', { attributes: { achternaam: 'x' } })));
      expect(refused.kind).to.equal('server');
      expect(refused.status).to.equal(500);
      const created = await api.create('personen', { attributes: { achternaam: 'Peeters' } });
      const unknown = asLoketError(await rejection(api.update('personen', created.id, { attributes: { kleur: 'rood' } })));
      expect(unknown.kind).to.equal('validation');
      expect(unknown.serverMessage).to.equal('Could not find property (kleur) on resource (personen).');
    });

    it('reads a 422 "Following fields are missing" as validation with field errors', async () => {
      loket.addFault({ method: 'POST', fault: { kind: 'status', status: 422, title: 'Following fields are missing or have no value: gebruikte-voornaam, achternaam' } });
      const error = asLoketError(await rejection(client({ app: 'lmb' }).create('personen', { attributes: {} })));
      expect(error.kind).to.equal('validation');
      expect(Object.keys(error.fieldErrors)).to.deep.equal(['gebruikte-voornaam', 'achternaam']);
    });

    it('never retries a write', async () => {
      loket.addFault({ method: 'PATCH', fault: { kind: 'status', status: 503, retryAfter: 1 } });
      const error = asLoketError(await rejection(client({ app: 'lmb' }).update('personen', 'x', { attributes: { achternaam: 'Y' } })));
      expect(error.kind).to.equal('server');
      expect(loket.requests.filter((request) => request.method === 'PATCH')).to.have.length(1);
      expect(delays).to.deep.equal([]);
    });
  });

  describe('error kinds', () => {
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

    it('an unknown filter name: 500 on the Loket (its image), 406 validation on LMB; never retried', async () => {
      const onLoket = asLoketError(await rejection(client().get('submissions', query().contains('no-such-attribute', 'x'))));
      expect(onLoket.kind).to.equal('server');
      expect(onLoket.status).to.equal(500);
      const onLmb = asLoketError(await rejection(client({ app: 'lmb' }).get('mandatarissen', query().contains('no-such-attribute', 'x'))));
      expect(onLmb.kind).to.equal('validation');
      expect(onLmb.serverMessage).to.equal('Request invalid');
      expect(loket.requests).to.have.length(2);
    });

    it('a path the dispatcher does not route (/document-types): not-found, from its text body', async () => {
      const error = asLoketError(await rejection(client().get('document-types')));
      expect(error.kind).to.equal('not-found');
      expect(error.serverMessage).to.equal('Route not found.  See config/dispatcher.ex');
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
