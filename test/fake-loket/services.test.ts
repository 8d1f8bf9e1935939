// The services the fake implements for every app: the file service (mu-semtech/file-service v3.3.0
// web.rb) and mu-search (v0.11.0, /work/notes/mu-behaviour.md section 13).
import { expect } from '@open-wc/testing';
import type { FakeLoket } from '../../fake-loket/index.js';
import { JSON_API, ORIGIN, createLibrary, getJson } from './test-app.js';

async function upload(loket: FakeLoket, file: Blob, name?: string): Promise<Response> {
  const form = new FormData();
  if (name === undefined) form.append('file', file);
  else form.append('file', file, name);
  return loket.fetch(`${ORIGIN}/files`, { method: 'POST', headers: { Accept: JSON_API }, body: form });
}

describe('fake Loket: the file service', () => {
  let loket: FakeLoket;

  beforeEach(() => {
    loket = createLibrary();
  });

  it('POST /files (multipart, field `file`): 201 with the upload\'s own shape; format as libmagic reads the bytes', async () => {
    const response = await upload(loket, new Blob(['%PDF-1.4 een besluit'], { type: 'text/plain' }), 'Besluit 12.PDF');
    expect(response.status).to.equal(201);
    expect(response.headers.get('Content-Type')).to.equal(JSON_API);
    const body = (await response.json()) as { data: { id: string; attributes: Record<string, unknown> }; links: { self: string } };
    expect(body.data.attributes).to.deep.equal({ name: 'Besluit 12.PDF', format: 'application/pdf; charset=binary', size: 20, extension: 'PDF' });
    expect(body.links).to.deep.equal({ self: `/files/${body.data.id}` });
    // Both file objects are made: the virtual one (answered) and the physical one it points at.
    const { body: stored } = await getJson(loket.fetch, `/files/${body.data.id}?include=download`);
    expect(stored.data!.attributes).to.include({ filename: 'Besluit 12.PDF', size: 20, extension: 'PDF' });
    const physical = stored.included![0]!;
    expect(physical.attributes['uri']).to.equal(`share://${physical.id}.PDF`);
    expect(physical.attributes['filename']).to.equal(`${physical.id}.PDF`);
  });

  it('text is text/plain with its charset, whatever the browser said', async () => {
    const ascii = (await (await upload(loket, new Blob(['hallo'], { type: 'application/pdf' }), 'a.txt')).json()) as { data: { attributes: { format: string } } };
    expect(ascii.data.attributes.format).to.equal('text/plain; charset=us-ascii');
    const utf8 = (await (await upload(loket, new Blob(['Ĳzer en één'], { type: '' }), 'b')).json()) as { data: { attributes: { format: string; extension: string } } };
    expect(utf8.data.attributes.format).to.equal('text/plain; charset=utf-8');
    expect(utf8.data.attributes.extension).to.equal('b');
  });

  it('400 without a `file` field', async () => {
    const response = await loket.fetch(`${ORIGIN}/files`, { method: 'POST', headers: { Accept: JSON_API }, body: new FormData() });
    expect(response.status).to.equal(400);
    expect(await response.json()).to.deep.equal({ errors: [{ title: 'File parameter is required.' }] });
  });

  it('GET /files/:id/download: the bytes, named after the stored file unless ?name= says otherwise', async () => {
    const { data } = (await (await upload(loket, new Blob(['%PDF-1.7 bytes']), 'verslag.pdf')).json()) as { data: { id: string } };
    const download = await loket.fetch(`${ORIGIN}/files/${data.id}/download`);
    expect(download.status).to.equal(200);
    expect(await download.text()).to.equal('%PDF-1.7 bytes');
    expect(download.headers.get('Content-Type')).to.equal('application/pdf');
    expect(download.headers.get('Content-Disposition')).to.match(/^attachment; filename="[0-9a-f-]{36}\.pdf"$/);
    const named = await loket.fetch(`${ORIGIN}/files/${data.id}/download?name=${encodeURIComponent('Verslag "mei".pdf')}&content-disposition=INLINE`);
    expect(named.headers.get('Content-Disposition')).to.equal('inline; filename="Verslag _mei_.pdf"');
  });

  it('404 with no body for a file the session cannot see, or nobody has', async () => {
    const { data } = (await (await upload(loket, new Blob(['x']), 'geheim.txt')).json()) as { data: { id: string } };
    loket.setSession({ groupId: loket.world.besturen[2]!.id });
    for (const id of [data.id, 'nope']) {
      const response = await loket.fetch(`${ORIGIN}/files/${id}/download`);
      expect(response.status).to.equal(404);
      expect(await response.text()).to.equal('');
    }
  });

  it('an upload goes to the session\'s bestuur graph; without the role it is dropped, still 201', async () => {
    const { data } = (await (await upload(loket, new Blob(['x']), 'x.txt')).json()) as { data: { id: string } };
    expect(loket.store.get('files')!.get(data.id)!.owner).to.equal(loket.session!.groupId);
    loket.setSession({ roles: [] });
    const dropped = await upload(loket, new Blob(['y']), 'y.txt');
    expect(dropped.status).to.equal(201);
    const { data: lost } = (await dropped.json()) as { data: { id: string } };
    expect(loket.store.get('files')!.has(lost.id)).to.equal(false);
  });

  it('DELETE /files/:id: 204, both file objects and the bytes gone; 404 for an unknown one', async () => {
    const { data } = (await (await upload(loket, new Blob(['weg']), 'weg.txt')).json()) as { data: { id: string } };
    const before = loket.store.get('files')!.size;
    const response = await loket.fetch(`${ORIGIN}/files/${data.id}`, { method: 'DELETE' });
    expect(response.status).to.equal(204);
    expect(loket.store.get('files')!.size).to.equal(before - 2);
    expect((await loket.fetch(`${ORIGIN}/files/${data.id}/download`)).status).to.equal(404);
    expect((await loket.fetch(`${ORIGIN}/files/nope`, { method: 'DELETE' })).status).to.equal(404);
  });
});

