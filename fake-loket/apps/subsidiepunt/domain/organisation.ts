// Transcribed from lblod/app-subsidiepunt config/resources/organisation.lisp at v2.26.0-1-gb3cee9a (b3cee9ab, 2026-05-08).
// The file's comment (organisation.lisp:39-45): bestuurseenheid was "RESHUFFLED" here from
// slave-besluit.lisp because mu-resource 1.21.0 needs the inheritance tree declared in one file;
// "ORDER REALLY MATTERS FOR NOW!".
import type { DomainFile } from '../../../domain.js';

export const organisation: DomainFile = {
  source: 'lblod/app-subsidiepunt config/resources/organisation.lisp',
  resources: [
    {
      // organisation.lisp:1-21
      name: 'organization',
      path: 'organizations',
      class: 'org:Organization',
      base: 'http://data.lblod.info/id/organisaties/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'skos:prefLabel'],
        'alternatieve-naam': ['string-set', 'skos:altLabel'],
        // ;;Voorkeur in berichtencentrum
        'wil-mail-ontvangen': ['boolean', 'ext:wilMailOntvangen'],
        'mail-adres': ['string', 'ext:mailAdresVoorNotificaties'],
        // sic: ext:isTrailUser
        'is-trial-user': ['boolean', 'ext:isTrailUser'],
        'view-only-modules': ['string-set', 'ext:viewOnlyModules'],
      },
      hasOne: {
        classificatie: ['organization-classification-code', 'org:classification'],
      },
      hasMany: {
        identifiers: ['identifier', 'adms:identifier'],
        participations: ['participation', 'm8g:playsRole'],
      },
    },
    {
      // organisation.lisp:23-29
      name: 'organization-classification-code',
      path: 'organization-classification-codes',
      class: 'ext:OrganizationClassificationCode',
      base: 'http://data.vlaanderen.be/id/concept/OrganizationClassificationCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // organisation.lisp:31-37
      name: 'identifier',
      path: 'identifiers',
      class: 'adms:Identifier',
      base: 'http://data.lblod.info/id/identificatoren/',
      features: ['include-uri'],
      properties: {
        'id-name': ['string', 'skos:notation'],
      },
    },
    {
      // organisation.lisp:46-64 — `(define-resource bestuurseenheid (organization) …)`, ";; Subclass of
      // m8g:PublicOrganisation, which is a subclass of dct:Agent".
      name: 'bestuurseenheid',
      path: 'bestuurseenheden',
      class: 'besluit:Bestuurseenheid',
      base: 'http://data.lblod.info/id/bestuurseenheden/',
      parent: 'organization',
      features: ['include-uri'],
      hasOne: {
        werkingsgebied: ['werkingsgebied', 'besluit:werkingsgebied'],
        provincie: ['werkingsgebied', 'ext:inProvincie'],
        // Same link name as organization's inherited `classificatie` (org:classification →
        // organization-classification-code); the file declares it again here with another predicate and target.
        classificatie: ['bestuurseenheid-classificatie-code', 'besluit:classificatie'],
      },
      hasMany: {
        bestuursorganen: ['bestuursorgaan', 'besluit:bestuurt', 'inverse'],
      },
    },
  ],
};
