// Transcribed from lblod/app-digitaal-loket config/resources/master-messages-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const masterMessagesDomain: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/master-messages-domain.lisp',
  resources: [
    // line 1: (define-resource conversatie () …)
    {
      name: 'conversatie',
      path: 'conversaties',
      class: 'schema:Conversation',
      base: 'http://data.lblod.info/id/conversaties/',
      features: ['include-uri'],
      properties: {
        dossiernummer: ['string', 'schema:identifier'],
        betreft: ['string', 'schema:about'],
        'current-type-communicatie': ['string', 'ext:currentType'],
        reactietermijn: ['string', 'schema:processingTime'],
      },
      hasOne: {
        'laatste-bericht': ['bericht', 'ext:lastMessage'],
      },
      hasMany: {
        berichten: ['bericht', 'schema:hasPart'],
      },
    },
    // line 15: (define-resource bericht () …)
    {
      name: 'bericht',
      path: 'berichten',
      class: 'schema:Message',
      base: 'http://data.lblod.info/id/berichten/',
      features: ['include-uri'],
      properties: {
        verzonden: ['datetime', 'schema:dateSent'],
        aangekomen: ['datetime', 'schema:dateReceived'],
        inhoud: ['string', 'schema:text'],
        'type-communicatie': ['string', 'dct:type'],
        creator: ['url', 'ext:creator'],
      },
      hasOne: {
        van: ['bestuurseenheid', 'schema:sender'],
        auteur: ['gebruiker', 'schema:author'],
        naar: ['bestuurseenheid', 'schema:recipient'],
        'notificatie-email': ['email', 'ext:notificatieEmail'],
        // commented out in the source (lines 30-32): (conversatie :via schema:hasPart :inverse t :as "conversatie")
      },
      hasMany: {
        bijlagen: ['file', 'nie:hasPart'],
      },
    },
  ],
};
