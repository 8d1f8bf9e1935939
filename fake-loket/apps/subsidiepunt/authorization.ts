// Transcribed from lblod/app-subsidiepunt config/authorization/config.ex at v2.26.0-1-gb3cee9a (b3cee9ab, 2026-05-08).
// That file is what runs: docker-compose.yml:58-69 mounts ./config/authorization into
// `semtech/mu-authorization:feature-service-roam-r1.1` (config.ex, not a sparql-parser config.lisp).
// Every GroupSpec in file order; the final GraphCleanup "clean" (l.288-292, write-only, from
// http://mu.semte.ch/application) grants no reads and is left out.
//
// Graph naming (mu-authorization): a GraphSpec graph ending in `/` gets the access query's `vars`
// appended. `access_by_role(role)` (l.12-16, vars session_group + session_role, l.25-33) therefore gives
// http://mu.semte.ch/graphs/organizations/<bestuur-uuid>/<role>; the `org` group (vars session_group)
// gives …/organizations/<bestuur-uuid>. Both are scope 'bestuur'.
//
// Class → path: each rdf:type of a ResourceConstraint maps to the on-path of the transcribed resource
// with that class (domain/*.ts). Classes of a resource in a file that is not transcribed, or of no
// resource at all, are listed per group.
import type { Authorization } from '../../app-spec.js';

