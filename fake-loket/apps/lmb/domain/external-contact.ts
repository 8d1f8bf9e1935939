// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/external-contact.lisp at 1e320810 (2026-07-16).
import type { DomainFile } from '../../../domain.js';

export const externalContact: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/external-contact.lisp',
  resources: [
    {
      // external-contact.lisp:5-22
      name: 'contact-punt',
      path: 'contact-punten',
      class: 'schema:ContactPoint',
      base: 'http://data.lblod.info/id/contact-punten/',
      features: ['include-uri'],
      properties: {
        email: ['string', 'schema:email'],
        fax: ['string', 'schema:faxNumber'],
        naam: ['string', 'foaf:name'],
        voornaam: ['string', 'foaf:firstName'],
        achternaam: ['string', 'foaf:familyName'],
        website: ['url', 'foaf:page'],
        telefoon: ['string', 'schema:telephone'],
        type: ['string', 'schema:contactType'],
      },
      hasOne: {
        adres: ['adres', 'locn:address'],
        'secondary-contact-point': ['contact-punt', 'ext:secondaryContactPoint'],
      },
    },
    {
      // external-contact.lisp:24-42
      name: 'adres',
      path: 'adressen',
      class: 'locn:Address',
      base: 'http://data.lblod.info/id/adressen/',
      features: ['include-uri'],
      properties: {
        busnummer: ['string', 'adres:Adresvoorstelling.busnummer'],
        huisnummer: ['string', 'adres:Adresvoorstelling.huisnummer'],
        straatnaam: ['string', 'locn:thoroughfare'],
        postcode: ['string', 'locn:postCode'],
        gemeentenaam: ['string', 'adres:gemeentenaam'],
        land: ['language-string-set', 'adres:land'],
        locatieaanduiding: ['string', 'locn:locatorDesignator'],
        locatienaam: ['language-string-set', 'locn:locatorName'],
        postbus: ['string', 'locn:poBox'],
        postnaam: ['string', 'locn:postName'],
        'volledig-adres': ['string', 'locn:fullAddress'],
        'adres-register-id': ['number', 'lblodlg:adresRegisterId'],
        'adres-register-uri': ['url', 'adres:verwijstNaar'],
      },
    },
  ],
};
