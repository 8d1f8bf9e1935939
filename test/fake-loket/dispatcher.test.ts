// mu-dispatcher as the fake plays it (/work/notes/mu-behaviour.md section 14; lib/matcher.ex of
// v2.1.0-beta.2): rules in file order per layer and Accept q-group, the frontend's index.html for
// whatever accepts HTML, the app's own 404 text, host-only rules, and the app roots.
import { expect } from '@open-wc/testing';
import type { Dispatcher } from '../../fake-loket/app-spec.js';
import { dispatch } from '../../fake-loket/dispatcher.js';
import type { FakeLoket } from '../../fake-loket/index.js';
import { JSON_API, ORIGIN, createLibrary, getJson } from './test-app.js';

const ROUTE_NOT_FOUND = 'Route not found.  See config/dispatcher.ex';

describe('fake Loket: mu-dispatcher', () => {
  let loket: FakeLoket;

  beforeEach(() => {
    loket = createLibrary();
  });

  it('an unmatched path with a JSON Accept: the app\'s 404 text, without a Content-Type', async () => {
    // A JSON-first Accept with a low-q */* too: the q=1 group is tried first, and the final
    // `match "/*_"` has no accept condition, so it answers there (matcher.ex dispatch_call).
    for (const accept of [JSON_API, 'application/json', `${JSON_API}, */*;q=0.1`]) {
      const { status, text, response } = await getJson(loket.fetch, '/nope', accept);
      expect(status).to.equal(404);
      expect(text).to.equal(ROUTE_NOT_FOUND);
      expect(response.headers.get('Content-Type')).to.equal(null);
    }
  });

  it('whatever accepts HTML first (*/*, text/html, text/*, application/*, nothing readable) gets the frontend\'s index.html', async () => {
    for (const accept of ['*/*', 'text/html', 'text/*', 'application/*', `text/html, ${JSON_API};q=0.5`, 'not a media type']) {
      const { status, text, response } = await getJson(loket.fetch, '/nope', accept);
      expect(status, accept).to.equal(200);
      expect(response.headers.get('Content-Type'), accept).to.match(/^text\/html/);
      expect(text, accept).to.match(/^<!DOCTYPE html>/);
    }
    // fetch()'s own default Accept is */*.
    expect((await loket.fetch(`${ORIGIN}/nope`)).status).to.equal(200);
  });

  it('rules without an accept match any Accept; a JSON-only rule leaves HTML to the frontend', async () => {
    expect((await getJson(loket.fetch, '/books', '*/*')).body.meta!.count).to.equal(5);
    expect((await getJson(loket.fetch, '/books', 'text/html')).body.meta!.count).to.equal(5);
    expect((await getJson(loket.fetch, '/chapters', JSON_API)).body.meta!.count).to.equal(3);
    // `*/*` sets every alias, json included.
    expect((await getJson(loket.fetch, '/chapters', '*/*')).body.meta!.count).to.equal(3);
    const html = await getJson(loket.fetch, '/chapters', 'text/html');
    expect(html.response.headers.get('Content-Type')).to.match(/^text\/html/);
  });

  it('a method no rule covers falls through to the final 404', async () => {
    const response = await loket.fetch(`${ORIGIN}/files/file-1`, { method: 'PUT', headers: { Accept: JSON_API } });
    expect(response.status).to.equal(404);
    expect(await response.text()).to.equal(ROUTE_NOT_FOUND);
  });

  it('never matches a rule that needs another host', async () => {
    // `/sessions/*path` on a dashboard host comes first; on the fake's host the login service answers.
    const { status, body } = await getJson(loket.fetch, '/sessions/current');
    expect(status).to.equal(200);
    expect(body.data!.type).to.equal('sessions');
  });

  it('forwards to another resource path, to the app\'s own services, and 501 for one the fake lacks', async () => {
    const health = await getJson(loket.fetch, '/health/books');
    expect(health.body.meta!.count).to.equal(5);
    expect(health.body.links!['self']).to.equal('books');
    expect((await getJson(loket.fetch, '/stats')).body).to.deep.equal({ books: 5 });
    const missing = await getJson(loket.fetch, '/export/all');
    expect(missing.status).to.equal(501);
  });

  it('logs every request with its app and status', async () => {
    await getJson(loket.fetch, '/books/nope');
    await getJson(loket.fetch, '/nope');
    expect(loket.requests.map(({ method, path, app, status }) => ({ method, path, app, status }))).to.deep.equal([
      { method: 'GET', path: '/books/nope', app: 'library', status: 404 },
      { method: 'GET', path: '/nope', app: 'library', status: 404 },
    ]);
  });

  it('serves an app below its root; links carry no gateway prefix; nothing outside a root', async () => {
    const gated = createLibrary({ basePath: '/loket-api' });
    const { body } = await getJson(gated.fetch, '/loket-api/notes');
    expect(body.links).to.deep.equal({ self: 'notes', first: '/notes', last: '/notes?page[number]=1', next: '/notes?page[number]=1' });
    const outside = await getJson(gated.fetch, '/notes');
    expect(outside.status).to.equal(404);
    expect(outside.text).to.equal(ROUTE_NOT_FOUND);
    expect(gated.requests.at(-1)!.app).to.equal('');
  });

  describe('dispatch(): layers and Accept groups', () => {
    const layered: Dispatcher = {
      source: 'test',
      layers: ['static', 'services', 'fallback', 'resources', 'not_found'],
      rules: [
        { method: 'match', path: '/things/*path', accept: 'json', layer: 'resources', to: 'resource' },
        { method: 'match', path: '/*path', accept: 'html', layer: 'fallback', to: 'frontend' },
        { method: 'GET', path: '/things/:id/special', layer: 'services', to: 'special' },
        { method: 'match', path: '/open/*path', to: 'open' },
        { method: 'match', path: '/*_path', layer: 'not_found', to: 'not-found' },
      ],
      notFoundBody: ROUTE_NOT_FOUND,
    };
    const target = (method: string, path: string, accept: string | null) => dispatch(layered, method, path, accept)?.rule.to;

    it('tries the layers in order, each rule in file order within one', async () => {
      expect(target('GET', '/things/1', JSON_API)).to.equal('resource');
      // The fallback layer comes before resources: anything accepting HTML never reaches them.
      expect(target('GET', '/things/1', '*/*')).to.equal('frontend');
      expect(target('GET', '/things/1/special', JSON_API)).to.equal('special');
      expect(target('POST', '/things/1/special', JSON_API)).to.equal('resource');
      expect(target('GET', '/nope', JSON_API)).to.equal('not-found');
    });

    it('a rule without a layer matches in the first layer tried', async () => {
      expect(target('GET', '/open/x', '*/*')).to.equal('open');
    });

    it('tries the Accept groups by q, highest first', async () => {
      const flat: Dispatcher = {
        source: 'test',
        rules: [
          { method: 'match', path: '/*path', accept: 'html', to: 'frontend' },
          { method: 'match', path: '/things/*path', accept: 'json', to: 'resource' },
        ],
        notFoundBody: ROUTE_NOT_FOUND,
      };
      expect(dispatch(flat, 'GET', '/things', `text/html;q=0.5, ${JSON_API}`)?.rule.to).to.equal('resource');
      expect(dispatch(flat, 'GET', '/things', `text/html, ${JSON_API};q=0.5`)?.rule.to).to.equal('frontend');
      expect(dispatch(flat, 'GET', '/things', null)?.rule.to).to.equal('frontend');
      expect(dispatch(flat, 'GET', '/other', JSON_API)).to.equal(undefined);
    });

    it('hands the rule the rest of the path', async () => {
      expect(dispatch(layered, 'GET', '/things/1/special', JSON_API)?.params).to.deep.equal({ id: '1' });
      expect(dispatch(layered, 'GET', '/things/1/x', JSON_API)?.rest).to.equal('/1/x');
      expect(dispatch(layered, 'GET', '/things', JSON_API)?.rest).to.equal('');
    });
  });
});
