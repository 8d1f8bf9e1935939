// Transcribed from lblod/app-digitaal-loket config/resources/master-users-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const masterUsersDomain: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/master-users-domain.lisp',
  resources: [
    // line 1: (define-resource gebruiker () …)
    {
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
      },
    },
    // line 15: (define-resource account () …)
    {
      name: 'account',
      path: 'accounts',
      class: 'foaf:OnlineAccount',
      base: 'http://data.lblod.info/id/account/',
      properties: {
        // lines 18 and 20 write `(:provider :via ,(s-prefix …))` and `(:vo-id :via …)`: the type slot is `:via`.
        provider: ['via', 'foaf:accountServiceHomepage'],
        roles: ['string-set', 'ext:sessionRole'],
        'vo-id': ['via', 'dct:identifier'],
      },
      hasOne: {
        gebruiker: ['gebruiker', 'foaf:account', 'inverse'],
      },
    },
  ],
};