describe('fake Loket: mu-search (v0.11)', () => {
  let loket: FakeLoket;
  const search = (query: string) => getJson(loket.fetch, `/books/search${query ? `?${query}` : ''}`);
  const hitIds = async (query: string) => {
    const { status, body } = await search(query);
    expect(status, query).to.equal(200);
    return ids(body as { data?: { id: string }[] });
  };
  const ids = (body: { data?: { id: string }[] }) => (body.data ?? []).map((hit) => hit.id).sort();

  beforeEach(() => {
    loket = createLibrary();
  });

  it('answers count at the top level, typed hits with uri and highlight null, and five links', async () => {
    const { status, body, response } = await search('filter[title]=metsiers');
    expect(status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.equal(JSON_API);
    expect(body).to.have.keys(['count', 'data', 'links']);
    expect(body.count).to.equal(1);
    expect(body.data![0]).to.deep.equal({
      type: 'book',
      id: 'book-2',
      attributes: { uuid: 'book-2', title: 'De Metsiers', pages: 180, published: '1950-01-01', available: false, tags: null, authorName: 'Hugo Claus', uri: 'http://example.org/books/book-2' },
      highlight: null,
    });
  });

  it('links as v0.11 builds them: the raw query, page[size] only when sent, last = count / size', async () => {
    expect((await search('')).body.links).to.deep.equal({
      self: '/books/search?',
      first: '/books/search?',
      last: '/books/search?',
      prev: '/books/search?',
      next: '/books/search?',
    });
    expect((await search('filter[:sqs:title]=de&page[size]=1&page[number]=1')).body.links).to.deep.equal({
      self: '/books/search?filter[:sqs:title]=de&page[number]=1&page[size]=1',
      first: '/books/search?filter[:sqs:title]=de&page[size]=1',
      last: '/books/search?filter[:sqs:title]=de&page[number]=2&page[size]=1',
      prev: '/books/search?filter[:sqs:title]=de&page[size]=1',
      next: '/books/search?filter[:sqs:title]=de&page[number]=2&page[size]=1',
    });
    // Five books at the default size 10: last is page 0.
    const { body } = await search('page[number]=3');
    expect(body.data).to.deep.equal([]);
    expect(body.links!['self']).to.equal('/books/search?&page[number]=3');
    expect(body.links!['next']).to.equal('/books/search?');
  });

  it('pages by 10 from page 0', async () => {
    const { body } = await search('');
    expect(body.count).to.equal(5);
    expect(body.data).to.have.length(5);
    expect((await search('page[size]=2&page[number]=2')).body.data).to.have.length(1);
  });

  it('text: multi_match ORs the words, :sqs: ANDs them and takes prefixes, phrases keep order', async () => {
    expect(await hitIds('filter[title]=metsiers%20janneke')).to.deep.equal(['book-2', 'book-3']);
    expect(await hitIds('filter[:sqs:title]=jip%20janneke')).to.deep.equal(['book-3']);
    expect(await hitIds('filter[:sqs:title]=jip%20metsiers')).to.deep.equal([]);
    expect(await hitIds('filter[:sqs:title,authorName]=kapel*')).to.deep.equal(['book-4']);
    expect(await hitIds('filter[:sqs:_all]=claus')).to.deep.equal(['book-1', 'book-2']);
    expect(await hitIds('filter[:phrase:title]=verdriet%20van')).to.deep.equal(['book-1']);
    expect(await hitIds('filter[:phrase:title]=van%20verdriet')).to.deep.equal([]);
    expect(await hitIds('filter[:phrase_prefix:title]=verdriet%20va')).to.deep.equal(['book-1']);
    expect(await hitIds('filter[:fuzzy:title]=metsers')).to.deep.equal(['book-2']);
  });

  it(':term:, :terms:, :id:, :uri:, :prefix:, :wildcard: and ranges', async () => {
    expect(await hitIds('filter[:term:tags]=roman')).to.deep.equal(['book-1']);
    expect(await hitIds('filter[:terms:tags]=roman,kinderboek')).to.deep.equal(['book-1', 'book-3']);
    expect(await hitIds('filter[:id:]=book-2,book-5')).to.deep.equal(['book-2', 'book-5']);
    expect(await hitIds(`filter[:uri:]=${encodeURIComponent('http://example.org/books/book-3')}`)).to.deep.equal(['book-3']);
    expect(await hitIds('filter[:prefix:title.raw]=De%20')).to.deep.equal(['book-2', 'book-4']);
    expect(await hitIds('filter[:wildcard:title.raw]=*aan')).to.deep.equal(['book-4']);
    expect(await hitIds('filter[:gt:pages]=180')).to.deep.equal(['book-1', 'book-4']);
    expect(await hitIds('filter[:gte,lte:pages]=120,400')).to.deep.equal(['book-2', 'book-3', 'book-4']);
    expect(await hitIds('filter[:lt:published]=1953-01-01')).to.deep.equal(['book-2']);
    expect(await hitIds('filter[available]=false&filter[:gt:pages]=100')).to.deep.equal(['book-2']);
  });

  it(':has: and :has-no: only with a true value', async () => {
    expect(await hitIds('filter[:has:published]=t')).to.deep.equal(['book-1', 'book-2', 'book-3', 'book-5']);
    expect(await hitIds('filter[:has-no:published]=TRUE')).to.deep.equal(['book-4']);
    expect(await hitIds('filter[:has-no:published]=false')).to.deep.equal(['book-1', 'book-2', 'book-3', 'book-4', 'book-5']);
  });

  it('a field the index lacks matches nothing; a repeated filter key: the last wins', async () => {
    expect(await hitIds('filter[colour]=rood')).to.deep.equal([]);
    expect(await hitIds('filter[:has-no:colour]=t')).to.have.length(5);
    expect(await hitIds('filter[title]=jip&filter[title]=metsiers')).to.deep.equal(['book-2']);
  });

  it('sorts on keyword, number and date fields, documents without the field last', async () => {
    const { body } = await search('sort[pages]=desc');
    expect(body.data!.map((hit) => hit.id)).to.deep.equal(['book-1', 'book-4', 'book-2', 'book-3', 'book-5']);
    const dated = await search('sort[published]=asc');
    expect(dated.body.data!.map((hit) => hit.id)).to.deep.equal(['book-2', 'book-3', 'book-1', 'book-5', 'book-4']);
  });

  it('highlights the matched words of the asked fields', async () => {
    const { body } = await search('filter[:sqs:title]=verdriet&highlight[:fields:]=title');
    expect((body.data![0] as unknown as { highlight: unknown }).highlight).to.deep.equal({ title: ['Het <em>verdriet</em> van België'] });
  });

  it('refuses what mu-search or Elasticsearch refuses', async () => {
    const cases: [string, number, string | RegExp][] = [
      ['filter[:nope:title]=x', 400, 'Unsupported filter flag :nope:'],
      ['filter[:term:title,tags]=x', 400, 'Param term only supports exactly one field, but received ["title", "tags"]'],
      ['filter[:gte,lte:pages]=1,2,3', 400, 'Expected 2 comma-separated values for filter flag gte,lte, but received 1,2,3'],
      ['filter[:gte,gt:pages]=1,2', 400, 'Unsupported filter flag :gte,gt:'],
      ['sort[title]=asc', 400, /^Invalid search query \{/],
      ['sort[colour]=asc', 400, /^Invalid search query \{/],
      ['sort[pages]=up', 400, /^Invalid search query \{/],
      ['sort=title', 500, '#<NoMethodError: undefined method `map\' for "title":String>'],
      ['highlight[:fields:]=title', 500, /^#<NoMethodError: undefined method `empty\?'/],
      ['page[size]=0', 500, '#<ZeroDivisionError: divided by 0>'],
    ];
    for (const [query, status, title] of cases) {
      const { status: got, body } = await search(query);
      expect(got, query).to.equal(status);
      const [error] = body.errors as { title: string }[];
      expect(error!.title, query).to.match(typeof title === 'string' ? new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : title);
    }
    // Not mu-search's route (`get "/:path/search"`): Sinatra's 404.
    expect((await getJson(loket.fetch, '/books/search/extra')).status).to.equal(404);
  });
});
