// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/shacl-report.lisp at 1e320810 (2026-07-16).
// Transcribed although the brief allowed skipping it: it is small (52 lines, 4 resources).
import type { DomainFile } from '../../../domain.js';

export const shaclReport: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/shacl-report.lisp',
  resources: [
    {
      // shacl-report.lisp:1-10
      name: 'report',
      path: 'reports',
      class: 'sh:ValidationReport',
      base: 'http://data.lblod.info/id/reports/',
      features: ['include-uri'],
      properties: {
        created: ['datetime', 'dct:created'],
        conforms: ['boolean', 'sh:conforms'],
      },
      hasMany: {
        validationresults: ['validationresult', 'sh:result'],
      },
    },
    {
      // shacl-report.lisp:12-22
      name: 'report-status',
      path: 'report-statuses',
      class: 'ext:ReportStatus',
      base: 'http://data.lblod.info/id/report-statuses/',
      features: ['include-uri'],
      properties: {
        'started-at': ['datetime', 'dct:created'],
        'finished-at': ['datetime', 'dct:issued'],
        // sic: a datetime
        'is-flagged-as-crashed': ['datetime', 'ext:flaggedAsCrashed'],
      },
      hasOne: {
        report: ['report', 'ext:forReport'],
      },
    },
    {
      // shacl-report.lisp:24-40
      name: 'validationresult',
      path: 'validationresults',
      class: 'sh:ValidationResult',
      base: 'http://data.lblod.info/id/validationresults/',
      features: ['include-uri'],
      properties: {
        'focus-node': ['string', 'sh:focusNode'],
        'focus-node-id': ['string', 'lmb:targetIdOfFocusNode'],
        'result-severity': ['string', 'sh:resultSeverity'],
        'source-constraint-component': ['string', 'sh:sourceConstraintComponent'],
        'source-shape': ['string', 'sh:sourceShape'],
        'result-message': ['string', 'sh:resultMessage'],
        'result-path': ['string', 'sh:resultPath'],
        value: ['string', 'sh:value'],
        'target-class-of-focus-node': ['string', 'lmb:targetClassOfFocusNode'],
      },
    },
    {
      // shacl-report.lisp:42-53
      name: 'silenced-validation',
      path: 'silenced-validations',
      class: 'ext:SilencedValidation',
      base: 'http://data.lblod.info/id/silenced-validations/',
      features: ['include-uri'],
      properties: {
        'validation-key': ['string', 'ext:validationKey'],
        'focus-node-id': ['string', 'lmb:targetIdOfFocusNode'],
        'source-shape': ['string', 'sh:sourceShape'],
        'silenced-at': ['datetime', 'dct:created'],
      },
      hasOne: {
        bestuurseenheid: ['bestuurseenheid', 'dct:creator'],
      },
    },
  ],
};
