// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/feature.lisp at 1e320810 (2026-07-16).
// Transcribed although the brief allowed skipping it: it is one resource (10 lines).
import type { DomainFile } from '../../../domain.js';

export const feature: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/feature.lisp',
  resources: [
    {
      // feature.lisp:1-11
      name: 'feature-flag',
      path: 'feature-flags',
      class: 'ext:FeatureFlag',
      base: 'http://data.lblod.info/id/FeatureFlag/',
      features: ['include-uri'],
      properties: {
        name: ['string', 'schema:name'],
        label: ['string', 'rdfs:label'],
        description: ['string', 'schema:description'],
        'is-enabled': ['boolean', 'schema:value'],
      },
    },
  ],
};
