// Transcribed from lblod/app-contactgegevens-loket config/resources/domain.json at master 1abd7b4f
// (v1.10.0 plus a CHANGELOG-only commit; config/ is identical to tag v1.10.0). Served by
// semtech/mu-cl-resources:1.27.0 (docker-compose.yml:87).
//
// How mu-cl-resources reads a JSON domain (mu-cl-resources v1.27.0 framework/domain-parsing.lisp):
// - the key under "resources" is the on-path (unless a "path" key is given; none is here) and,
//   without "name", also the resource name (l.66-72): `locations` and `nationalities` are named
//   after their path;
// - "target" is interned as a resource NAME (l.134), so `change-events` (domain.json l.160) names
//   the resource `change-events` of change-events.json, which has no "name" either;
// - "super" is a list of resource names (l.82-83); "features" are interned (l.79-81);
// - a predicate or class containing "://" is a full IRI, anything else a prefixed name (l.112-118).
// - A JSON attribute is read as (name type predicate) and nothing more (l.139-144): JSON domains
//   cannot express `:required` (nor any other attribute option), so no property below carries it.
// - Only `organization-status-codes` has features ["include-uri"]; no other resource in this file
//   exposes a `uri` attribute.
//
// FORMAT: DomainResource keeps hasOne and hasMany apart; the JSON interleaves them in one
// "relationships" object. Each link carries its domain.json line so the file order can be read back.
// FORMAT: the JSON's "prefixes" block has no place in DomainFile; it is exported below as
// `domainJsonPrefixes`, exactly as written.
import type { DomainFile } from '../../../domain.js';

/**
 * domain.json l.3-34, exactly. https ones: organisatie, persoon, adres, generiek, lblodorg,
 * lblodgeneriek. `regorg` is http here (the app's repository.lisp:20 says https), `generiek` and
 * `persoon` are https here (repository.lisp:8-9 say http). mu-cl-resources loads the app's
 * repository.lisp first (it replaces configuration/repository.lisp, mu-cl-resources.asd:11 and
 * load-config.sh) and this file's prefixes are added later by `add-prefix` (domain-parsing.lisp:37-49);
 * whether the later declaration replaces the earlier one in cl-fuseki's prefix table was not traced.
 * `rdfs` (used by `nationalities` and `locations`) is NOT declared here; it comes from
 * repository.lisp:39 (`http://www.w3.org/2000/01/rdf-schema#`).
 */
export const domainJsonPrefixes = {
  org: 'http://www.w3.org/ns/org#',
  locn: 'http://www.w3.org/ns/locn#',
  schema: 'http://schema.org/',
  regorg: 'http://www.w3.org/ns/regorg#',
  person: 'http://www.w3.org/ns/person#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  dbpedia: 'http://dbpedia.org/ontology/',
  adms: 'http://www.w3.org/ns/adms#',
  euro: 'http://data.europa.eu/m8g/',
  prov: 'http://www.w3.org/ns/prov#',
  organisatie: 'https://data.vlaanderen.be/ns/organisatie#', // https
  persoon: 'https://data.vlaanderen.be/ns/persoon#', // https
  adres: 'https://data.vlaanderen.be/ns/adres#', // https
  generiek: 'https://data.vlaanderen.be/ns/generiek#', // https
  mandaat: 'http://data.vlaanderen.be/ns/mandaat#',
  besluit: 'http://data.vlaanderen.be/ns/besluit#',
  lblodlg: 'http://data.lblod.info/vocabularies/leidinggevenden/',
  lblodorg: 'https://data.lblod.info/vocabularies/organisatie/', // https
  lblodgeneriek: 'https://data.lblod.info/vocabularies/generiek/', // https
  dc_terms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  euvoc: 'http://publications.europa.eu/ontology/euvoc#',
  ere: 'http://data.lblod.info/vocabularies/erediensten/',
  ch: 'http://data.lblod.info/vocabularies/contacthub/',
  code: 'http://lblod.data.gift/vocabularies/organisatie/',
  ext: 'http://mu.semte.ch/vocabularies/ext/',
  geo: 'http://www.opengis.net/ont/geosparql#',
  nacebel: 'http://data.gift/vocabularies/nace-bel/',
  dct: 'http://purl.org/dc/terms/',
} as const;

