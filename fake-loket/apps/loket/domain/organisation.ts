// Transcribed from lblod/app-digitaal-loket config/resources/organisation.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const organisation: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/organisation.lisp',
  resources: [
    // line 8: (define-resource bestuurseenheid () …)
    {
      name: 'bestuurseenheid',
      path: 'bestuurseenheden',
      class: 'besluit:Bestuurseenheid',
      base: 'http://data.lblod.info/id/bestuurseenheden/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'skos:prefLabel'],
        'alternatieve-naam': ['string-set', 'skos:altLabel'],
        'wil-mail-ontvangen': ['boolean', 'ext:wilMailOntvangen'],
        'mail-adres': ['string', 'ext:mailAdresVoorNotificaties'],
        'is-trial-user': ['boolean', 'ext:isTrailUser'],
        'uses-new-loket': ['boolean', 'ext:usesNewLoket'],
        'view-only-modules': ['string-set', 'ext:viewOnlyModules'],
      },
      hasOne: {
        werkingsgebied: ['werkingsgebied', 'besluit:werkingsgebied'],
        provincie: ['werkingsgebied', 'ext:inProvincie'],
        classificatie: ['bestuurseenheid-classificatie-code', 'besluit:classificatie'],
      },
      hasMany: {
        contactinfo: ['contact-punt', 'schema:contactPoint'],
        bestuursorganen: ['bestuursorgaan', 'besluit:bestuurt', 'inverse'],
        vendors: ['vendor', 'muAccount:canActOnBehalfOf', 'inverse'],
        participations: ['participation', 'm8g:playsRole'],
      },
    },
    // line 42: (define-resource worship-administrative-unit (bestuurseenheid) …)
    {
      name: 'worship-administrative-unit',
      path: 'worship-administrative-units',
      class: 'ere:EredienstBestuurseenheid',
      base: 'http://data.lblod.info/id/eredienstBestuurseenheden/',
      parent: 'bestuurseenheid',
      features: ['include-uri'],
      hasOne: {
        'recognized-worship-type': ['recognized-worship-type', 'ere:typeEredienst'],
      },
      hasMany: {
        'minister-positions': ['minister-position', 'ere:wordtBediendDoor'],
      },
    },
    // line 54: (define-resource worship-service (worship-administrative-unit) …)
    {
      name: 'worship-service',
      path: 'worship-services',
      class: 'ere:BestuurVanDeEredienst',
      base: 'http://data.lblod.info/id/besturenVanDeEredienst/',
      parent: 'worship-administrative-unit',
      features: ['include-uri'],
      properties: {
        denomination: ['string', 'ere:denominatie'],
        'cross-border': ['boolean', 'ere:grensoverschrijdend'],
      },
      hasOne: {
        'local-involvement': ['local-involvement', 'org:organization'],
      },
    },
  ],
};
