import { expect } from '@open-wc/testing';
import { createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import { BOOKMARK_DEFAULTS } from '../../fake-loket/apps/loket/services/bookmarks.js';
import { searchParams, type SearchContext } from '../../src/services/server-search.js';
import { FLEMISH, GEMEENTE, LOCAL_GOVERNMENT, nameOf, services, shownServices } from './helpers.js';

const API = 'https://loket.test';
const headers = { Accept: 'application/vnd.api+json' };

async function get(loket: FakeLoket, path: string) {
  const response = await loket.fetch(`${API}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

const context: SearchContext = { executingLevel: FLEMISH, targetAudience: LOCAL_GOVERNMENT };
const search = (loket: FakeLoket, extra: Partial<Parameters<typeof searchParams>[1]> = {}) =>
  get(loket, `/public-services/search?${searchParams(context, { query: '', filters: { Doelgroep: [GEMEENTE] }, sort: 'newest', page: 0, size: 1000, ...extra })}`);

interface Hit {
  id: string;
  attributes: Record<string, unknown> & { name: { nl: string[] } };
  highlight: Record<string, string[]> | null;
}

describe('fake Loket: the service catalogue', () => {
  const loket = createFakeLoket({ size: { services: 300, dossiers: 0 }, only: ['services'] });

  it('seeds `size.services` IPDC services for local governments, the Loket’s own modules first', () => {
    const all = services(loket);
    expect(all).to.have.length(300);
    const names = all.map(nameOf);
    expect(names).to.include('Elektronisch indienen van meldingsplichtige documenten (Toezicht)');
    expect(names).to.include('Subsidie voor lokale klimaatprojecten');
    expect(names).to.include('Rapportering Beleids- en beheerscyclus (BBC)');
    expect(names).to.include('Melding van een openbaar onderzoek');
    expect(names).to.include('Aanvraag erkenning erediensten');
    for (const record of all) {
      expect(record.attributes['uri']).to.match(/^https:\/\/ipdc\.vlaanderen\.be\/id\/instantie\//);
      // LPDC's model, not the Loket's: never there.
      expect(record.relationships).not.to.have.any.keys('created-by', 'costs', 'contact-points');
      expect(typeof record.relationships['competent-authority']).to.equal('string');
    }
  });

  it('seeds the code lists with the real URIs and uuids of the Loket’s migrations', async () => {
    const concept = (uri: string) => get(loket, `/concepts?filter[:uri:]=${encodeURIComponent(uri)}&page[size]=1`);
    const flemish = await concept('https://productencatalogus.data.vlaanderen.be/id/concept/UitvoerendBestuursniveau/Vlaams');
    expect((flemish.body['data'] as { id: string }[])[0]!.id).to.equal(FLEMISH);
    const local = await concept('https://productencatalogus.data.vlaanderen.be/id/concept/Doelgroep/LokaalBestuur');
    expect((local.body['data'] as { id: string }[])[0]!.id).to.equal(LOCAL_GOVERNMENT);
    const scheme = async (uri: string) =>
      ((await get(loket, `/concepts?filter[top-concept-schemes][:uri:]=${encodeURIComponent(uri)}&sort=label&page[size]=100`)).body['data'] as { id: string; attributes: { label: string } }[]).map(
        (item) => `${item.id} ${item.attributes.label}`,
      );
    expect(await scheme('http://mu.semte.ch/vocabularies/ext/conceptscheme/Type')).to.include('5e345907-3ab8-450d-b7e1-c97cf1f6ac9f Steunmaatregelen');
    expect(await scheme('http://mu.semte.ch/vocabularies/ext/conceptscheme/Thema')).to.have.length(14);
    expect(await scheme('https://productencatalogus.data.vlaanderen.be/id/conceptscheme/IPDCOrganisaties')).to.include('eadd7fba-9fa0-485f-9fea-1e28f4b17d5f Agentschap Binnenlands Bestuur');
    const kinds = await scheme('http://data.vlaanderen.be/id/conceptscheme/BestuurseenheidClassificatieCode');
    expect(kinds).to.include(`${GEMEENTE} Gemeente`);
    expect(kinds.length).to.be.greaterThan(10);
  });

  it('indexes each service with the broader filter concepts of its type and themes', async () => {
    const { body } = await search(loket);
    const hit = (body['data'] as Hit[]).find((candidate) => candidate.attributes.name.nl[0] === 'Subsidie voor lokale klimaatprojecten')!;
    expect(hit.attributes['type']).to.deep.include({ label: 'Financieel voordeel' });
    expect((hit.attributes['type'] as { broader: { label: string } }).broader.label).to.equal('Steunmaatregelen');
    expect((hit.attributes['thematicAreas'] as { broader: { label: string } }).broader.label).to.equal('Omgeving');
    expect((hit.attributes['competentAuthority'] as { label: string }).label).to.equal('Vlaams Energie- en Klimaatagentschap');
  });

  it('answers the page’s search with exactly what the page may show, never archived, ended or unpublished services', async () => {
    const { status, body } = await search(loket);
    expect(status).to.equal(200);
    const expected = shownServices(loket).map((record) => record.id).sort();
    expect(body['count']).to.equal(expected.length);
    expect((body['data'] as Hit[]).map((hit) => hit.id).sort()).to.deep.equal(expected);
    const hidden = services(loket).filter((record) => !expected.includes(record.id));
    expect(hidden.some((record) => record.attributes['is-archived'] === true)).to.equal(true);
    expect(hidden.some((record) => record.attributes['date-published'] === undefined)).to.equal(true);
    expect(hidden.some((record) => typeof record.attributes['end-date'] === 'string' && Date.parse(record.attributes['end-date'] as string) < Date.now())).to.equal(true);
    const every = await search(loket, { filters: {} });
    expect(every.body['count']).to.equal(shownServices(loket, null).length);
    expect(every.body['count']).to.be.greaterThan(expected.length);
  });

  it('filters on the broader concepts, sorts A–Z on name.nl.raw and marks what it found', async () => {
    const subsidies = await search(loket, { filters: { Doelgroep: [GEMEENTE], Type: ['5e345907-3ab8-450d-b7e1-c97cf1f6ac9f'] }, sort: 'name' });
    const names = (subsidies.body['data'] as Hit[]).map((hit) => hit.attributes.name.nl[0]!);
    expect(names.length).to.be.greaterThan(0);
    expect([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' }))).to.deep.equal(names);
    const found = await search(loket, { query: 'klimaat', sort: 'score', highlight: true });
    const first = (found.body['data'] as Hit[])[0]!;
    expect(first.highlight?.['name.nl']?.[0]).to.contain('<em>');
  });

  it('answers the detail read with its includes and refuses LPDC names', async () => {
    const id = shownServices(loket)[0]!.id;
    const detail = await get(loket, `/public-services/${id}?include=type,thematic-areas,competent-authority,relevant-administrative-units,websites,procedures.websites`);
    expect(detail.status).to.equal(200);
    expect((await get(loket, `/public-services/${id}?include=costs`)).status).to.be.at.least(400);
    // The Loket's mu-cl-resources image answers an unknown filter name with 500 (newer images: 406).
    expect((await get(loket, `/public-services?filter[created-by][:id:]=${id}`)).status).to.equal(500);
  });

  it('scales to 10,000 services for the benchmark', () => {
    const big = createFakeLoket({ size: { services: 10_000, dossiers: 0 }, only: ['services'] });
    const names = new Set(services(big).map(nameOf));
    expect(names.size).to.equal(10_000);
  });
});

describe('fake Loket: the ipdc-bookmarks service', () => {
  let loket: FakeLoket;
  beforeEach(() => (loket = createFakeLoket({ size: { services: 40, dossiers: 0 }, only: ['services'] })));

  it('answers a new user’s bookmarks from the roles, with the service URI as `object`', async () => {
    const { status, body } = await get(loket, '/bookmarks');
    expect(status).to.equal(200);
    expect(Object.keys(body)).to.deep.equal(['data']);
    const data = body['data'] as { type: string; id: string; attributes: Record<string, string>; relationships?: unknown }[];
    const expected = new Set(loket.session!.roles.flatMap((role) => BOOKMARK_DEFAULTS[role] ?? []));
    expect(new Set(data.map((bookmark) => bookmark.attributes['object']))).to.deep.equal(expected);
    for (const bookmark of data) {
      expect(bookmark.type).to.equal('bookmarks');
      expect(bookmark.attributes['uri']).to.equal(`http://lblod.data.gift/bookmarks/${bookmark.id}`);
      expect(bookmark).not.to.have.property('relationships');
    }
  });

  it('bookmarks a service by its uuid (201, no body needed) and takes it back (204)', async () => {
    const service = services(loket)[20]!;
    const created = await loket.fetch(`${API}/public-services/${service.id}/bookmarks`, { method: 'POST', headers });
    expect(created.status).to.equal(201);
    const bookmark = ((await created.json()) as { data: { id: string; attributes: { object: string } } }).data;
    expect(bookmark.attributes.object).to.equal(service.attributes['uri']);
    expect(((await get(loket, '/bookmarks')).body['data'] as { id: string }[]).map((item) => item.id)).to.include(bookmark.id);
    expect((await loket.fetch(`${API}/bookmarks/${bookmark.id}`, { method: 'DELETE', headers })).status).to.equal(204);
    expect(((await get(loket, '/bookmarks')).body['data'] as { id: string }[]).map((item) => item.id)).not.to.include(bookmark.id);
    expect((await loket.fetch(`${API}/bookmarks/no-such-bookmark`, { method: 'DELETE', headers })).status).to.equal(204);
  });

  it('answers 404 without a body for an unknown id, and routes no GET on a service’s bookmarks', async () => {
    const unknown = await loket.fetch(`${API}/public-services/no-such-service/bookmarks`, { method: 'POST', headers });
    expect(unknown.status).to.equal(404);
    expect(await unknown.text()).to.equal('');
    expect((await get(loket, `/public-services/${services(loket)[0]!.id}/bookmarks`)).status).to.be.at.least(400);
  });

  it('keeps bookmarks per account, and stores none without a session', async () => {
    const service = services(loket)[21]!;
    await loket.fetch(`${API}/public-services/${service.id}/bookmarks`, { method: 'POST', headers });
    loket.setSession({ accountId: 'another-account', roles: ['LoketLB-toezichtGebruiker'] });
    const other = (await get(loket, '/bookmarks')).body['data'] as { attributes: { object: string } }[];
    expect(other.map((bookmark) => bookmark.attributes.object)).to.deep.equal([BOOKMARK_DEFAULTS['LoketLB-toezichtGebruiker']]);
    loket.setSession(null);
    expect((await get(loket, '/bookmarks')).body['data']).to.deep.equal([]);
    expect((await loket.fetch(`${API}/public-services/${service.id}/bookmarks`, { method: 'POST', headers })).status).to.equal(201);
    expect((await get(loket, '/bookmarks')).body['data']).to.deep.equal([]);
  });
});
