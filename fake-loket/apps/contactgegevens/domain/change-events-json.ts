// Transcribed from lblod/app-contactgegevens-loket config/resources/change-events.json at master
// 1abd7b4f (config/ identical to tag v1.10.0). Read third, after domain.json and file-service.json
// (config/resources/domain.lisp:6-8).
//
// No resource here has a "name", so each resource is named after its key (mu-cl-resources v1.27.0
// framework/domain-parsing.lisp:66-69): `change-events`, `change-event-results`, … Targets are
// resource names: `organization` and `organization-status-code` are domain.json's.
// No resource here has "features", so none exposes a `uri` attribute.
// JSON domains cannot express `:required` (domain-parsing.lisp:139-144 reads only name, type and
// predicate), so no property below carries it.
// Predicates and classes written as full IRIs in the file (anything containing "://",
// domain-parsing.lisp:112-118) are kept as full IRIs.
//
// FORMAT: hasOne and hasMany are kept apart; each link carries its change-events.json line.
// FORMAT: the "prefixes" block is exported below as `changeEventsJsonPrefixes`, exactly as written.
import type { DomainFile } from '../../../domain.js';

/** change-events.json l.3-13, exactly. All http; `regorg` is http, as in domain.json. */
export const changeEventsJsonPrefixes = {
  ch: 'http://data.lblod.info/vocabularies/contacthub/',
  code: 'http://lblod.data.gift/vocabularies/organisatie/',
  dc_terms: 'http://purl.org/dc/terms/',
  euro: 'http://data.europa.eu/m8g/',
  ext: 'http://mu.semte.ch/vocabularies/ext/',
  org: 'http://www.w3.org/ns/org#',
  regorg: 'http://www.w3.org/ns/regorg#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  foaf: 'http://xmlns.com/foaf/0.1/',
} as const;

export const changeEventsJson: DomainFile = {
  source: 'lblod/app-contactgegevens-loket config/resources/change-events.json',
  resources: [
    // l.15-55
    {
      name: 'change-events',
      path: 'change-events',
      class: 'org:ChangeEvent',
      base: 'http://data.lblod.info/id/veranderingsgebeurtenissen/',
      properties: {
        date: ['date', 'dc_terms:date'],
        description: ['string', 'dc_terms:description'],
      },
      hasOne: {
        type: ['change-event-types', 'ch:typeWijziging'], // l.28
        decision: ['decisions', 'http://data.europa.eu/m8g/hasFormalFramework'], // l.48 (full IRI in the file)
      },
      hasMany: {
        'resulting-organizations': ['organization', 'org:resultingOrganization'], // l.33
        'original-organizations': ['organization', 'org:originalOrganization'], // l.38
        results: ['change-event-results', 'code:veranderingsgebeurtenisResultaat'], // l.43
      },
    },
    // l.56-78
    {
      name: 'change-event-results',
      path: 'change-event-results',
      class: 'code:VeranderingsgebeurtenisResultaat',
      base: 'http://lblod.data.info/id/veranderingsgebeurtenis-resultaten/', // sic: lblod.data.info
      properties: {}, // "attributes": {}
      hasOne: {
        'resulting-organization': ['organization', 'ext:resultingOrganization'], // l.60
        status: ['organization-status-code', 'code:resulterendeStatus'], // l.65
        'result-from': ['change-events', 'code:veranderingsgebeurtenisResultaat', 'inverse'], // l.70
      },
    },
    // l.79-88
    {
      name: 'change-event-types',
      path: 'change-event-types',
      class: 'code:Veranderingsgebeurtenis',
      base: 'http://lblod.data.gift/concepts/',
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // l.89-110
    {
      name: 'decisions',
      path: 'decisions',
      class: 'http://data.vlaanderen.be/ns/besluit#Besluit', // full IRI in the file
      base: 'http://lblod.data.info/id/besluiten/', // sic: lblod.data.info
      properties: {
        'publication-date': ['date', 'http://data.europa.eu/eli/ontology#date_publication'], // full IRI
        'document-link': ['url', 'foaf:page'],
      },
      hasOne: {
        'has-decision-activity': ['decision-activities', 'http://www.w3.org/ns/prov#generated', 'inverse'], // l.102 (full IRI)
      },
    },
    // l.111-127
    {
      name: 'decision-activities',
      path: 'decision-activities',
      class: 'https://data.vlaanderen.be/ns/besluitvorming#Beslissingsactiviteit', // full IRI, https
      base: 'http://lblod.data.info/id/beslissingsactiviteit/', // sic: lblod.data.info
      properties: {
        'end-date': ['date', 'https://data.vlaanderen.be/ns/dossier#Activiteit.einddatum'], // full IRI, https
      },
      hasMany: {
        'gives-cause-to': ['decisions', 'http://www.w3.org/ns/prov#generated'], // l.120 (full IRI)
      },
    },
  ],
};
