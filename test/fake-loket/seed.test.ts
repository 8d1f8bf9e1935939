// Seeds, determinism, families and persistence of the fake: the same seed gives the same data and
// the same ids (per app, each from its own stream), and snapshots round-trip every app.
import { expect } from '@open-wc/testing';
import { FIRST_GEMEENTE_ID, createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import type { SeedFamily } from '../../fake-loket/family.js';
import { createLibrary, getJson, libraryApp, send } from './test-app.js';

const NOW = new Date('2026-03-01T00:00:00Z');
const SMALL = { services: 20, dossiers: 20 };

function idsByType(loket: FakeLoket, app = 'loket'): Record<string, string[]> {
  const store = loket.apps[app as keyof FakeLoket['apps']]!.store;
  return Object.fromEntries([...store].map(([type, table]) => [type, [...table.keys()]]));
}

const post = (loket: FakeLoket, path = '/chapters') =>
  send(loket.fetch, 'POST', path, { data: { type: path.slice(1), attributes: { title: 'Nieuw' } } }).then((response) => response.headers.get('Location'));

describe('fake Loket: seed data', () => {
  it('the same seed gives the same records and ids, in every one of the four apps', () => {
    const first = createFakeLoket({ seed: 42, now: NOW, size: SMALL });
    const second = createFakeLoket({ seed: 42, now: NOW, size: SMALL });
    for (const app of ['loket', 'lmb', 'subsidiepunt', 'contactgegevens']) {
      const ids = idsByType(first, app);
      expect(Object.values(ids).flat().length, app).to.be.greaterThan(10);
      expect(idsByType(second, app), app).to.deep.equal(ids);
      expect(second.apps[app as 'loket']!.store.get('bestuurseenheden')?.get(FIRST_GEMEENTE_ID)?.attributes, app).to.deep.equal(
        first.apps[app as 'loket']!.store.get('bestuurseenheden')?.get(FIRST_GEMEENTE_ID)?.attributes,
      );
    }
  });

  it('another seed gives other ids, but the first gemeente keeps its id', () => {
    const a = createFakeLoket({ seed: 1, now: NOW, size: SMALL, only: [] });
    const b = createFakeLoket({ seed: 2, now: NOW, size: SMALL, only: [] });
    const users = (loket: FakeLoket) => [...loket.store.get('gebruikers')!.keys()];
    expect(users(a).slice(1)).not.to.deep.equal(users(b).slice(1));
    for (const loket of [a, b]) expect(loket.store.get('bestuurseenheden')!.has(FIRST_GEMEENTE_ID)).to.equal(true);
  });

  it('each app draws from its own stream: leaving one out changes no other', () => {
    const all = createFakeLoket({ seed: 5, now: NOW, size: SMALL });
    const fewer = createFakeLoket({ seed: 5, now: NOW, size: SMALL, roots: { lmb: null, subsidiepunt: null } });
    expect(fewer.apps.lmb).to.equal(undefined);
    expect(idsByType(fewer, 'loket')).to.deep.equal(idsByType(all, 'loket'));
    expect(idsByType(fewer, 'contactgegevens')).to.deep.equal(idsByType(all, 'contactgegevens'));
  });

  it('ids made by writes follow the seed too, per app', async () => {
    const location = () => post(createLibrary({ seed: 9 }));
    const first = await location();
    expect(first).to.match(/^\/chapters\/[0-9A-F]{24}$/);
    expect(await location()).to.equal(first);
    expect(await post(createLibrary({ seed: 10 }))).not.to.equal(first);
  });

  it('`only` seeds the base families and the named ones', async () => {
    const bare = createLibrary({ only: [] });
    expect((await getJson(bare.fetch, '/books')).body.meta!.count).to.equal(5);
    expect(bare.store.get('notes')!.size).to.equal(0);
    expect(createLibrary({ only: ['notes'] }).store.get('notes')!.size).to.equal(27);
  });

  it('hands each family the world and what earlier families seeded', () => {
    let seen: { besturen: number; books: number } | undefined;
    const probe: SeedFamily = { name: 'probe', seed: ({ world, store }) => ((seen = { besturen: world.besturen.length, books: store.get('books')?.size ?? 0 }), []) };
    const spec = libraryApp();
    createFakeLoket({ roots: { lmb: null, subsidiepunt: null, contactgegevens: null }, specs: { loket: { ...spec, families: [...spec.families, probe] } } });
    expect(seen).to.deep.equal({ besturen: 12, books: 5 });
  });

  it('the same world in every app: the besturen have the same ids', () => {
    const loket = createFakeLoket({ seed: 3, now: NOW, size: SMALL });
    const ids = (app: 'loket' | 'lmb' | 'subsidiepunt') => [...loket.apps[app]!.store.get('bestuurseenheden')!.keys()].sort();
    expect(ids('lmb')).to.deep.equal(ids('loket'));
    expect(ids('subsidiepunt')).to.deep.equal(ids('loket'));
    expect([...loket.apps.contactgegevens!.store.get('administrative-units')!.keys()]).to.include(FIRST_GEMEENTE_ID);
  });
});

describe('fake Loket: snapshot and restore', () => {
  it('a snapshot is version 2 with every app\'s records, and restores into another fake', async () => {
    const loket = createFakeLoket({ seed: 4, now: NOW, size: SMALL });
    const snapshot = loket.snapshot();
    expect(snapshot.version).to.equal(2);
    expect(Object.keys(snapshot.apps).sort()).to.deep.equal(['contactgegevens', 'lmb', 'loket', 'subsidiepunt']);
    const other = createFakeLoket({ seed: 99, now: NOW, size: SMALL });
    other.restore(snapshot);
    for (const app of ['loket', 'lmb', 'subsidiepunt', 'contactgegevens']) expect(idsByType(other, app), app).to.deep.equal(idsByType(loket, app));
  });

  it('round-trips edits, and is a copy: later edits do not reach it', async () => {
    const loket = createLibrary();
    await send(loket.fetch, 'PATCH', '/books/book-1', { data: { type: 'books', id: 'book-1', attributes: { title: 'Anders' } } });
    const snapshot = loket.snapshot();
    await send(loket.fetch, 'PATCH', '/books/book-1', { data: { type: 'books', id: 'book-1', attributes: { title: 'Nog anders' } } });
    const other = createLibrary({ seed: 99 });
    other.restore(snapshot);
    expect((await getJson(other.fetch, '/books/book-1')).body.data!.attributes['title']).to.equal('Anders');
    // Owners survive: the notes are still Aalst's only. (The world is the seed's, not the snapshot's:
    // the other bestuur is named by the first fake's world.)
    expect((await getJson(other.fetch, '/notes')).body.meta!.count).to.equal(27);
    other.setSession({ groupId: loket.world.besturen[2]!.id });
    expect((await getJson(other.fetch, '/notes')).body.meta!.count).to.equal(2);
  });

  it('a restored store does not hand out ids it already holds', async () => {
    const before = createLibrary({ seed: 3 });
    const first = await post(before);
    const after = createLibrary({ seed: 3 });
    after.restore(before.snapshot());
    const second = await post(after);
    expect(second).not.to.equal(first);
    expect(after.store.get('chapters')!.size).to.equal(5);
  });

  it('leaves an app the snapshot does not name as it is', () => {
    const loket = createLibrary();
    loket.restore({ version: 2, apps: {} });
    expect(loket.store.get('books')!.size).to.equal(5);
  });

  it('tells listeners about every write, and not about reads', async () => {
    const loket = createLibrary();
    let calls = 0;
    const stop = loket.onChange(() => calls++);
    await getJson(loket.fetch, '/books');
    expect(calls).to.equal(0);
    await post(loket);
    expect(calls).to.be.greaterThan(0);
    stop();
    const seen = calls;
    await post(loket);
    expect(calls).to.equal(seen);
  });
});
