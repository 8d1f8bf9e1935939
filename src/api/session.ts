import { abortable } from './abort.js';
import type { LoketClient, RequestOptions } from './client.js';
import { LoketError, isLoketError } from './errors.js';
import type { JsonApiRelationship } from './jsonapi-schema.js';

export interface LoketSession {
  accountId: string;
  /** The current bestuurseenheid. */
  groupId: string;
  /** `bestuurseenheden` or `organizations`. */
  groupType: string;
  roles: readonly string[];
}

const sessions = new WeakMap<LoketClient, Promise<LoketSession>>();

/**
 * The current session from `GET /sessions/current`, fetched once per client. A caller's signal
 * only stops its own wait, so one widget leaving the page cannot fail the others' session.
 * No session (400 "Session header is missing", or 401) is an 'unauthorized' error.
 */
export function getSession(client: LoketClient, options: RequestOptions = {}): Promise<LoketSession> {
  let session = sessions.get(client);
  if (!session) {
    session = loadSession(client);
    sessions.set(client, session);
    // A failure is not remembered: the next widget (or a retry button) asks again.
    session.catch(() => {
      if (sessions.get(client) === session) sessions.delete(client);
    });
  }
  return abortable(session, options.signal);
}

/** Forgets the cached session, e.g. after the user signed in again. */
export function forgetSession(client: LoketClient): void {
  sessions.delete(client);
}

async function loadSession(client: LoketClient): Promise<LoketSession> {
  let document;
  try {
    document = await client.get('sessions/current');
  } catch (error) {
    if (isLoketError(error) && error.status === 400) {
      throw new LoketError('unauthorized', { status: 400, serverMessage: error.serverMessage, cause: error });
    }
    throw error;
  }
  const data = document.raw.data;
  if (data === null || Array.isArray(data)) throw invalid('no session resource');
  // The login service puts relationships beside `data`; a spec-shaped answer has them inside.
  const relationships = { ...data.relationships, ...document.raw.relationships };
  const account = identifierOf(relationships['account']);
  const group = identifierOf(relationships['group']);
  if (!account || !group) throw invalid('no account or group');
  const roles = data.attributes?.['roles'];
  return {
    accountId: account.id,
    groupId: group.id,
    groupType: group.type,
    roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [],
  };
}

function identifierOf(relationship: JsonApiRelationship | undefined) {
  const data = relationship?.data;
  return data && !Array.isArray(data) ? data : undefined;
}

function invalid(what: string): LoketError {
  return new LoketError('bad-response', { message: `Bad session: ${what}` });
}
