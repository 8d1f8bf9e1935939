// The fake's mu-cl-resources reads, case by case against /work/notes/mu-behaviour.md (sections 1-7,
// 10-12 and its quick-reference table). `loket` answers as the v1.25+ images do (LMB, Contactgegevens),
// `luckless` as the Loket's and Subsidiepunt's image (d03f906) where the two differ.
import { expect } from '@open-wc/testing';
import { LUCKLESS_QUIRKS } from '../../fake-loket/app-spec.js';
import type { FakeLoket } from '../../fake-loket/index.js';
import { BOOK_URI, GENERIC_500, createLibrary, getJson, ids, muErrorBody, type ResourceJson } from './test-app.js';

const REQUEST_INVALID = muErrorBody(406, 'Request invalid');
const NOT_FOUND = { data: null };
const configurationIssue = (path: string, resource: string) =>
  muErrorBody(
    500,
    `Server configuration issue: Could not find resource for link on path "${path}".  Searched resource is ${resource}.  ` +
      `Common possibilities are that there's a (define-resource ${resource} ...) block missing or that the first argument of a :has-one or :has-many specification has a typo.`,
  );

describe('fake Loket: mu-cl-resources reads', () => {
  let loket: FakeLoket;
  let luckless: FakeLoket;
  const get = (path: string) => getJson(loket.fetch, path);
  const listIds = async (path: string, on = loket) => {
    const { status, body } = await getJson(on.fetch, path);
    expect(status, path).to.equal(200);
    return ids(body);
  };
  const expectAnswer = async (path: string, status: number, body: unknown, on = loket) => {
    const answer = await getJson(on.fetch, path);
    expect(answer.status, path).to.equal(status);
    expect(answer.body, path).to.deep.equal(body);
  };

  beforeEach(() => {
    loket = createLibrary();
    luckless = createLibrary({ quirks: LUCKLESS_QUIRKS });
  });

  describe('answers', () => {
    it('are application/json, errors included, and a list always carries meta.count', async () => {
      for (const path of ['/books', '/books/book-1', '/books/nope', '/books?filter[:exact:nope]=x', '/books/book-1/chapters']) {
        const { response } = await get(path);
        expect(response.headers.get('Content-Type'), path).to.equal('application/json');
      }
      expect((await get('/books')).body.meta).to.deep.equal({ count: 5 });
    });

    it('do not check Accept (mu-cl-resources leaves *verify-accept-header* off)', async () => {
      expect((await getJson(loket.fetch, '/books', 'application/json')).status).to.equal(200);
    });
  });

  describe('filter[x]: a case-insensitive contains on the lexical form, for every type', () => {
    it('strings', async () => {
      expect(await listIds('/books?filter[title]=METSIERS')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[title]=de')).to.deep.equal(['book-2', 'book-4']);
    });

    it('numbers match on their digits', async () => {
      expect(await listIds('/books?filter[pages]=0')).to.deep.equal(['book-1', 'book-2', 'book-3', 'book-4', 'book-5']);
      expect(await listIds('/books?filter[pages]=18')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[price]=.9')).to.deep.equal(['book-1']);
    });

    it('dates, datetimes, booleans and urls', async () => {
      expect(await listIds('/books?filter[published]=195')).to.deep.equal(['book-2', 'book-3']);
      expect(await listIds('/books?filter[updated]=2024-05')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter[available]=TRUE')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter[available]=als')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[website]=DBNL')).to.deep.equal(['book-1']);
    });

    it('language strings (the tag does not count) and string sets: any value', async () => {
      expect(await listIds('/books?filter[summary]=war')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter[summary]=nl')).to.deep.equal([]);
      expect(await listIds('/books?filter[tags]=kinder')).to.deep.equal(['book-3']);
      expect(await listIds('/books?filter[tags]=oorlog')).to.deep.equal(['book-1']);
    });

    it('filter=term searches every attribute of the resource (not uri)', async () => {
      expect(await listIds('/books?filter=oorlog')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter=12')).to.deep.equal(['book-2', 'book-3']);
      expect(await listIds('/books?filter=example.org')).to.deep.equal([]);
    });

    it('filter[rel]=term searches every attribute of the related resource', async () => {
      expect(await listIds('/books?filter[author]=annie')).to.deep.equal(['book-3', 'book-5']);
      expect(await listIds('/books?filter[author]=1929')).to.deep.equal(['book-1', 'book-2']);
    });

    it('follows relationship paths, deeper ones and inverse ones', async () => {
      expect(await listIds('/books?filter[author][name]=claus')).to.deep.equal(['book-1', 'book-2']);
      expect(await listIds('/books?filter[author][publisher][name]=querido')).to.deep.equal(['book-3', 'book-5']);
      expect(await listIds('/books?filter[chapters][title]=kapel')).to.deep.equal(['book-4']);
      expect(await listIds('/authors?filter[books][title]=jip')).to.deep.equal(['author-2']);
    });

    it('filters are ANDed, a repeated key too', async () => {
      expect(await listIds('/books?filter[author][name]=claus&filter[:gt:pages]=200')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter[title]=de&filter[title]=metsiers')).to.deep.equal(['book-2']);
    });
  });

  describe('operators', () => {
    it(':exact: is RDF term equality', async () => {
      expect(await listIds('/books?filter[:exact:title]=De%20Metsiers')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[:exact:title]=de%20metsiers')).to.deep.equal([]);
      expect(await listIds('/books?filter[:exact:title]=Metsiers')).to.deep.equal([]);
      expect(await listIds('/books?filter[:exact:pages]=180')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[:exact:available]=false')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[:exact:published]=1950-01-01')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[:exact:tags]=roman')).to.deep.equal(['book-1']);
      // A plain string never equals a language-tagged one.
      expect(await listIds('/books?filter[:exact:summary]=Oorlogsroman')).to.deep.equal([]);
      expect(await listIds('/books?filter[author][:exact:name]=Hugo%20Claus')).to.deep.equal(['book-1', 'book-2']);
    });

    it(':not: is exact negation, and keeps the items without the value', async () => {
      expect(await listIds('/books?filter[:not:title]=De%20Metsiers')).to.deep.equal(['book-1', 'book-3', 'book-4', 'book-5']);
      expect(await listIds('/books?filter[:not:available]=true')).to.deep.equal(['book-2', 'book-3', 'book-4', 'book-5']);
    });

    it(':gt: :gte: :lt: :lte: on dates', async () => {
      expect(await listIds('/books?filter[:gt:published]=1983-03-01')).to.deep.equal(['book-5']);
      expect(await listIds('/books?filter[:gte:published]=1983-03-01')).to.deep.equal(['book-1', 'book-5']);
      expect(await listIds('/books?filter[:lt:published]=1953-06-01')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[:lte:published]=1953-06-01')).to.deep.equal(['book-2', 'book-3']);
    });

    it('comparisons on datetimes honour the offset', async () => {
      // 10:00+02:00 is 08:00Z.
      expect(await listIds('/books?filter[:gt:updated]=2024-05-01T07:59:00Z')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter[:gt:updated]=2024-05-01T08:00:00Z')).to.deep.equal([]);
      expect(await listIds('/books?filter[:gte:updated]=2024-05-01T08:00:00Z')).to.deep.equal(['book-1']);
    });

    it('comparisons on numbers are numeric, on strings lexical, and follow relationships', async () => {
      expect(await listIds('/books?filter[:lt:pages]=180')).to.deep.equal(['book-3', 'book-5']);
      expect(await listIds('/books?filter[:lte:pages]=180')).to.deep.equal(['book-2', 'book-3', 'book-5']);
      expect(await listIds('/books?filter[:gt:pages]=400')).to.deep.equal(['book-1']);
      expect(await listIds('/books?filter[:gte:price]=12.5')).to.deep.equal(['book-1', 'book-2']);
      expect(await listIds('/books?filter[:lt:title]=E')).to.deep.equal(['book-2', 'book-4']);
      expect(await listIds('/books?filter[author][:lt:born]=1920-01-01')).to.deep.equal(['book-3', 'book-5']);
    });

    it('a comparison on a relationship, or of a number with a non-number, is a 500', async () => {
      await expectAnswer('/books?filter[:gt:author]=x', 500, GENERIC_500);
      await expectAnswer('/books?filter[:gt:pages]=abc', 500, GENERIC_500);
    });

    it(':has: and :has-no: on relationships and attributes, ignoring the value', async () => {
      expect(await listIds('/books?filter[:has:chapters]=t')).to.deep.equal(['book-1', 'book-4']);
      expect(await listIds('/books?filter[:has:chapters]=false')).to.deep.equal(['book-1', 'book-4']);
      expect(await listIds('/books?filter[:has-no:chapters]=')).to.deep.equal(['book-2', 'book-3', 'book-5']);
      expect(await listIds('/books?filter[:has-no:published]=no')).to.deep.equal(['book-4']);
      expect(await listIds('/authors?filter[:has-no:publisher]=t')).to.deep.equal(['author-3']);
      expect(await listIds('/books?filter[author][:has:publisher]=t')).to.deep.equal(['book-1', 'book-2', 'book-3', 'book-5']);
    });

    it(':or: groups: each needs one of its filters, the groups and the rest all hold', async () => {
      expect(await listIds('/books?filter[:or:][title]=jip&filter[:or:][author][name]=boon')).to.deep.equal(['book-3', 'book-4']);
      expect(await listIds('/books?filter[:or:][title]=jip&filter[:or:][author][name]=boon&filter[:gt:pages]=200')).to.deep.equal(['book-4']);
      expect(
        await listIds('/books?filter[:or:1][title]=jip&filter[:or:1][title]=metsiers&filter[:or:2][:gt:pages]=150&filter[:or:2][:has:tags]=t'),
      ).to.deep.equal(['book-2', 'book-3']);
    });

    it(':id: on the resource (also as `id`) and on a relationship, comma-separated', async () => {
      expect(await listIds('/books?filter[:id:]=book-3,book-1')).to.deep.equal(['book-1', 'book-3']);
      expect(await listIds('/books?filter[id]=book-2')).to.deep.equal(['book-2']);
      expect(await listIds('/books?filter[author][:id:]=author-2,author-3')).to.deep.equal(['book-3', 'book-4', 'book-5']);
      expect(await listIds('/books?filter[author][id]=author-3')).to.deep.equal(['book-4']);
    });

    it('top-level :id: with an id nobody has: left out (v1.21+), 500 on the Loket image', async () => {
      expect(await listIds('/books?filter[:id:]=book-1,nope')).to.deep.equal(['book-1']);
      await expectAnswer('/books?filter[:id:]=book-1,nope', 500, GENERIC_500, luckless);
      await expectAnswer('/books?filter[id]=nope', 500, GENERIC_500, luckless);
      // An id the session cannot see counts as one nobody has.
      expect(await listIds('/notes?filter[:id:]=note-1,note-other-1')).to.deep.equal(['note-1']);
      await expectAnswer('/notes?filter[:id:]=note-1,note-other-1', 500, GENERIC_500, luckless);
      // Only the top-level keys: on a relationship it just matches nothing.
      expect(await listIds('/books?filter[author][:id:]=nope', luckless)).to.deep.equal([]);
      expect(await listIds('/books?filter[:id:]=book-1,book-2', luckless)).to.deep.equal(['book-1', 'book-2']);
    });

    it(':uri: takes one uri, on the resource, a relationship or a url attribute', async () => {
      expect(await listIds(`/books?filter[:uri:]=${encodeURIComponent(BOOK_URI)}`)).to.deep.equal(['book-1']);
      expect(await listIds(`/books?filter[:uri:]=${encodeURIComponent(`${BOOK_URI},http://example.org/books/book-2`)}`)).to.deep.equal([]);
      expect(await listIds(`/books?filter[author][:uri:]=${encodeURIComponent('http://example.org/authors/author-2')}`)).to.deep.equal(['book-3', 'book-5']);
      expect(await listIds(`/books?filter[website][:uri:]=${encodeURIComponent('https://www.dbnl.org/tekst/claus001verd01')}`)).to.deep.equal(['book-1']);
    });
  });

  describe('names the domain does not define', () => {
    const unknown = [
      '/books?filter[colour]=red',
      '/books?filter[author][age]=3',
      '/books?filter[nope][name]=x',
      '/books?filter[:gt:colour]=1',
      '/books?filter[:has:colour]=t',
      '/books?filter[:has-no:colour]=t',
      '/books?filter[:lt:author][name]=x',
      '/books?filter[uri]=example',
      '/books?filter[:or:][colour]=x',
      '/books?sort=colour',
      '/books?sort=author.age',
      '/books?sort=:no-case:-title',
    ];

    it('a filter or sort: 406 "Request invalid" (v1.25+)', async () => {
      for (const path of unknown) await expectAnswer(path, 406, REQUEST_INVALID);
    });

    it('a filter or sort on the Loket image: 500 generic', async () => {
      for (const path of unknown) await expectAnswer(path, 500, GENERIC_500, luckless);
    });

    it(':exact: or :not: of no property: 406 "Could not find property", naming the resource looked in', async () => {
      for (const on of [loket, luckless]) {
        await expectAnswer('/books?filter[:exact:colour]=x', 406, muErrorBody(406, 'Could not find property (colour) on resource (books).'), on);
        await expectAnswer('/books?filter[:not:colour]=x', 406, muErrorBody(406, 'Could not find property (colour) on resource (books).'), on);
        await expectAnswer('/books?filter[author][:exact:age]=x', 406, muErrorBody(406, 'Could not find property (age) on resource (authors).'), on);
        await expectAnswer('/books?filter[:exact:author]=x', 406, muErrorBody(406, 'Could not find property (author) on resource (books).'), on);
        await expectAnswer('/books?filter[:exact:uri]=x', 406, muErrorBody(406, 'Could not find property (uri) on resource (books).'), on);
      }
    });

    it('an attribute followed by more components is a 500', async () => {
      await expectAnswer('/books?filter[title][x]=y', 500, GENERIC_500);
    });

    it('a subclass-only name through the parent path is unknown there', async () => {
      await expectAnswer('/notes?filter[rating]=5', 406, REQUEST_INVALID);
      await expectAnswer('/notes?sort=rating', 406, REQUEST_INVALID);
      expect(await listIds('/reviews?filter[rating]=5')).to.deep.equal(['review-1']);
    });
  });

  describe('links to a resource the domain does not define', () => {
    it('filter and sort through them: 500 "Server configuration issue"', async () => {
      for (const on of [loket, luckless]) {
        for (const path of ['/books?filter[prize]=x', '/books?filter[prize][name]=x', '/books?filter[:has:prize]=t', '/books?filter[prize][:id:]=x', '/books?sort=prize', '/books?sort=prize.name']) {
          await expectAnswer(path, 500, configurationIssue('prize', 'AWARD'), on);
        }
        await expectAnswer('/books?filter[translations][title]=x', 500, configurationIssue('translations', 'TRANSLATION'), on);
      }
    });

    it('include through them: 404 {"data":null} when there are items, 200 when there are none', async () => {
      await expectAnswer('/books?include=prize', 404, NOT_FOUND);
      await expectAnswer('/books?include=translations', 404, NOT_FOUND);
      await expectAnswer('/books/book-1?include=prize', 404, NOT_FOUND);
      expect((await get('/books?include=prize&filter[title]=zzz')).status).to.equal(200);
    });

    it('the related call: 500 "Server configuration issue", has-one and has-many alike', async () => {
      await expectAnswer('/books/book-1/prize', 500, configurationIssue('prize', 'AWARD'));
      await expectAnswer('/books/book-1/translations', 500, configurationIssue('translations', 'TRANSLATION'));
      // An unknown id fails first.
      await expectAnswer('/books/nope/prize', 500, GENERIC_500);
    });
  });

  describe('include', () => {
    it('puts data on the included relationships only, and each included item once', async () => {
      const { status, body } = await get('/books?include=author');
      expect(status).to.equal(200);
      const book1 = body.data!.find((book) => book.id === 'book-1')!;
      expect(book1.relationships['author']!.data).to.deep.equal({ type: 'authors', id: 'author-1' });
      expect(book1.relationships['chapters']).to.deep.equal({ links: { self: '/books/book-1/links/chapters?include=author', related: '/books/book-1/chapters' } });
      expect(body.included!.map((item) => item.id)).to.deep.equal(['author-1', 'author-2', 'author-3']);
    });

    it('nests: the included items carry the deeper linkage', async () => {
      const { body } = await get('/books?include=author.publisher&filter[:id:]=book-1,book-3');
      const author1 = body.included!.find((item) => item.id === 'author-1')!;
      expect(author1.relationships['publisher']!.data).to.deep.equal({ type: 'publishers', id: 'publisher-1' });
      expect(body.included!.map((item) => `${item.type}/${item.id}`)).to.deep.equal(['authors/author-1', 'authors/author-2', 'publishers/publisher-1', 'publishers/publisher-2']);
    });

    it('an included relationship with nothing in it: null / [] (v1.23+), no data at all on the Loket image', async () => {
      const modern = await get('/books/book-2?include=chapters,publisher');
      expect(modern.body.data!.relationships['chapters']!.data).to.deep.equal([]);
      expect(modern.body.data!.relationships['publisher']!.data).to.equal(null);
      const old = await getJson(luckless.fetch, '/books/book-2?include=chapters,publisher');
      expect(old.body.data!.relationships['chapters']).to.have.keys(['links']);
      expect(old.body.data!.relationships['publisher']).to.have.keys(['links']);
      expect(old.body).not.to.have.property('included');
    });

    it('types a related subclass item by its own path', async () => {
      const { body } = await get('/books/book-1?include=notes');
      expect(body.data!.relationships['notes']!.data).to.deep.equal([
        { type: 'notes', id: 'note-1' },
        { type: 'notes', id: 'note-2' },
        { type: 'notes', id: 'note-3' },
        { type: 'reviews', id: 'review-1' },
      ]);
      const review = body.included!.find((item) => item.id === 'review-1')!;
      expect(review.type).to.equal('reviews');
      expect(review.attributes['rating']).to.equal(5);
    });

    it('leaves primary items out of included, and does not page included items', async () => {
      const { body } = await get('/authors?include=books.author');
      expect(body.included!.every((item) => item.type === 'books')).to.equal(true);
      const paged = await get('/authors?page[size]=1&include=books');
      expect(ids(paged.body)).to.deep.equal(['author-1']);
      expect(paged.body.included!.map((item) => item.id)).to.deep.equal(['book-1', 'book-2']);
    });

    it('sends included only when something is in it', async () => {
      const { body } = await get('/books?include=publisher&filter[:id:]=book-4');
      expect(body).not.to.have.property('included');
      expect(body.data![0]!.relationships['publisher']!.data).to.equal(null);
    });

    it('an unknown name at any level, an empty include= or a subclass-only name: 500 when there are items', async () => {
      for (const path of ['/books?include=nope', '/books?include=author.nope', '/books?include=', '/books?include=author,,chapters', '/books?include=notes.reviewer']) {
        await expectAnswer(path, 500, GENERIC_500);
      }
      for (const path of ['/books?include=nope&filter[title]=zzz', '/books?include=&filter[title]=zzz']) {
        const { status, body } = await get(path);
        expect(status, path).to.equal(200);
        expect(body.data).to.deep.equal([]);
      }
    });

    it('is computed even when fields leave the relationship out', async () => {
      const { body } = await get('/books/book-1?include=author&fields[books]=title');
      expect(body.data!.relationships).to.deep.equal({});
      expect(body.included!.map((item) => item.id)).to.deep.equal(['author-1']);
    });
  });

  describe('fields', () => {
    it('keeps the listed attributes and relationships, and uri always', async () => {
      const { body } = await get('/books/book-1?fields[books]=title,author');
      expect(body.data!.attributes).to.deep.equal({ title: 'Het verdriet van België', uri: BOOK_URI });
      expect(Object.keys(body.data!.relationships)).to.deep.equal(['author']);
    });

    it('ignores unknown names; an empty list leaves only uri', async () => {
      for (const path of ['/books/book-1?fields[books]=nope', '/books/book-1?fields[books]=']) {
        const { status, body } = await get(path);
        expect(status, path).to.equal(200);
        expect(body.data!.attributes, path).to.deep.equal({ uri: BOOK_URI });
        expect(body.data!.relationships, path).to.deep.equal({});
      }
      const publisher = await get('/publishers/publisher-1?fields[publishers]=nope');
      expect(publisher.body.data!.attributes).to.deep.equal({});
    });

    it('applies by the item\'s own type: fields[notes] does not reach a review', async () => {
      const { body } = await get('/notes?fields[notes]=text&filter[:id:]=note-1,review-1');
      const [note, review] = body.data!;
      expect(note!.attributes).to.deep.equal({ text: 'Nota 1', uri: 'http://example.org/notes/note-1' });
      expect(review!.attributes).to.include({ rating: 5, text: 'Meesterwerk' });
    });

    it('applies to included items', async () => {
      const { body } = await get('/books/book-1?include=author&fields[authors]=name');
      expect(body.included![0]!.attributes).to.deep.equal({ name: 'Hugo Claus', uri: 'http://example.org/authors/author-1' });
    });
  });

  describe('paging', () => {
    it('defaults to 20 from page 0, with first/last/next and self without its slash', async () => {
      const { body } = await get('/notes');
      expect(body.data).to.have.length(20);
      expect(body.meta).to.deep.equal({ count: 27 });
      expect(body.links).to.deep.equal({ self: 'notes', first: '/notes', last: '/notes?page[number]=1', next: '/notes?page[number]=1' });
    });

    it('a page size: kept in the links unless it is the default', async () => {
      expect((await get('/notes?page[size]=5')).body.links).to.deep.equal({
        self: 'notes?page[size]=5',
        first: '/notes?page[size]=5',
        last: '/notes?page[number]=5&page[size]=5',
        next: '/notes?page[number]=1&page[size]=5',
      });
      const second = await get('/notes?page[number]=1&page[size]=5');
      expect(ids(second.body)).to.deep.equal(['note-6', 'note-7', 'note-8', 'note-9', 'note-10']);
      expect(second.body.links).to.deep.equal({
        self: 'notes?page[number]=1&page[size]=5',
        first: '/notes?page[size]=5',
        last: '/notes?page[number]=5&page[size]=5',
        prev: '/notes?page[size]=5',
        next: '/notes?page[number]=2&page[size]=5',
      });
      expect((await get('/notes?page[size]=20&include=book')).body.links).to.deep.equal({
        self: 'notes?page[size]=20&include=book',
        first: '/notes?include=book',
        last: '/notes?page[number]=1&include=book',
        next: '/notes?page[number]=1&include=book',
      });
    });

    it('keeps the other parameters in order, decoded; prev even past the end', async () => {
      const { body } = await get('/notes?filter[text]=nota%201&page[number]=1');
      expect(body.data).to.deep.equal([]);
      expect(body.meta).to.deep.equal({ count: 11 });
      expect(body.links).to.deep.equal({
        self: 'notes?filter[text]=nota 1&page[number]=1',
        first: '/notes?filter[text]=nota 1',
        last: '/notes?filter[text]=nota 1',
        prev: '/notes?filter[text]=nota 1',
      });
    });

    it('an empty list', async () => {
      const { body } = await get('/books?filter[title]=zzz');
      expect(body).to.deep.equal({ data: [], links: { self: 'books?filter[title]=zzz', first: '/books?filter[title]=zzz', last: '/books?filter[title]=zzz' }, meta: { count: 0 } });
    });

    it('reads numbers as parse-integer :junk-allowed does, has no maximum, and fails on size 0', async () => {
      expect((await get('/notes?page[size]=abc')).body.data).to.have.length(20);
      expect((await get('/notes?page[size]=5abc')).body.data).to.have.length(5);
      expect((await get('/notes?page[size]=1000')).body.data).to.have.length(27);
      await expectAnswer('/notes?page[size]=0', 500, GENERIC_500);
    });

    it('no-pagination-defaults: everything without page parameters, links at the default size', async () => {
      const all = await get('/files');
      expect(all.body.data).to.have.length(22);
      expect(all.body.links).to.deep.equal({ self: 'files', first: '/files', last: '/files?page[number]=1', next: '/files?page[number]=1' });
      expect((await get('/files?page[size]=5')).body.data).to.have.length(5);
      expect((await get('/files?page[number]=0')).body.data).to.have.length(20);
    });
  });

  describe('sort', () => {
    it('ascending and descending, case-sensitive unless :no-case:', async () => {
      expect(await listIds('/books?sort=title')).to.deep.equal(['book-4', 'book-2', 'book-1', 'book-3', 'book-5']);
      expect(await listIds('/books?sort=-pages')).to.deep.equal(['book-1', 'book-4', 'book-2', 'book-3', 'book-5']);
      expect(await listIds('/books?sort=:no-case:title')).to.deep.equal(['book-5', 'book-4', 'book-2', 'book-1', 'book-3']);
      expect(await listIds('/books?sort=-:no-case:title')).to.deep.equal(['book-3', 'book-1', 'book-2', 'book-4', 'book-5']);
      // Another modifier is ignored.
      expect(await listIds('/books?sort=:foo:title')).to.deep.equal(['book-4', 'book-2', 'book-1', 'book-3', 'book-5']);
    });

    it('keeps items without the value: first ascending, last descending', async () => {
      expect(await listIds('/books?sort=published')).to.deep.equal(['book-4', 'book-2', 'book-3', 'book-1', 'book-5']);
      expect(await listIds('/books?sort=-published')).to.deep.equal(['book-5', 'book-1', 'book-3', 'book-2', 'book-4']);
    });

    it('relationship paths, a relationship (its uuid), several keys, and MAX over a has-many', async () => {
      expect(await listIds('/books?sort=author.name')).to.deep.equal(['book-3', 'book-5', 'book-1', 'book-2', 'book-4']);
      expect(await listIds('/books?sort=author.name,-pages')).to.deep.equal(['book-3', 'book-5', 'book-1', 'book-2', 'book-4']);
      expect(await listIds('/books?sort=author.name,pages')).to.deep.equal(['book-5', 'book-3', 'book-2', 'book-1', 'book-4']);
      expect(await listIds('/books?sort=author')).to.deep.equal(['book-1', 'book-2', 'book-3', 'book-5', 'book-4']);
      expect(await listIds('/books?sort=chapters.title')).to.deep.equal(['book-2', 'book-3', 'book-5', 'book-4', 'book-1']);
    });
  });

  describe('a single resource', () => {
    it('is served with attributes that have a value, every relationship as links, and its self link', async () => {
      const { status, body } = await get('/books/book-2');
      expect(status).to.equal(200);
      expect(body).to.have.keys(['data', 'links']);
      expect(body.links).to.deep.equal({ self: '/books/book-2' });
      expect(body.data!.attributes).to.deep.equal({ title: 'De Metsiers', pages: 180, price: 12.5, published: '1950-01-01', available: false, uri: 'http://example.org/books/book-2' });
      expect(body.data!.relationships['author']).to.deep.equal({ links: { self: '/books/book-2/links/author', related: '/books/book-2/author' } });
      expect(Object.keys(body.data!.relationships)).to.deep.equal(['author', 'publisher', 'prize', 'chapters', 'translations', 'notes']);
    });

    it('carries the request\'s parameters in every relationship self link', async () => {
      const { body } = await get('/books/book-1?fields[books]=title,author');
      expect(body.data!.relationships['author']!.links.self).to.equal('/books/book-1/links/author?fields[books]=title,author');
    });

    it('has no uri without include-uri', async () => {
      expect((await get('/publishers/publisher-1')).body.data!.attributes).to.deep.equal({ name: 'De Bezige Bij' });
    });

    it('404 {"data":null} for an unknown or invisible id and an unknown type; 500 for an id of another type', async () => {
      await expectAnswer('/books/nope', 404, NOT_FOUND);
      await expectAnswer('/notes/note-other-1', 404, NOT_FOUND);
      await expectAnswer('/awards/award-1', 404, NOT_FOUND);
      await expectAnswer('/awards', 404, NOT_FOUND);
      await expectAnswer('/books/author-1', 500, GENERIC_500);
      // Another type's id the session cannot see is simply not found.
      await expectAnswer('/books/note-other-1', 404, NOT_FOUND);
    });

    it('a path no route of mu-cl-resources has: Hunchentoot\'s 404 page', async () => {
      const { status, response } = await get('/books/book-1/author/more');
      expect(status).to.equal(404);
      expect(response.headers.get('Content-Type')).to.match(/^text\/html/);
    });

    it('tolerates trailing and doubled slashes', async () => {
      expect((await get('/books/')).status).to.equal(200);
      expect((await get('/books//book-1')).body.data!.id).to.equal('book-1');
    });
  });

  describe('related reads: /things/:id/rel and /things/:id/links/rel (the same handler)', () => {
    it('a has-one: the full resource and the relationship links, no meta or included', async () => {
      for (const path of ['/books/book-1/author', '/books/book-1/links/author']) {
        const { status, body } = await get(path);
        expect(status, path).to.equal(200);
        expect(body).to.have.keys(['data', 'links']);
        expect(body.data!.type).to.equal('authors');
        expect(body.data!.attributes['name']).to.equal('Hugo Claus');
        expect(body.links).to.deep.equal({ self: '/books/book-1/links/author', related: '/books/book-1/author' });
      }
      expect((await get('/books/book-2/publisher')).body).to.deep.equal({
        data: null,
        links: { self: '/books/book-2/links/publisher', related: '/books/book-2/publisher' },
      });
    });

    it('a has-many: a paged collection, its links on the path asked and the relationship\'s self', async () => {
      const { body } = await get('/books/book-1/chapters');
      expect(ids(body)).to.deep.equal(['chapter-1', 'chapter-2']);
      expect(body.meta).to.deep.equal({ count: 2 });
      expect(body.links).to.deep.equal({ first: '/books/book-1/chapters', last: '/books/book-1/chapters', self: '/books/book-1/links/chapters', related: '/books/book-1/chapters' });
      const paged = await get('/books/book-1/links/chapters?page[size]=1');
      expect(paged.body.links).to.deep.equal({
        first: '/books/book-1/links/chapters?page[size]=1',
        last: '/books/book-1/links/chapters?page[number]=1&page[size]=1',
        next: '/books/book-1/links/chapters?page[number]=1&page[size]=1',
        self: '/books/book-1/links/chapters?page[size]=1',
        related: '/books/book-1/chapters',
      });
    });

    it('an inverse has-many, filtered and sorted', async () => {
      expect(await listIds('/authors/author-1/books')).to.deep.equal(['book-1', 'book-2']);
      expect(await listIds('/authors/author-1/books?sort=pages')).to.deep.equal(['book-2', 'book-1']);
      expect(await listIds('/authors/author-1/books?filter[title]=metsiers')).to.deep.equal(['book-2']);
    });

    it('an unknown name in its filter or sort: 406 "Could not find link", on every image', async () => {
      for (const on of [loket, luckless]) {
        await expectAnswer('/books/book-1/chapters?filter[colour]=x', 406, muErrorBody(406, 'Could not find link (colour) on resource (chapters).'), on);
        await expectAnswer('/authors/author-1/books?filter[author][age]=1', 406, muErrorBody(406, 'Could not find link (age) on resource (authors).'), on);
        await expectAnswer('/books/book-1/chapters?sort=nope', 406, muErrorBody(406, 'Could not find link (nope) on resource (chapters).'), on);
      }
    });

    it('406 for an unknown relationship, 500 for an unknown id, 404 for an unknown type', async () => {
      await expectAnswer('/books/book-1/nope', 406, muErrorBody(406, 'Could not find link (nope) on resource (books).'));
      await expectAnswer('/books/book-1/links/nope', 406, muErrorBody(406, 'Could not find link (nope) on resource (books).'));
      await expectAnswer('/books/nope/author', 500, GENERIC_500);
      await expectAnswer('/books/nope/chapters', 500, GENERIC_500);
      await expectAnswer('/awards/x/winner', 404, NOT_FOUND);
    });
  });

  describe('inheritance', () => {
    it('listing the parent lists the subclass records, typed and linked as the subclass', async () => {
      const { body } = await get('/notes?page[size]=100');
      expect(body.meta!.count).to.equal(27);
      const review = body.data!.find((item) => item.id === 'review-1') as ResourceJson;
      expect(review.type).to.equal('reviews');
      expect(review.attributes).to.deep.equal({ text: 'Meesterwerk', rating: 5, uri: 'http://example.org/notes/review-1' });
      expect(review.relationships['reviewer']!.links).to.deep.equal({ self: '/reviews/review-1/links/reviewer?page[size]=100', related: '/reviews/review-1/reviewer' });
      expect(await listIds('/reviews')).to.deep.equal(['review-1', 'review-2']);
    });

    it('GET parent/:id of a child answers the child, with its own self link', async () => {
      const { body } = await get('/notes/review-1');
      expect(body.data!.type).to.equal('reviews');
      expect(body.links).to.deep.equal({ self: '/reviews/review-1' });
      // A note is no review: an id of another type.
      await expectAnswer('/reviews/note-1', 500, GENERIC_500);
    });

    it('filter and sort on the parent path take the parent\'s names for every item', async () => {
      expect(await listIds('/notes?filter[book][:id:]=book-1')).to.deep.equal(['note-1', 'note-2', 'note-3', 'review-1']);
      expect(await listIds('/notes?filter[text]=lang')).to.deep.equal(['review-2']);
    });
  });
});
