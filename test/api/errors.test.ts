import { expect } from '@open-wc/testing';
import { LoketError, isLoketError, type LoketErrorKind } from '../../src/api/errors.js';
import { errorFromResponse, kindForStatus, parseRetryAfter } from '../../src/api/response-errors.js';
import { errorMessages } from '../../src/api/errors.messages.js';
import { loadLanguage } from '../../src/i18n/translate.js';

const KINDS: LoketErrorKind[] = [
  'network',
  'timeout',
  'aborted',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'validation',
  'rate-limited',
  'server',
  'bad-response',
];

function response(body: string | null, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers });
}

before(() => Promise.all((['fr', 'de', 'en'] as const).map((lang) => loadLanguage(errorMessages, lang))));

describe('LoketError', () => {
  it('has a translated message for every kind in every shipped language', () => {
    for (const kind of KINDS) {
      const error = new LoketError(kind);
      const texts = (['nl', 'fr', 'de', 'en'] as const).map((lang) => error.userMessage(lang));
      expect(new Set(texts).size, kind).to.equal(4);
      for (const text of texts) expect(text, kind).to.match(/\.$/);
    }
  });

  it('speaks Flemish formal Dutch by default and for unknown languages', () => {
    const error = new LoketError('unauthorized');
    expect(error.userMessage()).to.equal('Uw sessie is verlopen. Meld u opnieuw aan.');
    expect(error.userMessage('nl-BE')).to.equal('Uw sessie is verlopen. Meld u opnieuw aan.');
    expect(error.userMessage('es')).to.equal('Uw sessie is verlopen. Meld u opnieuw aan.');
    expect(error.userMessage('fr')).to.equal('Votre session a expiré. Veuillez vous reconnecter.');
  });

  it('is an Error with an English log message naming the request', () => {
    const error = new LoketError('server', { status: 500, method: 'GET', url: 'submissions', serverMessage: 'boom' });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('LoketError');
    expect(error.message).to.equal('Loket request failed, server 500 (GET submissions): boom');
    expect(isLoketError(error)).to.equal(true);
    expect(isLoketError(new Error('x'))).to.equal(false);
    expect(error.fieldErrors).to.deep.equal({});
  });

  it('keeps its cause', () => {
    const cause = new TypeError('Failed to fetch');
    expect(new LoketError('network', { cause }).cause).to.equal(cause);
  });
});

describe('errorFromResponse', () => {
  it("reads mu-cl-resources' single error object", async () => {
    const error = await errorFromResponse(
      response(JSON.stringify({ errors: { title: 'Access for mandatarissen was denied' } }), 403),
      'GET',
      'mandatarissen',
    );
    expect(error.kind).to.equal('forbidden');
    expect(error.status).to.equal(403);
    expect(error.serverMessage).to.equal('Access for mandatarissen was denied');
    expect(error.method).to.equal('GET');
    expect(error.url).to.equal('mandatarissen');
  });

  it('reads the spec errors array, with pointers as field errors', async () => {
    const body = {
      errors: [
        { status: '422', title: 'Invalid', detail: 'Start is required', source: { pointer: '/data/attributes/start' } },
        { title: 'Unknown status', source: { pointer: '/data/relationships/status' } },
        { title: 'Odd', source: { pointer: '/meta/x' } },
        { title: 'No pointer' },
        'junk',
      ],
    };
    const error = await errorFromResponse(response(JSON.stringify(body), 422), 'PATCH', 'mandatarissen/1');
    expect(error.kind).to.equal('validation');
    expect(error.fieldErrors).to.deep.equal({
      start: 'Start is required',
      status: 'Unknown status',
      '/meta/x': 'Odd',
    });
    expect(error.serverMessage).to.equal('Start is required; Unknown status; Odd; No pointer');
  });

  it('turns "Following fields are missing" into field errors', async () => {
    const title = 'Following fields are missing or have no value: start, bekleedt';
    const error = await errorFromResponse(response(JSON.stringify({ errors: { title } }), 422), 'POST', 'x');
    expect(error.kind).to.equal('validation');
    expect(error.fieldErrors).to.deep.equal({ start: title, bekleedt: title });
  });

  it('survives an HTML error page, an empty body and plain text', async () => {
    const html = await errorFromResponse(response('<html><body><h1>502 Bad Gateway</h1></body></html>', 502), 'GET', 'x');
    expect(html.kind).to.equal('server');
    expect(html.status).to.equal(502);
    expect(html.serverMessage).to.equal(undefined);
    const empty = await errorFromResponse(response(null, 500), 'GET', 'x');
    expect(empty.kind).to.equal('server');
    expect(empty.serverMessage).to.equal(undefined);
    const text = await errorFromResponse(response('Service temporarily down', 503), 'GET', 'x');
    expect(text.serverMessage).to.equal('Service temporarily down');
  });

  it('survives JSON that is not an error document', async () => {
    for (const body of ['null', '[]', '42', '{"errors": 7}', '{"errors": [null, {"title": 5}]}']) {
      const error = await errorFromResponse(response(body, 500), 'GET', 'x');
      expect(error.kind, body).to.equal('server');
      expect(error.serverMessage, body).to.equal(undefined);
    }
  });

  it('caps the server text so a hostile body cannot flood the logs', async () => {
    const error = await errorFromResponse(response(JSON.stringify({ errors: { title: 'x'.repeat(5000) } }), 500), 'GET', 'x');
    expect(error.serverMessage!.length).to.equal(300);
  });

  it('reads a missing session (400) as unauthorized', async () => {
    const body = JSON.stringify({ errors: [{ title: 'Session header is missing' }] });
    expect((await errorFromResponse(response(body, 400), 'GET', 'sessions/current')).kind).to.equal('unauthorized');
    expect((await errorFromResponse(response('{}', 400), 'GET', 'x')).kind).to.equal('validation');
  });

  it('reads Retry-After on 429 and 503 only', async () => {
    const limited = await errorFromResponse(response(null, 429, { 'Retry-After': '7' }), 'GET', 'x');
    expect(limited.kind).to.equal('rate-limited');
    expect(limited.retryAfter).to.equal(7000);
    const unavailable = await errorFromResponse(response(null, 503, { 'Retry-After': '2' }), 'GET', 'x');
    expect(unavailable.retryAfter).to.equal(2000);
    const other = await errorFromResponse(response(null, 500, { 'Retry-After': '2' }), 'GET', 'x');
    expect(other.retryAfter).to.equal(undefined);
  });
});

describe('kindForStatus', () => {
  it('maps every status family to its kind', () => {
    const table: Array<[number, LoketErrorKind]> = [
      [400, 'validation'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [410, 'not-found'],
      [408, 'timeout'],
      [409, 'conflict'],
      [412, 'conflict'],
      [406, 'validation'],
      [415, 'validation'],
      [422, 'validation'],
      [429, 'rate-limited'],
      [500, 'server'],
      [502, 'server'],
      [503, 'server'],
      [504, 'server'],
      [405, 'server'],
    ];
    for (const [status, kind] of table) expect(kindForStatus(status, ''), String(status)).to.equal(kind);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, relative to now', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', now)).to.equal(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, '', '  ', '-5', '1.5', 'soon']) expect(parseRetryAfter(value), String(value)).to.equal(undefined);
  });
});
