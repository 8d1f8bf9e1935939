/**
 * The fake Lokaal Mandatenbeheer is as strict as the real one where the editor touches it: its
 * seed in LMB's domain, its dispatcher, mu-authorization, and the answers of mandataris-service
 * and form-content-service (fake-loket/apps/lmb/services.md).
 */
import { expect } from '@open-wc/testing';
import { LoketClient } from '../../src/api/client.js';
import { currentLegislature, loadFracties, loadMandatarissen, loadMandaten, loadOrganen } from '../../src/api/mandates.js';
import { loadCodes, loadEarlierFracties, searchPersonen } from '../../src/mandates/editing-api.js';
import { PUBLICATION, PUBLICATION_BASE } from '../../src/mandates/codes.js';
import { FIRST_GEMEENTE_ID, type FakeLoket } from '../../fake-loket/index.js';
import { parseTurtle } from '../../fake-loket/apps/lmb/services/turtle.js';
import { NOW, fakeLoket, lmb } from './helpers.js';

const ROOT = 'https://loket.test/lmb-api';
const JSON_API = 'application/vnd.api+json';

function setup(options: Parameters<typeof fakeLoket>[0] = {}) {
  const fake = fakeLoket(options);
  const client = new LoketClient({ apiBase: ROOT, fetch: fake.fetch, retry: { limit: 0 } });
  return { fake, client };
}

