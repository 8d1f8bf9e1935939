// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/user.lisp at 1e320810 (2026-07-16).
// Neither resource declares :features, so neither has include-uri.
import type { DomainFile } from '../../../domain.js';

export const user: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/user.lisp',
  resources: [
    {
      // user.lisp:1-16
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
        bestuurseenheden: ['bestuurseenheid', 'foaf:member'],
        'system-notifications': ['system-notification', 'ext:notificationFor', 'inverse'],
      },
    },
    {
      // user.lisp:18-27
      name: 'account',
      path: 'accounts',
      class: 'foaf:OnlineAccount',
      base: 'http://data.lblod.info/id/account/',
      properties: {
        // sic: `(:provider :via ,(s-prefix "foaf:accountServiceHomepage"))` — the type slot is `:via`.
        provider: ['via', 'foaf:accountServiceHomepage'],
        // sic: `(:vo-id :via ,(s-prefix "dct:identifier"))`
        'vo-id': ['via', 'dct:identifier'],
      },
      hasOne: {
        gebruiker: ['gebruiker', 'foaf:account', 'inverse'],
      },
    },
  ],
};
