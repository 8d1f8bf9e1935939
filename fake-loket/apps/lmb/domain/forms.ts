// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/forms.lisp at 1e320810 (2026-07-16).
// Transcribed although the brief allowed skipping it: it is small (99 lines) and `persoon-mandaat-info`,
// `forms`, … have dispatcher rules. form, generated-form, form-extension and form-field declare no
// :features (no include-uri).
import type { DomainFile } from '../../../domain.js';

export const forms: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/forms.lisp',
  resources: [
    {
      // forms.lisp:1-16
      name: 'form',
      path: 'forms',
      class: 'form:Form',
      base: 'http://data.lblod.info/id/lmb/forms/',
      properties: {
        'target-type': ['url', 'form:targetType'],
        'target-label': ['uri-set', 'form:targetLabel'],
        prefix: ['url', 'ext:prefix'],
        id: ['string', 'mu:uuid'],
        'form-ttl': ['string', 'ext:formTtl'],
        'meta-ttl': ['string', 'ext:metaTtl'],
      },
      hasMany: {
        extensions: ['form-extension', 'ext:extendsForm', 'inverse'],
      },
    },
    {
      // forms.lisp:18-28
      name: 'generated-form',
      path: 'generated-forms',
      class: 'ext:GeneratedForm',
      base: 'http://data.lblod.info/id/lmb/generated-forms/',
      parent: 'form',
      properties: {
        id: ['string', 'mu:uuid'],
        'created-at': ['datetime', 'dct:created'],
        'modified-at': ['datetime', 'dct:modified'],
        name: ['string', 'skos:prefLabel'],
        description: ['string', 'dct:description'],
        'base-form': ['string', 'ext:extendsForm'],
      },
    },
    {
      // forms.lisp:30-36
      name: 'form-extension',
      path: 'form-extensions',
      class: 'form:Extension',
      base: 'http://data.lblod.info/id/lmb/forms/',
      parent: 'form',
      hasOne: {
        'extends-form': ['form', 'ext:extendsForm'],
      },
    },
    {
      // forms.lisp:38-55
      name: 'form-field',
      path: 'form-fields',
      class: 'form:Field',
      base: 'http://data.lblod.info/id/lmb/form-fields/',
      properties: {
        name: ['string', 'sh:name'],
        order: ['number', 'sh:order'],
        path: ['url', 'sh:path'],
        options: ['string', 'form:options'],
      },
      hasOne: {
        form: ['form-extension', 'ext:partOfForm'],
        'display-type': ['display-type', 'form:displayType'],
        'library-entry': ['library-entry', 'prov:wasDerivedFrom'],
      },
    },
    {
      // forms.lisp:57-63
      name: 'display-type',
      path: 'display-types',
      class: 'ext:DisplayType',
      base: 'http://data.lblod.info/id/concept/DisplayType/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // forms.lisp:65-79
      name: 'library-entry',
      path: 'library-entries',
      class: 'ext:FormLibraryEntry',
      base: 'http://data.lblod.info/id/lmb/form-library-entries/',
      features: ['include-uri'],
      properties: {
        name: ['string', 'sh:name'],
        order: ['number', 'sh:order'],
        path: ['url', 'sh:path'],
        options: ['string', 'form:options'],
      },
      hasOne: {
        'display-type': ['display-type', 'form:displayType'],
      },
    },
    {
      // forms.lisp:81-89
      name: 'library',
      path: 'libraries',
      class: 'ext:FormLibrary',
      base: 'http://data.lblod.info/id/lmb/form-libraries/',
      features: ['include-uri'],
      properties: {
        name: ['string', 'dct:title'],
      },
      hasMany: {
        entries: ['library-entry', 'ext:hasLibraryEntry'],
      },
    },
    {
      // forms.lisp:91-99
      name: 'persoon-mandaat-info',
      path: 'persoon-mandaat-info',
      class: 'ext:PersoonMandaatInfo',
      base: 'http://data.lblod.info/id/lmb/persoon-mandaat-info/',
      features: ['include-uri'],
      hasOne: {
        mandaat: ['mandaat', 'lmb:forMandaat'],
        persoon: ['persoon', 'lmb:forPersoon'],
      },
    },
  ],
};
