import { expect } from '@open-wc/testing';
import { createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import { BOOK_URI, getJson, ids, testFamily } from './test-family.js';

describe('fake Loket: reads in the mu-cl-resources dialect', () => {
  let loket: FakeLoket;
  const get = (path: string) => getJson(loket.fetch, path);
  const listIds = async (path: string) => {
    const { status, body } = await get(path);
    expect(status, path).to.equal(200);
    return ids(body);
  };

  beforeEach(() => {
    loket = createFakeLoket({ families: [testFamily], seed: 7 });
  });

  describe('Accept header', () => {
    it('answers 406 with a single error object without application/vnd.api+json', async () => {
      for (const accept of [null, '*/*', 'application/json']) {
        const { status, body } = await getJson(loket.fetch, '/books', accept);
        expect(status).to.equal(406);
        expect(body.errors).to.deep.equal({
          status: 'Not Acceptable',
          code: '406',
          title: 'application/vnd.api+json not found in Accept header',
        });
      }
    });
  });

  describe('filters', () => {
    it('filter[attr] is a case-insensitive contains', async () => {
      expect(await listIds('/books?filter[title]=METSIERS')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[title]=de')).to.deep.equal(['book-2', 'book-4']);
    });

    it('filter on a language string set and a string set', async () => {
      expect(await listIds('/books?filter[summary]=war')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter[tags]=kinder')).to.deep.equal(['book-3']);
    });

    it(':exact: matches the whole value, case included', async () => {
      expect(await listIds('/books?filter[:exact:title]=De%20Metsiers')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[:exact:title]=de%20metsiers')).to.deep.equal([]);
      expect(await listIds('/books?filter[:exact:title]=Metsiers')).to.deep.equal([]);
    });

    it('follows relationships, also deeper paths', async () => {
      expect(await listIds('/books?filter[author][name]=claus')).to.deep.equal(['book-1', 'book-2']);
      expect(await listIds('/books?filter[author][publisher][name]=querido')).to.deep.equal(['book-3', 'book-5']);
      expect(await listIds('/books?filter[chapters][title]=kapel')).to.deep.equal(['book-4']);
    });

    it(':id: on the resource and on a relationship, with several ids', async () => {
      expect(await listIds('/books?filter[:id:]=book-3,book-1')).to.deep.equal(['book-1', 'book-3']);
      expect(await listIds('/books?filter[author][:id:]=author-2,author-3')).to.deep.equal(['book-3', 'book-4', 'book-5']);
    });

    it(':uri: matches the stored uri and the minted one', async () => {
      expect(await listIds(`/books?filter[:uri:]=${encodeURIComponent(BOOK_URI)}`)).to.deep.equal(['book-1']);
      const minted = encodeURIComponent('http://data.lblod.info/id/books/book-2');
      expect(await listIds(`/books?filter[:uri:]=${minted}`)).to.deep.equal(['book-2']);
    });

    it(':gt: / :gte: / :lt: / :lte: on dates', async () => {
      expect(await listIds('/books?filter[:gt:published]=1983-03-01')).to.deep.equal(['book-5']);
      expect(await listIds('/books?filter[:gte:published]=1983-03-01')).to.deep.equal(['book-1', 'book-5']);
      expect(await listIds('/books?filter[:lt:published]=1953-06-01')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[:lte:published]=1953-06-01')).to.deep.equal(['book-2', 'book-3']);
    });

    it('comparisons on datetimes honour the offset', async () => {
      // 10:00+02:00 is 08:00Z: after 07:59Z, not after 08:00Z.
      expect(await listIds('/books?filter[:gt:updated]=2024-05-01T07:59:00Z')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter[:gt:updated]=2024-05-01T08:00:00Z')).to.deep.equal([]);
      expect(await listIds('/books?filter[:gte:updated]=2024-05-01T08:00:00Z')).to.deep.equal(['book-1']);
    });

    it('comparisons on numbers are numeric, on strings lexical', async () => {
      expect(await listIds('/books?filter[:lt:pages]=180')).to.deep.equal(['book-3', 'book-5']);
      expect(await listIds('/books?filter[:lte:pages]=180')).to.deep.equal(['book-2', 'book-3', 'book-5']);
      expect(await listIds('/books?filter[:gt:pages]=400')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter[:lt:title]=E')).to.deep.equal(['book-2', 'book-4']);
    });

    it(':has: and :has-no: on relationships and attributes', async () => {
      expect(await listIds('/books?filter[:has:chapters]=t')).to.deep.equal(['book-1', 'book-4']);
      expect(await listIds('/books?filter[:has-no:chapters]=t')).to.deep.equal(['book-2', 'book-3', 'book-5']);
      expect(await listIds('/books?filter[:has-no:published]=t')).to.deep.equal(['book-4']);
      expect(await listIds('/authors?filter[:has-no:publisher]=t')).to.deep.equal(['author-3']);
    });

    it(':or: needs one of its filters, and the rest all hold', async () => {
      expect(await listIds('/books?filter[:or:][title]=jip&filter[:or:][author][name]=boon')).to.deep.equal(['book-3', 'book-4']);
      expect(await listIds('/books?filter[:or:][title]=jip&filter[:or:][author][name]=boon&filter[:gt:pages]=200')).to.deep.equal(['book-4']);
    });

    it('plain filters are combined with AND', async () => {
      expect(await listIds('/books?filter[author][name]=claus&filter[:gt:pages]=200')).to.deep.equal(['book-1']);
    });

    it('filter=term searches every text attribute', async () => {
      expect(await listIds('/books?filter=oorlog')).to.deep.equal(['book-1']);
    });

    it('an unknown attribute or relationship answers 406 with one error object', async () => {
      for (const path of ['/books?filter[colour]=red', '/books?filter[author][age]=3', '/books?filter[:gt:colour]=1', '/books?sort=colour', '/books?sort=author.age']) {
        const { status, body } = await get(path);
        expect(status, path).to.equal(406);
        expect(body.errors, path).to.be.an('object').and.not.an('array');
        expect((body.errors as { title: string }).title, path).to.match(/^Could not find property \(\w+\) on resource \(\w+\)\.$/);
      }
    });
  });

  describe('sort', () => {
    it('sorts ascending and descending, case-sensitively by default', async () => {
      expect(await listIds('/books?sort=title')).to.deep.equal(['book-4', 'book-2', 'book-1', 'book-3', 'book-5']);
      expect(await listIds('/books?sort=-pages')).to.deep.equal(['book-1', 'book-4', 'book-2', 'book-3', 'book-5']);
    });

    it(':no-case: ignores case', async () => {
      expect(await listIds('/books?sort=:no-case:title')).to.deep.equal(['book-5', 'book-4', 'book-2', 'book-1', 'book-3']);
      expect(await listIds('/books?sort=-:no-case:title')).to.deep.equal(['book-3', 'book-1', 'book-2', 'book-4', 'book-5']);
    });

    it('sorts on relationship paths and several keys', async () => {
      expect(await listIds('/books?sort=author.name,-pages')).to.deep.equal(['book-3', 'book-5', 'book-1', 'book-2', 'book-4']);
      expect(await listIds('/books?sort=-author.publisher.name,title')).to.deep.equal(['book-3', 'book-5', 'book-2', 'book-1', 'book-4']);
    });

    it('sorts dates as dates, records without a value first (last when descending)', async () => {
      expect(await listIds('/books?sort=published')).to.deep.equal(['book-4', 'book-2', 'book-3', 'book-1', 'book-5']);
      expect(await listIds('/books?sort=-published')).to.deep.equal(['book-5', 'book-1', 'book-3', 'book-2', 'book-4']);
    });
  });

  describe('include', () => {
    it('without include, relationships carry links and no data', async () => {
      const { body } = await get('/books/book-1');
      expect(body.included).to.equal(undefined);
      const author = body.data!.relationships['author']!;
      expect(author).to.deep.equal({ links: { self: '/books/book-1/links/author', related: '/books/book-1/author' } });
      expect('data' in author).to.equal(false);
    });

    it('with include, only the named relationships carry data and the related resources are included once', async () => {
      const { body } = await get('/books?include=author&filter[author][name]=claus');
      expect(body.data!.map((book) => book.relationships['author']!.data)).to.deep.equal([
        { type: 'authors', id: 'author-1' },
        { type: 'authors', id: 'author-1' },
      ]);
      expect('data' in body.data![0]!.relationships['chapters']!).to.equal(false);
      expect(body.included!.map((resource) => `${resource.type}/${resource.id}`)).to.deep.equal(['authors/author-1']);
    });

    it('follows include paths a.b and gives null and [] linkage', async () => {
      const { body } = await get('/books?include=author.publisher,chapters&filter[:id:]=book-2,book-4');
      const included = body.included!.map((resource) => `${resource.type}/${resource.id}`);
      expect(included).to.have.members(['authors/author-1', 'publishers/publisher-1', 'authors/author-3', 'chapters/chapter-3']);
      const boon = body.included!.find((resource) => resource.id === 'author-3')!;
      expect(boon.relationships['publisher']!.data).to.equal(null);
      expect(body.data![0]!.relationships['chapters']!.data).to.deep.equal([]);
    });

    it('never pages included resources', async () => {
      const { body } = await get('/books?include=chapters&page[size]=1');
      expect(body.data).to.have.length(1);
      expect(body.included).to.have.length(2);
    });

    it('an unknown include answers 406', async () => {
      const { status, body } = await get('/books?include=author.colour');
      expect(status).to.equal(406);
      expect(body.errors).to.deep.include({ title: 'Could not find link (colour) on resource (authors).' });
    });
  });

  describe('resources', () => {
    it('carry attributes.uri and leave missing values out', async () => {
      const { body } = await get('/books');
      for (const book of body.data!) expect(book.attributes['uri']).to.be.a('string');
      const kapellekensbaan = body.data!.find((book) => book.id === 'book-4')!;
      expect(kapellekensbaan.attributes).to.deep.equal({
        title: 'De Kapellekensbaan',
        pages: 400,
        uri: 'http://data.lblod.info/id/books/book-4',
      });
      expect(JSON.stringify(body)).not.to.contain('null');
    });

    it('sparse fieldsets limit attributes and relationships per type', async () => {
      const { body } = await get('/books?fields[books]=title,author&include=author&fields[authors]=name&filter[:id:]=book-1');
      const book = body.data![0]!;
      expect(Object.keys(book.attributes)).to.deep.equal(['title']);
      expect(Object.keys(book.relationships)).to.deep.equal(['author']);
      expect(body.included![0]!.attributes).to.deep.equal({ name: 'Hugo Claus' });
    });

    it('GET /things/:id, and 404 with data null for an unknown id', async () => {
      expect((await get('/books/book-3')).body.data!.attributes['title']).to.equal('Jip en Janneke');
      const missing = await get('/books/nope');
      expect(missing.status).to.equal(404);
      expect(missing.body).to.deep.equal({ data: null });
    });

    it('GET /things/:id/rel and /links/rel answer the related resources, paged and counted', async () => {
      expect((await get('/books/book-1/author')).body.data!.id).to.equal('author-1');
      const chapters = await get('/books/book-1/chapters?page[size]=1');
      expect(ids(chapters.body)).to.deep.equal(['chapter-1']);
      expect(chapters.body.meta).to.deep.equal({ count: 2 });
      expect(ids((await get('/books/book-1/links/chapters')).body)).to.deep.equal(['chapter-1', 'chapter-2']);
      expect((await get('/books/book-1/colour')).status).to.equal(406);
    });

    it('serves inverse relationships from the other side', async () => {
      expect(ids((await get('/authors/author-1/books')).body)).to.deep.equal(['book-1', 'book-2']);
      expect(await listIds('/authors?filter[books][title]=jip')).to.deep.equal(['author-2']);
    });

    it('an unknown type is not routed', async () => {
      const { response } = await get('/dragons');
      expect(response.status).to.equal(404);
      expect(response.headers.get('Content-Type')).to.equal('text/plain');
    });
  });

  describe('paging', () => {
    it('pages from zero with first/last/next links and meta.count', async () => {
      const { body } = await get('/books?page[size]=2&sort=title');
      expect(ids(body)).to.deep.equal(['book-4', 'book-2']);
      expect(body.meta).to.deep.equal({ count: 5 });
      expect(body.links).to.deep.equal({
        self: '/books?page[size]=2&sort=title',
        first: '/books?sort=title&page[number]=0&page[size]=2',
        last: '/books?sort=title&page[number]=2&page[size]=2',
        next: '/books?sort=title&page[number]=1&page[size]=2',
      });
    });

    it('the last page has prev and no next', async () => {
      const { body } = await get('/books?page[size]=2&page[number]=2&sort=title');
      expect(ids(body)).to.deep.equal(['book-5']);
      expect(body.links!['prev']).to.equal('/books?sort=title&page[number]=1&page[size]=2');
      expect(body.links).not.to.have.property('next');
    });

    it('defaults to 20 per page, counting all matches', async () => {
      const { body } = await get('/notes');
      expect(body.data).to.have.length(20);
      expect(body.meta!.count).to.equal(25);
      expect(body.links!['next']).to.equal('/notes?page[number]=1&page[size]=20');
      expect(ids((await get('/notes?page[number]=1')).body)).to.deep.equal(['note-21', 'note-22', 'note-23', 'note-24', 'note-25']);
    });

    it('counts the filtered set', async () => {
      const { body } = await get('/books?filter[author][name]=claus&page[size]=1');
      expect(body.meta!.count).to.equal(2);
    });
  });

  it('serves below a basePath', async () => {
    const api = createFakeLoket({ families: [testFamily], basePath: '/api' });
    const { status, body } = await getJson(api.fetch, '/api/books/book-1');
    expect(status).to.equal(200);
    expect(body.data!.links.self).to.equal('/api/books/book-1');
    expect((await getJson(api.fetch, '/books/book-1')).status).to.equal(404);
  });
});
