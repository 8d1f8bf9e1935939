import { expect } from '@open-wc/testing';
import { ALL_ROLES, DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID, createFakeLoket } from '../../fake-loket/index.js';
import { JSON_API, getJson, testFamily } from './test-family.js';

describe('fake Loket: /sessions/current', () => {
  it('answers the session with relationships at the top level, beside data', async () => {
    const loket = createFakeLoket({ families: [testFamily] });
    const { status, body } = await getJson(loket.fetch, '/sessions/current');
    expect(status).to.equal(200);
    expect(body.data).to.have.keys(['type', 'id', 'attributes']);
    expect(body.data!.type).to.equal('sessions');
    expect(body.data!.attributes['roles']).to.have.members([...ALL_ROLES]);
    expect(body.relationships!['group']!.data).to.deep.equal({ type: 'bestuurseenheden', id: FIRST_GEMEENTE_ID });
    expect(body.relationships!['account']!.data).to.deep.equal({ type: 'accounts', id: DEFAULT_ACCOUNT_ID });
    expect(body.links).to.deep.equal({ self: '/sessions/current' });
  });

  it('the default session belongs to an account of the first gemeente', async () => {
    const loket = createFakeLoket({ families: [testFamily] });
    const account = await getJson(loket.fetch, `/accounts/${DEFAULT_ACCOUNT_ID}?include=gebruiker.bestuurseenheden`);
    const bestuur = account.body.included!.find((resource) => resource.type === 'bestuurseenheden')!;
    expect(bestuur.id).to.equal(FIRST_GEMEENTE_ID);
    expect(bestuur.attributes['naam']).to.equal('Gemeente Aalst');
  });

  it('takes the session from the options and from setSession', async () => {
    const loket = createFakeLoket({ families: [testFamily], session: { groupId: 'other', roles: ['LoketLB-berichtenGebruiker'] } });
    let { body } = await getJson(loket.fetch, '/sessions/current');
    expect(body.relationships!['group']!.data.id).to.equal('other');
    expect(body.data!.attributes['roles']).to.deep.equal(['LoketLB-berichtenGebruiker']);
    loket.setSession({});
    ({ body } = await getJson(loket.fetch, '/sessions/current'));
    expect(body.relationships!['group']!.data.id).to.equal(FIRST_GEMEENTE_ID);
  });

  it('answers 400 "Session header is missing" without a session', async () => {
    const loket = createFakeLoket({ families: [testFamily], session: null });
    const { status, body } = await getJson(loket.fetch, '/sessions/current');
    expect(status).to.equal(400);
    expect(body.errors).to.deep.equal([{ title: 'Session header is missing' }]);
  });

  it('DELETE logs out', async () => {
    const loket = createFakeLoket({ families: [testFamily] });
    const response = await loket.fetch('https://loket.test/sessions/current', { method: 'DELETE', headers: { Accept: JSON_API } });
    expect(response.status).to.equal(204);
    expect(loket.session).to.equal(null);
    expect((await getJson(loket.fetch, '/sessions/current')).status).to.equal(400);
  });
});