async function send(fake: FakeLoket, method: string, path: string, body?: unknown, accept = JSON_API) {
  const response = await fake.fetch(`${ROOT}${path}`, {
    method,
    headers: { Accept: accept, ...(body === undefined ? {} : { 'Content-Type': JSON_API }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json: json as Record<string, unknown> | undefined, type: response.headers.get('Content-Type') };
}

const aalst = (fake: FakeLoket, type: string) => [...lmb(fake, type).values()].filter((record) => record.owner === FIRST_GEMEENTE_ID);

describe('the fake LMB: seed and reads in LMB\'s domain', () => {
  it('gives a gemeente its gemeenteraad, college and burgemeester, each in time per bestuursperiode', async () => {
    const { client } = setup();
    const organen = await loadOrganen(client, FIRST_GEMEENTE_ID);
    expect(organen.map((o) => o.classificatie?.label).sort()).to.deep.equal(['Burgemeester', 'College van Burgemeester en Schepenen', 'Gemeenteraad']);
    for (const orgaan of organen) {
      expect(orgaan.legislaturen.map((body) => body.periode?.label)).to.deep.equal(['2019 - 2025', '2025 - heden']);
    }
    const raad = organen.find((o) => o.naam === 'Gemeenteraad Aalst')!;
    expect(currentLegislature(raad, '2026-11-28')!.bindingStart).to.equal('2025-01-01');
    expect(currentLegislature(raad, '2022-03-01')!.bindingEinde).to.equal('2024-12-31');
  });

  it('reads mandaten, mandatarissen (person, status, publication status, lidmaatschap, stand-ins) and fracties', async () => {
    const { client } = setup();
    const college = (await loadOrganen(client, FIRST_GEMEENTE_ID)).find((o) => o.naam?.startsWith('College'))!;
    const body = currentLegislature(college, '2026-11-28')!;
    const [mandaten, mandatarissen, fracties] = await Promise.all([loadMandaten(client, body.id), loadMandatarissen(client, body.id), loadFracties(client, body.id)]);
    expect(mandaten.map((m) => m.bestuursfunctie?.label).sort()).to.deep.equal(['Burgemeester', 'Schepen', 'Toegevoegde schepen']);
    expect(mandaten.find((m) => m.bestuursfunctie?.label === 'Schepen')!.withRangorde).to.equal(true);
    const eerste = mandatarissen.find((m) => m.rangorde === 'Eerste schepen')!;
    expect(eerste.persoon?.achternaam).to.be.a('string');
    expect(eerste.publicationStatus).to.deep.equal({ id: PUBLICATION.bekrachtigd, label: 'Bekrachtigd', uri: PUBLICATION_BASE + PUBLICATION.bekrachtigd });
    expect(eerste.modified).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(eerste.fractie?.naam).to.be.a('string');
    expect(eerste.beleidsdomeinen.length).to.equal(3);
    const hindered = mandatarissen.find((m) => m.status?.label === 'Verhinderd' && !m.einde)!;
    expect(hindered.vervangerIds).to.have.length(1);
    expect(mandatarissen.find((m) => m.id === hindered.vervangerIds[0])!.status?.label).to.equal('Waarnemend');
    expect(fracties.filter((f) => f.onafhankelijk).map((f) => f.naam)).to.deep.equal(['Onafhankelijk']);
  });

  it('keeps lidmaatschappen without any time interval, every record in the bestuur\'s mandaat graph', async () => {
    const { fake } = setup();
    const lidmaatschappen = aalst(fake, 'lidmaatschappen');
    expect(lidmaatschappen.length).to.be.greaterThan(50);
    expect(lidmaatschappen.every((lid) => Object.keys(lid.relationships).join() === 'binnen-fractie' && lid.graph === 'mandaat-gebruiker')).to.equal(true);
    expect(lmb(fake, 'tijdsintervallen').size).to.equal(0);
    const response = await send(fake, 'GET', '/tijdsintervallen');
    expect(response.status).to.equal(404);
  });

  it('seeds the three publication statuses with their ids, URIs, order and current labels', async () => {
    const { client } = setup();
    const codes = await loadCodes(client);
    expect(codes.publication.map((code) => `${code.label} ${code.uri}`)).to.deep.equal([
      `Draft ${PUBLICATION_BASE}588ce330-4abb-4448-9776-a17d9305df07`,
      `Niet bekrachtigd ${PUBLICATION_BASE}d3b12468-3720-4cb0-95b4-6aa2996ab188`,
      `Bekrachtigd ${PUBLICATION_BASE}9d8fd14d-95d0-4f5e-b3a5-a56a126227b6`,
    ]);
    expect(codes.statuses.map((code) => code.label)).to.deep.equal(['Effectief', 'Titelvoerend', 'Verhinderd', 'Waarnemend']);
    // Before LMB's migration of 24 February 2025, Niet bekrachtigd was labelled Effectief.
    const before = setup({ now: new Date('2025-01-15T00:00:00Z') });
    expect((await loadCodes(before.client)).publication.map((code) => code.label)).to.deep.equal(['Draft', 'Effectief', 'Bekrachtigd']);
  });

  it('answers everything empty without LMB\'s mandates role (mu-authorization), and 404 for an id', async () => {
    const { fake, client } = setup({ session: { roles: ['LoketLB-berichtenGebruiker'] } });
    expect(await loadOrganen(client, FIRST_GEMEENTE_ID)).to.deep.equal([]);
    const id = aalst(fake, 'mandatarissen')[0]!.id;
    expect((await send(fake, 'GET', `/mandatarissen/${id}`)).status).to.equal(404);
    expect((await send(fake, 'GET', '/system-notifications')).json!['data']).to.deep.equal([]);
    // The public code lists stay readable.
    expect((await loadCodes(client)).publication).to.have.length(3);
  });

  it('finds persons by name and by rijksregisternummer', async () => {
    const { fake, client } = setup();
    const persoon = aalst(fake, 'personen')[0]!;
    const found = await searchPersonen(client, String(persoon.attributes['achternaam']));
    expect(found.map((p) => p.id)).to.include(persoon.id);
    const rrn = String(lmb(fake, 'identificatoren').get(persoon.relationships['identificator'] as string)!.attributes['identificator']);
    expect((await searchPersonen(client, rrn)).map((p) => p.id)).to.deep.equal([persoon.id]);
  });
});

describe('the fake LMB: its dispatcher', () => {
  it('answers an unknown path with the dispatcher\'s 404, and HTML to a browser\'s Accept', async () => {
    const { fake } = setup();
    expect(await send(fake, 'GET', '/nope')).to.deep.include({ status: 404, text: 'Route not found.  See config/dispatcher.ex' });
    const page = await send(fake, 'GET', '/mandatarissen', undefined, 'text/html');
    expect(page.status).to.equal(200);
    expect(page.type).to.contain('text/html');
  });

  it('sends DELETE /mandatarissen/:id to the mandataris service, also with Accept */*', async () => {
    const { fake } = setup();
    const id = aalst(fake, 'mandatarissen')[0]!.id;
    expect((await send(fake, 'DELETE', `/mandatarissen/${id}?withLinked=false`, undefined, '*/*')).status).to.equal(204);
    expect(lmb(fake, 'tombstones').has(id)).to.equal(true);
    // Always 204, even for an id nobody has (MS data-access/delete.ts).
    expect((await send(fake, 'DELETE', '/mandatarissen/nobody')).status).to.equal(204);
  });
});

describe('the fake LMB: mandataris-service', () => {
  it('answers a path it has no route for with Express\'s 404', async () => {
    const { fake } = setup();
    const response = await send(fake, 'GET', '/mandataris-api/mandatarissen/x/nope');
    expect(response.status).to.equal(404);
    expect(response.text).to.contain('<pre>Cannot GET /mandatarissen/x/nope</pre>');
  });

  it('current-fractie and the fracties of a mandataris: 400 for an id it cannot see', async () => {
    const { fake, client } = setup();
    expect(await send(fake, 'POST', '/mandataris-api/fracties/nobody/current-fractie')).to.deep.include({ status: 400, json: { message: 'Mandataris with id nobody not found.' } });
    expect((await send(fake, 'GET', '/mandataris-api/mandatarissen/nobody/fracties')).status).to.equal(400);
    const mandataris = aalst(fake, 'mandatarissen').find((m) => m.attributes['rangorde'] === 'Eerste schepen' && !m.attributes['einde'])!;
    expect(await loadEarlierFracties(client, mandataris.id)).to.have.length(1);
  });

  it('cleans up the unused onafhankelijke fracties of a bestuursperiode, answering their URIs', async () => {
    const { fake } = setup();
    const onafhankelijke = aalst(fake, 'fracties').filter((f) => f.relationships['fractietype'] === 'Onafhankelijk');
    const periode = '96efb929-5d83-48fa-bfbb-b98dfb1180c7';
    expect((await send(fake, 'DELETE', '/mandataris-api/fracties/cleanup/bestuursperiode/nope')).json).to.deep.equal({ message: 'Bestuursperiode with id nope not found.' });
    expect((await send(fake, 'DELETE', `/mandataris-api/fracties/cleanup/bestuursperiode/${periode}`)).json).to.deep.equal({ fracties: [] });
    // Their only member leaves: the fractie is left over and goes.
    for (const lid of lmb(fake, 'lidmaatschappen').values()) if (onafhankelijke.some((f) => f.id === lid.relationships['binnen-fractie'])) lid.relationships['binnen-fractie'] = null;
    fake.apps.lmb!.changed();
    const answer = await send(fake, 'DELETE', `/mandataris-api/fracties/cleanup/bestuursperiode/${periode}`);
    expect((answer.json!['fracties'] as string[]).length).to.equal(1);
    expect((answer.json!['fracties'] as string[])[0]).to.match(/^http:\/\/data\.lblod\.info\/id\/fracties\//);
  });

  it('update-rangordes: the checks of routes/rangorde.ts, in their order', async () => {
    const { fake } = setup();
    const path = '/mandataris-api/rangorde/update-rangordes';
    expect(await send(fake, 'POST', `${path}?asCorrection=true`, {})).to.deep.include({ status: 500, json: { errors: [{ title: "Cannot read properties of undefined (reading 'map')" }] } });
    expect(await send(fake, 'POST', `${path}?asCorrection=true`, { mandatarissen: [] })).to.deep.include({ status: 400, json: { message: 'No mandatarissen provided' } });
    expect(await send(fake, 'POST', path, { mandatarissen: [] })).to.deep.include({ status: 400, json: { message: 'No date provided' } });
    expect((await send(fake, 'POST', `${path}?asCorrection=true`, { mandatarissen: [{ mandatarisId: 'nobody', rangorde: 'Eerste schepen' }] })).status).to.equal(500);
    const schepen = aalst(fake, 'mandatarissen').find((m) => m.attributes['rangorde'] === 'Tweede schepen' && !m.attributes['einde'])!;
    expect(await send(fake, 'POST', `${path}?asCorrection=true`, { mandatarissen: [{ mandatarisId: schepen.id, rangorde: 'Derde schepen' }] })).to.deep.include({ status: 200, json: { status: 'ok' } });
    expect(schepen.attributes['rangorde']).to.equal('Derde schepen');
  });

  it('bulk-set-publication-status: only Niet bekrachtigd and Bekrachtigd, a link for the latter, Bekrachtigd never undone', async () => {
    const { fake } = setup();
    const path = '/mandataris-api/mandatarissen/bulk-set-publication-status';
    const [bekrachtigd, draft] = [
      aalst(fake, 'mandatarissen').find((m) => m.relationships['publication-status'] === PUBLICATION.bekrachtigd)!,
      aalst(fake, 'mandatarissen').find((m) => m.relationships['publication-status'] === PUBLICATION.draft)!,
    ];
    expect(await send(fake, 'POST', path, { mandatarissen: [] })).to.deep.include({ status: 400, json: { message: 'No mandatarissen provided' } });
    expect(await send(fake, 'POST', path, { mandatarissen: ['nobody'] })).to.deep.include({ status: 401, json: { message: 'Unauthorized' } });
    expect(await send(fake, 'POST', path, { mandatarissen: [draft.id], statusUri: PUBLICATION_BASE + PUBLICATION.bekrachtigd })).to.deep.include({
      status: 400,
      json: { message: 'No link to publication was provided' },
    });
    expect((await send(fake, 'POST', path, { mandatarissen: [draft.id], statusUri: PUBLICATION_BASE + PUBLICATION.draft })).status).to.equal(400);
    expect((await send(fake, 'POST', path, { mandatarissen: [draft.id, bekrachtigd.id], statusUri: PUBLICATION_BASE + PUBLICATION.nietBekrachtigd })).json).to.deep.equal({ status: 'ok' });
    expect(draft.relationships['publication-status']).to.equal(PUBLICATION.nietBekrachtigd);
    expect(bekrachtigd.relationships['publication-status']).to.equal(PUBLICATION.bekrachtigd);
  });

  it('put-person-in-right-graph: 400 for a person or body it cannot see, else nothing to do', async () => {
    const { fake } = setup();
    const persoon = aalst(fake, 'personen')[0]!;
    const orgaan = aalst(fake, 'bestuursorganen')[0]!;
    expect((await send(fake, 'POST', `/mandataris-api/personen/nobody/put-person-in-right-graph/${orgaan.id}`)).json).to.deep.equal({ message: 'Person with id nobody not found.' });
    expect((await send(fake, 'POST', `/mandataris-api/personen/${persoon.id}/put-person-in-right-graph/nobody`)).json).to.deep.equal({ message: 'Organ with id nobody not found.' });
    expect((await send(fake, 'POST', `/mandataris-api/personen/${persoon.id}/put-person-in-right-graph/${orgaan.id}`)).json).to.deep.equal({});
  });
});

describe('the fake LMB: form-content-service', () => {
  const mandatarisTtl = (fake: FakeLoket, id: string, extra = '') => {
    const persoon = aalst(fake, 'personen')[0]!;
    const mandaat = aalst(fake, 'mandaten')[0]!;
    const subject = `<http://data.lblod.info/id/mandatarissen/${id}>`;
    return `@prefix mandaat: <http://data.vlaanderen.be/ns/mandaat#> .
${subject} a mandaat:Mandataris ;
  <http://mu.semte.ch/vocabularies/core/uuid> "${id}" ;
  mandaat:isBestuurlijkeAliasVan <${persoon.attributes['uri']}> ;
  <http://www.w3.org/ns/org#holds> <${mandaat.attributes['uri']}> ;
  mandaat:start "2026-01-01T00:00:00.000Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> ;
  <http://purl.org/dc/terms/modified> "1999-01-01T00:00:00Z" ;
  <http://example.org/not-on-the-form> "dropped" ${extra}.`;
  };

  it('serves the definitions it knows; an unknown form is "Definition not found"', async () => {
    const { fake } = setup();
    expect((await send(fake, 'GET', '/form-content/mandataris-new')).json).to.deep.include({ prefix: 'http://data.lblod.info/id/mandatarissen/', withHistory: true });
    expect((await send(fake, 'GET', '/form-content/persoon')).json).to.deep.include({ withHistory: false });
    expect(await send(fake, 'GET', '/form-content/nope')).to.deep.include({ status: 404, json: { errors: [{ title: 'Definition not found' }] } });
  });

  it('creates an instance from the triples on the form\'s paths only, with dct:modified now and a history item', async () => {
    const { fake } = setup();
    const id = '0b8f1d2e-1111-4222-8333-944455566677';
    const answer = await send(fake, 'POST', '/form-content/mandataris-new', { instanceUri: `http://data.lblod.info/id/mandatarissen/${id}`, contentTtl: mandatarisTtl(fake, id) });
    expect(answer.json).to.deep.equal({ id });
    const record = lmb(fake, 'mandatarissen').get(id)!;
    expect(record.owner).to.equal(FIRST_GEMEENTE_ID);
    expect(Object.keys(record.attributes).sort()).to.deep.equal(['modified', 'start', 'uri']);
    expect(record.attributes['modified']).to.not.equal('1999-01-01T00:00:00Z');
    expect(Object.keys(record.relationships).sort()).to.deep.equal(['bekleedt', 'is-bestuurlijke-alias-van']);
    expect([...lmb(fake, 'form-history').values()].map((item) => item.attributes['instance'])).to.deep.equal([`http://data.lblod.info/id/mandatarissen/${id}`]);
  });

  it('refuses as FCS does: no session 401, bad turtle 500, no type or no write right `{id: null}`', async () => {
    const { fake } = setup();
    const id = '0b8f1d2e-1111-4222-8333-944455566678';
    const instanceUri = `http://data.lblod.info/id/mandatarissen/${id}`;
    const broken = await send(fake, 'POST', '/form-content/mandataris-new', { instanceUri, contentTtl: '<a> <b> "unterminated' });
    expect(broken.status).to.equal(500);
    expect((broken.json!['errors'] as { title: string }[])[0]!.title).to.contain('Unterminated literal');
    expect((await send(fake, 'POST', '/form-content/mandataris-new', { instanceUri, contentTtl: `<${instanceUri}> <http://mu.semte.ch/vocabularies/core/uuid> "${id}" .` })).json).to.deep.equal({ id: null });
    expect((await send(fake, 'POST', '/form-content/nope', { instanceUri, contentTtl: '' })).status).to.equal(404);
    fake.setSession({ roles: ['LoketLB-berichtenGebruiker'] }, 'lmb');
    expect((await send(fake, 'POST', '/form-content/mandataris-new', { instanceUri, contentTtl: mandatarisTtl(fake, id) })).json).to.deep.equal({ id: null });
    fake.setSession(null, 'lmb');
    expect(await send(fake, 'POST', '/form-content/mandataris-new', { instanceUri, contentTtl: mandatarisTtl(fake, id) })).to.deep.include({
      status: 401,
      json: { errors: [{ title: 'Not authenticated' }] },
    });
    expect(lmb(fake, 'mandatarissen').has(id)).to.equal(false);
  });

  it('reads only a JSON:API body (any other Content-Type is an empty body)', async () => {
    const { fake } = setup();
    const response = await fake.fetch(`${ROOT}/form-content/mandataris-new`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ instanceUri: 'x', contentTtl: '' }) });
    expect(response.status).to.equal(500);
  });

  it('adds a history item only to an instance it can see, and lists them newest first', async () => {
    const { fake } = setup();
    const mandataris = aalst(fake, 'mandatarissen')[0]!;
    expect((await send(fake, 'POST', '/form-content/mandataris-edit/instances/nobody/history', { description: 'Aangemaakt' })).json).to.deep.equal({ errors: [{ title: 'Instance not found' }] });
    expect((await send(fake, 'POST', `/form-content/mandataris-edit/instances/${mandataris.id}/history`, { description: 'Aangemaakt' })).status).to.equal(200);
    const history = await send(fake, 'GET', `/form-content/mandataris-edit/instances/${mandataris.id}/history`);
    expect((history.json!['instances'] as { description: string }[]).map((item) => item.description)).to.deep.equal(['Aangemaakt']);
  });

  it('parses the Turtle LMB\'s frontend writes: prefixes, lists, blank nodes, typed and tagged literals', () => {
    const triples = parseTurtle(`@prefix ex: <http://example.org/> .
PREFIX s: <http://schema.org/>
ex:a a ex:T ; ex:p "x\\"y"@nl-BE , 42 , true ; s:q [ ex:r """long
text""" ] ; ex:d "2026-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
# a comment
_:b ex:p ex:a.`);
    expect(triples.map((t) => `${t.predicate.replace('http://example.org/', 'ex:')}=${t.object.value}`)).to.deep.equal([
      'http://www.w3.org/1999/02/22-rdf-syntax-ns#type=http://example.org/T',
      'ex:p=x"y',
      'ex:p=42',
      'ex:p=true',
      'ex:r=long\ntext',
      'http://schema.org/q=b1',
      'ex:d=2026-01-01',
      'ex:p=http://example.org/a',
    ]);
    expect(() => parseTurtle('nope:a <b> <c> .')).to.throw('Undefined prefix');
  });
});

void NOW;
