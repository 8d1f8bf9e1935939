import { expect } from '@open-wc/testing';
import { createFakeLoket } from '../../fake-loket/index.js';
import { servicesFamily } from '../../fake-loket/seed/services.js';

const API = 'https://loket.test';
const headers = { Accept: 'application/vnd.api+json' };

async function get(loket: ReturnType<typeof createFakeLoket>, path: string) {
  const response = await loket.fetch(`${API}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('fake Loket: the service catalogue family', () => {
  const loket = createFakeLoket({ families: [servicesFamily], size: { services: 120 } });

  it('seeds the requested number of services over every code list', () => {
    const services = [...loket.store.get('public-services')!.values()];
    expect(services).to.have.length(120);
    const schemes = new Set([...loket.store.get('concepts')!.values()].map((concept) => String(concept.attributes['uri']).split('/').at(-2)));
    expect([...schemes].sort()).to.deep.equal(['BevoegdBestuursniveau', 'Doelgroep', 'Thema', 'Type', 'UitvoerendBestuursniveau']);
  });

  it('answers mu-search in its own shape: count, data with attributes, links', async () => {
    const { status, body } = await get(loket, `/public-services/search?${encodeURI('filter[:sqs:name.nl^5,description.nl^2]')}=premie*&filter[isArchived]=false&page[size]=5`);
    expect(status).to.equal(200);
    expect(body['count']).to.be.a('number').and.greaterThan(0);
    const data = body['data'] as { type: string; id: string; attributes: { name: { nl: string }; isArchived: boolean } }[];
    expect(data.length).to.be.at.most(5);
    expect(data.every((hit) => hit.type === 'public-services' && /premie/i.test(hit.attributes.name.nl) && hit.attributes.isArchived === false)).to.equal(true);
    expect(body['links']).to.have.property('first');
  });

  it('filters mu-search on facet URIs with :terms:', async () => {
    const uri = 'https://productencatalogus.data.vlaanderen.be/id/concept/Thema/BouwenWonen';
    const { body } = await get(loket, `/public-services/search?${encodeURI('filter[:terms:thematicAreas.uri]')}=${encodeURIComponent(uri)}&page[size]=100`);
    const data = body['data'] as { attributes: { thematicAreas: { uri: string }[] } }[];
    expect(data.length).to.be.greaterThan(0);
    expect(data.every((hit) => hit.attributes.thematicAreas.some((area) => area.uri === uri))).to.equal(true);
  });

  it('keeps bookmarks per session and refuses them without one', async () => {
    const serviceId = [...loket.store.get('public-services')!.keys()][0]!;
    const created = await loket.fetch(`${API}/public-services/${serviceId}/bookmarks`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/vnd.api+json' }, body: JSON.stringify({ data: { type: 'bookmarks' } }) });
    expect(created.status).to.equal(201);
    const { body } = await get(loket, '/bookmarks');
    expect((body['data'] as unknown[]).length).to.equal(1);
    const bookmarkId = ((await created.json()) as { data: { id: string } }).data.id;
    expect((await loket.fetch(`${API}/bookmarks/${bookmarkId}`, { method: 'DELETE', headers })).status).to.equal(204);
    const anonymous = createFakeLoket({ families: [servicesFamily], size: { services: 5 }, session: null });
    expect((await get(anonymous, '/bookmarks')).status).to.equal(400);
  });
});
