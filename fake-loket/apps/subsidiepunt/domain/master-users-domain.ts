// Transcribed from lblod/app-subsidiepunt config/resources/master-users-domain.lisp at v2.26.0-1-gb3cee9a (b3cee9ab, 2026-05-08).
// Neither resource declares :features, so neither has include-uri.
import type { DomainFile } from '../../../domain.js';

export const masterUsersDomain: DomainFile = {
  source: 'lblod/app-subsidiepunt config/resources/master-users-domain.lisp',
  resources: [
    {
      // master-users-domain.lisp:1-13
      name: 'gebruiker',
      path: 'gebruikers',
      class: 'foaf:Person',
      base: 'http://data.lblod.info/id/gebruiker/',
      properties: {
        voornaam: ['string', 'foaf:firstName'],
        achternaam: ['string', 'foaf:familyName'],
        'rijksregister-nummer': ['string', 'dct:identifier'],
      },
      hasMany: {
        account: ['account', 'foaf:account'],
        organizations: ['organization', 'foaf:member'],
      },
    },
    {
      // master-users-domain.lisp:15-25
      name: 'account',
      path: 'accounts',
      class: 'foaf:OnlineAccount',
      base: 'http://data.lblod.info/id/account/',
      properties: {
        // sic: `(:provider :via ,(s-prefix "foaf:accountServiceHomepage"))` — the type slot is `:via`.
        provider: ['via', 'foaf:accountServiceHomepage'],
        roles: ['string-set', 'ext:sessionRole'],
        // sic: `(:vo-id :via ,(s-prefix "dct:identifier"))`
        'vo-id': ['via', 'dct:identifier'],
      },
      hasOne: {
        gebruiker: ['gebruiker', 'foaf:account', 'inverse'],
      },
    },
  ],
};
