/**
 * A small library app for the engine's own tests, built the way the real apps are: a domain file
 * transcribed as `define-resource`s (an inverse link, a has-many, a superclass with a subclass, links
 * to resources the domain never defines, every attribute type), a dispatcher in the shape of the
 * Loket's `dispatcher.ex` (resources, a JSON-only rule, the HTML frontend fallback, a host-only rule
 * and the final 404), an authorization with a public group, a role group that writes the shared
 * graph, a per-bestuur role group and a predicate granted apart, and a mu-search index.
 */
import type { AppSpec, Dispatcher, SearchIndex } from '../../fake-loket/app-spec.js';
import type { DomainFile } from '../../fake-loket/domain.js';
import type { SeedFamily } from '../../fake-loket/family.js';
import { muJson } from '../../fake-loket/http.js';
import { FIRST_GEMEENTE_ID, createFakeLoket, type FakeLoket, type FakeLoketOptions, type StoredResource } from '../../fake-loket/index.js';

export const BOOK_URI = 'http://example.org/books/verdriet';
export const OTHER_BESTUUR_NOTE = 'note-other-1';
/** Roles of the test app's groups. */
export const EDITOR_ROLE = 'LoketLB-LPDCGebruiker';
export const NOTES_ROLE = 'LoketLB-berichtenGebruiker';

export const libraryDomain: DomainFile = {
  source: 'test/fake-loket library.lisp (written for the engine tests)',
  resources: [
    {
      name: 'book',
      path: 'books',
      class: 'schema:Book',
      base: 'http://example.org/books/',
      features: ['include-uri'],
      properties: {
        title: ['string', 'dct:title', 'required'],
        pages: ['integer', 'schema:numberOfPages'],
        price: ['number', 'schema:price'],
        published: ['date', 'schema:datePublished'],
        updated: ['datetime', 'dct:modified'],
        available: ['boolean', 'schema:availability'],
        summary: ['language-string-set', 'dct:abstract'],
        tags: ['string-set', 'schema:keywords'],
        website: ['url', 'foaf:page'],
      },
      hasOne: {
        author: ['author', 'schema:author'],
        publisher: ['publisher', 'schema:publisher'],
        // `award` is defined nowhere in this domain, as `participation` in the Loket's.
        prize: ['award', 'schema:award'],
      },
      hasMany: {
        chapters: ['chapter', 'schema:hasPart'],
        translations: ['translation', 'schema:workTranslation'],
        notes: ['note', 'schema:about', 'inverse'],
      },
    },
    {
      name: 'author',
      path: 'authors',
      class: 'schema:Person',
      base: 'http://example.org/authors/',
      features: ['include-uri'],
      properties: {
        name: ['string', 'foaf:name'],
        born: ['date', 'schema:birthDate'],
        email: ['string', 'schema:email'],
      },
      hasOne: { publisher: ['publisher', 'schema:worksFor'] },
      hasMany: { books: ['book', 'schema:author', 'inverse'] },
    },
    // No `include-uri`: no `uri` attribute.
    { name: 'publisher', path: 'publishers', class: 'schema:Organization', base: 'http://example.org/publishers/', properties: { name: ['string', 'foaf:name'] } },
    {
      name: 'chapter',
      path: 'chapters',
      class: 'schema:Chapter',
      base: 'http://example.org/chapters/',
      features: ['include-uri'],
      properties: { title: ['string', 'dct:title'], position: ['integer', 'schema:position'] },
    },
    {
      name: 'note',
      path: 'notes',
      class: 'schema:Comment',
      base: 'http://example.org/notes/',
      features: ['include-uri'],
      properties: { text: ['string', 'schema:text'], written: ['datetime', 'dct:created'] },
      hasOne: { book: ['book', 'schema:about'] },
    },
    // A subclass: its own attribute and link beside the note's.
    {
      name: 'review',
      path: 'reviews',
      class: 'schema:Review',
      parent: 'note',
      properties: { rating: ['integer', 'schema:ratingValue'] },
      hasOne: { reviewer: ['author', 'ext:reviewer'] },
    },
    {
      name: 'file',
      path: 'files',
      class: 'nfo:FileDataObject',
      base: 'http://example.org/files/',
      features: ['no-pagination-defaults', 'include-uri'],
      properties: {
        filename: ['string', 'nfo:fileName'],
        format: ['string', 'dct:format'],
        size: ['number', 'nfo:fileSize'],
        extension: ['string', 'dbpedia:fileExtension'],
        created: ['datetime', 'dct:created'],
      },
      hasOne: { download: ['file', 'nie:dataSource', 'inverse'] },
    },
  ],
};

