import { expect } from '@open-wc/testing';
import { createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import { type DocumentJson, JSON_API, getJson, ids, send, testFamily } from './test-family.js';

describe('fake Loket: writes in the mu-cl-resources dialect', () => {
  let loket: FakeLoket;
  const get = (path: string) => getJson(loket.fetch, path);
  const newBook = (attributes: Record<string, unknown> = { title: 'Het boek' }, author: unknown = { type: 'authors', id: 'author-3' }) => ({
    data: { type: 'books', attributes, relationships: { author: { data: author } } },
  });
  const errorOf = async (response: Response) => ((await response.json()) as DocumentJson).errors;

  beforeEach(() => {
    loket = createFakeLoket({ families: [testFamily], seed: 7 });
  });

  describe('POST', () => {
    it('creates with a server-made id and uri: 201, the resource and a Location header', async () => {
      const response = await send(loket.fetch, 'POST', '/books', newBook({ title: 'Mijn kleine oorlog', pages: 150, uri: 'http://evil.example/x' }));
      expect(response.status).to.equal(201);
      const body = (await response.json()) as DocumentJson;
      const id = body.data!.id;
      expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(response.headers.get('Location')).to.equal(`/books/${id}`);
      expect(body.data!.attributes).to.deep.equal({ title: 'Mijn kleine oorlog', pages: 150, uri: `http://data.lblod.info/id/books/${id}` });
      const stored = await get(`/books/${id}?include=author`);
      expect(stored.body.data!.relationships['author']!.data).to.deep.equal({ type: 'authors', id: 'author-3' });
      expect(ids((await get('/authors/author-3/books')).body)).to.include(id);
    });

    it('refuses a body without data.type, with an id, or of another type (409, one error object)', async () => {
      const cases: [unknown, string][] = [
        [{ data: { attributes: { title: 'x' } } }, 'No type found in primary data.'],
        [{ title: 'x' }, 'No type found in primary data.'],
        [{ data: { type: 'books', id: 'mine', attributes: { title: 'x' } } }, 'Not allow to supply id in primary data.'],
        [{ data: { type: 'authors', attributes: { name: 'x' } } }, 'Supplied type (authors) did not match type for path (books).'],
      ];
      for (const [body, title] of cases) {
        const response = await send(loket.fetch, 'POST', '/books', body);
        expect(response.status, title).to.equal(409);
        expect(await errorOf(response)).to.deep.equal({ status: 'Conflict', code: '409', title });
      }
      expect(loket.store.get('books')!.size).to.equal(5);
    });

    it('answers 422 in mu shape when required fields are missing or empty', async () => {
      const response = await send(loket.fetch, 'POST', '/books', newBook({ title: '' }, null));
      expect(response.status).to.equal(422);
      expect(await errorOf(response)).to.deep.equal({
        status: 'Unprocessable Entity',
        code: '422',
        title: 'Following fields are missing or have no value: title, author',
      });
    });

    it('needs Content-Type application/vnd.api+json', async () => {
      const response = await send(loket.fetch, 'POST', '/books', newBook(), 'application/json');
      expect(response.status).to.equal(406);
      expect(await errorOf(response)).to.deep.include({ title: 'application/vnd.api+json not found in Content-Type header' });
    });

    it('answers 403 "Access for … was denied" without the role, and lets the admin write', async () => {
      loket.setSession({ roles: ['LoketLB-berichtenGebruiker'] });
      const denied = await send(loket.fetch, 'POST', '/books', newBook());
      expect(denied.status).to.equal(403);
      expect(await errorOf(denied)).to.deep.equal({ status: 'forbidden', code: '403', title: 'Access for CREATE operation on books was denied.' });
      loket.setSession(null);
      expect((await send(loket.fetch, 'POST', '/books', newBook())).status).to.equal(403);
      loket.setSession({ roles: ['LoketLB-admin'] });
      expect((await send(loket.fetch, 'POST', '/books', newBook())).status).to.equal(201);
      loket.setSession({ roles: ['LoketLB-mandaatGebruiker'] });
      expect((await send(loket.fetch, 'POST', '/books', newBook())).status).to.equal(201);
    });
  });

  describe('PATCH', () => {
    const patch = (data: Record<string, unknown>) => send(loket.fetch, 'PATCH', '/books/book-1', { data });

    it('answers 204 with no body and merges only what is given (uri ignored, null clears)', async () => {
      const response = await patch({ type: 'books', id: 'book-1', attributes: { title: 'Het verdriet', updated: null, uri: 'http://evil.example/x' } });
      expect(response.status).to.equal(204);
      expect(await response.text()).to.equal('');
      const { body } = await get('/books/book-1?include=author,chapters');
      expect(body.data!.attributes['title']).to.equal('Het verdriet');
      expect(body.data!.attributes['pages']).to.equal(770);
      expect(body.data!.attributes).not.to.have.property('updated');
      expect(body.data!.attributes['uri']).to.equal('http://example.org/books/verdriet');
      expect(body.data!.relationships['chapters']!.data).to.have.length(2);
    });

    it('changes relationships, including through an inverse one', async () => {
      expect((await patch({ type: 'books', id: 'book-1', relationships: { author: { data: { type: 'authors', id: 'author-3' } } } })).status).to.equal(204);
      expect(ids((await get('/authors/author-3/books')).body)).to.have.members(['book-4', 'book-1']);
      const inverse = await send(loket.fetch, 'PATCH', '/authors/author-2', {
        data: { type: 'authors', id: 'author-2', relationships: { books: { data: [{ type: 'books', id: 'book-2' }] } } },
      });
      expect(inverse.status).to.equal(204);
      expect(ids((await get('/authors/author-2/books')).body)).to.deep.equal(['book-2']);
      expect(loket.store.get('books')!.get('book-3')!.relationships['author']).to.equal(null);
    });

    it('PATCH /things/:id/links/rel replaces the linkage', async () => {
      const response = await send(loket.fetch, 'PATCH', '/books/book-2/links/chapters', { data: [{ type: 'chapters', id: 'chapter-3' }] });
      expect(response.status).to.equal(204);
      expect(ids((await get('/books/book-2/chapters')).body)).to.deep.equal(['chapter-3']);
    });

    it('POST and DELETE on /things/:id/links/rel add to and remove from a has-many link', async () => {
      const added = await send(loket.fetch, 'POST', '/books/book-1/links/chapters', { data: [{ type: 'chapters', id: 'chapter-3' }] });
      expect(added.status).to.equal(204);
      expect(ids((await get('/books/book-1/chapters')).body)).to.deep.equal(['chapter-1', 'chapter-2', 'chapter-3']);
      const removed = await send(loket.fetch, 'DELETE', '/books/book-1/links/chapters', { data: [{ type: 'chapters', id: 'chapter-1' }] });
      expect(removed.status).to.equal(204);
      expect(ids((await get('/books/book-1/chapters')).body)).to.deep.equal(['chapter-2', 'chapter-3']);
      const malformed = await send(loket.fetch, 'POST', '/books/book-1/links/chapters', { chapters: [] });
      expect(malformed.status).to.equal(406);
      expect(await errorOf(malformed)).to.deep.include({ title: 'Top level key (data) missing.' });
    });

    it('refuses a missing or mismatched id and type with 409', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ type: 'books', attributes: { title: 'x' } }, 'Must supply id in primary data.'],
        [{ type: 'books', id: 'book-2', attributes: { title: 'x' } }, 'id in data (book-2) did not match id in path (book-1).'],
        [{ type: 'authors', id: 'book-1', attributes: {} }, 'Supplied type (authors) did not match type for path (books).'],
      ];
      for (const [data, title] of cases) {
        const response = await patch(data);
        expect(response.status, title).to.equal(409);
        expect(await errorOf(response)).to.deep.include({ title });
      }
    });

    it('answers 422 when a required field would be removed', async () => {
      const response = await patch({ type: 'books', id: 'book-1', attributes: { title: null } });
      expect(response.status).to.equal(422);
      expect(await errorOf(response)).to.deep.include({ title: 'Required fields would be removed: title' });
      expect(loket.store.get('books')!.get('book-1')!.attributes['title']).to.equal('Het verdriet van België');
    });

    it('answers 403 with the id when the role is missing', async () => {
      loket.setSession({ roles: ['LoketLB-LPDCGebruiker'] });
      const response = await patch({ type: 'books', id: 'book-1', attributes: { title: 'x' } });
      expect(response.status).to.equal(403);
      expect(await errorOf(response)).to.deep.include({ title: 'Access for UPDATE operation on books with id book-1 was denied.' });
    });

    it('has no concurrency control: the last write wins, no ETag', async () => {
      await patch({ type: 'books', id: 'book-1', attributes: { title: 'Eerst' } });
      const second = await patch({ type: 'books', id: 'book-1', attributes: { title: 'Daarna' } });
      expect(second.headers.get('ETag')).to.equal(null);
      expect((await get('/books/book-1')).body.data!.attributes['title']).to.equal('Daarna');
    });
  });

  describe('DELETE', () => {
    it('answers 204, removes the resource and the links to it', async () => {
      const response = await loket.fetch('https://loket.test/chapters/chapter-1', { method: 'DELETE', headers: { Accept: JSON_API } });
      expect(response.status).to.equal(204);
      expect((await get('/chapters/chapter-1')).status).to.equal(404);
      expect(loket.store.get('books')!.get('book-1')!.relationships['chapters']).to.deep.equal(['chapter-2']);
    });

    it('answers 403 without the role', async () => {
      loket.setSession({ roles: [] });
      const response = await loket.fetch('https://loket.test/books/book-1', { method: 'DELETE' });
      expect(response.status).to.equal(403);
      expect(loket.store.get('books')!.has('book-1')).to.equal(true);
    });
  });

  it('tells onChange listeners about successful writes only', async () => {
    let changes = 0;
    const stop = loket.onChange(() => changes++);
    await send(loket.fetch, 'PATCH', '/books/book-1', { data: { type: 'books', id: 'book-1', attributes: { pages: 1 } } });
    await send(loket.fetch, 'POST', '/books', { data: { type: 'books' } });
    await get('/books');
    expect(changes).to.equal(1);
    stop();
    await send(loket.fetch, 'PATCH', '/books/book-1', { data: { type: 'books', id: 'book-1', attributes: { pages: 2 } } });
    expect(changes).to.equal(1);
  });
});
