// Transcribed from lblod/app-digitaal-loket config/resources/agent-in-position.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const agentInPosition: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/agent-in-position.lisp',
  resources: [
    // line 8: (define-resource agent-in-position () …)
    {
      name: 'agent-in-position',
      path: 'agents-in-position',
      class: 'ch:AgentInPositie',
      base: 'http://data.lblod.info/id/agentenInPositie/',
      features: ['include-uri'],
      properties: {
        'agent-start-date': ['date', 'ch:startdatum'],
        'agent-end-date': ['date', 'ch:eindedatum'],
      },
      hasOne: {
        post: ['post', 'org:holds'],
        person: ['persoon', 'org:heldBy'],
        'is-bestuurlijke-alias-van': ['persoon', 'mandaat:isBestuurlijkeAliasVan'],
        invalidation: ['invalidation', 'prov:qualifiedInvalidation'],
      },
      hasMany: {
        contacts: ['contact-punt', 'schema:contactPoint'],
      },
    },
    // line 30: (define-resource mandataris (agent-in-position) …)
    {
      name: 'mandataris',
      path: 'mandatarissen',
      class: 'mandaat:Mandataris',
      base: 'http://data.lblod.info/id/mandatarissen/',
      parent: 'agent-in-position',
      features: ['include-uri'],
      properties: {
        rangorde: ['string', 'mandaat:rangorde'],
        start: ['datetime', 'mandaat:start'],
        einde: ['datetime', 'mandaat:einde'],
        'datum-eedaflegging': ['datetime', 'ext:datumEedaflegging'],
        'datum-ministrieel-besluit': ['datetime', 'ext:datumMinistrieelBesluit'],
        'generated-from': ['uri-set', 'ext:generatedFrom'],
        'duplication-reason': ['string', 'skos:changeNote'],
      },
      hasOne: {
        bekleedt: ['mandaat', 'org:holds'],
        'heeft-lidmaatschap': ['lidmaatschap', 'org:hasMembership'],
        'is-bestuurlijke-alias-van': ['persoon', 'mandaat:isBestuurlijkeAliasVan'],
        status: ['mandataris-status-code', 'mandaat:status'],
        // `owl` is declared neither in config/resources/repository.lisp nor among mu-cl-resources' default prefixes.
        'duplicate-of': ['mandataris', 'owl:sameAs'],
      },
      hasMany: {
        'rechtsgronden-aanstelling': ['rechtsgrond-aanstelling', 'mandaat:isAangesteldDoor'],
        'rechtsgronden-beeindiging': ['rechtsgrond-beeindiging', 'mandaat:isOntslagenDoor'],
        'tijdelijke-vervangingen': ['mandataris', 'mandaat:isTijdelijkVervangenDoor'],
        'contact-points': ['contact-point', 'schema:contactPoint'],
        beleidsdomein: ['beleidsdomein-code', 'mandaat:beleidsdomein'],
      },
    },
    // line 64: (define-resource worship-mandatee (mandataris) …)
    {
      name: 'worship-mandatee',
      path: 'worship-mandatees',
      class: 'ere:EredienstMandataris',
      base: 'http://data.lblod.info/id/mandatarissen/',
      parent: 'mandataris',
      features: ['include-uri'],
      properties: {
        'expected-end-date': ['date', 'ere:geplandeEinddatumAanstelling'],
        'reason-stopped': ['string', 'ere:redenVanStopzetting'],
      },
      hasOne: {
        provenance: ['vendor', 'prov:wasAssociatedWith'],
      },
    },
    // line 76: (define-resource minister (agent-in-position) …)
    {
      name: 'minister',
      path: 'ministers',
      class: 'ere:RolBedienaar',
      base: 'http://data.lblod.info/id/rollenBedienaar/',
      parent: 'agent-in-position',
      features: ['include-uri'],
      hasOne: {
        'minister-position': ['minister-position', 'org:holds'],
        financing: ['financing-code', 'ere:financiering'],
        provenance: ['vendor', 'prov:wasAssociatedWith'],
      },
      hasMany: {
        conditions: ['minister-condition', 'org:siteAddress'],
      },
    },
  ],
};