export const libraryDispatcher: Dispatcher = {
  source: 'test/fake-loket dispatcher.ex (in the Loket\'s shape)',
  rules: [
    { method: 'match', path: '/publishers/*path', to: 'resource', line: 1 },
    { method: 'match', path: '/authors/*path', to: 'resource', line: 2 },
    { method: 'GET', path: '/books/search/*path', to: 'search', line: 3 },
    { method: 'match', path: '/books/*path', to: 'resource', line: 4 },
    { method: 'match', path: '/chapters/*path', accept: 'json', to: 'resource', line: 5 },
    { method: 'match', path: '/notes/*path', to: 'resource', line: 6 },
    { method: 'match', path: '/reviews/*path', to: 'resource', line: 7 },
    // Forwarded to mu-cl-resources, which defines no such resource.
    { method: 'match', path: '/awards/*path', to: 'resource', line: 8 },
    { method: 'GET', path: '/files/:id/download', to: 'file', line: 9 },
    { method: 'GET', path: '/files/*path', to: 'resource', line: 10 },
    { method: 'POST', path: '/files/*path', to: 'file', line: 11 },
    { method: 'DELETE', path: '/files/*path', to: 'file', line: 12 },
    { method: 'GET', path: '/stats', to: 'stats', line: 13 },
    // A service this app does not implement.
    { method: 'match', path: '/export/*path', to: 'exporter', line: 14 },
    // Only on a `dashboard.` host: never on the fake's.
    { method: 'match', path: '/sessions/*path', to: 'login-dashboard', host: 'dashboard', line: 15 },
    { method: 'match', path: '/sessions/*path', to: 'login', line: 16 },
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend', line: 17 },
    { method: 'GET', path: '/health/books', to: 'resource', resource: 'books', line: 18 },
    { method: 'match', path: '/*_', to: 'not-found', line: 19 },
  ],
  notFoundBody: 'Route not found.  See config/dispatcher.ex',
};

export const libraryAuthorization: AppSpec['authorization'] = {
  source: 'test/fake-loket config.ex',
  groups: [
    { name: 'public', audience: 'public', scope: 'shared', read: ['books', 'authors', 'publishers', 'chapters', 'files'] },
    { name: 'editors', audience: { role: EDITOR_ROLE }, scope: 'shared', read: [], write: ['books', 'authors', 'publishers', 'chapters'] },
    // A predicate granted apart: an author's e-mail sits in a graph only the notes role reads and writes.
    { name: 'contact', audience: { role: NOTES_ROLE }, scope: 'shared', read: ['authors#email'], write: ['authors#email'] },
    { name: 'o-notes-rwf', audience: { role: NOTES_ROLE }, scope: 'bestuur', read: ['notes', 'files'], write: ['notes', 'files'] },
  ],
};

const rec = (type: string, id: string, attributes: Record<string, unknown>, relationships: StoredResource['relationships'] = {}, owner?: string): StoredResource => ({
  type,
  id,
  attributes,
  relationships,
  ...(owner ? { owner } : {}),
});

