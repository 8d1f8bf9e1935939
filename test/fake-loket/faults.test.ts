// Fault injection: each kind, how rules match and count, and fetch-level behaviour (abort, latency).
import { expect } from '@open-wc/testing';
import type { FakeLoket } from '../../fake-loket/index.js';
import { JSON_API, ORIGIN, createLibrary, getJson } from './test-app.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('fake Loket: fault injection', () => {
  let loket: FakeLoket;
  const get = (path = '/books', init: RequestInit = {}) => loket.fetch(`${ORIGIN}${path}`, { ...init, headers: { Accept: JSON_API, ...init.headers } });

  beforeEach(() => {
    loket = createLibrary();
  });

  it('answers each status with the body the part of the stack that sends it uses', async () => {
    const expectations: [number, (response: Response) => Promise<unknown>][] = [
      [401, async (r) => expect(await r.json()).to.deep.equal({ errors: [{ title: 'Session header is missing' }] })],
      [403, async (r) => expect(await r.json()).to.deep.equal({ errors: { status: 'forbidden', code: '403', title: 'Access for READ operation on books was denied.' } })],
      [404, async (r) => expect(await r.json()).to.deep.equal({ data: null })],
      [409, async (r) => expect(((await r.json()) as { errors: { code: string } }).errors.code).to.equal('409')],
      [422, async (r) => expect(((await r.json()) as { errors: { title: string } }).errors.title).to.match(/^Following fields are missing/)],
      [429, async (r) => expect(r.headers.get('Retry-After')).to.equal('3')],
      [500, async (r) => expect(await r.json()).to.deep.equal({ errors: { status: 'Server Error', code: '500' } })],
      [502, async (r) => expect(r.headers.get('Content-Type')).to.equal('text/html')],
      [503, async (r) => expect(await r.text()).to.match(/503 Service Unavailable/)],
    ];
    for (const [status, check] of expectations) {
      loket.clearFaults();
      loket.addFault({ fault: { kind: 'status', status, ...(status === 429 ? { retryAfter: 3 } : {}) } });
      const response = await get();
      expect(response.status).to.equal(status);
      await check(response);
    }
  });

  it('a 403 names the operation of the method', async () => {
    loket.addFault({ fault: { kind: 'status', status: 403 } });
    const response = await loket.fetch(`${ORIGIN}/books/book-1`, { method: 'DELETE' });
    expect(((await response.json()) as { errors: { title: string } }).errors.title).to.equal('Access for DELETE operation on books was denied.');
  });

  it('a rule with times affects that many matching requests', async () => {
    loket.addFault({ method: 'GET', path: '/books', times: 2, fault: { kind: 'status', status: 503 } });
    expect((await get('/authors')).status).to.equal(200);
    expect((await get('/books')).status).to.equal(503);
    expect((await get('/books/book-1')).status).to.equal(503);
    expect((await get('/books')).status).to.equal(200);
  });

  it('matches on method, on a RegExp path and on the app', async () => {
    loket.addFault({ method: 'POST', path: /^\/books$/, fault: { kind: 'status', status: 500 } });
    expect((await get('/books')).status).to.equal(200);
    const post = await loket.fetch(`${ORIGIN}/books`, { method: 'POST', headers: { Accept: JSON_API, 'Content-Type': JSON_API }, body: '{}' });
    expect(post.status).to.equal(500);
    loket.clearFaults();
    loket.addFault({ app: 'lmb', fault: { kind: 'status', status: 503 } });
    expect((await get('/books')).status).to.equal(200);
    loket.addFault({ app: 'library', fault: { kind: 'status', status: 503 } });
    expect((await get('/books')).status).to.equal(503);
  });

  it('answers malformed JSON', async () => {
    loket.addFault({ fault: { kind: 'malformed-json' } });
    const response = await get();
    expect(response.status).to.equal(200);
    expect(await rejection(response.json())).to.be.instanceOf(SyntaxError);
  });

  it('answers valid JSON of the wrong shape', async () => {
    loket.addFault({ fault: { kind: 'wrong-shape' } });
    const body = (await (await get()).json()) as { data: unknown; meta: { count: unknown } };
    expect(body.data).to.be.a('string');
    expect(body.meta.count).not.to.be.a('number');
  });

  it('drops the connection: fetch rejects with TypeError("Failed to fetch")', async () => {
    loket.addFault({ times: 1, fault: { kind: 'drop' } });
    const error = await rejection(get());
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.equal('Failed to fetch');
    expect((await get()).status).to.equal(200);
  });

  it('hangs until the request is aborted', async () => {
    loket.addFault({ fault: { kind: 'hang' } });
    const controller = new AbortController();
    let settled = false;
    const pending = get('/books', { signal: controller.signal }).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).to.equal(false);
    controller.abort();
    expect((await rejection(pending)) as DOMException).to.have.property('name', 'AbortError');
  });

  it('adds latency, and an abort during it rejects at once', async () => {
    loket.addFault({ times: 1, fault: { kind: 'latency', ms: 40 } });
    const started = performance.now();
    expect((await get()).status).to.equal(200);
    expect(performance.now() - started).to.be.at.least(35);
    loket.latency = 60_000;
    const controller = new AbortController();
    const pending = get('/books', { signal: controller.signal });
    controller.abort(new Error('gone'));
    expect(((await rejection(pending)) as Error).message).to.equal('gone');
  });

  it('takes a per-request fault from the X-Fake-Fault header', async () => {
    const response = await get('/books', { headers: { 'X-Fake-Fault': 'status=429; retry-after=7' } });
    expect(response.status).to.equal(429);
    expect(response.headers.get('Retry-After')).to.equal('7');
    expect((await get('/books')).status).to.equal(200);
    expect((await get('/books', { headers: { 'X-Fake-Fault': 'malformed-json' } })).status).to.equal(200);
    expect((await get('/books', { headers: { 'X-Fake-Fault': 'unknown' } })).status).to.equal(200);
  });

  it('takes rules from the options and logs every request with its status', async () => {
    const faulty = createLibrary({ faults: [{ path: '/authors', fault: { kind: 'status', status: 500 } }] });
    expect((await getJson(faulty.fetch, '/authors')).status).to.equal(500);
    expect((await getJson(faulty.fetch, '/books?page[size]=1')).status).to.equal(200);
    expect(faulty.requests.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).to.deep.equal(['GET /authors 500', 'GET /books 200']);
    expect(faulty.requests[1]!.url).to.equal(`${ORIGIN}/books?page[size]=1`);
  });

  it('serves a ready Request, as the client sends it, and honours its abort signal', async () => {
    const response = await loket.fetch(new Request(`${ORIGIN}/books?page[size]=1`, { headers: { Accept: JSON_API } }));
    expect(((await response.json()) as { meta: { count: number } }).meta.count).to.equal(5);
    loket.addFault({ fault: { kind: 'hang' } });
    const error = await rejection(loket.fetch(new Request(`${ORIGIN}/books`, { headers: { Accept: JSON_API }, signal: AbortSignal.timeout(50) })));
    expect((error as Error).name).to.equal('TimeoutError');
  });

  it('handle() answers a Request directly', async () => {
    const response = await loket.handle(new Request(`${ORIGIN}/books/book-2`, { headers: { Accept: JSON_API } }));
    expect(((await response.json()) as { data: { id: string } }).data.id).to.equal('book-2');
  });
});
