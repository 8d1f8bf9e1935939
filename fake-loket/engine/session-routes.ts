/**
 * The login service behind `/sessions/*` (lblod/acmidm-login-service v0.12.x `app.js`): the
 * current session with `relationships` beside `data` (not inside it), 400 "Invalid session"
 * without a login, and logout.
 */
import { jsonApi, noContent, specError } from '../http.js';
import type { Session } from './session.js';

export function currentSession(session: Session | null): Response {
  if (!session) return invalidSession();
  return jsonApi({
    links: { self: '/sessions/current' },
    data: { type: 'sessions', id: session.id, attributes: { roles: [...session.roles] } },
    relationships: {
      account: { links: { related: `/accounts/${session.accountId}` }, data: { type: 'accounts', id: session.accountId } },
      group: { links: { related: `/${session.groupType}/${session.groupId}` }, data: { type: session.groupType, id: session.groupId } },
    },
  });
}

export function logout(session: Session | null): Response {
  return session ? noContent() : invalidSession();
}

function invalidSession(): Response {
  return specError(400, 'Invalid session');
}
