import { expect } from '@open-wc/testing';
import { ALL_ROLES, DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID, createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';

// lblod/mock-login-service web.rb, as the apps' docker-compose.dev.yml run it behind /mock/sessions.
const JSON_API = 'application/vnd.api+json';
const LMB = 'https://loket.test/lmb-api';

function login(loket: FakeLoket, root: string, body: unknown, contentType = JSON_API): Promise<Response> {
  return loket.fetch(`${root}/mock/sessions`, { method: 'POST', headers: { Accept: JSON_API, 'Content-Type': contentType }, body: JSON.stringify(body) });
}

const sessionBody = (account = DEFAULT_ACCOUNT_ID, group = FIRST_GEMEENTE_ID) => ({
  data: { type: 'sessions', relationships: { account: { data: { type: 'accounts', id: account } }, group: { data: { type: 'groups', id: group } } } },
});

async function titleOf(response: Response): Promise<string> {
  return ((await response.json()) as { errors: { title: string }[] }).errors[0]!.title;
}

describe('fake Loket: mock login (/mock/sessions)', () => {
  it('is not served unless asked for, as in production', async () => {
    const loket = createFakeLoket({ only: [] });
    expect((await login(loket, LMB, sessionBody())).status).to.equal(501);
  });

  it('logs in again after a logout, in that app only, and the login service sees the session', async () => {
    const loket = createFakeLoket({ only: [], mockLogin: true });
    const logout = await loket.fetch(`${LMB}/sessions/current`, { method: 'DELETE', headers: { Accept: JSON_API } });
    expect(logout.status).to.equal(204);
    expect((await loket.fetch(`${LMB}/sessions/current`, { headers: { Accept: JSON_API } })).status).to.equal(400);
    expect((await loket.fetch('https://loket.test/sessions/current', { headers: { Accept: JSON_API } })).status, 'the Loket keeps its session').to.equal(200);

    const response = await login(loket, LMB, sessionBody());
    expect(response.status).to.equal(201);
    const body = (await response.json()) as { links: { self: string }; data: { attributes: { roles: string[] } }; relationships: { group: { data: unknown } } };
    expect(body.links.self).to.equal('/mock/sessions/current');
    expect(body.relationships.group.data).to.deep.equal({ type: 'groups', id: FIRST_GEMEENTE_ID });
    expect(body.data.attributes.roles).to.have.members([...ALL_ROLES]);

    const current = await loket.fetch(`${LMB}/sessions/current`, { headers: { Accept: JSON_API } });
    expect(current.status).to.equal(200);
    const session = (await current.json()) as { relationships: { group: { data: unknown } } };
    expect(session.relationships.group.data).to.deep.equal({ type: 'bestuurseenheden', id: FIRST_GEMEENTE_ID });
  });

  it('checks what web.rb checks, in its order', async () => {
    const loket = createFakeLoket({ only: [], mockLogin: true });
    const cases: [unknown, string, number, string][] = [
      [sessionBody(), 'application/json', 400, 'Content-Type must be application/vnd.api+json instead of application/json.'],
      [{ data: { type: 'accounts' } }, JSON_API, 409, 'Incorrect type. Type must be sessions, instead of accounts.'],
      [{ data: { ...sessionBody().data, id: 'x' } }, JSON_API, 400, 'Id paramater is not allowed'],
      [{ data: { type: 'sessions', relationships: { group: { data: { id: FIRST_GEMEENTE_ID } } } } }, JSON_API, 400, 'exactly one account should be linked'],
      [{ data: { type: 'sessions', relationships: { account: { data: { id: DEFAULT_ACCOUNT_ID } } } } }, JSON_API, 400, 'exactly one group should be linked'],
      [sessionBody('nobody'), JSON_API, 400, 'account not found.'],
      [sessionBody(DEFAULT_ACCOUNT_ID, 'nowhere'), JSON_API, 400, 'group not found'],
    ];
    for (const [body, contentType, status, title] of cases) {
      const response = await login(loket, LMB, body, contentType);
      expect(response.status, title).to.equal(status);
      expect(await titleOf(response)).to.equal(title);
    }
  });

  it('reads and ends the session at /mock/sessions/current', async () => {
    const loket = createFakeLoket({ only: [], mockLogin: true });
    const current = await loket.fetch('https://loket.test/mock/sessions/current', { headers: { Accept: JSON_API } });
    expect(current.status).to.equal(200);
    expect(((await current.json()) as { relationships: { group: { data: { type: string } } } }).relationships.group.data.type).to.equal('groups');
    expect((await loket.fetch('https://loket.test/mock/sessions/current', { method: 'DELETE' })).status).to.equal(204);
    const again = await loket.fetch('https://loket.test/mock/sessions/current', { method: 'DELETE' });
    expect(again.status).to.equal(400);
    expect(await titleOf(again)).to.equal('Invalid session');
  });
});
