// Transcribed from lblod/app-digitaal-loket config/resources/concept-scheme.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const conceptScheme: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/concept-scheme.lisp',
  resources: [
    // line 1: (define-resource concept-scheme () …)
    {
      name: 'concept-scheme',
      path: 'concept-schemes',
      class: 'skos:ConceptScheme',
      base: 'http://lblod.data.gift/concept-schemes/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
      hasMany: {
        concepts: ['concept', 'skos:inScheme', 'inverse'],
        'top-concepts': ['concept', 'skos:topConceptOf', 'inverse'],
      },
    },
    // line 15: (define-resource concept () …)
    {
      name: 'concept',
      path: 'concepts',
      class: 'skos:Concept',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
      hasMany: {
        'concept-schemes': ['concept-scheme', 'skos:inScheme'],
        'top-concept-schemes': ['concept-scheme', 'skos:topConceptOf'],
        narrower: ['concept', 'skos:narrower'],
        broader: ['concept', 'skos:narrower', 'inverse'],
      },
    },
  ],
};
