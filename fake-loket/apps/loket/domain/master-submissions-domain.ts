// Transcribed from lblod/app-digitaal-loket config/resources/master-submissions-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const masterSubmissionsDomain: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/master-submissions-domain.lisp',
  resources: [
    // line 1: (define-resource submission () …)
    {
      name: 'submission',
      path: 'submissions',
      class: 'meb:Submission',
      base: 'http://data.lblod.info/submissions/',
      features: ['include-uri'],
      properties: {
        href: ['url', 'prov:atLocation'],
        created: ['datetime', 'dct:created'],
        modified: ['datetime', 'dct:modified'],
        'sent-date': ['datetime', 'nmo:sentDate'],
        source: ['url', 'dct:source'],
        'received-date': ['datetime', 'nmo:receivedDate'],
      },
      hasOne: {
        organization: ['bestuurseenheid', 'pav:createdBy'],
        publisher: ['vendor', 'pav:providedBy'],
        'submission-document': ['submission-document', 'dct:subject'],
        status: ['submission-document-status', 'adms:status'],
        job: ['job', 'prov:generated', 'inverse'],
        creator: ['gebruiker', 'dct:creator'],
        'last-modifier': ['gebruiker', 'ext:lastModifiedBy'],
        'form-data': ['form-data', 'prov:generated'],
      },
      hasMany: {
        file: ['file', 'dct:hasPart'],
      },
    },
    // line 32: (define-resource submission-document () …)
    {
      name: 'submission-document',
      path: 'submission-documents',
      class: 'ext:SubmissionDocument',
      base: 'http://data.lblod.info/submission-documents/',
      features: ['include-uri'],
      hasOne: {
        submission: ['submission', 'dct:subject', 'inverse'],
      },
    },
    // line 41: (define-resource vendor () …)
    {
      name: 'vendor',
      path: 'vendors',
      class: 'ext:Vendor',
      base: 'http://data.lblod.info/vendors/',
      features: ['include-uri'],
      properties: {
        name: ['string', 'foaf:name'],
      },
      hasMany: {
        'can-act-on-behalf-of': ['bestuurseenheid', 'muAccount:canActOnBehalfOf'],
      },
    },
    // line 50: (define-resource tax-rate () …)
    {
      name: 'tax-rate',
      path: 'tax-rates',
      class: 'lblodBesluit:TaxRate',
      base: 'http://data.lblod.info/tax-rates/',
      features: ['include-uri'],
      properties: {
        amount: ['number', 'schema:price'],
      },
    },
    // line 57: (define-resource form-data () …)
    {
      name: 'form-data',
      path: 'form-data',
      class: 'melding:FormData',
      base: 'http://data.lblod.info/form-data/',
      features: ['include-uri'],
      properties: {
        'date-publication': ['datetime', 'eli:date_publication'],
        'financial-year': ['string', 'elod:financialYear'],
        description: ['string', 'dct:description'],
        comment: ['string', 'rdfs:comment'],
        'first-date-in-force': ['date', 'eli:first_date_entry_in_force'],
        'date-no-longer-in-force': ['date', 'eli:date_no_longer_in_force'],
        'authenticity-type': ['url', 'lblodBesluit:authenticityType'],
        'chart-of-account': ['url', 'lblodBesluit:chartOfAccount'],
        'tax-type': ['url', 'lblodBesluit:taxType'],
        'tax-rate': ['url', 'lblodBesluit:taxRate'],
        'has-additional-tax-rate': ['boolean', 'lblodBesluit:hasAdditionalTaxRate'],
        link: ['url', 'dct:hasPart'],
        'tax-rate-amount': ['number', 'ext:taxRateAmount'],
        'session-started-at-time': ['datetime', 'ext:sessionStartedAtTime'],
      },
      hasOne: {
        submission: ['submission', 'prov:generated', 'inverse'],
        'is-about': ['bestuurseenheid', 'eli:is_about'],
        'passed-by': ['bestuursorgaan', 'eli:passed_by'],
      },
      hasMany: {
        types: ['concept', 'dct:type'],
      },
    },
    // line 88: (define-resource submission-document-status () …)
    {
      name: 'submission-document-status',
      path: 'submission-document-statuses',
      class: 'ext:SubmissionDocumentStatus',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 95: (define-resource authenticity-type () …)
    {
      name: 'authenticity-type',
      path: 'authenticity-types',
      class: 'ext:AuthenticityType',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 102: (define-resource tax-type () …)
    {
      name: 'tax-type',
      path: 'tax-types',
      class: 'ext:TaxType',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 109: (define-resource chart-of-account () …)
    {
      name: 'chart-of-account',
      path: 'chart-of-accounts',
      class: 'ext:ChartOfAccount',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
  ],
};
