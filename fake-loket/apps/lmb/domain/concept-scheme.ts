// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/concept-scheme.lisp at 1e320810 (2026-07-16).
import type { DomainFile } from '../../../domain.js';

export const conceptScheme: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/concept-scheme.lisp',
  resources: [
    {
      // concept-scheme.lisp:1-17
      name: 'concept-scheme',
      path: 'concept-schemes',
      class: 'skos:ConceptScheme',
      base: 'http://lblod.data.gift/concept-schemes/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
        id: ['string', 'mu:uuid'],
        'is-read-only': ['boolean', 'ext:isReadOnly'],
        'created-at': ['datetime', 'dct:created'],
      },
      hasMany: {
        concepts: ['concept', 'skos:inScheme', 'inverse'],
        'top-concepts': ['concept', 'skos:topConceptOf', 'inverse'],
      },
    },
    {
      // concept-scheme.lisp:19-32
      name: 'concept',
      path: 'concepts',
      class: 'skos:Concept',
      base: 'http://lblod.data.gift/concepts/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
        order: ['string', 'sh:order'],
        id: ['string', 'mu:uuid'],
      },
      hasMany: {
        'concept-schemes': ['concept-scheme', 'skos:inScheme'],
        'top-concept-schemes': ['concept-scheme', 'skos:topConceptOf'],
      },
    },
  ],
};
