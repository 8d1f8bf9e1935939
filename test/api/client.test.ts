import { expect } from '@open-wc/testing';
import { LoketClient } from '../../src/api/client.js';
import type { ResourceView } from '../../src/api/document.js';
import { LoketError } from '../../src/api/errors.js';
import { query } from '../../src/api/query.js';
import { jsonApi, noContent, rejection, stubClient, stubTransport, until } from './stub-transport.js';

const MEDIA_TYPE = 'application/vnd.api+json';

function page(ids: string[], extra: Record<string, unknown> = {}) {
  return { data: ids.map((id) => ({ type: 'concepts', id, attributes: { label: `Label ${id}` } })), ...extra };
}

function asLoketError(error: unknown): LoketError {
  expect(error).to.be.instanceOf(LoketError);
  return error as LoketError;
}

/** A response that never comes, unless the request is aborted. */
function pending(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });
}

describe('LoketClient requests', () => {
  it('sends JSON:API reads to apiBase with the cookie session by default', async () => {
    const { client, requests } = stubClient(() => jsonApi(page(['a'])));
    await client.get('/concepts', query().contains('label', 'Burger').page(0, 5));
    const [request] = requests;
    expect(request!.method).to.equal('GET');
    expect(decodeURIComponent(request!.url)).to.equal(
      'https://loket.test/api/concepts?filter[label]=Burger&page[number]=0&page[size]=5',
    );
    expect(request!.headers.get('Accept')).to.equal(MEDIA_TYPE);
    expect(request!.credentials).to.equal('include');
    expect(request!.headers.has('Authorization')).to.equal(false);
  });

  it('uses the credentials mode it is given', async () => {
    const { client, requests } = stubClient(() => jsonApi(page([])), { credentials: 'same-origin' });
    await client.get('concepts');
    expect(requests[0]!.credentials).to.equal('same-origin');
  });

  it('resolves a relative apiBase against the page', async () => {
    const { client, requests } = stubClient(() => jsonApi(page([])), { apiBase: '/api' });
    await client.get('concepts');
    expect(requests[0]!.url).to.equal(new URL('/api/concepts', document.baseURI).href);
    expect(client.url('files/f1/download')).to.equal(new URL('/api/files/f1/download', document.baseURI).href);
  });

  it('takes an empty apiBase as the site root', async () => {
    const { client, requests } = stubClient(() => jsonApi(page([])), { apiBase: '' });
    await client.get('/concepts');
    expect(requests[0]!.url).to.equal(new URL('/concepts', document.baseURI).href);
  });

  it('adds the bearer token of a token provider, asked per request', async () => {
    let token: string | null = 'token-1';
    const { client, requests } = stubClient(() => jsonApi(page([])), { tokenProvider: async () => token });
    await client.get('concepts');
    token = null;
    await client.get('concepts');
    expect(requests[0]!.headers.get('Authorization')).to.equal('Bearer token-1');
    expect(requests[1]!.headers.has('Authorization')).to.equal(false);
  });

  it('reports a failing token provider as unauthorized, without a request', async () => {
    const { client, requests } = stubClient(() => jsonApi(page([])), {
      tokenProvider: async () => {
        throw new Error('login expired');
      },
    });
    const error = asLoketError(await rejection(client.get('concepts')));
    expect(error.kind).to.equal('unauthorized');
    expect(requests).to.have.length(0);
  });

  it('reads a validated document with the client language', async () => {
    const { client } = stubClient(() =>
      jsonApi({
        data: { type: 'concepts', id: 'c1', attributes: { label: [{ content: 'Citoyen', language: 'fr' }, { content: 'Burger', language: 'nl' }] } },
      }),
    );
    client.lang = 'fr';
    const document = await client.get('concepts/c1');
    expect(document.primary?.langString('label')).to.equal('Citoyen');
    const dutch = await client.get('concepts/c1', undefined, { lang: 'nl' });
    expect(dutch.primary?.langString('label')).to.equal('Burger');
  });

  it('adds a query to a path that already has one', async () => {
    const { client, requests } = stubClient(() => jsonApi(page([])));
    await client.get('public-services/search?filter[isArchived]=false', query().page(1, 5));
    expect(decodeURIComponent(requests[0]!.url)).to.equal(
      'https://loket.test/api/public-services/search?filter[isArchived]=false&page[number]=1&page[size]=5',
    );
  });
});

