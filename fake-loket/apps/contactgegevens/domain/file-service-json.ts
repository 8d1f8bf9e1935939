// Transcribed from lblod/app-contactgegevens-loket config/resources/file-service.json at master
// 1abd7b4f (config/ identical to tag v1.10.0). Read second, after domain.json
// (config/resources/domain.lisp:7).
//
// JSON domains cannot express `:required` (mu-cl-resources v1.27.0 framework/domain-parsing.lisp:139-144).
// FORMAT: the "prefixes" block is exported below as `fileServiceJsonPrefixes`, exactly as written.
import type { DomainFile } from '../../../domain.js';

/**
 * file-service.json l.3-8, exactly. Note `dbpedia` is `http://dbpedia.org/resource/` here but
 * `http://dbpedia.org/ontology/` in domain.json l.10 (and repository.lisp:28); this file is read
 * after domain.json.
 */
export const fileServiceJsonPrefixes = {
  nfo: 'http://www.semanticdesktop.org/ontologies/2007/03/22/nfo#',
  nie: 'http://www.semanticdesktop.org/ontologies/2007/01/19/nie#',
  dct: 'http://purl.org/dc/terms/',
  dbpedia: 'http://dbpedia.org/resource/',
} as const;

export const fileServiceJson: DomainFile = {
  source: 'lblod/app-contactgegevens-loket config/resources/file-service.json',
  resources: [
    // l.10-47
    {
      name: 'file',
      path: 'files',
      class: 'nfo:FileDataObject',
      base: 'http://data.example.com/files/',
      features: ['include-uri'],
      properties: {
        name: ['string', 'nfo:fileName'],
        format: ['string', 'dct:format'],
        size: ['integer', 'nfo:fileSize'],
        extension: ['string', 'dbpedia:fileExtension'],
        created: ['datetime', 'dct:created'],
      },
      hasOne: {
        download: ['file', 'nie:dataSource', 'inverse'], // l.36
      },
    },
  ],
};
