// Transcribed from lblod/app-digitaal-loket config/resources/worship-units.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const worshipUnits: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/worship-units.lisp',
  resources: [
    // line 1: (define-resource role () …)
    {
      name: 'role',
      path: 'roles',
      class: 'org:Role',
      base: 'http://data.lblod.info/id/rollen/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 9: (define-resource organization () …)
    {
      name: 'organization',
      path: 'organizations',
      class: 'org:Organization',
      base: 'http://data.lblod.info/id/organisaties/',
      features: ['include-uri'],
      properties: {
        name: ['string', 'skos:prefLabel'],
        'alternative-name': ['string', 'skos:altLabel'],
      },
      hasOne: {
        'organization-status': ['organization-status-code', 'regorg:orgStatus'],
        'primary-site': ['site', 'org:hasPrimarySite'],
        'is-associated-with': ['organization', 'org:linkedTo', 'inverse'],
        'is-sub-organization-of': ['organization', 'org:hasSubOrganization', 'inverse'],
      },
      hasMany: {
        identifiers: ['identificator', 'adms:identifier'],
        sites: ['site', 'org:hasSite'],
        positions: ['post', 'org:hasPost'],
        'associated-organizations': ['organization', 'org:linkedTo'],
        'sub-organizations': ['organization', 'org:hasSubOrganization'],
      },
    },
    // line 38: (define-resource recognized-worship-type () …)
    {
      name: 'recognized-worship-type',
      path: 'recognized-worship-types',
      class: 'code:TypeEredienst',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 46: (define-resource central-worship-service () …)
    {
      name: 'central-worship-service',
      path: 'central-worship-services',
      class: 'ere:CentraalBestuurVanDeEredienst',
      base: 'http://data.lblod.info/id/centraleBesturenVanDeEredienst/',
      features: ['include-uri'],
    },
    // line 53: (define-resource representative-body () …)
    {
      name: 'representative-body',
      path: 'representative-bodies',
      class: 'ere:RepresentatiefOrgaan',
      base: 'http://data.lblod.info/id/representatieveOrganen/',
      features: ['include-uri'],
      hasOne: {
        'recognized-worship-type': ['recognized-worship-type', 'ere:typeEredienst'],
      },
      hasMany: {
        'minister-positions': ['minister-position', 'ere:behoort', 'inverse'],
      },
    },
    // line 65: (define-resource local-involvement () …)
    {
      name: 'local-involvement',
      path: 'local-involvements',
      class: 'ere:BetrokkenLokaleBesturen',
      base: 'http://data.lblod.info/id/betrokkenLokaleBesturen/',
      features: ['include-uri'],
      properties: {
        percentage: ['number', 'ere:financieringspercentage'],
      },
      hasOne: {
        'involvement-type': ['involvement-type', 'ere:typebetrokkenheid'],
        'worship-service': ['worship-service', 'org:organization'],
        'administrative-unit': ['bestuurseenheid', 'ere:betrokkenBestuur', 'inverse'],
      },
    },
    // line 80: (define-resource structured-identifier () …)
    {
      name: 'structured-identifier',
      path: 'structured-identifiers',
      class: 'generiek:GestructureerdeIdentificator',
      base: 'http://data.lblod.info/id/gestructureerdeIdentificatoren/',
      features: ['include-uri'],
      properties: {
        'local-id': ['string', 'generiek:lokaleIdentificator'],
      },
    },
    // line 88: (define-resource site () …)
    {
      name: 'site',
      path: 'sites',
      class: 'org:Site',
      base: 'http://data.lblod.info/id/vestigingen/',
      features: ['include-uri'],
      hasOne: {
        address: ['adres', 'organisatie:bestaatUit'],
        'site-type': ['site-type', 'ere:vestigingstype'],
      },
      hasMany: {
        contacts: ['contact-punt', 'org:siteAddress'],
      },
    },
    // line 101: (define-resource organization-status-code () …)
    {
      name: 'organization-status-code',
      path: 'organization-status-codes',
      class: 'code:OrganisatieStatusCode',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 109: (define-resource involvement-type () …)
    {
      name: 'involvement-type',
      path: 'involvement-types',
      class: 'code:TypeBetrokkenheid',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 117: (define-resource minister-condition () …)
    {
      name: 'minister-condition',
      path: 'minister-conditions',
      class: 'ere:VoorwaardenBedienaar',
      base: 'http://data.lblod.info/id/voorwaardenBedienaar/',
      features: ['include-uri'],
      properties: {
        satisfied: ['boolean', 'ere:voldaan'],
      },
      hasOne: {
        criterion: ['minister-condition-criterion', 'ere:criterium'],
        'document-type-criterion': ['document-type-criterion', 'ere:criteriumbewijsstuktype'],
      },
    },
    // line 129: (define-resource minister-position-function () …)
    {
      name: 'minister-position-function',
      path: 'minister-position-functions',
      class: 'code:EredienstBeroepen',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 137: (define-resource financing-code () …)
    {
      name: 'financing-code',
      path: 'financing-codes',
      class: 'code:BedienaarFinancieringCode',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 145: (define-resource minister-condition-criterion () …)
    {
      name: 'minister-condition-criterion',
      path: 'minister-condition-criterions',
      class: 'code:VoorwaardenBedienaarCriterium',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 153: (define-resource document-types-criterion () …)
    {
      name: 'document-types-criterion',
      path: 'document-types-criterions',
      class: 'code:BedienaarCriteriumBewijsstuk',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 161: (define-resource site-type () …)
    {
      name: 'site-type',
      path: 'site-types',
      class: 'code:TypeVestiging',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
  ],
};
