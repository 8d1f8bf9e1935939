// Transcribed from lblod/app-digitaal-loket config/resources/slave-leidinggevenden-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file. Its link targets `bestuursfunctie-code` and
// `persoon` are defined in slave-mandaat-domain.lisp, which is not transcribed (undefined targets here).
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