describe('LoketClient lists', () => {
  it('maps a page and exposes count, paging and links', async () => {
    const { client } = stubClient(() => jsonApi(page(['a', 'b'], { meta: { count: 12 }, links: { next: '/concepts?page[number]=2' } })));
    const result = await client.list('concepts', query().page(1, 2), (view) => view.string('label'));
    expect(result.items).to.deep.equal(['Label a', 'Label b']);
    expect(result.count).to.equal(12);
    expect(result.page).to.deep.equal({ number: 1, size: 2 });
    expect(result.links.next).to.equal('/concepts?page[number]=2');
    expect(result.skipped).to.equal(0);
  });

  it('leaves out resources a mapper refuses, and counts them', async () => {
    const { client } = stubClient(() =>
      jsonApi({ data: [{ type: 'personen', id: '1', attributes: { achternaam: 'Peeters' } }, { type: 'personen', id: '2' }] }),
    );
    const result = await client.list('personen', query(), (view) => view.required('achternaam', view.string('achternaam')));
    expect(result.items).to.deep.equal(['Peeters']);
    expect(result.skipped).to.equal(1);
  });

  it('turns a crashing mapper into a bad-response error', async () => {
    const { client } = stubClient(() => jsonApi(page(['a'])));
    const error = asLoketError(
      await rejection(
        client.list('concepts', query(), () => {
          throw new TypeError('mapper bug');
        }),
      ),
    );
    expect(error.kind).to.equal('bad-response');
  });

  it('returns ResourceViews without a mapper', async () => {
    const { client } = stubClient(() => jsonApi(page(['a'])));
    const result = await client.list('concepts');
    const [view] = result.items as ResourceView[];
    expect(view!.id).to.equal('a');
    expect(result.page).to.deep.equal({ number: 0, size: 20 });
  });

  it('loads a whole collection a few pages at a time when the count is known', async () => {
    const ids = Array.from({ length: 23 }, (_, i) => `c${i}`);
    const { client, requests } = stubClient((request) => {
      const url = new URL(request.url);
      const number = Number(url.searchParams.get('page[number]'));
      const size = Number(url.searchParams.get('page[size]'));
      return jsonApi(page(ids.slice(number * size, (number + 1) * size), { meta: { count: ids.length } }));
    });
    const all = await client.getAll('concepts', query().exact('scheme', 'Thema'), (view) => view.id, { pageSize: 5 });
    expect(all.items).to.deep.equal(ids);
    expect(all.count).to.equal(23);
    expect(requests).to.have.length(5);
    expect(new URL(requests[0]!.url).searchParams.get('filter[:exact:scheme]')).to.equal('Thema');
  });

  it('reads a whole collection in the language asked', async () => {
    const label = [
      { content: 'Burger', language: 'nl' },
      { content: 'Citoyen', language: 'fr' },
    ];
    const { client } = stubClient(() => jsonApi({ data: [{ type: 'concepts', id: 'c', attributes: { label } }] }));
    const all = await client.getAll('concepts', query(), (view) => view.langString('label'), { lang: 'fr' });
    expect(all.items).to.deep.equal(['Citoyen']);
  });

  it('follows links.next when there is no count', async () => {
    const { client, requests } = stubClient((request) => {
      const number = Number(new URL(request.url).searchParams.get('page[number]'));
      return jsonApi(page([`p${number}a`, `p${number}b`], number < 2 ? { links: { next: 'x' } } : { links: {} }));
    });
    const all = await client.getAll('concepts', query(), (view) => view.id, { pageSize: 2 });
    expect(all.items).to.deep.equal(['p0a', 'p0b', 'p1a', 'p1b', 'p2a', 'p2b']);
    expect(requests).to.have.length(3);
  });

  it('stops at a short page even when a hostile count promises more', async () => {
    const { client, requests } = stubClient((request) => {
      const number = Number(new URL(request.url).searchParams.get('page[number]'));
      return jsonApi(page(number === 0 ? ['a', 'b'] : ['c'], { meta: { count: 1_000_000 } }));
    });
    const all = await client.getAll('concepts', query(), (view) => view.id, { pageSize: 2, maxPages: 50 });
    expect(all.items.slice(0, 3)).to.deep.equal(['a', 'b', 'c']);
    expect(requests.length).to.be.below(10);
  });

  it('stops at maxPages when a hostile links.next never ends', async () => {
    const { client, requests } = stubClient(() => jsonApi(page(['a', 'b'], { links: { next: 'again' } })));
    const all = await client.getAll('concepts', query(), (view) => view.id, { pageSize: 2, maxPages: 3 });
    expect(all.items).to.have.length(6);
    expect(requests).to.have.length(3);
  });

  it('fails as a whole when one page fails', async () => {
    const { client } = stubClient((request) => {
      const number = Number(new URL(request.url).searchParams.get('page[number]'));
      return number === 2 ? jsonApi({ errors: { title: 'nope' } }, 403) : jsonApi(page(['a', 'b'], { meta: { count: 10 } }));
    });
    const error = asLoketError(await rejection(client.getAll('concepts', query(), undefined, { pageSize: 2 })));
    expect(error.kind).to.equal('forbidden');
  });
});

