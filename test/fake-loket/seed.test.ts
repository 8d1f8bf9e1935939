import { expect } from '@open-wc/testing';
import { CLASSIFICATIES, FIRST_GEMEENTE_ID, createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import { getJson, send, testFamily } from './test-family.js';

function idsByType(loket: FakeLoket): Record<string, string[]> {
  return Object.fromEntries([...loket.store].map(([type, table]) => [type, [...table.keys()]]));
}

describe('fake Loket: seed data', () => {
  it('the same seed gives the same ids, for every default family too', () => {
    const first = idsByType(createFakeLoket({ seed: 42, now: new Date('2026-03-01T00:00:00Z') }));
    const second = idsByType(createFakeLoket({ seed: 42, now: new Date('2026-03-01T00:00:00Z') }));
    expect(Object.keys(first).length).to.be.greaterThan(10);
    expect(second).to.deep.equal(first);
  });

  it('another seed gives other ids, but the first gemeente keeps its id', () => {
    const a = createFakeLoket({ seed: 1, families: [] });
    const b = createFakeLoket({ seed: 2, families: [] });
    const gebruikersA = [...a.store.get('gebruikers')!.keys()];
    const gebruikersB = [...b.store.get('gebruikers')!.keys()];
    expect(gebruikersA.slice(1)).not.to.deep.equal(gebruikersB.slice(1));
    expect(a.store.get('bestuurseenheden')!.has(FIRST_GEMEENTE_ID)).to.equal(true);
    expect(b.store.get('bestuurseenheden')!.has(FIRST_GEMEENTE_ID)).to.equal(true);
  });

  it('ids made by writes follow the seed as well', async () => {
    const create = async () => {
      const loket = createFakeLoket({ seed: 9, families: [testFamily] });
      const response = await send(loket.fetch, 'POST', '/books', {
        data: { type: 'books', attributes: { title: 'x' }, relationships: { author: { data: { type: 'authors', id: 'author-1' } } } },
      });
      return response.headers.get('Location');
    };
    expect(await create()).to.equal(await create());
  });

  it('a restored store does not hand out ids it already holds', async () => {
    const post = (loket: FakeLoket) =>
      send(loket.fetch, 'POST', '/chapters', { data: { type: 'chapters', attributes: { title: 'Nieuw' } } }).then((response) => response.headers.get('Location'));
    const before = createFakeLoket({ seed: 3, families: [testFamily] });
    const first = await post(before);
    const after = createFakeLoket({ seed: 3, families: [testFamily] });
    after.restore(before.snapshot());
    const second = await post(after);
    expect(second).not.to.equal(first);
    expect(after.store.get('chapters')!.size).to.equal(5);
  });

  it('seeds besturen of several kinds with their classificatie and werkingsgebied', async () => {
    const loket = createFakeLoket({ families: [] });
    const { body } = await getJson(loket.fetch, '/bestuurseenheden?include=classificatie,werkingsgebied&page[size]=50');
    expect(body.data!.length).to.be.within(8, 12);
    expect(body.data![0]!.id).to.equal(FIRST_GEMEENTE_ID);
    const labels = new Set(body.included!.filter((resource) => resource.type === 'bestuurseenheid-classificatie-codes').map((resource) => resource.attributes['label']));
    expect([...labels]).to.include.members(['Gemeente', 'OCMW', 'Provincie', 'Politiezone', 'Hulpverleningszone']);
    const aalst = await getJson(loket.fetch, `/bestuurseenheden?filter[classificatie][:id:]=${CLASSIFICATIES.gemeente.id}&filter[:exact:naam]=Gemeente%20Aalst`);
    expect(aalst.body.data!.map((bestuur) => bestuur.id)).to.deep.equal([FIRST_GEMEENTE_ID]);
    const gebied = await getJson(loket.fetch, `/bestuurseenheden/${FIRST_GEMEENTE_ID}/werkingsgebied`);
    expect(gebied.body.data!.attributes).to.deep.include({ naam: 'Aalst', niveau: 'Gemeente' });
  });

  it('hands the besturen to later families before they seed', () => {
    let seen: string[] = [];
    createFakeLoket({
      families: [{ name: 'probe', types: [], seed: ({ besturen }) => ((seen = besturen.map((bestuur) => bestuur.id)), []) }],
    });
    expect(seen[0]).to.equal(FIRST_GEMEENTE_ID);
    expect(seen.length).to.be.at.least(8);
  });

  it('users have Flemish first and last names', async () => {
    const loket = createFakeLoket({ families: [] });
    const { body } = await getJson(loket.fetch, '/gebruikers');
    for (const user of body.data!) {
      expect(user.attributes['voornaam']).to.be.a('string').and.not.equal('');
      expect(user.attributes['achternaam']).to.be.a('string').and.not.equal('');
    }
  });

  it('snapshot and restore round-trip the store', async () => {
    const loket = createFakeLoket({ families: [testFamily] });
    const snapshot = loket.snapshot();
    await send(loket.fetch, 'PATCH', '/books/book-1', { data: { type: 'books', id: 'book-1', attributes: { title: 'Anders' } } });
    const other = createFakeLoket({ families: [testFamily], seed: 99 });
    other.restore(snapshot);
    expect(other.store.get('books')!.get('book-1')!.attributes['title']).to.equal('Het verdriet van België');
    expect(idsByType(other)).to.deep.equal(idsByType(createFakeLoket({ families: [testFamily] })));
  });
});