/** The books and what they hang on; public. */
export const libraryFamily: SeedFamily & { base: true } = {
  name: 'library',
  base: true,
  seed() {
    return [
      rec('publishers', 'publisher-1', { name: 'De Bezige Bij' }),
      rec('publishers', 'publisher-2', { name: 'Querido' }),
      rec('authors', 'author-1', { uri: 'http://example.org/authors/author-1', name: 'Hugo Claus', born: '1929-04-05', email: 'hugo@example.org' }, { publisher: 'publisher-1' }),
      rec('authors', 'author-2', { uri: 'http://example.org/authors/author-2', name: 'Annie M.G. Schmidt', born: '1911-05-20' }, { publisher: 'publisher-2' }),
      rec('authors', 'author-3', { uri: 'http://example.org/authors/author-3', name: 'Louis Paul Boon' }, { publisher: null }),
      rec('chapters', 'chapter-1', { uri: 'http://example.org/chapters/chapter-1', title: 'Het verdriet', position: 1 }),
      rec('chapters', 'chapter-2', { uri: 'http://example.org/chapters/chapter-2', title: 'Van België', position: 2 }),
      rec('chapters', 'chapter-3', { uri: 'http://example.org/chapters/chapter-3', title: 'De kapel', position: 1 }),
      rec(
        'books',
        'book-1',
        {
          uri: BOOK_URI,
          title: 'Het verdriet van België',
          pages: 770,
          price: 24.99,
          published: '1983-03-01',
          updated: '2024-05-01T10:00:00+02:00',
          available: true,
          summary: [
            { content: 'Oorlogsroman', language: 'nl' },
            { content: 'War novel', language: 'en' },
          ],
          tags: ['roman', 'oorlog'],
          website: 'https://www.dbnl.org/tekst/claus001verd01',
        },
        { author: 'author-1', publisher: 'publisher-1', chapters: ['chapter-1', 'chapter-2'], prize: 'award-1' },
      ),
      rec('books', 'book-2', { uri: 'http://example.org/books/book-2', title: 'De Metsiers', pages: 180, price: 12.5, published: '1950-01-01', available: false }, { author: 'author-1', chapters: [] }),
      rec(
        'books',
        'book-3',
        { uri: 'http://example.org/books/book-3', title: 'Jip en Janneke', pages: 120, published: '1953-06-01', updated: '2023-01-01T00:00:00Z', tags: ['kinderboek'] },
        { author: 'author-2', publisher: 'publisher-2' },
      ),
      rec('books', 'book-4', { uri: 'http://example.org/books/book-4', title: 'De Kapellekensbaan', pages: 400 }, { author: 'author-3', chapters: ['chapter-3'] }),
      rec('books', 'book-5', { uri: 'http://example.org/books/book-5', title: 'bijna klaar', pages: 90, published: '2001-01-01' }, { author: 'author-2' }),
      // More files than a page holds: `no-pagination-defaults` lists them all.
      ...Array.from({ length: 22 }, (_, i) =>
        rec('files', `file-${i + 1}`, { uri: `http://example.org/files/file-${i + 1}`, filename: `bijlage-${i + 1}.pdf`, format: 'application/pdf', size: 1000 + i, extension: 'pdf' }),
      ),
    ];
  },
};

/**
 * Notes in per-bestuur graphs: 25 of Gemeente Aalst (the default session's bestuur), two reviews
 * of Aalst, and notes of another bestuur the default session never sees.
 */
export const notesFamily: SeedFamily = {
  name: 'notes',
  seed({ world }) {
    const other = world.besturen[2]!.id;
    const notes: StoredResource[] = [];
    for (let i = 1; i <= 25; i++) {
      notes.push(
        rec('notes', `note-${i}`, { uri: `http://example.org/notes/note-${i}`, text: `Nota ${i}`, written: `2024-01-${String(i).padStart(2, '0')}T09:00:00Z` }, { book: i <= 3 ? 'book-1' : null }, FIRST_GEMEENTE_ID),
      );
    }
    notes.push(rec('reviews', 'review-1', { uri: 'http://example.org/notes/review-1', text: 'Meesterwerk', rating: 5 }, { book: 'book-1', reviewer: 'author-2' }, FIRST_GEMEENTE_ID));
    notes.push(rec('reviews', 'review-2', { uri: 'http://example.org/notes/review-2', text: 'Te lang', rating: 2 }, { book: 'book-4', reviewer: null }, FIRST_GEMEENTE_ID));
    notes.push(rec('notes', OTHER_BESTUUR_NOTE, { uri: `http://example.org/notes/${OTHER_BESTUUR_NOTE}`, text: 'Nota van Berlare' }, { book: 'book-1' }, other));
    notes.push(rec('notes', 'note-other-2', { uri: 'http://example.org/notes/note-other-2', text: 'Nog een nota van Berlare' }, { book: null }, other));
    return notes;
  },
};