describe('LoketClient writes', () => {
  it('creates with POST, the JSON:API content type and no uri; answers the created resource', async () => {
    const { client, requests } = stubClient(async (request) => {
      const body = await request.json();
      return jsonApi({ data: { ...body.data, id: 'new-1', attributes: { ...body.data.attributes, uri: 'http://x/new-1' } } }, 201, {
        Location: '/mandatarissen/new-1',
      });
    });
    const created = await client.create('mandatarissen', {
      attributes: { start: '2025-01-02T00:00:00.000Z', rangorde: 'Eerste schepen', uri: 'http://evil/x' },
      relationships: {
        bekleedt: { type: 'mandaten', id: 'm1' },
        status: null,
        beleidsdomein: [{ type: 'beleidsdomein-codes', id: 'b1' }],
      },
    });
    const [request] = requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).to.equal('https://loket.test/api/mandatarissen');
    expect(request!.headers.get('Content-Type')).to.equal(MEDIA_TYPE);
    expect(request!.headers.get('Accept')).to.equal(MEDIA_TYPE);
    expect(created.id).to.equal('new-1');
    expect(created.string('rangorde')).to.equal('Eerste schepen');
    expect(created.uri).to.equal('http://x/new-1');
  });

  it('sends the documented create body', async () => {
    let sent: unknown;
    const { client } = stubClient(async (request) => {
      sent = await request.json();
      return jsonApi({ data: { type: 'mandatarissen', id: 'n' } }, 201);
    });
    await client.create('mandatarissen', {
      attributes: { rangorde: 'Eerste schepen', uri: 'http://evil/x' },
      relationships: { bekleedt: { type: 'mandaten', id: 'm1' }, status: null },
    });
    expect(sent).to.deep.equal({
      data: {
        type: 'mandatarissen',
        attributes: { rangorde: 'Eerste schepen' },
        relationships: { bekleedt: { data: { type: 'mandaten', id: 'm1' } }, status: { data: null } },
      },
    });
  });

  it('posts to another path when asked (bookmarks)', async () => {
    const { client, requests } = stubClient(() => jsonApi({ data: { type: 'bookmarks', id: 'b1' } }, 201));
    const bookmark = await client.create('bookmarks', {}, { path: 'public-services/p1/bookmarks' });
    expect(requests[0]!.url).to.equal('https://loket.test/api/public-services/p1/bookmarks');
    expect(bookmark.id).to.equal('b1');
  });

  it('refuses a create answer without the resource', async () => {
    const { client } = stubClient(() => jsonApi({ data: null }, 201));
    const error = asLoketError(await rejection(client.create('mandatarissen', {})));
    expect(error.kind).to.equal('bad-response');
  });

  it('updates with PATCH, only what changed and never the uri; accepts 204 without a body', async () => {
    let sent: unknown;
    const { client, requests } = stubClient(async (request) => {
      sent = await request.json();
      return noContent();
    });
    await client.update('mandatarissen', 'm 1', { attributes: { einde: '2025-06-30T00:00:00.000Z', uri: 'http://x' } });
    expect(requests[0]!.method).to.equal('PATCH');
    expect(requests[0]!.url).to.equal('https://loket.test/api/mandatarissen/m%201');
    expect(requests[0]!.headers.get('Content-Type')).to.equal(MEDIA_TYPE);
    expect(sent).to.deep.equal({
      data: { type: 'mandatarissen', id: 'm 1', attributes: { einde: '2025-06-30T00:00:00.000Z' } },
    });
  });

  it('deletes with DELETE and no body', async () => {
    const { client, requests } = stubClient(() => noContent());
    await client.remove('bookmarks', 'b1');
    expect(requests[0]!.method).to.equal('DELETE');
    expect(requests[0]!.url).to.equal('https://loket.test/api/bookmarks/b1');
    expect(requests[0]!.headers.has('Content-Type')).to.equal(false);
  });

  it('never retries a write, whatever the failure', async () => {
    for (const failure of [
      () => jsonApi({ errors: { title: 'busy' } }, 503, { 'Retry-After': '1' }),
      () => jsonApi({}, 429, { 'Retry-After': '1' }),
      () => {
        throw new TypeError('Failed to fetch');
      },
    ]) {
      const { client, requests, delays } = stubClient(failure);
      await rejection(client.update('mandatarissen', 'm1', { attributes: { rangorde: 'Tweede schepen' } }));
      await rejection(client.create('mandatarissen', {}));
      await rejection(client.remove('mandatarissen', 'm1'));
      expect(requests).to.have.length(3);
      expect(delays).to.deep.equal([]);
    }
  });

  it('turns a 422 into a validation error with field errors', async () => {
    const { client } = stubClient(() => jsonApi({ errors: { title: 'Following fields are missing or have no value: start' } }, 422));
    const error = asLoketError(await rejection(client.create('mandatarissen', { attributes: {} })));
    expect(error.kind).to.equal('validation');
    expect(Object.keys(error.fieldErrors)).to.deep.equal(['start']);
  });
});

