// The login service behind `/sessions/*` (lblod/acmidm-login-service v0.12.1.rc-2 app.js:125-186),
// and how the fake's sessions are set. Cookie sessions (mu-identifier) need a server: they are
// tested in Node, in cookie-sessions.test.mjs.
import { expect } from '@open-wc/testing';
import { ALL_ROLES, DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID } from '../../fake-loket/index.js';
import { JSON_API, ORIGIN, createLibrary, getJson } from './test-app.js';

describe('fake Loket: /sessions/current', () => {
  it('answers the session with relationships at the top level, beside data', async () => {
    const loket = createLibrary();
    const { status, body, response } = await getJson(loket.fetch, '/sessions/current');
    expect(status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.match(/^application\/vnd\.api\+json/);
    expect(body).to.have.keys(['links', 'data', 'relationships']);
    expect(body.data).to.have.keys(['type', 'id', 'attributes']);
    expect(body.data!.type).to.equal('sessions');
    expect(body.data!.attributes['roles']).to.have.members([...ALL_ROLES]);
    expect(body.relationships).to.deep.equal({
      account: { links: { related: `/accounts/${DEFAULT_ACCOUNT_ID}` }, data: { type: 'accounts', id: DEFAULT_ACCOUNT_ID } },
      group: { links: { related: `/bestuurseenheden/${FIRST_GEMEENTE_ID}` }, data: { type: 'bestuurseenheden', id: FIRST_GEMEENTE_ID } },
    });
    expect(body.links).to.deep.equal({ self: '/sessions/current' });
  });

  it('takes the session from the options and from setSession', async () => {
    const loket = createLibrary({ session: { groupId: 'other', roles: ['LoketLB-berichtenGebruiker'] } });
    let { body } = await getJson(loket.fetch, '/sessions/current');
    expect(body.relationships!['group']!.data.id).to.equal('other');
    expect(body.data!.attributes['roles']).to.deep.equal(['LoketLB-berichtenGebruiker']);
    loket.setSession({});
    ({ body } = await getJson(loket.fetch, '/sessions/current'));
    expect(body.relationships!['group']!.data.id).to.equal(FIRST_GEMEENTE_ID);
    expect(loket.session!.roles).to.deep.equal([...ALL_ROLES]);
  });

  it('answers 400 "Invalid session" without a login', async () => {
    const loket = createLibrary({ session: null });
    const { status, body } = await getJson(loket.fetch, '/sessions/current');
    expect(status).to.equal(400);
    expect(body).to.deep.equal({ errors: [{ title: 'Invalid session' }] });
  });

  it('DELETE logs out (204), after which the session is gone; a second DELETE is a 400', async () => {
    const loket = createLibrary();
    const logout = () => loket.fetch(`${ORIGIN}/sessions/current`, { method: 'DELETE', headers: { Accept: JSON_API } });
    const response = await logout();
    expect(response.status).to.equal(204);
    expect(await response.text()).to.equal('');
    expect(loket.session).to.equal(null);
    expect((await getJson(loket.fetch, '/sessions/current')).status).to.equal(400);
    const again = await logout();
    expect(again.status).to.equal(400);
    expect(await again.json()).to.deep.equal({ errors: [{ title: 'Invalid session' }] });
  });

  it('logging out drops what the session could read', async () => {
    const loket = createLibrary();
    expect((await getJson(loket.fetch, '/notes')).body.meta!.count).to.equal(27);
    await loket.fetch(`${ORIGIN}/sessions/current`, { method: 'DELETE', headers: { Accept: JSON_API } });
    expect((await getJson(loket.fetch, '/notes')).body.meta!.count).to.equal(0);
  });

  it('other paths of the login service answer 404', async () => {
    const loket = createLibrary();
    expect((await getJson(loket.fetch, '/sessions/other')).status).to.equal(404);
  });
});
