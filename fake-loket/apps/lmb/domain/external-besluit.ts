// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/external-besluit.lisp at 1e320810 (2026-07-16).
import type { DomainFile } from '../../../domain.js';

export const externalBesluit: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/external-besluit.lisp',
  resources: [
    {
      // external-besluit.lisp:6-16
      name: 'rechtsgrond',
      path: 'rechtsgronden',
      class: 'eli:LegalResource',
      base: 'http://data.lblod.info/id/rechtsgronden/',
      features: ['include-uri'],
      properties: {
        'bekrachtigt-aanstelling-van': ['string', 'mandaat:bekrachtigtAanstellingVan'],
        'bekrachtigt-ontslag-van': ['string', 'mandaat:bekrachtigtOntslagVan'],
        'gepubliceerd-vanuit': ['string', 'prov:wasDerivedFrom'],
      },
    },
    {
      // external-besluit.lisp:18-23
      name: 'artikel',
      path: 'artikels',
      class: 'besluit:Artikel',
      base: 'http://data.lblod.info/id/artikels/',
      parent: 'rechtsgrond',
      features: ['include-uri'],
    },
    {
      // external-besluit.lisp:25-37
      name: 'besluit',
      path: 'besluiten',
      class: 'besluit:Besluit',
      base: 'http://data.lblod.info/id/besluiten/',
      parent: 'rechtsgrond',
      features: ['include-uri'],
      properties: {
        beschrijving: ['string', 'eli:description'],
        citeeropschrift: ['string', 'eli:title_short'],
        motivering: ['language-string', 'besluit:motivering'],
        publicatiedatum: ['date', 'eli:date_publication'],
        inhoud: ['string', 'prov:value'],
        taal: ['url', 'eli:language'],
        titel: ['string', 'eli:title'],
        score: ['float', 'nao:score'],
      },
    },
    {
      // external-besluit.lisp:39-69
      name: 'bestuurseenheid',
      path: 'bestuurseenheden',
      class: 'besluit:Bestuurseenheid',
      base: 'http://data.lblod.info/id/bestuurseenheden/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'skos:prefLabel'],
        'alternatieve-naam': ['string-set', 'skos:altLabel'],
        'is-faciliteiten-gemeente': ['boolean', 'lmb:faciliteitenGemeente'],
        'mail-adres': ['string', 'ext:mailAdresVoorNotificaties'],
        'hide-legislatuur': ['boolean', 'ext:voorbereidingVerborgen'],
        'is-lokaal-beheerd': ['boolean', 'ext:isLokaalBeheerd'],
      },
      hasOne: {
        werkingsgebied: ['werkingsgebied', 'besluit:werkingsgebied'],
        provincie: ['werkingsgebied', 'ext:inProvincie'],
        'is-ocmw-voor': ['bestuurseenheid', 'ext:isOCMWVoor'],
        classificatie: ['bestuurseenheid-classificatie-code', 'besluit:classificatie'],
        contact: ['bestuurseenheid-contact', 'ext:contactVoor', 'inverse'],
        'is-associated-with': ['bestuurseenheid', 'org:linkedTo'],
      },
      hasMany: {
        bestuursorganen: ['bestuursorgaan', 'besluit:bestuurt', 'inverse'],
        'fake-bestuursorganen': ['bestuursorgaan', 'ext:origineleBestuurseenheid', 'inverse'],
      },
    },
    {
      // external-besluit.lisp:71-80
      name: 'werkingsgebied',
      path: 'werkingsgebieden',
      class: 'prov:Location',
      base: 'http://data.lblod.info/id/werkingsgebieden/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'rdfs:label'],
        niveau: ['string', 'ext:werkingsgebiedNiveau'],
      },
      hasMany: {
        bestuurseenheid: ['bestuurseenheid', 'besluit:werkingsgebied', 'inverse'],
      },
    },
    {
      // external-besluit.lisp:82-87
      name: 'bestuurseenheid-classificatie-code',
      path: 'bestuurseenheid-classificatie-codes',
      class: 'ext:BestuurseenheidClassificatieCode',
      base: 'http://data.vlaanderen.be/id/concept/BestuurseenheidClassificatieCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // external-besluit.lisp:89-96
      name: 'bestuurseenheid-contact',
      path: 'bestuurseenheid-contacten',
      class: 'ext:BestuurseenheidContact',
      base: 'http://data.lblod.info/id/BestuurseenheidContact/',
      features: ['include-uri'],
      properties: {
        email: ['string', 'schema:email'],
      },
      hasOne: {
        bestuurseenheid: ['bestuurseenheid', 'ext:contactVoor'],
      },
    },
    {
      // external-besluit.lisp:98-128
      name: 'bestuursorgaan',
      path: 'bestuursorganen',
      class: 'besluit:Bestuursorgaan',
      base: 'http://data.lblod.info/id/bestuursorganen/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'skos:prefLabel'],
        'deactivated-at': ['date', 'lmb:deactivatedAt'],
        'binding-einde': ['date', 'mandaat:bindingEinde'],
        'binding-start': ['date', 'mandaat:bindingStart'],
      },
      hasOne: {
        bestuurseenheid: ['bestuurseenheid', 'besluit:bestuurt'],
        'original-bestuurseenheid': ['bestuurseenheid', 'ext:origineleBestuurseenheid'],
        'tijdelijk-orgaan-in': ['bestuurseenheid', 'ext:isTijdelijkOrgaanIn'],
        classificatie: ['bestuursorgaan-classificatie-code', 'besluit:classificatie'],
        'is-tijdsspecialisatie-van': ['bestuursorgaan', 'mandaat:isTijdspecialisatieVan'],
        'original-bestuursorgaan': ['bestuursorgaan', 'ext:origineleBestuursorgaan'],
        'heeft-bestuursperiode': ['bestuursperiode', 'lmb:heeftBestuursperiode'],
        verkiezing: ['rechtstreekse-verkiezing', 'mandaat:steltSamen', 'inverse'],
      },
      hasMany: {
        'heeft-tijdsspecialisaties': ['bestuursorgaan', 'mandaat:isTijdspecialisatieVan', 'inverse'],
        bevat: ['mandaat', 'org:hasPost'],
      },
    },
    {
      // external-besluit.lisp:130-142
      name: 'bestuursperiode',
      path: 'bestuursperiodes',
      class: 'lmb:Bestuursperiode',
      base: 'http://data.vlaanderen.be/id/concept/Bestuursperiode/',
      parent: 'concept',
      features: ['include-uri'],
      properties: {
        start: ['integer', 'lmb:startYear'],
        einde: ['integer', 'lmb:endYear'],
      },
      hasMany: {
        'heeft-bestuursorganen-in-tijd': ['bestuursorgaan', 'lmb:heeftBestuursperiode', 'inverse'],
        installatievergaderingen: ['installatievergadering', 'lmb:heeftBestuursperiode', 'inverse'],
      },
    },
    {
      // external-besluit.lisp:144-151
      name: 'bestuursorgaan-classificatie-code',
      path: 'bestuursorgaan-classificatie-codes',
      class: 'ext:BestuursorgaanClassificatieCode',
      base: 'http://data.vlaanderen.be/id/concept/BestuursorgaanClassificatieCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
      hasMany: {
        'standaard-type': ['bestuursfunctie-code', 'ext:hasDefaultType'],
      },
    },
  ],
};