describe('LoketClient errors', () => {
  const cases: Array<[string, () => Response | Promise<Response>, string]> = [
    ['400 session header', () => jsonApi({ errors: [{ title: 'Session header is missing' }] }, 400), 'unauthorized'],
    ['401', () => jsonApi({ errors: { title: 'Unauthorized' } }, 401), 'unauthorized'],
    ['500 session header', () => jsonApi({ errors: [{ title: 'Session header is missing' }] }, 500), 'unauthorized'],
    ['403', () => jsonApi({ errors: { title: 'Access for submissions was denied' } }, 403), 'forbidden'],
    ['404', () => new Response('<html>Not found</html>', { status: 404 }), 'not-found'],
    ['406 unknown filter field', () => jsonApi({ errors: { title: 'Unknown field' } }, 406), 'validation'],
    ['409', () => jsonApi({ errors: [{ title: 'Conflict' }] }, 409), 'conflict'],
    ['500', () => new Response(null, { status: 500 }), 'server'],
    ['200 with HTML', () => new Response('<!doctype html><p>Aanmelden</p>', { status: 200 }), 'bad-response'],
    ['200 with an empty body', () => new Response('', { status: 200 }), 'bad-response'],
    ['200 with malformed JSON', () => new Response('{"data": [', { status: 200 }), 'bad-response'],
    ['200 with the wrong shape', () => jsonApi({ data: [{ id: 1 }] }), 'bad-response'],
  ];
  for (const [name, respond, kind] of cases) {
    it(`reads ${name} as ${kind}, without retrying`, async () => {
      const { client, requests } = stubClient(respond);
      const error = asLoketError(await rejection(client.get('submissions')));
      expect(error.kind).to.equal(kind);
      expect(requests).to.have.length(1);
      expect(error.userMessage('nl')).to.be.a('string').and.not.equal('');
    });
  }

  it('reads a failing transport as network, after bounded retries', async () => {
    const { client, requests, delays } = stubClient(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = asLoketError(await rejection(client.get('submissions')));
    expect(error.kind).to.equal('network');
    expect(error.cause).to.be.instanceOf(TypeError);
    expect(requests).to.have.length(3);
    expect(delays).to.deep.equal([300, 600]);
  });

  it('does not retry a network failure while the browser is offline', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { client, requests } = stubClient(() => {
        throw new TypeError('Failed to fetch');
      });
      const error = asLoketError(await rejection(client.get('submissions')));
      expect(error.kind).to.equal('network');
      expect(requests).to.have.length(1);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
  });

  it('reads a refused request to another origin as cross-origin, once, in the real browser', async () => {
    // The test server on another host name is another origin, and it sends no CORS headers for
    // credentialed requests: Chromium refuses the answer, exactly as it refuses the Loket's.
    const other = new URL(location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const client = new LoketClient({ apiBase: `${other.origin}/no-cors`, retry: { baseDelay: 1 } });
    const error = asLoketError(await rejection(client.get('concepts')));
    expect(error.kind).to.equal('cross-origin');
    expect(error.userMessage('nl')).to.contain('doorverwijzing op uw eigen domein');
  });

  it('keeps a failing injected transport a network failure, whatever the origin', async () => {
    const { client } = stubClient(() => {
      throw new TypeError('Failed to fetch');
    }, { apiBase: 'https://elsewhere.test/api' });
    expect(asLoketError(await rejection(client.get('concepts'))).kind).to.equal('network');
  });

  it('reads a transport that does not answer in time as timeout', async () => {
    const { client } = stubClient((request) => pending(request), { timeout: 20 });
    const error = asLoketError(await rejection(client.get('submissions')));
    expect(error.kind).to.equal('timeout');
  });

  it('times out even when the transport ignores the signal, and aborts the request', async () => {
    const { client, requests } = stubClient(() => new Promise<Response>(() => {}), { timeout: 20 });
    const error = asLoketError(await rejection(client.get('submissions')));
    expect(error.kind).to.equal('timeout');
    expect(requests).to.have.length(1);
    expect(requests[0]!.signal.aborted).to.equal(true);
  });

  it('times out a write as well, without retrying it', async () => {
    const { client, requests } = stubClient((request) => pending(request), { timeout: 20 });
    const error = asLoketError(await rejection(client.remove('bookmarks', 'b1')));
    expect(error.kind).to.equal('timeout');
    expect(requests).to.have.length(1);
  });
});

describe('LoketClient retry', () => {
  it('retries 502, 503 and 504 with exponential backoff and then succeeds', async () => {
    const statuses = [502, 503, 504];
    for (const status of statuses) {
      const { client, requests, delays } = stubClient((_, call) => (call < 3 ? new Response(null, { status }) : jsonApi(page(['a']))));
      const document = await client.get('concepts');
      expect(document.resources).to.have.length(1);
      expect(requests, String(status)).to.have.length(3);
      expect(delays, String(status)).to.deep.equal([300, 600]);
    }
  });

  it('gives up after the retry limit with the last error', async () => {
    const { client, requests } = stubClient(() => new Response(null, { status: 503 }), { retry: { limit: 1 } });
    const error = asLoketError(await rejection(client.get('concepts')));
    expect(error.kind).to.equal('server');
    expect(error.status).to.equal(503);
    expect(requests).to.have.length(2);
  });

  it('honours Retry-After in seconds on 429', async () => {
    const { client, requests, delays } = stubClient((_, call) =>
      call === 1 ? jsonApi({ errors: { title: 'Too many requests' } }, 429, { 'Retry-After': '2' }) : jsonApi(page(['a'])),
    );
    await client.get('concepts');
    expect(requests).to.have.length(2);
    expect(delays).to.deep.equal([2000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 5000).toUTCString();
    const { client, requests, delays } = stubClient((_, call) =>
      call === 1 ? new Response(null, { status: 503, headers: { 'Retry-After': at } }) : jsonApi(page([])),
    );
    await client.get('concepts');
    expect(requests).to.have.length(2);
    expect(delays).to.have.length(1);
    expect(delays[0]).to.be.within(3000, 5000);
  });

  it('does not wait for a Retry-After beyond the cap, and reports it', async () => {
    const { client, requests, delays } = stubClient(() => jsonApi({}, 429, { 'Retry-After': '3600' }));
    const error = asLoketError(await rejection(client.get('concepts')));
    expect(error.kind).to.equal('rate-limited');
    expect(error.retryAfter).to.equal(3_600_000);
    expect(requests).to.have.length(1);
    expect(delays).to.deep.equal([]);
  });

  it('caps the backoff at maxDelay', async () => {
    const { client, delays } = stubClient(() => new Response(null, { status: 502 }), {
      retry: { limit: 4, baseDelay: 1000, maxDelay: 3000 },
    });
    await rejection(client.get('concepts'));
    expect(delays).to.deep.equal([1000, 2000, 3000, 3000]);
  });

  it('sleeps for real by default, briefly', async () => {
    let calls = 0;
    const client = new LoketClient({
      apiBase: 'https://loket.test',
      fetch: async () => (calls++ === 0 ? new Response(null, { status: 503 }) : jsonApi(page(['a']))),
      retry: { baseDelay: 1 },
    });
    const document = await client.get('concepts');
    expect(document.resources).to.have.length(1);
    expect(calls).to.equal(2);
  });
});

describe('LoketClient shared reads', () => {
  it('sends one request for identical reads in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { client, requests } = stubClient(async () => {
      await gate;
      return jsonApi(page(['a']));
    });
    const q = query().contains('label', 'x');
    const first = client.get('concepts', q);
    const second = client.get('/concepts', query().contains('label', 'x'));
    await until(() => requests.length > 0);
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(requests).to.have.length(1);
    expect(a.resources[0]!.id).to.equal('a');
    expect(b.resources[0]!.id).to.equal('a');
  });

  it('sends separate requests for different queries, tokens, or after the first settled', async () => {
    let token = 't1';
    const { client, requests } = stubClient(() => jsonApi(page([])), { tokenProvider: async () => token });
    await Promise.all([client.get('concepts', query().page(0)), client.get('concepts', query().page(1))]);
    expect(requests).to.have.length(2);
    const pendingRead = client.get('concepts');
    token = 't2';
    await Promise.all([pendingRead, client.get('concepts')]);
    expect(requests).to.have.length(4);
    await client.get('concepts');
    expect(requests).to.have.length(5);
  });

  it("after refresh() (a user's retry), a read starts afresh instead of joining one still in flight", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { client, requests } = stubClient(async (_, call) => {
      if (call === 1) {
        await gate;
        return new Response(null, { status: 400 });
      }
      return jsonApi(page(['fresh']));
    });
    const stale = client.get('concepts');
    await until(() => requests.length === 1);
    client.refresh();
    const retried = await client.get('concepts');
    expect(requests).to.have.length(2);
    expect(retried.resources[0]!.id).to.equal('fresh');
    release();
    expect(asLoketError(await rejection(stale)).status, 'the earlier read still ends for its own callers').to.equal(400);
  });

  it('shares failures too, retried once for all', async () => {
    const { client, requests } = stubClient((_, call) => (call === 1 ? new Response(null, { status: 503 }) : jsonApi(page(['a']))));
    const [a, b] = await Promise.all([client.get('concepts'), client.get('concepts')]);
    expect(requests).to.have.length(2);
    expect(a.resources).to.have.length(1);
    expect(b.resources).to.have.length(1);
  });
});

