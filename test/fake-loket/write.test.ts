// The fake's mu-cl-resources writes, case by case against /work/notes/mu-behaviour.md section 8 and
// its quick-reference table: the checks in their order, the answers, and what ends up stored.
import { expect } from '@open-wc/testing';
import type { FakeLoket } from '../../fake-loket/index.js';
import { GENERIC_500, JSON_API, createLibrary, getJson, ids, muErrorBody, send } from './test-app.js';

const CONTENT_TYPE_406 = muErrorBody(406, 'application/vnd.api+json not found in Content-Type header');
const book = (attributes: Record<string, unknown> = { title: 'Nieuw' }, extra: Record<string, unknown> = {}) => ({ data: { type: 'books', attributes, ...extra } });

async function answer(response: Response): Promise<{ status: number; body: unknown; type: string | null }> {
  const text = await response.text();
  const type = response.headers.get('Content-Type');
  return { status: response.status, body: type?.includes('json') && text ? JSON.parse(text) : text, type };
}

describe('fake Loket: mu-cl-resources writes', () => {
  let loket: FakeLoket;
  const write = async (method: string, path: string, body: unknown, contentType: string | null = JSON_API) => answer(await send(loket.fetch, method, path, body, contentType));
  const expectWrite = async (method: string, path: string, body: unknown, status: number, expected: unknown, contentType: string | null = JSON_API) => {
    const got = await write(method, path, body, contentType);
    expect(got.status, `${method} ${path} ${JSON.stringify(body)}`).to.equal(status);
    expect(got.body, `${method} ${path} ${JSON.stringify(body)}`).to.deep.equal(expected);
  };
  const count = async (path: string) => (await getJson(loket.fetch, path)).body.meta!.count;

  beforeEach(() => {
    loket = createLibrary();
  });

  describe('POST /things: the checks in their order', () => {
    it('1. Content-Type must contain application/vnd.api+json (a charset is fine)', async () => {
      await expectWrite('POST', '/books', book(), 406, CONTENT_TYPE_406, 'application/json');
      await expectWrite('POST', '/books', book(), 406, CONTENT_TYPE_406, null);
      expect((await write('POST', '/books', book(), `${JSON_API}; charset=utf-8`)).status).to.equal(201);
      // It comes before everything the body could be wrong about.
      await expectWrite('POST', '/awards', { data: { id: 'x' } }, 406, CONTENT_TYPE_406, 'text/plain');
    });

    it('2. data.type, read as jsown reads the body', async () => {
      const noType = muErrorBody(409, 'No type found in primary data.');
      await expectWrite('POST', '/books', { data: { attributes: { title: 'x' } } }, 409, noType);
      await expectWrite('POST', '/books', {}, 409, noType);
      await expectWrite('POST', '/books', [], 409, noType);
      await expectWrite('POST', '/books', { data: [] }, 409, noType);
      // `null`, an empty or non-JSON body are jsown's :null, which fails as a type error.
      await expectWrite('POST', '/books', { data: null }, 500, GENERIC_500);
      await expectWrite('POST', '/books', '', 500, GENERIC_500);
      await expectWrite('POST', '/books', 'not json', 500, GENERIC_500);
      await expectWrite('POST', '/books', { data: 'books' }, 500, GENERIC_500);
    });

    it('broken JSON fails before any check, outside the handlers: Hunchentoot\'s HTML 500', async () => {
      for (const contentType of [JSON_API, 'text/plain']) {
        const got = await write('POST', '/books', '{"data": {"type": ', contentType);
        expect(got.status).to.equal(500);
        expect(got.type).to.match(/^text\/html/);
      }
    });

    it('3. no data.id, not even null', async () => {
      const withId = muErrorBody(409, 'Not allow to supply id in primary data.');
      await expectWrite('POST', '/books', book({ title: 'x' }, { id: 'mine' }), 409, withId);
      await expectWrite('POST', '/books', book({ title: 'x' }, { id: null }), 409, withId);
    });

    it('4. a path with no resource: 403; 5. the type must be the path\'s', async () => {
      await expectWrite('POST', '/awards', { data: { type: 'awards' } }, 403, muErrorBody(403, 'Resource for path (awards) not found'));
      await expectWrite('POST', '/books', { data: { type: 'authors', attributes: { name: 'x' } } }, 409, muErrorBody(409, 'Supplied type (authors) did not match type for path (books).'));
      await expectWrite('POST', '/notes', { data: { type: 'reviews', attributes: { text: 'x' } } }, 409, muErrorBody(409, 'Supplied type (reviews) did not match type for path (notes).'));
    });

    it('6. required attributes: missing, null or an empty set is 422; an empty string is a value', async () => {
      const missing = muErrorBody(422, 'Following fields are missing or have no value: title');
      await expectWrite('POST', '/books', book({ pages: 3 }), 422, missing);
      await expectWrite('POST', '/books', book({ title: null }), 422, missing);
      await expectWrite('POST', '/books', book({ title: [] }), 422, missing);
      expect((await write('POST', '/books', book({ title: '' }))).status).to.equal(201);
      expect(await count('/books')).to.equal(6);
    });
  });

  describe('POST /things: what it makes', () => {
    it('201 with Location, a 24-character uppercase hex id, and the resource as stored', async () => {
      const response = await send(loket.fetch, 'POST', '/books', book({ title: 'Nieuw', pages: 12, colour: 'rood', published: null }));
      expect(response.status).to.equal(201);
      expect(response.headers.get('Content-Type')).to.equal('application/json');
      const { data, ...rest } = (await response.json()) as { data: { id: string; type: string; attributes: Record<string, unknown>; relationships: Record<string, unknown> } };
      expect(rest).to.deep.equal({});
      expect(data.id).to.match(/^[0-9A-F]{24}$/);
      expect(response.headers.get('Location')).to.equal(`/books/${data.id}`);
      expect(data.type).to.equal('books');
      // Unknown attributes are ignored, null is not stored; the uri comes from the resource base.
      expect(data.attributes).to.deep.equal({ title: 'Nieuw', pages: 12, uri: `http://example.org/books/${data.id}` });
      expect(data.relationships['author']).to.deep.equal({ links: { self: `/books/${data.id}/links/author`, related: `/books/${data.id}/author` } });
      expect(loket.store.get('books')!.get(data.id)!.attributes).to.deep.equal({ uri: `http://example.org/books/${data.id}`, title: 'Nieuw', pages: 12 });
    });

    it('sets relationships after the insert, by id whatever type the linkage says', async () => {
      const response = await send(loket.fetch, 'POST', '/books', book({ title: 'Met auteur' }, { relationships: { author: { data: { type: 'publishers', id: 'author-3' } }, chapters: { data: [{ type: 'chapters', id: 'chapter-2' }] } } }));
      const { data } = (await response.json()) as { data: { id: string } };
      expect(ids((await getJson(loket.fetch, '/authors/author-3/books')).body)).to.include(data.id);
      expect(ids((await getJson(loket.fetch, `/books/${data.id}/chapters`)).body)).to.deep.equal(['chapter-2']);
    });

    it('an unknown relationship or target id: 500, with the resource already made', async () => {
      await expectWrite('POST', '/books', book({ title: 'A' }, { relationships: { colour: { data: null } } }), 500, GENERIC_500);
      await expectWrite('POST', '/books', book({ title: 'B' }, { relationships: { author: { data: { type: 'authors', id: 'nope' } } } }), 500, GENERIC_500);
      expect(await count('/books')).to.equal(7);
    });

    it('a subclass is made with its whole chain: listed under the parent too', async () => {
      const response = await send(loket.fetch, 'POST', '/reviews', { data: { type: 'reviews', attributes: { text: 'Nieuw', rating: 4 } } });
      const { data } = (await response.json()) as { data: { id: string } };
      expect((await getJson(loket.fetch, `/notes/${data.id}`)).body.data!.type).to.equal('reviews');
    });
  });

  describe('PATCH /things/:id', () => {
    const patch = (attributes: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ data: { type: 'books', id: 'book-1', attributes, ...extra } });

    it('answers 204 with no body, and replaces only what it is sent; null deletes', async () => {
      const response = await send(loket.fetch, 'PATCH', '/books/book-1', patch({ title: 'Anders', pages: null }));
      expect(response.status).to.equal(204);
      expect(await response.text()).to.equal('');
      const { attributes } = (await getJson(loket.fetch, '/books/book-1')).body.data!;
      expect(attributes['title']).to.equal('Anders');
      expect(attributes).not.to.have.property('pages');
      expect(attributes['published']).to.equal('1983-03-01');
    });

    it('the checks in their order', async () => {
      await expectWrite('PATCH', '/books/book-1', patch({ title: 'x' }), 406, CONTENT_TYPE_406, 'application/json');
      await expectWrite('PATCH', '/books/book-1', { data: { id: 'book-1' } }, 409, muErrorBody(409, 'No type found in primary data.'));
      await expectWrite('PATCH', '/books/book-1', { data: { type: 'books' } }, 409, muErrorBody(409, 'Must supply id in primary data.'));
      // An unknown path fails at the type check, uncaught.
      await expectWrite('PATCH', '/awards/x', { data: { type: 'awards', id: 'x' } }, 500, GENERIC_500);
      await expectWrite('PATCH', '/books/book-1', { data: { type: 'authors', id: 'book-1' } }, 409, muErrorBody(409, 'Supplied type (authors) did not match type for path (books).'));
      await expectWrite('PATCH', '/books/book-1', { data: { type: 'books', id: 'book-2' } }, 409, muErrorBody(409, 'id in data (book-2) did not match id in path (book-1).'));
      await expectWrite('PATCH', '/books/book-1', patch({ title: null }), 422, muErrorBody(422, 'Required fields would be removed: title'));
      await expectWrite('PATCH', '/books/nope', { data: { type: 'books', id: 'nope', attributes: { colour: 'x' } } }, 500, GENERIC_500);
    });

    it('refuses any attribute the resource lacks, uri too, and writes nothing then', async () => {
      await expectWrite('PATCH', '/books/book-1', patch({ title: 'Anders', colour: 'x' }), 406, muErrorBody(406, 'Could not find property (colour) on resource (books).'));
      await expectWrite('PATCH', '/books/book-1', patch({ uri: 'http://evil' }), 406, muErrorBody(406, 'Could not find property (uri) on resource (books).'));
      expect((await getJson(loket.fetch, '/books/book-1')).body.data!.attributes['title']).to.equal('Het verdriet van België');
    });

    it('replaces relationships sent with data: null clears a has-one, [] a has-many', async () => {
      expect((await write('PATCH', '/books/book-1', patch({}, { relationships: { author: { data: null }, chapters: { data: [{ type: 'chapters', id: 'chapter-3' }] }, publisher: { links: {} } } }))).status).to.equal(204);
      expect((await getJson(loket.fetch, '/books/book-1/author')).body.data).to.equal(null);
      expect(ids((await getJson(loket.fetch, '/books/book-1/chapters')).body)).to.deep.equal(['chapter-3']);
      // A relationship without `data` is left alone.
      expect((await getJson(loket.fetch, '/books/book-1/publisher')).body.data!.id).to.equal('publisher-1');
      await write('PATCH', '/books/book-1', patch({}, { relationships: { chapters: { data: [] } } }));
      expect(ids((await getJson(loket.fetch, '/books/book-1/chapters')).body)).to.deep.equal([]);
    });

    it('an unknown relationship: 500 after the attributes were written', async () => {
      await expectWrite('PATCH', '/books/book-1', patch({ title: 'Toch' }, { relationships: { colour: { data: null } } }), 500, GENERIC_500);
      expect((await getJson(loket.fetch, '/books/book-1')).body.data!.attributes['title']).to.equal('Toch');
    });
  });

  describe('DELETE /things/:id', () => {
    it('204; the item and the links to it are gone; no Content-Type needed', async () => {
      const response = await loket.fetch('https://loket.test/authors/author-3', { method: 'DELETE' });
      expect(response.status).to.equal(204);
      expect(await response.text()).to.equal('');
      expect((await getJson(loket.fetch, '/authors/author-3')).status).to.equal(404);
      expect((await getJson(loket.fetch, '/books/book-4/author')).body.data).to.equal(null);
    });

    it('500 for an unknown id, 403 for an unknown path', async () => {
      await expectWrite('DELETE', '/books/nope', undefined, 500, GENERIC_500);
      await expectWrite('DELETE', '/awards/x', undefined, 403, muErrorBody(403, 'Resource for path (awards) not found'));
    });
  });

  describe('/things/:id/links/rel', () => {
    const linkage = (...idsOf: string[]) => ({ data: idsOf.map((id) => ({ type: 'chapters', id })) });

    it('PATCH replaces, POST adds, DELETE removes; all 204', async () => {
      expect((await write('PATCH', '/books/book-2/links/chapters', linkage('chapter-1', 'chapter-2'))).status).to.equal(204);
      expect(ids((await getJson(loket.fetch, '/books/book-2/chapters')).body)).to.deep.equal(['chapter-1', 'chapter-2']);
      expect((await write('POST', '/books/book-2/links/chapters', linkage('chapter-3', 'chapter-1'))).status).to.equal(204);
      expect(ids((await getJson(loket.fetch, '/books/book-2/chapters')).body)).to.deep.equal(['chapter-1', 'chapter-2', 'chapter-3']);
      expect((await write('DELETE', '/books/book-2/links/chapters', linkage('chapter-2'))).status).to.equal(204);
      expect(ids((await getJson(loket.fetch, '/books/book-2/chapters')).body)).to.deep.equal(['chapter-1', 'chapter-3']);
      expect((await write('PATCH', '/books/book-2/links/chapters', { data: [] })).status).to.equal(204);
      expect(ids((await getJson(loket.fetch, '/books/book-2/chapters')).body)).to.deep.equal([]);
    });

    it('PATCH a has-one; {"data": null} is a 500 on either kind', async () => {
      expect((await write('PATCH', '/books/book-2/links/author', { data: { type: 'authors', id: 'author-2' } })).status).to.equal(204);
      expect((await getJson(loket.fetch, '/books/book-2/author')).body.data!.id).to.equal('author-2');
      await expectWrite('PATCH', '/books/book-2/links/author', { data: null }, 500, GENERIC_500);
      await expectWrite('PATCH', '/books/book-1/links/chapters', { data: null }, 500, GENERIC_500);
      expect((await getJson(loket.fetch, '/books/book-2/author')).body.data!.id).to.equal('author-2');
    });

    it('the body checks, and POST or DELETE on a has-one (500)', async () => {
      await expectWrite('PATCH', '/books/book-2/links/author', {}, 406, muErrorBody(406, 'Top level key (data) missing.'));
      await expectWrite('PATCH', '/books/book-2/links/author', { data: { id: 'author-2' } }, 406, muErrorBody(406, 'Obligatory content (type) of data object was not found.'));
      await expectWrite('PATCH', '/books/book-2/links/author', { data: {} }, 406, muErrorBody(406, 'Obligatory content (id, type) of data object was not found.'));
      await expectWrite('PATCH', '/books/book-2/links/chapters', { data: [{ id: 'chapter-1' }] }, 406, muErrorBody(406, 'Obligatory content (type) of one of the items in the data object was not found.'));
      await expectWrite('POST', '/books/book-2/links/chapters', { data: [{ type: 'chapters' }] }, 406, muErrorBody(406, 'Obligatory content (id) of one of the items in the data object was not found.'));
      await expectWrite('POST', '/books/book-2/links/author', { data: { type: 'authors', id: 'author-2' } }, 500, GENERIC_500);
      await expectWrite('DELETE', '/books/book-2/links/author', { data: { type: 'authors', id: 'author-1' } }, 500, GENERIC_500);
    });

    it('Content-Type first, then the path (404), then the relationship (406)', async () => {
      await expectWrite('PATCH', '/awards/x/links/winner', { data: null }, 406, CONTENT_TYPE_406, 'application/json');
      await expectWrite('PATCH', '/awards/x/links/winner', linkage('chapter-1'), 404, { data: null });
      await expectWrite('PATCH', '/books/book-1/links/colour', linkage('chapter-1'), 406, muErrorBody(406, 'Could not find link (colour) on resource (books).'));
      await expectWrite('DELETE', '/books/book-1/links/chapters', linkage('chapter-1'), 406, CONTENT_TYPE_406, null);
    });

    it('an unknown source or target id escapes the handler: Hunchentoot\'s 500, not JSON', async () => {
      for (const [path, body] of [
        ['/books/nope/links/chapters', linkage('chapter-1')],
        ['/books/book-1/links/chapters', linkage('nope')],
        ['/books/book-1/links/author', { data: { type: 'authors', id: 'nope' } }],
      ] as const) {
        const got = await write('PATCH', path, body);
        expect(got.status, path).to.equal(500);
        expect(got.type, path).to.match(/^text\/html/);
      }
    });

    it('a link to a resource the domain lacks: 500 "Server configuration issue"', async () => {
      const got = await write('PATCH', '/books/book-1/links/translations', { data: [] });
      expect(got.status).to.equal(500);
      expect((got.body as { errors: { title: string } }).errors.title).to.match(/^Server configuration issue: Could not find resource for link on path "translations"/);
    });
  });

  describe('inverse relationships are written from either side', () => {
    it('through the inverse has-many: the books\' author changes', async () => {
      expect((await write('PATCH', '/authors/author-3/links/books', { data: [{ type: 'books', id: 'book-4' }, { type: 'books', id: 'book-5' }] })).status).to.equal(204);
      expect((await getJson(loket.fetch, '/books/book-5/author')).body.data!.id).to.equal('author-3');
      expect(ids((await getJson(loket.fetch, '/authors/author-2/books')).body)).to.deep.equal(['book-3']);
      await write('DELETE', '/authors/author-3/links/books', { data: [{ type: 'books', id: 'book-4' }] });
      expect((await getJson(loket.fetch, '/books/book-4/author')).body.data).to.equal(null);
    });

    it('through the forward has-one: the inverse list follows', async () => {
      await write('PATCH', '/books/book-4', { data: { type: 'books', id: 'book-4', relationships: { author: { data: { type: 'authors', id: 'author-1' } } } } });
      expect(ids((await getJson(loket.fetch, '/authors/author-1/books')).body)).to.deep.equal(['book-1', 'book-2', 'book-4']);
      expect(ids((await getJson(loket.fetch, '/authors/author-3/books')).body)).to.deep.equal([]);
    });

    it('a POST with an inverse relationship sets the other side', async () => {
      const response = await send(loket.fetch, 'POST', '/authors', { data: { type: 'authors', attributes: { name: 'Nieuwe auteur' }, relationships: { books: { data: [{ type: 'books', id: 'book-2' }] } } } });
      const { data } = (await response.json()) as { data: { id: string } };
      expect((await getJson(loket.fetch, '/books/book-2/author')).body.data!.id).to.equal(data.id);
    });
  });
});
