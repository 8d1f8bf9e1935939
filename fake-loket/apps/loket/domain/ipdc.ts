// Transcribed from lblod/app-digitaal-loket config/resources/ipdc.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const ipdc: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/ipdc.lisp',
  resources: [
    // line 1: (define-resource public-service () …)
    {
      name: 'public-service',
      path: 'public-services',
      class: 'ipdc:InstancePublicServiceSnapshot',
      base: 'http://data.lblod.info/id/public-service/',
      features: ['include-uri'],
      properties: {
        name: ['language-string-set', 'dct:title'],
        description: ['language-string-set', 'dct:description'],
        'additional-description': ['language-string-set', 'ipdc:additionalDescription'],
        keyword: ['language-string-set', 'dcat:keyword'],
        regulations: ['language-string-set', 'ipdc:regulation'],
        exceptions: ['language-string-set', 'ipdc:exception'],
        'start-date': ['datetime', 'schema:startDate'],
        'end-date': ['datetime', 'schema:endDate'],
        'is-archived': ['boolean', 'ipdc:isArchived'],
        'date-created': ['datetime', 'schema:dateCreated'],
        'date-modified': ['datetime', 'schema:dateModified'],
        'date-published': ['datetime', 'schema2:datePublished'],
        'product-id': ['string', 'schema:productID'],
        concept: ['url', 'dct:source'],
      },
      hasOne: {
        type: ['concept', 'dct:type'],
        'competent-authority': ['concept', 'm8g:hasCompetentAuthority'],
      },
      hasMany: {
        language: ['concept', 'dct:language'],
        'target-audiences': ['concept', 'ipdc:targetAudience'],
        'thematic-areas': ['concept', 'm8g:thematicArea'],
        // commented out in the source (lines 27-28): (location :via dct:spatial :as "spatial")
        'competent-authority-levels': ['concept', 'ipdc:competentAuthorityLevel'],
        'executing-authority-levels': ['concept', 'ipdc:executingAuthorityLevel'],
        websites: ['website', 'rdfs:seeAlso'],
        procedures: ['procedure', 'cpsv:follows'],
        'relevant-administrative-units': ['bestuurseenheid-classificatie-code', 'icr:isRelevantForAdministrativeUnit'],
      },
    },
    // line 44: (define-resource website () …)
    {
      name: 'website',
      path: 'websites',
      class: 'schema:WebSite',
      base: 'http://lblod.data.gift/websites/',
      properties: {
        title: ['language-string-set', 'dct:title'],
        description: ['language-string-set', 'dct:description'],
        url: ['string', 'schema:url'],
      },
      hasOne: {
        'public-service': ['public-service', 'rdfs:seeAlso', 'inverse'],
        procedure: ['procedure', 'ipdc:hasWebsite', 'inverse'],
      },
    },
    // line 58: (define-resource procedure () …)
    {
      name: 'procedure',
      path: 'procedures',
      class: 'cpsv:Rule',
      base: 'http://lblod.data.gift/procedures/',
      properties: {
        title: ['language-string-set', 'dct:title'],
        description: ['language-string-set', 'dct:description'],
      },
      hasOne: {
        'public-service': ['public-service', 'cpsv:follows', 'inverse'],
      },
      hasMany: {
        websites: ['website', 'ipdc:hasWebsite'],
      },
    },
  ],
};
