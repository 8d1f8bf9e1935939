// mu-authorization as the fake plays it (/work/notes/mu-behaviour.md section 15): what a session is
// not granted is absent from reads (empty lists, 404 for ids, hidden predicates) and dropped from
// writes (still 201/204); per-bestuur graphs hold each bestuur's own records.
import { expect } from '@open-wc/testing';
import { FIRST_GEMEENTE_ID, type FakeLoket } from '../../fake-loket/index.js';
import { EDITOR_ROLE, GENERIC_500, NOTES_ROLE, OTHER_BESTUUR_NOTE, createLibrary, getJson, ids, send } from './test-app.js';

describe('fake Loket: mu-authorization', () => {
  let loket: FakeLoket;
  const get = (path: string) => getJson(loket.fetch, path);

  describe('without a session (the public groups only)', () => {
    beforeEach(() => {
      loket = createLibrary({ session: null });
    });

    it('reads the public graph', async () => {
      expect((await get('/books')).body.meta!.count).to.equal(5);
      expect((await get('/files')).body.meta!.count).to.equal(22);
    });

    it('gets empty lists and 404s for what per-bestuur graphs hold, never a 403', async () => {
      expect((await get('/notes')).body).to.deep.equal({ data: [], links: { self: 'notes', first: '/notes', last: '/notes' }, meta: { count: 0 } });
      expect(ids((await get('/reviews')).body)).to.deep.equal([]);
      const one = await get('/notes/note-1');
      expect(one.status).to.equal(404);
      expect(one.body).to.deep.equal({ data: null });
      expect(ids((await get('/books/book-1/notes')).body)).to.deep.equal([]);
      const included = await get('/books/book-1?include=notes');
      expect(included.body.data!.relationships['notes']!.data).to.deep.equal([]);
      expect(included.body).not.to.have.property('included');
    });

    it('does not see a predicate granted apart: not served, not matched', async () => {
      expect((await get('/authors/author-1')).body.data!.attributes).to.deep.equal({ name: 'Hugo Claus', born: '1929-04-05', uri: 'http://example.org/authors/author-1' });
      expect(ids((await get('/authors?filter[email]=hugo')).body)).to.deep.equal([]);
      expect(ids((await get('/authors?filter[:has:email]=t')).body)).to.deep.equal([]);
    });

    it('has its writes dropped silently: 201 and 204, and nothing stored', async () => {
      const created = await send(loket.fetch, 'POST', '/books', { data: { type: 'books', attributes: { title: 'Stiekem' } } });
      expect(created.status).to.equal(201);
      const { data } = (await created.json()) as { data: { id: string; attributes: Record<string, unknown> } };
      expect(created.headers.get('Location')).to.equal(`/books/${data.id}`);
      // The answer reads the new uri back: nothing is there but the uri itself.
      expect(data.attributes).to.deep.equal({ uri: `http://example.org/books/${data.id}` });
      expect((await get(`/books/${data.id}`)).status).to.equal(404);
      expect((await get('/books')).body.meta!.count).to.equal(5);

      expect((await send(loket.fetch, 'PATCH', '/books/book-1', { data: { type: 'books', id: 'book-1', attributes: { title: 'Anders' } } })).status).to.equal(204);
      expect((await get('/books/book-1')).body.data!.attributes['title']).to.equal('Het verdriet van België');
      expect((await send(loket.fetch, 'PATCH', '/books/book-1/links/chapters', { data: [] })).status).to.equal(204);
      expect(ids((await get('/books/book-1/chapters')).body)).to.deep.equal(['chapter-1', 'chapter-2']);
      expect((await loket.fetch('https://loket.test/books/book-1', { method: 'DELETE' })).status).to.equal(204);
      expect((await get('/books/book-1')).status).to.equal(200);
      expect((await send(loket.fetch, 'POST', '/notes', { data: { type: 'notes', attributes: { text: 'x' } } })).status).to.equal(201);
      expect(loket.store.get('notes')!.size).to.equal(27);
    });

    it('cannot touch what it cannot see: PATCH or DELETE of an invisible item is a 500', async () => {
      const patch = await send(loket.fetch, 'PATCH', '/notes/note-1', { data: { type: 'notes', id: 'note-1', attributes: { text: 'x' } } });
      expect(patch.status).to.equal(500);
      expect(await patch.json()).to.deep.equal(GENERIC_500);
      expect((await loket.fetch('https://loket.test/notes/note-1', { method: 'DELETE' })).status).to.equal(500);
    });
  });

  describe('a session without a group\'s role', () => {
    it('an editor without the notes role: writes books, but an author\'s e-mail is dropped and notes are out of sight', async () => {
      loket = createLibrary({ session: { roles: [EDITOR_ROLE] } });
      expect((await get('/notes')).body.meta!.count).to.equal(0);
      expect((await send(loket.fetch, 'PATCH', '/authors/author-1', { data: { type: 'authors', id: 'author-1', attributes: { name: 'H. Claus', email: 'nieuw@example.org' } } })).status).to.equal(204);
      expect(loket.store.get('authors')!.get('author-1')!.attributes).to.include({ name: 'H. Claus', email: 'hugo@example.org' });
      const created = await send(loket.fetch, 'POST', '/authors', { data: { type: 'authors', attributes: { name: 'Nieuw', email: 'x@example.org' } } });
      const { data } = (await created.json()) as { data: { id: string } };
      expect(loket.store.get('authors')!.get(data.id)!.attributes).not.to.have.property('email');
    });

    it('the notes role without the editor role: reads notes and e-mail, cannot write books', async () => {
      loket = createLibrary({ session: { roles: [NOTES_ROLE] } });
      expect((await get('/notes')).body.meta!.count).to.equal(27);
      expect((await get('/authors/author-1')).body.data!.attributes['email']).to.equal('hugo@example.org');
      expect(ids((await get('/authors?filter[email]=hugo')).body)).to.deep.equal(['author-1']);
      await send(loket.fetch, 'POST', '/books', { data: { type: 'books', attributes: { title: 'x' } } });
      expect((await get('/books')).body.meta!.count).to.equal(5);
    });
  });

  describe('per-bestuur graphs', () => {
    it('each bestuur sees its own records only', async () => {
      loket = createLibrary();
      expect((await get(`/notes/${OTHER_BESTUUR_NOTE}`)).status).to.equal(404);
      const other = loket.world.besturen[2]!.id;
      loket.setSession({ groupId: other });
      expect(ids((await get('/notes')).body)).to.deep.equal([OTHER_BESTUUR_NOTE, 'note-other-2']);
      expect((await get('/notes/note-1')).status).to.equal(404);
      // Relationships only reach what the session sees.
      expect(ids((await get('/books/book-1/notes')).body)).to.deep.equal([OTHER_BESTUUR_NOTE]);
    });

    it('a record created goes to the session\'s bestuur', async () => {
      loket = createLibrary();
      const created = await send(loket.fetch, 'POST', '/notes', { data: { type: 'notes', attributes: { text: 'Van Aalst' } } });
      const { data } = (await created.json()) as { data: { id: string } };
      expect(loket.store.get('notes')!.get(data.id)!.owner).to.equal(FIRST_GEMEENTE_ID);
      loket.setSession({ groupId: loket.world.besturen[2]!.id });
      expect((await get(`/notes/${data.id}`)).status).to.equal(404);
      // Another bestuur cannot change it.
      expect((await send(loket.fetch, 'PATCH', `/notes/${data.id}`, { data: { type: 'notes', id: data.id, attributes: { text: 'x' } } })).status).to.equal(500);
      loket.setSession({});
      expect((await get(`/notes/${data.id}`)).body.data!.attributes['text']).to.equal('Van Aalst');
    });
  });
});