export const domainJson: DomainFile = {
  source: 'lblod/app-contactgegevens-loket config/resources/domain.json',
  resources: [
    // l.36-62
    {
      name: 'user',
      path: 'users',
      class: 'foaf:Person',
      base: 'http://data.lblod.info/id/gebruiker/',
      properties: {
        'first-name': ['string', 'foaf:firstName'],
        'family-name': ['string', 'foaf:familyName'],
      },
      hasMany: {
        accounts: ['account', 'foaf:account'], // l.50
        groups: ['administrative-unit', 'foaf:member'], // l.55
      },
    },
    // l.63-85
    {
      name: 'account',
      path: 'accounts',
      class: 'foaf:OnlineAccount',
      base: 'http://data.lblod.info/id/account/',
      properties: {
        provider: ['string', 'foaf:accountServiceHomepage'],
        identifier: ['string', 'dct:identifier'],
      },
      hasOne: {
        user: ['user', 'foaf:account', 'inverse'], // l.77
      },
    },
    // l.86-166
    {
      name: 'organization',
      path: 'organizations',
      class: 'org:Organization',
      base: 'http://data.lblod.info/id/organisaties/',
      properties: {
        name: ['string', 'skos:prefLabel'],
        'legal-name': ['string', 'regorg:legalName'],
        // typed "string" (a single value), not "string-set"
        'alternative-name': ['string', 'skos:altLabel'],
        'expected-end-date': ['date', 'lblodgeneriek:geplandeEindDatum'],
        purpose: ['string', 'org:purpose'],
        'is-city': ['boolean', 'ext:isCity'],
      },
      hasOne: {
        'organization-status': ['organization-status-code', 'regorg:orgStatus'], // l.121
        'primary-site': ['site', 'org:hasPrimarySite'], // l.126
        'is-associated-with': ['organization', 'org:linkedTo', 'inverse'], // l.146
        'is-sub-organization-of': ['organization', 'org:hasSubOrganization', 'inverse'], // l.152
      },
      hasMany: {
        identifiers: ['identifier', 'adms:identifier'], // l.116
        sites: ['site', 'org:hasSite'], // l.131
        'associated-organizations': ['organization', 'org:linkedTo'], // l.136
        'sub-organizations': ['organization', 'org:hasSubOrganization'], // l.141
        'changed-by': ['change-events', 'org:originalOrganization', 'inverse'], // l.158; target is the resource NAME `change-events` (change-events.json)
      },
    },
    // l.167-191
    {
      name: 'administrative-unit',
      path: 'administrative-units',
      class: 'besluit:Bestuurseenheid',
      base: 'http://data.lblod.info/id/bestuurseenheden/',
      parent: 'organization', // "super": ["organization"]
      hasOne: {
        classification: ['administrative-unit-classification-code', 'org:classification'], // l.174 (org:, not besluit:classificatie)
        scope: ['locations', 'besluit:werkingsgebied'], // l.179
        'located-within': ['locations', 'geo:sfWithin'], // l.184
      },
    },
    // l.192-209
    {
      name: 'identifier',
      path: 'identifiers',
      class: 'adms:Identifier',
      base: 'http://data.lblod.info/id/identificatoren/',
      properties: {
        'id-name': ['string', 'skos:notation'],
      },
      hasOne: {
        'structured-identifier': ['structured-identifier', 'generiek:gestructureerdeIdentificator'], // l.202 (generiek is https here)
      },
    },
    // l.210-220
    {
      name: 'structured-identifier',
      path: 'structured-identifiers',
      class: 'generiek:GestructureerdeIdentificator', // https://data.vlaanderen.be/ns/generiek#
      base: 'http://data.lblod.info/id/gestructureerdeIdentificatoren/',
      properties: {
        'local-id': ['string', 'generiek:lokaleIdentificator'],
      },
    },
    // l.221-231
    {
      name: 'administrative-unit-classification-code',
      path: 'administrative-unit-classification-codes',
      class: 'code:BestuurseenheidClassificatieCode',
      base: 'http://data.vlaanderen.be/id/concept/BestuurseenheidClassificatieCode/',
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // l.232-245
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
    // l.246-282
    {
      name: 'site',
      path: 'sites',
      class: 'org:Site',
      base: 'http://data.lblod.info/id/vestigingen/',
      properties: {
        'site-type-name': ['string', 'dc_terms:description'],
        modified: ['datetime', 'dct:modified'],
      },
      hasOne: {
        address: ['address', 'organisatie:bestaatUit'], // l.265 (organisatie is https here)
        'site-type': ['site-type', 'ere:vestigingstype'], // l.270
        'modified-by': ['administrative-unit', 'ext:modifiedBy'], // l.275
      },
      hasMany: {
        contacts: ['contact-point', 'org:siteAddress'], // l.260
      },
    },
    // l.283-316
    {
      name: 'contact-point',
      path: 'contact-points',
      class: 'schema:ContactPoint',
      base: 'http://data.lblod.info/id/contact-punten/',
      properties: {
        email: ['string', 'schema:email'],
        telephone: ['string', 'schema:telephone'],
        fax: ['string', 'schema:faxNumber'],
        website: ['uri', 'foaf:page'], // typed "uri" (not "url")
        type: ['string', 'schema:contactType'],
      },
      hasOne: {
        'contact-address': ['address', 'locn:address'], // l.309
      },
    },
    // l.317-366
    {
      name: 'address',
      path: 'addresses',
      class: 'locn:Address',
      base: 'http://data.lblod.info/id/adressen/',
      properties: {
        number: ['string', 'adres:Adresvoorstelling.huisnummer'],
        'box-number': ['string', 'adres:Adresvoorstelling.busnummer'],
        street: ['string', 'locn:thoroughfare'],
        postcode: ['string', 'locn:postCode'],
        municipality: ['string', 'adres:gemeentenaam'],
        province: ['string', 'locn:adminUnitL2'],
        country: ['string', 'adres:land'],
        'full-address': ['string', 'locn:fullAddress'],
        'address-register-uri': ['url', 'adres:verwijstNaar'],
      },
      hasOne: {
        source: ['concept', 'dc_terms:source'], // l.359
      },
    },
    // l.367-385
    {
      name: 'concept',
      path: 'concepts',
      class: 'skos:Concept',
      base: 'http://lblod.data.gift/concepts/',
      properties: {
        label: ['string', 'skos:prefLabel'],
        notation: ['string', 'skos:notation'],
        'alt-label': ['string', 'skos:altLabel'],
      },
    },
    // l.386-396
    {
      name: 'site-type',
      path: 'site-types',
      class: 'code:TypeVestiging',
      base: 'http://lblod.data.gift/concepts/',
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // l.397-410: no "name", so the name is the key `nationalities`
    {
      name: 'nationalities',
      path: 'nationalities',
      class: 'euvoc:Country',
      base: 'http://lblod.data.gift/concepts/',
      properties: {
        'country-label': ['string', 'skos:prefLabel'],
        'nationality-label': ['string', 'rdfs:label'], // rdfs: not declared in this file (repository.lisp:39)
      },
    },
    // l.411-448: no "name", so the name is the key `locations`
    {
      name: 'locations',
      path: 'locations',
      class: 'prov:Location',
      base: 'http://data.lblod.info/id/werkingsgebieden/',
      properties: {
        label: ['string', 'rdfs:label'], // rdfs: not declared in this file (repository.lisp:39)
        level: ['string', 'ext:werkingsgebiedNiveau'],
      },
      hasOne: {
        'located-within': ['locations', 'geo:sfWithin'], // l.430
        'exact-match': ['concept', 'skos:exactMatch'], // l.441
      },
      hasMany: {
        'administrative-units': ['administrative-unit', 'geo:sfWithin', 'inverse'], // l.424
        locations: ['locations', 'geo:sfWithin', 'inverse'], // l.435
      },
    },
    // l.449-463
    {
      name: 'worship-administrative-unit',
      path: 'worship-administrative-units',
      class: 'ere:EredienstBestuurseenheid',
      base: 'http://data.lblod.info/id/eredienstBestuurseenheden/',
      parent: 'administrative-unit', // "super": ["administrative-unit"]
      hasOne: {
        'recognized-worship-type': ['recognized-worship-type', 'ere:typeEredienst'], // l.456
      },
    },
    // l.464-481
    {
      name: 'worship-service',
      path: 'worship-services',
      class: 'ere:BestuurVanDeEredienst',
      base: 'http://data.lblod.info/id/besturenVanDeEredienst/',
      parent: 'worship-administrative-unit', // "super": ["worship-administrative-unit"]
      properties: {
        denomination: ['string', 'ere:denominatie'],
        'cross-border': ['boolean', 'ere:grensoverschrijdend'],
      },
    },
    // l.482-492
    {
      name: 'recognized-worship-type',
      path: 'recognized-worship-types',
      class: 'code:TypeEredienst',
      base: 'http://lblod.data.gift/concepts/',
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // l.493-500
    {
      name: 'central-worship-service',
      path: 'central-worship-services',
      class: 'ere:CentraalBestuurVanDeEredienst',
      base: 'http://data.lblod.info/id/centraleBesturenVanDeEredienst/',
      parent: 'worship-administrative-unit', // "super": ["worship-administrative-unit"]
    },
  ],
};
