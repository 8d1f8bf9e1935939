import { expect } from '@open-wc/testing';
import { LoketError } from '../../src/api/errors.js';
import { forgetSession, getSession } from '../../src/api/session.js';
import { jsonApi, rejection, stubClient, until } from './stub-transport.js';

/** `/sessions/current` as the Loket's login service answers it: relationships beside data. */
const loketSession = {
  links: { self: '/sessions/current' },
  data: {
    type: 'sessions',
    id: 'current',
    attributes: { roles: ['LoketLB-toezichtGebruiker', 'LoketLB-berichtenGebruiker', 42] },
  },
  relationships: {
    account: { links: { related: '/accounts/acc-1' }, data: { type: 'accounts', id: 'acc-1' } },
    group: { links: { related: '/bestuurseenheden/g-1' }, data: { type: 'bestuurseenheden', id: 'g-1' } },
  },
};

function asLoketError(error: unknown): LoketError {
  expect(error).to.be.instanceOf(LoketError);
  return error as LoketError;
}

describe('getSession', () => {
  it('reads account, group and roles with relationships at the top level', async () => {
    const { client, requests } = stubClient(() => jsonApi(loketSession));
    const session = await getSession(client);
    expect(session).to.deep.equal({
      accountId: 'acc-1',
      groupId: 'g-1',
      groupType: 'bestuurseenheden',
      roles: ['LoketLB-toezichtGebruiker', 'LoketLB-berichtenGebruiker'],
    });
    expect(requests[0]!.url).to.equal('https://loket.test/api/sessions/current');
  });

  it('also reads relationships inside data, and a session without roles', async () => {
    const { client } = stubClient(() =>
      jsonApi({
        data: {
          type: 'sessions',
          id: 'current',
          relationships: {
            account: { data: { type: 'accounts', id: 'a' } },
            group: { data: { type: 'organizations', id: 'o' } },
          },
        },
      }),
    );
    expect(await getSession(client)).to.deep.equal({ accountId: 'a', groupId: 'o', groupType: 'organizations', roles: [] });
  });

  it('asks once per client', async () => {
    const { client, requests } = stubClient(() => jsonApi(loketSession));
    const [a, b] = await Promise.all([getSession(client), getSession(client)]);
    const c = await getSession(client);
    expect(a).to.equal(b);
    expect(c).to.equal(a);
    expect(requests).to.have.length(1);
    forgetSession(client);
    await getSession(client);
    expect(requests).to.have.length(2);
  });

  for (const [name, status, body] of [
    ['400 "Session header is missing"', 400, { errors: [{ title: 'Session header is missing' }] }],
    ['400 with any other text', 400, { errors: { title: 'Bad request' } }],
    ['401', 401, { errors: { title: 'Unauthorized' } }],
  ] as const) {
    it(`reads ${name} as unauthorized`, async () => {
      const { client } = stubClient(() => jsonApi(body, status));
      const error = asLoketError(await rejection(getSession(client)));
      expect(error.kind).to.equal('unauthorized');
      expect(error.status).to.equal(status);
    });
  }

  it('does not remember a failure', async () => {
    const { client, requests } = stubClient((_, call) => (call === 1 ? jsonApi({}, 401) : jsonApi(loketSession)));
    await rejection(getSession(client));
    expect((await getSession(client)).groupId).to.equal('g-1');
    expect(requests).to.have.length(2);
  });

  it('refuses a session without a group as a bad response', async () => {
    const { client } = stubClient(() =>
      jsonApi({ data: { type: 'sessions', id: 'current' }, relationships: { account: { data: { type: 'accounts', id: 'a' } } } }),
    );
    expect(asLoketError(await rejection(getSession(client))).kind).to.equal('bad-response');
  });

  it('refuses a list where the session belongs', async () => {
    const { client } = stubClient(() => jsonApi({ data: [] }));
    expect(asLoketError(await rejection(getSession(client))).kind).to.equal('bad-response');
  });

  it("lets one caller stop waiting without failing another caller's session", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { client, requests } = stubClient(async () => {
      await gate;
      return jsonApi(loketSession);
    });
    const controller = new AbortController();
    const leaving = getSession(client, { signal: controller.signal });
    const staying = getSession(client);
    await until(() => requests.length === 1);
    controller.abort();
    expect(asLoketError(await rejection(leaving)).kind).to.equal('aborted');
    release();
    expect((await staying).accountId).to.equal('acc-1');
  });
});
