// Transcribed from lblod/app-contactgegevens-loket config/authorization/config.lisp at master 1abd7b4f
// (config/ identical to tag v1.10.0). This is the live configuration: docker-compose.yml:62-67 runs
// `semtech/sparql-parser:0.0.15` as `database` with ./config/authorization mounted on /config (the
// app switched from mu-authorization to sparql-parser in commit e5dda44). There is no config.ex.
//
// sparql-parser semantics used here (mu-semtech/sparql-parser v0.0.15):
// - `(supply-allowed-group "public")` has neither constraint nor query, so it is ALWAYS supplied
//   (acl/configuration-interface.lisp:123-131): every request, signed in or not, has it.
// - A group with a query is supplied when the query yields rows; its `:parameters` become the
//   group's variables. A graph of a grant is the graph's base IRI followed by the group's variables
//   joined by "/" (acl/acl.lisp:243-247, `token-graph-specification-graph`): for
//   `organization-data-user` that is `http://mu.semte.ch/graphs/organizations/<session_group>`,
//   the session's bestuur uuid, with NO role suffix.
// - `("type" -> _)` in a graph: every predicate of a subject of that rdf:type
//   (configuration-interface.lisp:46-48).
// - Every grant here is `(read write)`: each group may write what it may read. The `public` group
//   thus lets ANYONE, without logging in, write the public graph's types (bestuurseenheden,
//   organizations, concepts, change events, users, accounts, files, …) and the sessions graph.
//   Transcribed as is.
//
// One AccessGroup per `grant` form (a group with several grants appears several times). Prefixes
// are config.lisp's own (l.26-44): there `organisatie:` is `http://lblod.data.gift/vocabularies/organisatie/`,
// which is domain.json's `code:`, not domain.json's https `organisatie:`; `generiek:` is https, as in
// domain.json; `erediensten:` is domain.json's `ere:`.
import type { Authorization } from '../../app-spec.js';

/** The public graph's types (config.lisp:48-66), as resource paths, in file order. */
const publicTypes = [
  'users', // foaf:Person
  'accounts', // foaf:OnlineAccount
  'administrative-units', // besluit:Bestuurseenheid
  'organizations', // org:Organization
  'site-types', // organisatie:TypeVestiging (= code:TypeVestiging)
  'administrative-unit-classification-codes', // organisatie:BestuurseenheidClassificatieCode
  'organization-status-codes', // organisatie:OrganisatieStatusCode
  'concepts', // skos:Concept
  // skos:ConceptScheme: no transcribed resource
  'nationalities', // euvoc:Country
  'locations', // prov:Location
  'change-events', // org:ChangeEvent
  'change-event-results', // organisatie:VeranderingsgebeurtenisResultaat
  'change-event-types', // organisatie:Veranderingsgebeurtenis
  'worship-services', // erediensten:BestuurVanDeEredienst
  'central-worship-services', // erediensten:CentraalBestuurVanDeEredienst
  'recognized-worship-types', // organisatie:TypeEredienst
  'files', // nfo:FileDataObject
] as const;
// Not in any graph: ere:EredienstBestuurseenheid (worship-administrative-units), besluit:Besluit
// (decisions), besluitvorming:Beslissingsactiviteit (decision-activities). A worship service's or
// central worship service's triples are visible through its own class, whatever other types it has.

/** The org graph's types (config.lisp:71-76), as resource paths, in file order. */
const orgTypes = [
  'sites', // org:Site
  'identifiers', // adms:Identifier
  'structured-identifiers', // generiek:GestructureerdeIdentificator (https, matches domain.json)
  'contact-points', // schema:ContactPoint
  'addresses', // locn:Address
] as const;

export const authorization: Authorization = {
  source: 'lblod/app-contactgegevens-loket config/authorization/config.lisp',
  groups: [
    // (grant (read write) :to-graph (public) :for-allowed-group "public"), l.117-119
    // graph `public` = http://mu.semte.ch/graphs/public (l.48)
    // classes without a transcribed resource: skos:ConceptScheme
    { name: 'public', audience: 'public', scope: 'shared', read: publicTypes, write: publicTypes, line: 117 },

    // (grant (read write) :to-graph (sessions) :for-allowed-group "public"), l.121-123
    // graph `sessions` = http://mu.semte.ch/graphs/sessions (l.68-69)
    // classes without a transcribed resource: http://mu.semte.ch/vocabularies/session/Session
    // (l.46: every IRI under http://mu.semte.ch/sessions/ is given that type by sparql-parser's type cache)
    { name: 'public', audience: 'public', scope: 'shared', read: [], write: [], line: 121 },

    // (grant (read write) :to-graph (org) :for-allowed-group "organization-data-user"), l.125-127
    // Group l.108-115: parameter `session_group` from
    //   <SESSION_ID> ext:sessionGroup/mu:uuid ?session_group; ext:sessionRole "LoketLB-ContactOrganisatiegegevensGebruiker".
    // graph `org` = http://mu.semte.ch/graphs/organizations/ + <session_group> (l.71; acl.lisp:243-247).
    {
      name: 'organization-data-user',
      audience: { role: 'LoketLB-ContactOrganisatiegegevensGebruiker' },
      scope: 'bestuur',
      read: orgTypes,
      write: orgTypes,
      line: 125,
    },

    // (grant (read write) :to-graph (reports) :for-allowed-group "dashboard-users"), l.129-131
    // Group l.98-106: no parameters; supplied when
    //   <SESSION_ID> session:account ?account. ?account ext:sessionRole ?r. FILTER(?r = "contactgegevens-dashboard-user")
    // FORMAT: that role is read from the ACCOUNT (the dashboard's mu-login-service accounts), not from
    // the session's ext:sessionRole; `{ role }` is the closest audience.
    // graph `reports` = http://mu.semte.ch/graphs/reports (l.78-82)
    // classes without a transcribed resource: reporting:Report, core:Error (= oslc:Error), nfo:DataContainer
    {
      name: 'dashboard-users',
      audience: { role: 'contactgegevens-dashboard-user' },
      scope: 'shared',
      read: ['files'], // nfo:FileDataObject
      write: ['files'],
      line: 129,
    },

    // (grant (read write) :to-graph (jobs) :for-allowed-group "dashboard-users"), l.133-135
    // graph `jobs` = http://mu.semte.ch/graphs/system/jobs (l.84-87)
    // classes without a transcribed resource: cogs:Job, nfo:DataContainer
    {
      name: 'dashboard-users',
      audience: { role: 'contactgegevens-dashboard-user' },
      scope: 'shared',
      read: ['files'], // nfo:FileDataObject
      write: ['files'],
      line: 133,
    },

    // (grant (read write) :to-graph (application) :for-allowed-group "dashboard-users"), l.137-139
    // graph `application` = http://mu.semte.ch/application (l.89-94)
    // classes without a transcribed resource: rlog:Entry, rlog:Level, rlog:StatusCode, ext:LogSource, reporting:Report
    { name: 'dashboard-users', audience: { role: 'contactgegevens-dashboard-user' }, scope: 'shared', read: [], write: [], line: 137 },
  ],
};
