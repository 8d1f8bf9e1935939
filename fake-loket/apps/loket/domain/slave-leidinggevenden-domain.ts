// Transcribed from lblod/app-digitaal-loket config/resources/slave-leidinggevenden-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file (";; this is a shared domain file,
// maintained in https://github.com/lblod/domain-files", l.2).
//
// Transcribed for the dossier list: the Loket's own orgaan filter asks
// `/bestuursorganen?filter[:has-no:bevat-bestuursfunctie]=true…` (frontend-loket
// app/components/supervision/submission-governing-bodies-select.js:35-44), and `bevat-bestuursfunctie`
// (slave-besluit-domain.lisp) targets the `bestuursfunctie` resource defined here. Without it the link
// would have an undefined target and mu-cl-resources would fail the filter, which the real app does not.
// `bestuursfunctie-code` and `persoon` (slave-mandaat-domain.lisp) are not transcribed: undefined targets.
import type { DomainFile } from '../../../domain.js';

export const slaveLeidinggevendenDomain: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/slave-leidinggevenden-domain.lisp',
  resources: [
    // line 3: (define-resource bestuursfunctie () …)
    {
      name: 'bestuursfunctie',
      path: 'bestuursfuncties',
      class: 'lblodlg:Bestuursfunctie',
      base: 'http://data.lblod.info/id/bestuursfuncties/',
      features: ['include-uri'],
      hasOne: {
        rol: ['bestuursfunctie-code', 'org:role'],
        contactinfo: ['contact-punt', 'schema:contactPoint'],
      },
      hasMany: {
        'bevat-in': ['bestuursorgaan', 'lblodlg:heeftBestuursfunctie', 'inverse'],
      },
    },
    // line 16: (define-resource functionaris () …)
    {
      name: 'functionaris',
      path: 'functionarissen',
      class: 'lblodlg:Functionaris',
      base: 'http://data.lblod.info/id/functionarissen/',
      features: ['include-uri'],
      properties: {
        start: ['datetime', 'mandaat:start'],
        einde: ['datetime', 'mandaat:einde'],
      },
      hasOne: {
        bekleedt: ['bestuursfunctie', 'org:holds'],
        status: ['functionaris-status-code', 'mandaat:status'],
        'is-bestuurlijke-alias-van': ['persoon', 'mandaat:isBestuurlijkeAliasVan'],
      },
    },
    // line 30: (define-resource functionaris-status-code () …)
    {
      name: 'functionaris-status-code',
      path: 'functionaris-status-codes',
      class: 'lblodlg:FunctionarisStatusCode',
      base: 'http://data.vlaanderen.be/id/concept/functionarisStatusCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
        'scope-note': ['string', 'skos:scopeNote'],
      },
    },
  ],
};