describe('LoketClient abort', () => {
  it('does not send a request whose signal is already aborted', async () => {
    const { client, requests } = stubClient(() => jsonApi(page([])));
    const controller = new AbortController();
    controller.abort();
    const error = asLoketError(await rejection(client.get('concepts', undefined, { signal: controller.signal })));
    expect(error.kind).to.equal('aborted');
    expect(requests).to.have.length(0);
  });

  it('aborts a read in flight and the request behind it', async () => {
    const { client, requests } = stubClient((request) => pending(request));
    const controller = new AbortController();
    const read = client.get('concepts', undefined, { signal: controller.signal });
    await until(() => requests.length === 1);
    controller.abort();
    const error = asLoketError(await rejection(read));
    expect(error.kind).to.equal('aborted');
    expect(requests[0]!.signal.aborted).to.equal(true);
  });

  it('lets one caller of a shared read leave while the other still gets the answer', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { client, requests } = stubClient(async () => {
      await gate;
      return jsonApi(page(['a']));
    });
    const leaving = new AbortController();
    const first = client.get('concepts', undefined, { signal: leaving.signal });
    const second = client.get('concepts');
    await until(() => requests.length === 1);
    leaving.abort();
    expect(asLoketError(await rejection(first)).kind).to.equal('aborted');
    expect(requests[0]!.signal.aborted).to.equal(false);
    release();
    expect((await second).resources[0]!.id).to.equal('a');
    expect(requests).to.have.length(1);
  });

  it('starts afresh after every caller of a shared read left', async () => {
    const { client, requests } = stubClient((request, call) => (call === 1 ? pending(request) : jsonApi(page(['b']))));
    const controller = new AbortController();
    const first = client.get('concepts', undefined, { signal: controller.signal });
    await until(() => requests.length === 1);
    controller.abort();
    await rejection(first);
    const document = await client.get('concepts');
    expect(document.resources[0]!.id).to.equal('b');
    expect(requests).to.have.length(2);
  });

  it('stops waiting even when the transport ignores the signal', async () => {
    const { client } = stubClient(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const write = client.update('mandatarissen', 'm1', { attributes: { rangorde: 'x' } }, { signal: controller.signal });
    controller.abort();
    expect(asLoketError(await rejection(write)).kind).to.equal('aborted');
  });

  it('aborts during the wait between retries', async () => {
    const controller = new AbortController();
    // Real timers and a long backoff: the abort lands while the client waits to retry.
    const { fetch, requests } = stubTransport(() => new Response(null, { status: 503 }));
    const client = new LoketClient({ apiBase: 'https://loket.test/api', fetch, retry: { baseDelay: 60_000, maxDelay: 60_000 } });
    const read = client.get('concepts', undefined, { signal: controller.signal });
    await until(() => requests.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const error = asLoketError(await rejection(read));
    expect(error.kind).to.equal('aborted');
    expect(requests).to.have.length(1);
  });

  it('aborts a whole-collection load', async () => {
    const controller = new AbortController();
    const { client, requests } = stubClient((request, call) =>
      call === 1 ? jsonApi(page(['a', 'b'], { meta: { count: 100 } })) : pending(request),
    );
    const all = client.getAll('concepts', query(), undefined, { pageSize: 2, signal: controller.signal });
    await until(() => requests.length > 1);
    controller.abort();
    expect(asLoketError(await rejection(all)).kind).to.equal('aborted');
    expect(requests.length).to.be.within(2, 5);
    expect(requests.slice(1).every((request) => request.signal.aborted)).to.equal(true);
  });
});