export const authorization: Authorization = {
  source: 'lblod/app-subsidiepunt config/authorization/config.ex',
  groups: [
    {
      // l.85-120: useage [:read], access %AlwaysAccessible{} ("# TODO: Should be only for logged in users"),
      // graph http://mu.semte.ch/graphs/public (l.89-115)
      name: 'public',
      audience: 'public',
      scope: 'shared',
      read: [
        'werkingsgebieden', // prov:Location
        'bestuurseenheid-classificatie-codes', // ext:BestuurseenheidClassificatieCode
        'bestuursorganen', // besluit:Bestuursorgaan
        'bestuursorgaan-classificatie-codes', // ext:BestuursorgaanClassificatieCode
        'bestuurseenheden', // besluit:Bestuurseenheid
        'organizations', // org:Organization
        'organization-classification-codes', // ext:OrganizationClassificationCode
        'concept-schemes', // skos:ConceptScheme
        'concepts', // skos:Concept
        'subsidy-measure-consumption-statuses', // lblodSubsidie:SubsidiemaatregelConsumptieStatus
        'subsidy-measure-offers', // subsidie:SubsidiemaatregelAanbod
        'subsidy-measure-offer-series', // lblodSubsidie:SubsidiemaatregelAanbodReeks
        'subsidy-application-flows', // lblodSubsidie:ApplicationFlow
        'subsidy-application-flow-steps', // lblodSubsidie:ApplicationStep
        'subsidy-procedural-steps', // subsidie:Subsidieprocedurestap
        'periods-of-time', // m8g:PeriodOfTime
        'criteria', // m8g:Criterion
        'requirement-groups', // m8g:RequirementGroup
        'criterion-requirements', // m8g:CriterionRequirement
      ],
      // classes without a transcribed resource: euvoc:Country (l.97), m8g:Requirement (l.113)
      // FORMAT: second GraphSpec (l.116-120): graph http://mu.semte.ch/graphs/sessions, %ResourceFormatConstraint{
      // resource_prefix: "http://mu.semte.ch/sessions/" } — subjects by URI prefix, not by type; no resource path.
      line: 85,
    },
    {
      // l.123-144 "ORGANIZATION HAS POSSIBLY DUPLICATE USER DATA": useage [:read], vars ["session_group"] from
      // `<SESSION_ID> ext:sessionGroup/mu:uuid` UNION `ext:originalSessionGroup/mu:uuid` (impersonation),
      // no role needed; graph http://mu.semte.ch/graphs/organizations/<session_group>
      name: 'org',
      audience: 'group',
      scope: 'bestuur',
      read: [
        'gebruikers', // foaf:Person
        'accounts', // foaf:OnlineAccount
        'identifiers', // adms:Identifier
      ],
      // FORMAT: the ext:originalSessionGroup alternative (an impersonating admin sees the impersonated bestuur's graph).
      line: 123,
    },
    {
      // l.146-184 "SUBSIDIES": useage [:read, :write, :read_for_write], access_by_role("SubsidiepuntGebruiker");
      // graph http://mu.semte.ch/graphs/organizations/<session_group>/SubsidiepuntGebruiker, two GraphSpecs.
      name: 'o-subs-rwf',
      audience: { role: 'SubsidiepuntGebruiker' },
      scope: 'bestuur',
      read: [
        // first GraphSpec (l.150-168), all predicates
        'subsidy-application-forms', // lblodSubsidie:ApplicationForm
        'subsidy-measure-consumptions', // subsidie:SubsidiemaatregelConsumptie
        'subsidy-requests', // subsidie:Aanvraag
        'monetary-amounts', // schema:MonetaryAmount
        'participations', // m8g:Participation
        'bank-accounts', // schema:BankAccount
        'time-blocks', // gleif:Period (https://www.gleif.org/ontology/Base/Period)
        'periods-of-time', // m8g:PeriodOfTime
        'application-form-tables', // lblodSubsidie:ApplicationFormTable
        'application-form-entries', // ext:ApplicationFormEntry
        'engagement-tables', // lblodSubsidie:EngagementTable
        'engagement-entries', // ext:EngagementEntry
        'files', // nfo:FileDataObject
        // second GraphSpec (l.169-183): only predicate m8g:playsRole (%NoPredicates{ except: [playsRole] }) of
        // besluit:Bestuurseenheid, org:Organization, SubsidiemaatregelAanbod, SubsidiemaatregelAanbodReeks.
        // "Sometimes a very specific list of organisations should be able submit for a subsidy." (l.175-176)
        'bestuurseenheden#participations', // m8g:playsRole (inherited from organization)
        'organizations#participations', // m8g:playsRole
      ],
      write: [
        'subsidy-application-forms',
        'subsidy-measure-consumptions',
        'subsidy-requests',
        'monetary-amounts',
        'participations',
        'bank-accounts',
        'time-blocks',
        'periods-of-time',
        'application-form-tables',
        'application-form-entries',
        'engagement-tables',
        'engagement-entries',
        'files',
        'bestuurseenheden#participations',
        'organizations#participations',
      ],
      // classes without a transcribed resource: schema:ContactPoint (l.166; application-form "contactinfo" targets
      // the undefined resource contact-punt)
      // FORMAT: m8g:playsRole of subsidie:SubsidiemaatregelAanbod and lblodSubsidie:SubsidiemaatregelAanbodReeks
      // (l.177-178): neither resource has an attribute or link with that predicate, so there is no '<path>#<name>'.
      line: 146,
    },
    {
      // l.187-199 "Admin users": useage [:read, :write, :read_for_write], access is_admin() (l.55-74: session has
      // ext:sessionRole OR ext:originalSessionRole "SubsidiepuntAdmin"; vars []), graph http://mu.semte.ch/graphs/sessions
      name: 'o-admin-sessions-rwf',
      audience: { role: 'SubsidiepuntAdmin' },
      scope: 'shared',
      read: [],
      write: [],
      // FORMAT: the only GraphSpec is a %ResourceFormatConstraint{ resource_prefix: "http://mu.semte.ch/sessions/" }
      // (sessions by URI prefix): no resource path. FORMAT: ext:originalSessionRole also grants it (impersonation).
      line: 187,
    },
    {
      // l.201-228: useage [:read], access_by_role_for_single_graph("SubsidiedatabankGebruiker") (l.18-22, vars []),
      // one fixed graph http://mu.semte.ch/graphs/subsidiedatabank
      name: 'o-admin-subsidiedatabank-r',
      audience: { role: 'SubsidiedatabankGebruiker' },
      scope: 'shared',
      read: [
        'subsidy-application-forms', // lblodSubsidie:ApplicationForm
        'subsidy-measure-consumptions', // subsidie:SubsidiemaatregelConsumptie
        'subsidy-requests', // subsidie:Aanvraag
        'monetary-amounts', // schema:MonetaryAmount
        'participations', // m8g:Participation
        'bank-accounts', // schema:BankAccount
        'time-blocks', // gleif:Period
        'periods-of-time', // m8g:PeriodOfTime
        'application-form-tables', // lblodSubsidie:ApplicationFormTable
        'application-form-entries', // ext:ApplicationFormEntry
        'engagement-tables', // lblodSubsidie:EngagementTable
        'engagement-entries', // ext:EngagementEntry
        'files', // nfo:FileDataObject
      ],
      // classes without a transcribed resource: schema:ContactPoint (l.222)
      line: 201,
    },
    {
      // l.230-244: a second GroupSpec named "o-admin-sessions-rwf", useage [:read_for_write] only, is_admin(),
      // graph http://mu.semte.ch/graphs/public, foaf:OnlineAccount (accounts)
      name: 'o-admin-sessions-rwf',
      audience: { role: 'SubsidiepuntAdmin' },
      scope: 'shared',
      // FORMAT: read_for_write is neither read nor write (mu-authorization uses it only for the WHERE part of
      // updates); AccessGroup cannot say it, so read and write stay empty. The type would be: 'accounts'.
      read: [],
      line: 230,
    },
    {
      // l.247-266 "Dashboard": useage [:read, :write, :read_for_write], is_admin(), one fixed graph
      // http://mu.semte.ch/graphs/organizations/141d9d6b-54af-4d17-b313-8d1c30bc3f5b/LoketAdmin (not per session)
      name: 'o-admin-rwf',
      audience: { role: 'SubsidiepuntAdmin' },
      scope: 'shared',
      read: [
        'files', // nfo:FileDataObject
      ],
      write: ['files'],
      // classes without a transcribed resource: http://lblod.data.gift/vocabularies/reporting/Report
      // (master-reports-domain.lisp), cogs:Job,
      // oslc:Error, nfo:DataContainer (twice, l.259 and l.261) (master-job-domain.lisp)
      line: 247,
    },
    {
      // l.268-279: useage [:read], access_sensitive_delta_producer_data() (l.35-53): the session's
      // muAccount:account is the foaf:account of a foaf:Agent that is foaf:member of a group with foaf:name
      // ?group_name — the delta-producer sync login (/sync/subsidies/login), not an ACM/IDM user session.
      // Graph http://redpencil.data.gift/id/deltas/producer/<group_name>.
      name: 'o-persons-sensitive-deltas-rwf',
      // FORMAT: no Audience fits "a delta-consumer service account" (not 'session': ordinary sessions have no
      // foaf:Agent membership). `{ role: [] }` (no role at all) keeps it unreachable in the fake.
      audience: { role: [] },
      scope: 'shared',
      read: [
        'files', // nfo:FileDataObject
      ],
      // classes without a transcribed resource: dcat:Dataset, dcat:Distribution (dcat.json, not transcribed)
      line: 268,
    },
  ],
};
