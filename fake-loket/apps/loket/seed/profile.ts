/**
 * What the bestuur profile reads in the Loket besides the bestuurseenheid itself (whose names,
 * classification, territory and e-mail preference the base family seeds):
 *
 * (its bodies are the base family seed/bestuursorganen.ts):
 *
 * - `contactinfo`: the contact points of the bestuurseenheid (`schema:contactPoint`) with their
 *   addresses, in the bestuur's `LoketLB-leidinggevendenGebruiker` graph (config.ex:357-379), the
 *   only graph of the Loket that holds an organisation's own contact points.
 */
import type { SeedFamily } from '../../../family.js';
import type { LanguageString, StoredResource } from '../../../schema.js';
import { ADDRESS_REGISTER_BASE, contactDataOf, fullAddress } from '../../shared/contact-data.js';
import { record } from '../../shared/besturen.js';

/** The allowed group of config.ex whose per-bestuur graph holds the contact points. */
const LEIDINGGEVENDEN_GRAPH = 'o-leidinggevende-rwf';

export const contactinfoFamily: SeedFamily = {
  name: 'contactinfo',
  seed({ world, random, store }) {
    const out: StoredResource[] = [];
    const inGraph = (entry: StoredResource, owner: string): StoredResource => ({ ...entry, owner, graph: LEIDINGGEVENDEN_GRAPH });
    for (const bestuur of world.besturen) {
      const site = contactDataOf(bestuur)?.primary;
      const unit = store.get('bestuurseenheden')?.get(bestuur.id);
      if (!site || !unit) continue;
      const { address } = site;
      const land: LanguageString[] = [{ content: address.country, language: 'nl' }];
      const contactinfo = site.contacts.map((contact) => {
        const adresId = random.uuid();
        out.push(
          inGraph(
            record('adressen', adresId, {
              uri: `http://data.lblod.info/id/adressen/${adresId}`,
              straatnaam: address.street,
              huisnummer: address.number,
              ...(address.boxNumber ? { busnummer: address.boxNumber } : {}),
              postcode: address.postcode,
              gemeentenaam: address.municipality,
              land,
              'volledig-adres': fullAddress(address),
              ...(address.registerId ? { 'adres-register-id': address.registerId, 'adres-register-uri': `${ADDRESS_REGISTER_BASE}${address.registerId}` } : {}),
            }),
            bestuur.id,
          ),
        );
        const id = random.uuid();
        out.push(
          inGraph(
            record(
              'contact-punten',
              id,
              {
                uri: `http://data.lblod.info/id/contact-punten/${id}`,
                type: contact.type,
                ...(contact.email ? { email: contact.email } : {}),
                ...(contact.telephone ? { telefoon: contact.telephone } : {}),
                ...(contact.fax ? { fax: contact.fax } : {}),
                ...(contact.website ? { website: contact.website } : {}),
              },
              { adres: adresId, 'secondary-contact-point': null },
            ),
            bestuur.id,
          ),
        );
        return id;
      });
      // The bestuurseenheid itself stays in the public graph; only its link gains the contact points.
      out.push({ ...unit, relationships: { ...unit.relationships, contactinfo } });
    }
    return out;
  },
};
