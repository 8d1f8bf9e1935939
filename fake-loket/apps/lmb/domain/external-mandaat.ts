// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/external-mandaat.lisp at 1e320810 (2026-07-16).
// Prefixes (config/resources/repository.lisp): regorg = https://www.w3.org/ns/regorg# (https),
// persoon = http://data.vlaanderen.be/ns/persoon#, person = http://www.w3.org/ns/person#,
// extlmb = http://mu.semte.ch/vocabularies/ext/lmb/, lmb = http://lblod.data.gift/vocabularies/lmb/.
import type { DomainFile } from '../../../domain.js';

export const externalMandaat: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/external-mandaat.lisp',
  resources: [
    {
      // external-mandaat.lisp:6-25
      name: 'fractie',
      path: 'fracties',
      class: 'mandaat:Fractie',
      base: 'http://data.lblod.info/id/fracties/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'regorg:legalName'],
        'generated-from': ['uri-set', 'ext:generatedFrom'],
        'end-date': ['datetime', 'ext:endDate'],
        'start-date': ['datetime', 'ext:startDate'],
        modified: ['datetime', 'dct:modified'],
      },
      hasMany: {
        'bestuursorganen-in-tijd': ['bestuursorgaan', 'org:memberOf'],
      },
      hasOne: {
        bestuurseenheid: ['bestuurseenheid', 'org:linkedTo'],
        fractietype: ['fractietype', 'ext:isFractietype'],
        replacement: ['fractie', 'dct:replaces'],
        'originele-kandidatenlijst': ['kandidatenlijst', 'ext:geproduceerdDoor'],
      },
    },
    {
      // external-mandaat.lisp:27-32
      name: 'fractietype',
      path: 'fractietypes',
      class: 'ext:Fractietype',
      base: 'http://data.vlaanderen.be/id/concept/Fractietype/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // external-mandaat.lisp:34-39
      name: 'geboorte',
      path: 'geboortes',
      class: 'persoon:Geboorte',
      base: 'http://data.lblod.info/id/geboortes/',
      features: ['include-uri'],
      properties: {
        datum: ['date', 'persoon:datum'],
      },
    },
    {
      // external-mandaat.lisp:41-50 (no properties)
      name: 'lidmaatschap',
      path: 'lidmaatschappen',
      class: 'org:Membership',
      base: 'http://data.lblod.info/id/lidmaatschappen/',
      features: ['include-uri'],
      hasOne: {
        'binnen-fractie': ['fractie', 'org:organisation'],
        lid: ['mandataris', 'org:hasMembership', 'inverse'],
      },
    },
    {
      // external-mandaat.lisp:52-68
      name: 'mandaat',
      path: 'mandaten',
      class: 'mandaat:Mandaat',
      base: 'http://data.lblod.info/id/mandaten/',
      features: ['include-uri'],
      properties: {
        'aantal-houders': ['number', 'mandaat:aantalHouders'],
        'min-aantal-houders': ['number', 'lmb:minAantalHouders'],
        'with-rangorde': ['boolean', 'lmb:withRangorde'],
      },
      hasOne: {
        bestuursfunctie: ['bestuursfunctie-code', 'org:role'],
      },
      hasMany: {
        'bevat-in': ['bestuursorgaan', 'org:hasPost', 'inverse'],
        'bekleed-door': ['mandataris', 'org:holds', 'inverse'],
      },
    },
    {
      // external-mandaat.lisp:70-75
      name: 'bestuursfunctie-code',
      path: 'bestuursfunctie-codes',
      class: 'ext:BestuursfunctieCode',
      base: 'http://data.vlaanderen.be/id/concept/BestuursfunctieCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // external-mandaat.lisp:77-117
      name: 'mandataris',
      path: 'mandatarissen',
      class: 'mandaat:Mandataris',
      base: 'http://data.lblod.info/id/mandatarissen/',
      features: ['include-uri'],
      properties: {
        rangorde: ['string', 'mandaat:rangorde'],
        start: ['datetime', 'mandaat:start'],
        einde: ['datetime', 'mandaat:einde'],
        'datum-eedaflegging': ['datetime', 'ext:datumEedaflegging'],
        'datum-ministrieel-besluit': ['datetime', 'ext:datumMinistrieelBesluit'],
        'generated-from': ['uri-set', 'ext:generatedFrom'],
        'duplication-reason': ['string', 'skos:changeNote'],
        'link-to-besluit': ['string', 'lmb:linkToBesluit'],
        modified: ['datetime', 'dct:modified'],
      },
      hasMany: {
        'tijdelijke-vervangingen': ['mandataris', 'mandaat:isTijdelijkVervangenDoor'],
        'vervanger-van': ['mandataris', 'mandaat:isTijdelijkVervangenDoor', 'inverse'],
        'contact-points': ['contact-punt', 'schema:contactPoint'],
        beleidsdomein: ['beleidsdomein-code', 'mandaat:beleidsdomein'],
      },
      hasOne: {
        bekleedt: ['mandaat', 'org:holds'],
        'heeft-lidmaatschap': ['lidmaatschap', 'org:hasMembership'],
        'is-bestuurlijke-alias-van': ['persoon', 'mandaat:isBestuurlijkeAliasVan'],
        status: ['mandataris-status-code', 'mandaat:status'],
        'duplicate-of': ['mandataris', 'owl:sameAs'],
        'publication-status': ['mandataris-publication-status-code', 'lmb:hasPublicationStatus'],
        'aanstelling-bekrachtigd-door': ['rechtsgrond', 'mandaat:bekrachtigtAanstellingVan', 'inverse'],
        'ontslag-bekrachtigd-door': ['rechtsgrond', 'mandaat:bekrachtigtOntslagVan', 'inverse'],
      },
    },
    {
      // external-mandaat.lisp:119-124
      name: 'mandataris-status-code',
      path: 'mandataris-status-codes',
      class: 'ext:MandatarisStatusCode',
      base: 'http://data.vlaanderen.be/id/concept/MandatarisStatusCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // external-mandaat.lisp:126-132
      name: 'mandataris-publication-status-code',
      path: 'mandataris-publication-status-codes',
      class: 'lmb:MandatarisPublicationStatusCode',
      base: 'http://data.lblod.info/id/concept/MandatarisPublicationStatusCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
        order: ['number', 'sh:order'],
      },
    },
    {
      // external-mandaat.lisp:134-141
      name: 'beleidsdomein-code',
      path: 'beleidsdomein-codes',
      class: 'ext:BeleidsdomeinCode',
      base: 'http://data.vlaanderen.be/id/concept/BeleidsdomeinCode/',
      parent: 'concept',
      features: ['include-uri'],
      hasMany: {
        mandatarissen: ['mandataris', 'mandaat:beleidsdomein', 'inverse'],
      },
    },
    {
      // external-mandaat.lisp:143-168
      name: 'persoon',
      path: 'personen',
      class: 'person:Person',
      base: 'http://data.lblod.info/id/personen/',
      features: ['include-uri'],
      properties: {
        achternaam: ['string', 'foaf:familyName'],
        'alternatieve-naam': ['string', 'foaf:name'],
        'gebruikte-voornaam': ['string', 'persoon:gebruikteVoornaam'],
        'possible-duplicate': ['boolean', 'ext:possibleDuplicate'],
        modified: ['datetime', 'dct:modified'],
      },
      hasMany: {
        'is-aangesteld-als': ['mandataris', 'mandaat:isBestuurlijkeAliasVan', 'inverse'],
        nationalities: ['nationality', 'persoon:heeftNationaliteit'],
        'current-fracties': ['fractie', 'extlmb:currentFracties'],
        verkiezingsresultaten: ['verkiezingsresultaat', 'mandaat:isResultaatVan', 'inverse'],
      },
      hasOne: {
        geboorte: ['geboorte', 'persoon:heeftGeboorte'],
        identificator: ['identificator', 'adms:identifier'],
        geslacht: ['geslacht-code', 'persoon:geslacht'],
      },
    },
    {
      // external-mandaat.lisp:170-175
      name: 'geslacht-code',
      path: 'geslacht-codes',
      class: 'ext:GeslachtCode',
      base: 'http://data.vlaanderen.be/id/concept/GeslachtCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // external-mandaat.lisp:177-183
      name: 'nationality',
      path: 'nationalities',
      class: 'euvoc:Country',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        'country-label': ['string', 'skos:prefLabel'],
        'nationality-label': ['string', 'rdfs:label'],
      },
    },
    {
      // external-mandaat.lisp:185-190
      name: 'identificator',
      path: 'identificatoren',
      class: 'adms:Identifier',
      base: 'http://data.lblod.info/id/identificatoren/',
      features: ['include-uri'],
      properties: {
        identificator: ['string', 'skos:notation'],
      },
    },
  ],
};
