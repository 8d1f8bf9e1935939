import { jsonApi, noContent } from '../http.js';
import type { Session } from './session.js';

/** The login service's `/sessions/current`: `relationships` beside `data`, not inside it. */
export function currentSession(session: Session | null, basePath: string): Response {
  if (!session) return missingSession();
  return jsonApi({
    links: { self: `${basePath}/sessions/current` },
    data: { type: 'sessions', id: session.id, attributes: { roles: [...session.roles] } },
    relationships: {
      account: {
        links: { related: `${basePath}/accounts/${session.accountId}` },
        data: { type: 'accounts', id: session.accountId },
      },
      group: {
        links: { related: `${basePath}/${session.groupType}/${session.groupId}` },
        data: { type: session.groupType, id: session.groupId },
      },
    },
  });
}

export function logout(session: Session | null): Response {
  return session ? noContent() : missingSession();
}

function missingSession(): Response {
  return jsonApi({ errors: [{ title: 'Session header is missing' }] }, 400);
}
