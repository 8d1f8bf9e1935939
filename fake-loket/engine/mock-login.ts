/**
 * lblod/mock-login-service (`web.rb`), behind `/mock/sessions/*path` in every Loket app's
 * dispatcher: the development stacks' login without ACM/IDM (it runs in each app's
 * docker-compose.dev.yml only, so the fake serves it only when asked: `mockLogin: true`).
 * `POST /mock/sessions` binds an account and a group to the browser's session; `GET` and `DELETE
 * /mock/sessions/current` read and end it. Checks in web.rb's order; errors as mu-ruby-template's
 * `{"errors":[{"title"}]}`.
 *
 * The real service finds the account among the mock accounts `update-bestuurseenheid-mock-login`
 * made, with the roles of the app's `config/mock-login/rules.json`; here an account is any user of
 * the fake's world and carries the roles the fake was created with (default: every role).
 */
import { jsonApi, noContent, specError } from '../http.js';
import type { World } from '../world.js';
import type { Session } from './session.js';

export interface MockLoginContext {
  request: Request;
  /** Path below the app's root: `/mock/sessions`, `/mock/sessions/current`. */
  path: string;
  session: Session | null;
  setSession(next: Session | null): void;
  world: World;
  roles: readonly string[];
  uuid(): string;
}

const JSON_API = 'application/vnd.api+json';

function answer(session: Session, self: string, status: number): Response {
  return jsonApi(
    {
      links: { self },
      data: { type: 'sessions', id: session.id, attributes: { roles: [...session.roles] } },
      // The mock service names the group `groups`; the login service's /sessions/current, `bestuurseenheden`.
      relationships: {
        account: { links: { related: `/accounts/${session.accountId}` }, data: { type: 'accounts', id: session.accountId } },
        group: { links: { related: `/groups/${session.groupId}` }, data: { type: 'groups', id: session.groupId } },
      },
    },
    status,
  );
}

export async function mockLogin(context: MockLoginContext): Promise<Response> {
  const method = context.request.method.toUpperCase();
  const path = context.path.replace(/\/+$/, '');
  // mu-dispatcher's x-rewrite-url: the path the app received (the links carry no gateway prefix).
  const self = '/mock/sessions/current';
  if (method === 'POST' && path === '/mock/sessions') return login(context, self);
  if (path !== '/mock/sessions/current') return specError(404, 'Not found');
  if (method === 'GET') return context.session ? answer(context.session, self, 200) : specError(400, 'Invalid session');
  if (method === 'DELETE') {
    if (!context.session) return specError(400, 'Invalid session');
    context.setSession(null);
    return noContent();
  }
  return specError(404, 'Not found');
}

interface Body {
  data?: { type?: unknown; id?: unknown; relationships?: { account?: { data?: { id?: unknown } }; group?: { data?: { id?: unknown } } } };
}

async function login(context: MockLoginContext, self: string): Promise<Response> {
  const contentType = context.request.headers.get('Content-Type') ?? '';
  if (!contentType.startsWith(JSON_API)) return specError(400, `Content-Type must be ${JSON_API} instead of ${contentType}.`);
  let body: Body;
  try {
    body = (await context.request.json()) as Body;
  } catch {
    // @json_body stays nil and `data['type']` raises: Sinatra's 500.
    return specError(500, 'Internal Server Error');
  }
  const data = body?.data;
  if (!data || data.type !== 'sessions') return specError(409, `Incorrect type. Type must be sessions, instead of ${String(data?.type ?? '')}.`);
  if (data.id !== undefined && data.id !== null) return specError(400, 'Id paramater is not allowed');
  const accountId = data.relationships?.account?.data?.id;
  if (!accountId) return specError(400, 'exactly one account should be linked');
  const groupId = data.relationships?.group?.data?.id;
  if (!groupId) return specError(400, 'exactly one group should be linked');
  if (!context.world.users.some((user) => user.accountId === accountId)) return specError(400, 'account not found.');
  // web.rb never checks that the account belongs to the group.
  if (!context.world.bestuur(String(groupId))) return specError(400, 'group not found');
  if (context.roles.length === 0) return specError(400, 'roles not found');
  const session: Session = { id: context.uuid(), accountId: String(accountId), groupId: String(groupId), groupType: 'bestuurseenheden', roles: [...context.roles] };
  context.setSession(session);
  return answer(session, self, 201);
}
