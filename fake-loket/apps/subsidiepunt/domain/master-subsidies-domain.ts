// Transcribed from lblod/app-subsidiepunt config/resources/master-subsidies-domain.lisp at v2.26.0-1-gb3cee9a (b3cee9ab, 2026-05-08).
// ";; Official model from https://data.vlaanderen.be/doc/applicatieprofiel/besluit-subsidie/#Participatie
// ;; and https://github.com/redpencilio/data.gift/blob/master/data/static/vocabularies/lblodSubsidie" (l.1-2).
// Link targets no file of this app's domain.lisp defines: `agents`, `roles` (participation), `contact-punt`
// (application-form). `submission-document-status` (application-form "status") is defined in
// master-submissions-domain.lisp, which is not transcribed. All stay undefined targets.
// Several resource-bases are http://lblod.data.info/… (sic, not data.lblod.info), as the file writes them.
import type { DomainFile } from '../../../domain.js';

export const masterSubsidiesDomain: DomainFile = {
  source: 'lblod/app-subsidiepunt config/resources/master-subsidies-domain.lisp',
  resources: [
    {
      // master-subsidies-domain.lisp:4-28
      name: 'subsidy-measure-consumption',
      path: 'subsidy-measure-consumptions',
      class: 'subsidie:SubsidiemaatregelConsumptie',
      base: 'http://data.lblod.info/id/subsidy-measure-consumptions/',
      features: ['include-uri'],
      properties: {
        created: ['datetime', 'dct:created'],
        modified: ['datetime', 'dct:modified'],
      },
      hasOne: {
        'subsidy-request': ['subsidy-request', 'prov:wasGeneratedBy'],
        'subsidy-measure-offer': ['subsidy-measure-offer', 'transactie:isInstantieVan'],
        'subsidy-application-flow': ['subsidy-application-flow', 'cpsv:follows'],
        'active-subsidy-application-flow-step': ['subsidy-application-flow-step', 'common:active'],
        status: ['subsidy-measure-consumption-status', 'adms:status'],
        'last-modifier': ['gebruiker', 'ext:lastModifiedBy'],
        creator: ['gebruiker', 'dct:creator'],
      },
      hasMany: {
        participations: ['participation', 'm8g:hasParticipation'],
        'subsidy-application-forms': ['application-form', 'dct:source'],
      },
    },
    {
      // master-subsidies-domain.lisp:30-37 (";;subclass of Skos:Concept, because mu-resource has still no
      // ineritance. ;; make sure to add skos:Concept too when creating migrations")
      name: 'subsidy-measure-consumption-status',
      path: 'subsidy-measure-consumption-statuses',
      class: 'lblodSubsidie:SubsidiemaatregelConsumptieStatus',
      base: 'http://data.lblod.info/id/subsidy-measure-consumption-statuses/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // master-subsidies-domain.lisp:39-48
      name: 'subsidy-request',
      path: 'subsidy-requests',
      class: 'subsidie:Aanvraag',
      base: 'http://data.lblod.info/id/subsidy-requests/',
      features: ['include-uri'],
      properties: {
        'date-of-request': ['date', 'subsidie:aanvraagdatum'],
      },
      hasOne: {
        'requested-amount': ['monetary-amount', 'subsidie:aangevraagdBedrag'],
        // not declared inverse (prov:generated, while the consumption links back with prov:wasGeneratedBy)
        'subsidy-measure-consumption': ['subsidy-measure-consumption', 'prov:generated'],
      },
    },
    {
      // master-subsidies-domain.lisp:50-56
      name: 'monetary-amount',
      path: 'monetary-amounts',
      class: 'schema:MonetaryAmount',
      base: 'http://data.lblod.info/id/monetary-amounts/',
      features: ['include-uri'],
      properties: {
        value: ['number', 'schema:value'],
        currency: ['string', 'schema:currency'],
      },
    },
    {
      // master-subsidies-domain.lisp:58-70
      name: 'subsidy-measure-offer',
      path: 'subsidy-measure-offers',
      class: 'subsidie:SubsidiemaatregelAanbod',
      base: 'http://lblod.data.info/id/subsidy-measure-offers/',
      features: ['include-uri'],
      properties: {
        title: ['string', 'dct:title'],
        'external-information': ['uri', 'skos:related'],
      },
      hasMany: {
        criteria: ['criterion', 'm8g:hasCriterion'],
        'subsidy-procedural-steps': ['subsidy-procedural-step', 'cpsv:follows'],
        series: ['subsidy-measure-offer-series', 'lblodSubsidie:heeftReeks'],
      },
    },
    {
      // master-subsidies-domain.lisp:72-87
      name: 'subsidy-measure-offer-series',
      path: 'subsidy-measure-offer-series',
      class: 'lblodSubsidie:SubsidiemaatregelAanbodReeks',
      base: 'http://lblod.data.info/id/subsidy-measure-offer-series/',
      features: ['include-uri'],
      properties: {
        title: ['string', 'dct:title'],
        description: ['string', 'dct:description'],
      },
      hasOne: {
        'active-application-flow': ['subsidy-application-flow', 'common:active'],
        // mobiliteit: is https://data.vlaanderen.be/ns/mobiliteit# (repository.lisp:64)
        period: ['period-of-time', 'mobiliteit:periode'],
        'subsidy-measure-offer': ['subsidy-measure-offer', 'lblodSubsidie:heeftReeks', 'inverse'],
      },
      hasMany: {
        'subsidy-procedural-steps': ['subsidy-procedural-step', 'lblodSubsidie:heeftSubsidieprocedurestap'],
      },
    },
    {
      // master-subsidies-domain.lisp:89-99 — no :features (no include-uri)
      name: 'subsidy-application-flow',
      path: 'subsidy-application-flows',
      class: 'lblodSubsidie:ApplicationFlow',
      base: 'http://lblod.data.info/id/subsidy-application-flows/',
      hasOne: {
        'subsidy-measure-offer-series': ['subsidy-measure-offer-series', 'xkos:belongsTo'],
        'first-application-step': ['subsidy-application-flow-step', 'xkos:next'],
      },
      hasMany: {
        'defined-steps': ['subsidy-application-flow-step', 'dct:isPartOf', 'inverse'],
      },
    },
    {
      // master-subsidies-domain.lisp:101-117 — no :features (no include-uri)
      name: 'subsidy-application-flow-step',
      path: 'subsidy-application-flow-steps',
      class: 'lblodSubsidie:ApplicationStep',
      base: 'http://lblod.data.info/id/subsidy-application-flow-steps/',
      properties: {
        order: ['integer', 'qb:order'],
        // the file writes `:uri, (s-prefix …)`: the same as `:uri ,(s-prefix …)`
        'external-process-link': ['uri', 'dct:isReplacedBy'],
      },
      hasOne: {
        'form-specification': ['file', 'dct:source'],
        'subsidy-procedural-step': ['subsidy-procedural-step', 'dct:references'],
        'application-flow': ['subsidy-application-flow', 'dct:isPartOf'],
        'previous-application-step': ['subsidy-application-flow-step', 'xkos:previous'],
        'next-application-step': ['subsidy-application-flow-step', 'xkos:next'],
        // ;;TODO:add CRITERION, but we need better feeling with the cases we need to support
      },
    },
    {
      // master-subsidies-domain.lisp:119-133
      name: 'subsidy-procedural-step',
      path: 'subsidy-procedural-steps',
      class: 'subsidie:Subsidieprocedurestap',
      base: 'http://data.lblod.info/id/subsidy-procedural-steps/',
      features: ['include-uri'],
      properties: {
        description: ['string', 'dct:description'],
        type: ['uri-set', 'subsidie:Subsidieprocedurestap.type'],
      },
      hasOne: {
        period: ['period-of-time', 'mobiliteit:periode'],
        'subsidy-measure-offer-series': ['subsidy-measure-offer-series', 'lblodSubsidie:heeftSubsidieprocedurestap', 'inverse'],
        'subsidy-measure-offer': ['subsidy-measure-offer', 'cpsv:follows', 'inverse'],
      },
    },
    {
      // master-subsidies-domain.lisp:135-141
      name: 'period-of-time',
      path: 'periods-of-time',
      class: 'm8g:PeriodOfTime',
      base: 'http://data.lblod.info/id/periods-of-time/',
      features: ['include-uri'],
      properties: {
        begin: ['datetime', 'm8g:startTime'],
        end: ['datetime', 'm8g:endTime'],
      },
    },
    {
      // master-subsidies-domain.lisp:143-153
      name: 'criterion',
      path: 'criteria',
      class: 'm8g:Criterion',
      base: 'http://data.lblod.info/id/criteria/',
      features: ['include-uri'],
      properties: {
        name: ['string', 'dct:title'],
        type: ['uri-set', 'm8g:criterionType'],
      },
      hasOne: {
        subsidieprocedurestap: ['subsidy-procedural-step', 'dct:isPartOf'],
      },
      hasMany: {
        'requirement-groups': ['requirement-group', 'm8g:fulfilledByRequirementGroup'],
      },
    },
    {
      // master-subsidies-domain.lisp:155-161
      name: 'requirement-group',
      path: 'requirement-groups',
      class: 'm8g:RequirementGroup',
      base: 'http://data.lblod.info/id/requirement-groups/',
      features: ['include-uri'],
      hasMany: {
        'criterion-requirements': ['criterion-requirement', 'm8g:hasCriterionRequirement'],
      },
    },
    {
      // master-subsidies-domain.lisp:163-171
      name: 'criterion-requirement',
      path: 'criterion-requirements',
      class: 'm8g:CriterionRequirement',
      base: 'http://data.lblod.info/id/criterion-requirements/',
      features: ['include-uri'],
      properties: {
        'is-satisfiable-by': ['url', 'lblodSubsidie:isSatisfiableBy'],
        // the file writes `:string,(s-prefix …)` (no space): the same as `:string ,(s-prefix …)`
        description: ['string', 'dct:description'],
      },
      hasOne: {
        'applicable-period': ['period-of-time', 'm8g:applicableInPeriodOfTime'],
      },
    },
    {
      // master-subsidies-domain.lisp:173-189 (";;TODO: remove :role and participating-bestuurseenheid, but this
      // has a breaking change in the fronted")
      name: 'participation',
      path: 'participations',
      class: 'm8g:Participation',
      base: 'http://data.lblod.info/id/participations/',
      features: ['include-uri'],
      properties: {
        description: ['string', 'dct:description'],
        role: ['url', 'm8g:role'],
        identifier: ['string', 'dct:identifier'],
      },
      hasOne: {
        'participating-organization': ['organization', 'm8g:playsRole', 'inverse'],
      },
      hasMany: {
        // sic: targets `agents` and `roles` (plural); no define-resource of either name exists in config/resources.
        'participating-agents': ['agents', 'm8g:playsRole', 'inverse'],
        roles: ['roles', 'm8g:role'],
      },
    },
    {
      // master-subsidies-domain.lisp:195-229 (";; Dirty space: per subsidy, custom fields are asked, they are
      // kept here.", l.191-194). The path is "subsidy-application-forms", not "application-forms".
      name: 'application-form',
      path: 'subsidy-application-forms',
      class: 'lblodSubsidie:ApplicationForm',
      base: 'http://data.lblod.info/id/application-forms/',
      features: ['include-uri'],
      properties: {
        created: ['datetime', 'dct:created'],
        modified: ['datetime', 'dct:modified'],
        'project-name': ['string', 'lblodSubsidie:projectName'],
        'is-collaboration': ['url', 'lblodSubsidie:isCollaboration'],
        'total-amount': ['float', 'lblodSubsidie:totalAmount'],
      },
      hasOne: {
        'subsidy-application-flow-step': ['subsidy-application-flow-step', 'dct:isPartOf'],
        'subsidy-measure-consumption': ['subsidy-measure-consumption', 'dct:source', 'inverse'],
        contactinfo: ['contact-punt', 'schema:contactPoint'],
        'bank-account': ['bank-account', 'schema:bankAccount'],
        'time-block': ['time-block', 'lblodSubsidie:timeBlock'],
        'application-form-table': ['application-form-table', 'lblodSubsidie:applicationFormTable'],
        'engagement-table': ['engagement-table', 'lblodSubsidie:engagementTable'],
        'last-modifier': ['gebruiker', 'ext:lastModifiedBy'],
        creator: ['gebruiker', 'dct:creator'],
        status: ['submission-document-status', 'adms:status'],
      },
      hasMany: {
        collaborators: ['organization', 'lblodSubsidie:collaborator'],
        sources: ['file', 'dct:source'],
      },
    },
    {
      // master-subsidies-domain.lisp:231-238
      name: 'bank-account',
      path: 'bank-accounts',
      class: 'schema:BankAccount',
      base: 'http://data.lblod.info/id/bank-accounts/',
      features: ['include-uri'],
      properties: {
        'bank-account-number': ['string', 'schema:identifier'],
      },
      hasOne: {
        'confirmation-letter': ['file', 'dct:hasPart'],
      },
    },
    {
      // master-subsidies-domain.lisp:240-253 (";;TODO still needed?"; ";; subclass of skos:Concept")
      name: 'time-block',
      path: 'time-blocks',
      class: 'gleif:Period',
      base: 'http://lblod.data.info/id/concepts/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'dct:title'],
        label: ['string', 'skos:prefLabel'],
        start: ['date', 'gleif:hasStart'],
        end: ['date', 'gleif:hasEnd'],
      },
      hasOne: {
        'submission-period': ['time-block', 'ext:submissionPeriod'],
        'concept-scheme': ['concept-scheme', 'skos:inScheme'],
      },
    },
    {
      // master-subsidies-domain.lisp:255-261
      name: 'application-form-table',
      path: 'application-form-tables',
      class: 'lblodSubsidie:ApplicationFormTable',
      base: 'http://data.lblod.info/id/application-form-tables/',
      features: ['include-uri'],
      hasMany: {
        'application-form-entries': ['application-form-entry', 'ext:applicationFormEntry'],
      },
    },
    {
      // master-subsidies-domain.lisp:263-272
      name: 'application-form-entry',
      path: 'application-form-entries',
      class: 'ext:ApplicationFormEntry',
      base: 'http://data.lblod.info/id/application-form-entries/',
      features: ['include-uri'],
      properties: {
        'actor-name': ['string', 'ext:actorName'],
        'number-children-for-full-day': ['number', 'ext:numberChildrenForFullDay'],
        'number-children-for-half-day': ['number', 'ext:numberChildrenForHalfDay'],
        'number-children-per-infrastructure': ['number', 'ext:numberChildrenPerInfrastructure'],
        created: ['datetime', 'dct:created'],
      },
    },
    {
      // master-subsidies-domain.lisp:274-280
      name: 'engagement-table',
      path: 'engagement-tables',
      class: 'lblodSubsidie:EngagementTable',
      base: 'http://data.lblod.info/id/engagement-tables/',
      features: ['include-uri'],
      hasMany: {
        'engagement-entries': ['engagement-entry', 'ext:engagementEntry'],
      },
    },
    {
      // master-subsidies-domain.lisp:282-291
      name: 'engagement-entry',
      path: 'engagement-entries',
      class: 'ext:EngagementEntry',
      base: 'http://data.lblod.info/id/engagement-entries/',
      features: ['include-uri'],
      properties: {
        target: ['string', 'ext:target'],
        'existing-staff': ['number', 'ext:existingStaff'],
        'additional-staff': ['number', 'ext:additionalStaff'],
        volunteers: ['number', 'ext:volunteers'],
        'estimated-cost': ['number', 'ext:estimatedCost'],
      },
    },
  ],
};
