// Transcribed from lblod/app-digitaal-loket config/resources/slave-contact-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const slaveContactDomain: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/slave-contact-domain.lisp',
  resources: [
    // line 1: (define-resource contact-punt () …)
    {
      name: 'contact-punt',
      path: 'contact-punten',
      class: 'schema:ContactPoint',
      base: 'http://data.lblod.info/id/contact-punten/',
      features: ['include-uri'],
      properties: {
        aanschrijfprefix: ['language-string-set', 'vcard:honorific-prefix'],
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
      hasMany: {
        'agents-in-position': ['agent-in-position', 'schema:contactPoint', 'inverse'],
      },
    },
    // line 26: (define-resource adres () …)
    {
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
