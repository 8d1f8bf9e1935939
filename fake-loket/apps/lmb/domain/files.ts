// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/files.lisp at 1e320810 (2026-07-16).
// domain.lisp:26-47 adds a `before (:list file)` hook: `GET /files` without a `filter[:uri:]` or a
// three-component filter ending in `:id:` (`filter[data-container][input-from-tasks][:id:]`) raises
// access-denied.
// FORMAT: a list guard on a resource cannot be expressed in DomainFile.
import type { DomainFile } from '../../../domain.js';

export const files: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/files.lisp',
  resources: [
    {
      // files.lisp:1-16
      name: 'file',
      path: 'files',
      class: 'nfo:FileDataObject',
      base: 'http://data.lblod.info/files/',
      features: ['no-pagination-defaults', 'include-uri'],
      properties: {
        filename: ['string', 'nfo:fileName'],
        format: ['string', 'dct:format'],
        size: ['number', 'nfo:fileSize'],
        extension: ['string', 'dbpedia:fileExtension'],
        'download-url': ['url', 'nie:url'],
        created: ['datetime', 'dct:created'],
      },
      hasOne: {
        download: ['file', 'nie:dataSource', 'inverse'],
        'data-source': ['file-address', 'nie:dataSource'],
      },
    },
    {
      // files.lisp:18-27
      name: 'file-address',
      path: 'file-addresses',
      class: 'ext:FileAddress',
      base: 'http://data.lblod.info/file-addresses/',
      features: ['no-pagination-defaults', 'include-uri'],
      properties: {
        address: ['url', 'ext:fileAddress'],
      },
      hasOne: {
        'replicated-file': ['file', 'nie:dataSource', 'inverse'],
      },
    },
  ],
};
