// Transcribed from lblod/app-subsidiepunt config/resources/concept-scheme.lisp at v2.26.0-1-gb3cee9a (b3cee9ab, 2026-05-08).
// Both resources write their features with a backquote, `(include-uri), which reads the same as '(include-uri).
import type { DomainFile } from '../../../domain.js';

export const conceptScheme: DomainFile = {
  source: 'lblod/app-subsidiepunt config/resources/concept-scheme.lisp',
  resources: [
    {
      // concept-scheme.lisp:1-13
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
    {
      // concept-scheme.lisp:15-25
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
      },
    },
  ],
};