/** The book search index: what a mu-search config.json for `books` would build. */
export const bookIndex: SearchIndex = {
  source: 'test/fake-loket search config.json',
  type: 'book',
  path: 'books',
  resource: 'books',
  audience: 'public',
  fields: { uuid: 'keyword', title: 'text', 'title.raw': 'keyword', pages: 'number', published: 'date', available: 'boolean', tags: 'keyword', authorName: 'text' },
  document(record, related) {
    const tags = (record.attributes['tags'] as string[] | undefined) ?? [];
    return {
      uuid: record.id,
      title: record.attributes['title'] ?? null,
      pages: record.attributes['pages'] ?? null,
      published: record.attributes['published'] ?? null,
      available: record.attributes['available'] ?? null,
      tags: tags.length === 0 ? null : tags.length === 1 ? tags[0] : tags,
      authorName: related(record, 'author')[0]?.attributes['name'] ?? null,
    };
  },
};

export function libraryApp(quirks: AppSpec['quirks'] = {}): AppSpec {
  return {
    name: 'library',
    domain: [libraryDomain],
    dispatcher: libraryDispatcher,
    authorization: libraryAuthorization,
    search: [bookIndex],
    services: {
      login: 'login',
      search: 'search',
      file: 'file',
      stats: [{ method: 'GET', pattern: /^\/stats$/, handle: ({ db }) => muJson({ books: [...db.records('books')].length }) }],
    },
    families: [libraryFamily, notesFamily],
    quirks,
  };
}

/** The library app as the Loket's image answers (the default: as v1.25+ images do). */
export const testApp = libraryApp();

export const JSON_API = 'application/vnd.api+json';
export const ORIGIN = 'https://loket.test';

export interface ResourceJson {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships: Record<string, { links: { self: string; related: string }; data?: unknown }>;
  links?: { self: string };
}

/** A parsed answer; which members are there depends on the request, so all are optional. */
export interface DocumentJson {
  /** A list or a single resource, as the request decides; typed as both to keep tests short. */
  data?: ResourceJson[] & ResourceJson;
  included?: ResourceJson[];
  links?: Record<string, string>;
  meta?: { count: number };
  errors?: unknown;
  relationships?: Record<string, { data: { type: string; id: string } }>;
  count?: number;
}

export interface Answer {
  status: number;
  body: DocumentJson;
  text: string;
  response: Response;
}

/** A GET with the Accept header Ember Data sends, answered as status + parsed body. */
export async function getJson(fetcher: typeof fetch, path: string, accept: string | null = JSON_API): Promise<Answer> {
  const response = await fetcher(`${ORIGIN}${path}`, { headers: accept === null ? {} : { Accept: accept } });
  const text = await response.text();
  const isJson = (response.headers.get('Content-Type') ?? '').includes('json');
  return { status: response.status, body: isJson && text ? (JSON.parse(text) as DocumentJson) : {}, text, response };
}

export function ids(body: DocumentJson): string[] {
  return (body.data ?? []).map((resource) => resource.id);
}

/** A write with both JSON:API headers; a string body is sent as it is. */
export function send(fetcher: typeof fetch, method: string, path: string, body: unknown, contentType: string | null = JSON_API): Promise<Response> {
  const headers: Record<string, string> = { Accept: JSON_API };
  if (contentType !== null) headers['Content-Type'] = contentType;
  return fetcher(`${ORIGIN}${path}`, { method, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** mu-cl-resources' error object: `{"errors": {status, code, title?}}`. */
export function muErrorBody(status: number, title?: string): { errors: Record<string, string> } {
  const text: Record<number, string> = { 403: 'forbidden', 406: 'Not Acceptable', 409: 'Conflict', 422: 'Unprocessable Entity', 500: 'Server Error' };
  return { errors: { status: text[status]!, code: String(status), ...(title === undefined ? {} : { title }) } };
}

export const GENERIC_500 = muErrorBody(500, 'Something went wrong while processing the request');

/** The library app served in the Loket's place, without the other apps (they are not needed here). */
export function createLibrary(options: FakeLoketOptions & { quirks?: AppSpec['quirks'] } = {}): FakeLoket {
  const { quirks, ...rest } = options;
  return createFakeLoket({ seed: 7, roots: { lmb: null, subsidiepunt: null, contactgegevens: null }, ...rest, specs: { loket: libraryApp(quirks) } });
}
