import type { SeedFamily } from '../../fake-loket/family.js';
import type { StoredResource } from '../../fake-loket/schema.js';

/** A small library, written so every dialect rule has a record that shows it. */
const rec = (type: string, id: string, attributes: Record<string, unknown>, relationships: StoredResource['relationships'] = {}): StoredResource => ({
  type,
  id,
  attributes,
  relationships,
});

export const BOOK_URI = 'http://example.org/books/verdriet';

export const testFamily: SeedFamily = {
  name: 'library',
  writeRole: 'LoketLB-mandaatGebruiker',
  types: [
    {
      type: 'books',
      attributes: {
        title: 'string',
        pages: 'number',
        published: 'date',
        updated: 'datetime',
        available: 'boolean',
        summary: 'language-string-set',
        tags: 'string-set',
      },
      relationships: { author: { type: 'authors' }, chapters: { type: 'chapters', many: true } },
      required: ['title', 'author'],
    },
    {
      type: 'authors',
      attributes: { name: 'string' },
      relationships: { publisher: { type: 'publishers' }, books: { type: 'books', many: true, inverse: 'author' } },
    },
    { type: 'publishers', attributes: { name: 'string' }, relationships: {} },
    { type: 'chapters', attributes: { title: 'string' }, relationships: {} },
    { type: 'notes', attributes: { text: 'string' }, relationships: {} },
  ],
  seed() {
    return [
      rec('publishers', 'publisher-1', { name: 'De Bezige Bij' }),
      rec('publishers', 'publisher-2', { name: 'Querido' }),
      rec('authors', 'author-1', { name: 'Hugo Claus' }, { publisher: 'publisher-1' }),
      rec('authors', 'author-2', { name: 'Annie M.G. Schmidt' }, { publisher: 'publisher-2' }),
      rec('authors', 'author-3', { name: 'Louis Paul Boon' }, { publisher: null }),
      rec('chapters', 'chapter-1', { title: 'Het verdriet' }),
      rec('chapters', 'chapter-2', { title: 'Van België' }),
      rec('chapters', 'chapter-3', { title: 'De kapel' }),
      rec(
        'books',
        'book-1',
        {
          uri: BOOK_URI,
          title: 'Het verdriet van België',
          pages: 770,
          published: '1983-03-01',
          updated: '2024-05-01T10:00:00+02:00',
          available: true,
          summary: [
            { content: 'Oorlogsroman', language: 'nl' },
            { content: 'War novel', language: 'en' },
          ],
          tags: ['roman', 'oorlog'],
        },
        { author: 'author-1', chapters: ['chapter-1', 'chapter-2'] },
      ),
      rec('books', 'book-2', { title: 'De Metsiers', pages: 180, published: '1950-01-01', available: false }, { author: 'author-1', chapters: [] }),
      rec(
        'books',
        'book-3',
        { title: 'Jip en Janneke', pages: 120, published: '1953-06-01', updated: '2023-01-01T00:00:00Z', tags: ['kinderboek'] },
        { author: 'author-2' },
      ),
      rec('books', 'book-4', { title: 'De Kapellekensbaan', pages: 400 }, { author: 'author-3', chapters: ['chapter-3'] }),
      rec('books', 'book-5', { title: 'bijna klaar', pages: 90, published: '2001-01-01' }, { author: 'author-2' }),
      ...Array.from({ length: 25 }, (_, i) => rec('notes', `note-${i + 1}`, { text: `Nota ${i + 1}` })),
    ];
  },
};

export const JSON_API = 'application/vnd.api+json';
export const ORIGIN = 'https://loket.test';

export interface ResourceJson {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships: Record<string, { links: { self: string; related: string }; data?: unknown }>;
  links: { self: string };
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
}

export interface Answer {
  status: number;
  body: DocumentJson;
  response: Response;
}

/** A GET with the Accept header the real server demands, answered as status + parsed body. */
export async function getJson(fetcher: typeof fetch, path: string, accept: string | null = JSON_API): Promise<Answer> {
  const response = await fetcher(`${ORIGIN}${path}`, { headers: accept === null ? {} : { Accept: accept } });
  const text = await response.text();
  const isJson = (response.headers.get('Content-Type') ?? '').includes('json');
  return { status: response.status, body: isJson && text ? (JSON.parse(text) as DocumentJson) : {}, response };
}

export function ids(body: DocumentJson): string[] {
  return (body.data ?? []).map((resource) => resource.id);
}

/** A write with both JSON:API headers. */
export function send(fetcher: typeof fetch, method: string, path: string, body: unknown, contentType = JSON_API): Promise<Response> {
  return fetcher(`${ORIGIN}${path}`, {
    method,
    headers: { Accept: JSON_API, 'Content-Type': contentType },
    body: JSON.stringify(body),
  });
}
