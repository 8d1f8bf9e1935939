// Transcribed from lblod/app-subsidiepunt config/resources/master-files-domain.lisp at v2.26.0-1-gb3cee9a (b3cee9ab, 2026-05-08).
// `data-container` (file's "data-container" link) is defined in master-job-domain.lisp and `email` in no
// file of this app's domain.lisp; neither is transcribed, so both links have undefined targets.
// The `before (:list file)` hook of domain.lisp:36-57 is `filesListHook` in ./index.ts.
import type { DomainFile } from '../../../domain.js';

export const masterFilesDomain: DomainFile = {
  source: 'lblod/app-subsidiepunt config/resources/master-files-domain.lisp',
  resources: [
    {
      // master-files-domain.lisp:1-6
      name: 'document-status',
      path: 'document-statuses',
      class: 'ext:DocumentStatus',
      base: 'http://data.lblod.info/document-statuses/',
      features: ['no-pagination-defaults', 'include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // master-files-domain.lisp:8-28
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
        'data-container': ['data-container', 'task:hasFile', 'inverse'],
        email: ['email', 'email:hasEmail'],
      },
    },
    {
      // master-files-domain.lisp:30-39
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
    {
      // master-files-domain.lisp:41-56
      name: 'remote-url',
      path: 'remote-urls',
      class: 'nfo:RemoteDataObject',
      base: 'http://lblod.data.gift/id/remote-urls/',
      features: ['include-uri'],
      properties: {
        address: ['url', 'nie:url'],
        created: ['datetime', 'dct:created'],
        modified: ['datetime', 'dct:modified'],
        'download-status': ['url', 'adms:status'],
        creator: ['url', 'dct:creator'],
      },
      hasOne: {
        download: ['file', 'nie:dataSource', 'inverse'],
      },
    },
  ],
};
