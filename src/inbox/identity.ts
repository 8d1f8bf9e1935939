/**
 * Who answers: the bestuur (its name for "Van" and its resource type, which the Loket reads with
 * `GET /bestuurseenheden/:id`, services/current-session.js) and the user (`auteur`: the Loket
 * reads the account with its `gebruiker`, utils/account.js `include=gebruiker…`).
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import type { ResourceIdentifier } from '../api/jsonapi-schema.js';
import { query } from '../api/query.js';

export interface Bestuur extends ResourceIdentifier {
  name?: string;
}

/** The bestuur as the Loket serves it: its most specific type (`worship-services`, …) and name. */
export async function fetchBestuur(client: LoketClient, id: string, options: RequestOptions = {}): Promise<Bestuur> {
  const view = (await client.get(`bestuurseenheden/${encodeURIComponent(id)}`, undefined, options)).primary;
  const name = view?.string('naam')?.trim();
  return { type: view?.type ?? 'bestuurseenheden', id, ...(name ? { name } : {}) };
}

/** The user behind an account (`gebruikers`), or null when the account shows none. */
export async function fetchUser(client: LoketClient, accountId: string, options: RequestOptions = {}): Promise<ResourceIdentifier | null> {
  const view = (await client.get(`accounts/${encodeURIComponent(accountId)}`, query().include('gebruiker'), options)).primary;
  const user = view?.one('gebruiker');
  return user ? { type: user.type, id: user.id } : null;
}
