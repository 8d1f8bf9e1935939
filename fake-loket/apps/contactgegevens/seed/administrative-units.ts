/**
 * The Contactgegevens app's base data, in its own domain's names (domain.json): the besturen as
 * `administrative-units` with their classification, territory, status and alternative name (public
 * graph, config.lisp:48-66), and in each bestuur's own `organization-data-user` graph
 * (`http://mu.semte.ch/graphs/organizations/<uuid>`, config.lisp:71-76, 125-127) its KBO and OVO
 * numbers as identifiers, and its sites with their address and contact points.
 *
 * As in the Organisatieportaal's data (frontend-contactgegevens-loket `routes/sites/index.js` lists
 * `[primarySite, ...sites]`), the primary site is `primary-site` only and the other sites are `sites`.
 */
import type { SeedFamily } from '../../../family.js';
import type { Random } from '../../../random.js';
import type { StoredResource } from '../../../schema.js';
import { CLASSIFICATIES } from '../../../world.js';
import { ADDRESS_REGISTER_BASE, ORGANIZATION_STATUS, SITE_TYPES, contactDataOf, fullAddress, type SiteData } from '../../shared/contact-data.js';

const rec = (type: string, id: string, attributes: Record<string, unknown>, relationships: StoredResource['relationships'] = {}, owner?: string): StoredResource => ({
  type,
  id,
  attributes,
  relationships,
  ...(owner ? { owner } : {}),
});

/** The `id-name` notations the app's frontend matches on (frontend-contactgegevens-loket `app/models/identifier.js`). */
export const ID_NAMES = { kbo: 'KBO nummer', ovo: 'OVO-nummer' } as const;

/** `organization-status-codes` is the app's one resource with `include-uri` (domain.json:232-245). */
const STATUS_BASE = 'http://lblod.data.gift/concepts/';

/** A site with its address and contact points, all in the bestuur's graph; returns the site's id. */
function seedSite(out: StoredResource[], random: Random, owner: string, site: SiteData): string {
  const addressId = random.uuid();
  const { address } = site;
  out.push(
    rec(
      'addresses',
      addressId,
      {
        street: address.street,
        number: address.number,
        ...(address.boxNumber ? { 'box-number': address.boxNumber } : {}),
        postcode: address.postcode,
        municipality: address.municipality,
        ...(address.province ? { province: address.province } : {}),
        country: address.country,
        'full-address': fullAddress(address),
        ...(address.registerId ? { 'address-register-uri': `${ADDRESS_REGISTER_BASE}${address.registerId}` } : {}),
      },
      { source: null },
      owner,
    ),
  );
  const contacts = site.contacts.map((contact) => {
    const id = random.uuid();
    const { type, email, telephone, fax, website } = contact;
    out.push(
      rec(
        'contact-points',
        id,
        { type, ...(email ? { email } : {}), ...(telephone ? { telephone } : {}), ...(fax ? { fax } : {}), ...(website ? { website } : {}) },
        { 'contact-address': null },
        owner,
      ),
    );
    return id;
  });
  const id = random.uuid();
  out.push(
    rec(
      'sites',
      id,
      { ...(site.name ? { 'site-type-name': site.name } : {}) },
      { address: addressId, contacts, 'site-type': SITE_TYPES[site.type].id, 'modified-by': null },
      owner,
    ),
  );
  return id;
}

export const administrativeUnitsFamily: SeedFamily & { base: true } = {
  name: 'administrative-units',
  base: true,
  seed({ world, random }) {
    const out: StoredResource[] = [];
    for (const { id, label } of Object.values(CLASSIFICATIES)) out.push(rec('administrative-unit-classification-codes', id, { label }));
    for (const { id, label } of Object.values(ORGANIZATION_STATUS)) out.push(rec('organization-status-codes', id, { label, uri: `${STATUS_BASE}${id}` }));
    for (const { id, label } of Object.values(SITE_TYPES)) out.push(rec('site-types', id, { label }));
    for (const territory of world.territories) out.push(rec('locations', territory.id, { label: territory.naam, level: territory.niveau }));
    for (const bestuur of world.besturen) {
      const identifiers: string[] = [];
      for (const kind of ['kbo', 'ovo'] as const) {
        const value = bestuur[kind];
        if (!value) continue;
        const identifier = random.uuid();
        const structured = random.uuid();
        out.push(rec('structured-identifiers', structured, { 'local-id': value }, {}, bestuur.id));
        out.push(rec('identifiers', identifier, { 'id-name': ID_NAMES[kind] }, { 'structured-identifier': structured }, bestuur.id));
        identifiers.push(identifier);
      }
      const data = contactDataOf(bestuur);
      const primarySite = data?.primary ? seedSite(out, random, bestuur.id, data.primary) : null;
      const sites = (data?.others ?? []).map((site) => seedSite(out, random, bestuur.id, site));
      const alternative = bestuur.alternativeNames?.[0];
      out.push(
        rec(
          'administrative-units',
          bestuur.id,
          { name: bestuur.name, 'legal-name': bestuur.naam, ...(alternative ? { 'alternative-name': alternative } : {}) },
          {
            classification: bestuur.kind === 'agentschap' ? null : CLASSIFICATIES[bestuur.kind].id,
            scope: bestuur.werkingsgebied?.id ?? null,
            'located-within': bestuur.provincie?.id ?? null,
            identifiers,
            'organization-status': ORGANIZATION_STATUS[data?.status ?? 'actief'].id,
            'primary-site': primarySite,
            sites,
          },
        ),
      );
    }
    return out;
  },
};
