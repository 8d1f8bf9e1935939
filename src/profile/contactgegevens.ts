/**
 * The profile's reads from the Contactgegevens app (lblod/app-contactgegevens-loket, domain in
 * `config/resources/domain.json`), the bestuur's own contact data. Its core data is public; sites,
 * contact points, addresses and identifiers are only readable with the role
 * `LoketLB-ContactOrganisatiegegevensGebruiker`, in the bestuur's own graph (config.lisp:71-76, 108-127).
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import type { ResourceView } from '../api/document.js';
import { LoketError } from '../api/errors.js';
import { query } from '../api/query.js';
import type { Address, ContactPoint, Organisation, Site } from './model.js';
import { defined, httpUrl, text } from './read.js';

/** `identifier.id-name` values (frontend-contactgegevens-loket `app/models/identifier.js` ID_NAME). */
export const ID_NAME = { kbo: 'KBO nummer', ovo: 'OVO-nummer' } as const;

/** The include list of the real core-data page (frontend-contactgegevens-loket `routes/core-data/admin-unit.js:28-36`). */
const CORE_INCLUDE = ['primary-site', 'primary-site.address', 'identifiers', 'identifiers.structured-identifier', 'organization-status', 'classification'];
/** The include list of the real site page (`routes/sites/site/index.js:24-34`). */
const SITE_INCLUDE = ['address', 'contacts', 'site-type'];

/** `GET /administrative-units/:id?include=<CORE_INCLUDE>`, exactly as the app's own core-data page reads it. */
export async function loadOrganisation(client: LoketClient, id: string, options: RequestOptions = {}): Promise<Organisation> {
  const document = await client.get(`administrative-units/${encodeURIComponent(id)}`, query().include(...CORE_INCLUDE), options);
  const view = document.primary;
  if (!view) throw new LoketError('bad-response', { message: 'No administrative unit in the answer' });
  const identifier = (name: string) =>
    text(
      (view.many('identifiers') ?? []).find((each) => text(each, 'id-name') === name)?.one('structured-identifier'),
      'local-id',
    );
  const primary = view.one('primary-site');
  const kbo = identifier(ID_NAME.kbo);
  return defined({
    legalName: text(view, 'legal-name'),
    status: text(view.one('organization-status'), 'label'),
    kbo: kbo && formatKbo(kbo),
    ovo: identifier(ID_NAME.ovo),
    primarySiteId: primary ? primary.id : undefined,
  });
}

/** KBO numbers as the Contactgegevens app writes them: `0207.451.227` (frontend `helpers/kbo-format.js`). */
export function formatKbo(kbo: string): string {
  return /^[01]\d{9}$/.test(kbo) ? `${kbo.slice(0, 4)}.${kbo.slice(4, 7)}.${kbo.slice(7)}` : kbo;
}

/** An `addresses` resource (domain.json:317-366). */
function addressFrom(view: ResourceView | null | undefined): Address | undefined {
  if (!view?.resolved) return undefined;
  const address = defined({
    full: text(view, 'full-address'),
    street: text(view, 'street'),
    number: text(view, 'number'),
    box: text(view, 'box-number'),
    postcode: text(view, 'postcode'),
    municipality: text(view, 'municipality'),
    province: text(view, 'province'),
    country: text(view, 'country'),
    registerUri: httpUrl(view, 'address-register-uri'),
  });
  return Object.keys(address).length ? address : undefined;
}

/** A `contact-points` resource (domain.json:283-316); `type` is `Primary` or `Secondary`. */
function contactFrom(view: ResourceView): ContactPoint {
  return defined({
    id: view.id,
    type: text(view, 'type'),
    email: text(view, 'email'),
    telephone: text(view, 'telephone'),
    fax: text(view, 'fax'),
    website: httpUrl(view, 'website'),
    address: addressFrom(view.one('contact-address')),
  });
}

const CONTACT_ORDER: Record<string, number> = { Primary: 0, Secondary: 1 };

function siteFrom(view: ResourceView, primary: boolean): Site {
  const contacts = (view.many('contacts') ?? []).filter((contact) => contact.resolved).map(contactFrom);
  contacts.sort((a, b) => (CONTACT_ORDER[a.type ?? ''] ?? 2) - (CONTACT_ORDER[b.type ?? ''] ?? 2));
  return {
    id: view.id,
    primary,
    contacts,
    source: { app: 'contactgegevens' },
    ...defined({ typeLabel: text(view.one('site-type'), 'label'), name: text(view, 'site-type-name'), address: addressFrom(view.one('address')) }),
  };
}

/**
 * The sites with their address, contact points and type: the primary one by the real site page's
 * request, `GET /sites/:id?include=address,contacts,site-type`, and the others by the
 * administrative unit's `sites` link with the same includes,
 * `GET /administrative-units/:id/sites?include=address,contacts,site-type` (the real sites page
 * follows that link, `routes/sites/index.js:12-13`, then reads each site with those includes).
 */
export async function loadSites(client: LoketClient, id: string, primarySiteId: string | undefined, options: RequestOptions = {}): Promise<Site[]> {
  const [primary, others] = await Promise.all([
    primarySiteId ? client.get(`sites/${encodeURIComponent(primarySiteId)}`, query().include(...SITE_INCLUDE), options).then((document) => document.primary) : null,
    client.getAll(`administrative-units/${encodeURIComponent(id)}/sites`, query().include(...SITE_INCLUDE), (view) => siteFrom(view, false), options),
  ]);
  const sites = others.items.filter((site) => site.id !== primarySiteId);
  return primary ? [siteFrom(primary, true), ...sites] : sites;
}
