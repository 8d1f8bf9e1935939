/**
 * The Loket's own contact points of a bestuurseenheid, for a host without the Contactgegevens
 * app. Only `LoketLB-leidinggevendenGebruiker` reads them, so this is loaded on demand.
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import type { ResourceView } from '../api/document.js';
import { query } from '../api/query.js';
import type { Address, Site } from './model.js';
import { defined, httpUrl, text } from './read.js';

/** The Loket's `adressen` (`slave-contact-domain.lisp:26-43`). */
function adresFrom(view: ResourceView | null | undefined): Address | undefined {
  if (!view?.resolved) return undefined;
  const address = defined({
    full: text(view, 'volledig-adres'),
    street: text(view, 'straatnaam'),
    number: text(view, 'huisnummer'),
    box: text(view, 'busnummer'),
    postcode: text(view, 'postcode'),
    municipality: text(view, 'gemeentenaam'),
    country: view.langString('land')?.trim() || undefined,
    registerUri: httpUrl(view, 'adres-register-uri'),
  });
  return Object.keys(address).length ? address : undefined;
}

/**
 * `GET /bestuurseenheden/:id/contactinfo?include=adres`: the bestuurseenheid's `contactinfo`
 * (has-many `schema:contactPoint`, organisation.lisp) with each contact point's `adres`
 * (`slave-contact-domain.lisp:1-24`). Only `LoketLB-leidinggevendenGebruiker` reads them, in the
 * bestuur's own graph (config.ex:357-379); the real Loket UI does not read them at all. Each
 * contact point is shown as a "site" of its own.
 */
export async function loadContactinfo(client: LoketClient, id: string, options: RequestOptions = {}): Promise<Site[]> {
  const all = await client.getAll(
    `bestuurseenheden/${encodeURIComponent(id)}/contactinfo`,
    query().include('adres'),
    (view): Site => ({
      id: view.id,
      primary: text(view, 'type') === 'Primary',
      contacts: [
        defined({
          id: view.id,
          type: text(view, 'type'),
          email: text(view, 'email'),
          telephone: text(view, 'telefoon'),
          fax: text(view, 'fax'),
          website: httpUrl(view, 'website'),
        }),
      ],
      ...defined({ address: adresFrom(view.one('adres')) }),
      source: { app: 'loket' },
    }),
    options,
  );
  return all.items.sort((a, b) => Number(b.primary) - Number(a.primary));
}

