// Transcribed from lblod/app-lokaal-mandatenbeheer config/cl-authorization/config.lisp at 1e320810 (2026-07-16).
// That file is what the `database` service mounts (docker-compose.yml:30-42: semtech/sparql-parser:0.0.15,
// `./config/cl-authorization:/config`); there is no config/authorization/config.ex in this app.
//
// sparql-parser builds a group's graph as `<base><param1>/<param2>…` from the allowed group's declared
// :parameters (sparql-parser v0.0.15 acl/acl.lisp:243-247). So:
//   organization                  = http://mu.semte.ch/graphs/organizations/<session_group uuid>
//   organization-mandatendatabank = http://mu.semte.ch/graphs/organizations/<session_group uuid>/<session_role>
//                                    (for mandaat-gebruiker: …/<uuid>/LoketLB-mandaatGebruiker)
// Graphs (config.lisp:68-164), classes granted (`-> _` = every predicate):
//   public (68-94), sessions (96-97), impersonating-sessions (99-100, base http://mu.semte.ch/graphs/sessions/),
//   view-only-modules (103-104, only `besluit:Bestuurseenheid -> ext:viewOnlyModules`),
//   organization (106-109), common-over-application (111-112), organization-mandatendatabank (114-159),
//   besluiten (161-164, http://mu.semte.ch/graphs/besluiten-consumed).
// One entry per allowed group; its grants (with their lines) are merged, as all grants of a group
// have the same scope. A class granted in several graphs appears once per entry.
//
// Classes of transcribed resources that NO graph grants, so nobody can read or write them through
// mu-auth: ext:SystemNotificationLink (system-notification-links), ext:SystemNotificationCode
// (system-notification-codes). (A system notification's `code` and `linked-items` therefore always
// come back empty.)
import type { Authorization } from '../../app-spec.js';

/** Graph `public` (config.lisp:68-94), as paths. */
const PUBLIC = [
  'file-addresses', // ext:FileAddress
  'files', // nfo:FileDataObject
  'werkingsgebieden', // prov:Location
  'bestuurseenheden', // besluit:Bestuurseenheid
  'bestuurseenheid-classificatie-codes', // ext:BestuurseenheidClassificatieCode
  'bestuursorgaan-classificatie-codes', // ext:BestuursorgaanClassificatieCode
  'bestuursperiodes', // lmb:Bestuursperiode
  'fractietypes', // ext:Fractietype
  'bestuursfunctie-codes', // ext:BestuursfunctieCode
  'mandataris-status-codes', // ext:MandatarisStatusCode
  'beleidsdomein-codes', // ext:BeleidsdomeinCode
  'geslacht-codes', // ext:GeslachtCode
  'nationalities', // euvoc:Country
  'rechtstreekse-verkiezingen', // mandaat:RechtstreekseVerkiezing
  'verkiezingsresultaten', // mandaat:Verkiezingsresultaat
  'verkiezingsresultaat-gevolg-codes', // ext:VerkiezingsresultaatGevolgCode
  'concept-schemes', // skos:ConceptScheme
  'concepts', // skos:Concept
  'display-types', // ext:DisplayType
  'library-entries', // ext:FormLibraryEntry
  'libraries', // ext:FormLibrary
  'mandataris-publication-status-codes', // lmb:MandatarisPublicationStatusCode
  // classes without a transcribed resource: org:Role, foaf:Document, form:ValidPhoneNumber, form:RequiredConstraint
] as const;

/** Graph `common-over-application` (config.lisp:111-112). */
const COMMON = ['global-system-messages'] as const; // ext:GlobalSystemMessage

/** Graph `organization` (config.lisp:106-109). */
const ORGANIZATION = [
  'gebruikers', // foaf:Person
  'accounts', // foaf:OnlineAccount
  'identificatoren', // adms:Identifier
] as const;

/** Graph `besluiten` (config.lisp:161-164). */
const BESLUITEN = [
  'rechtsgronden', // eli:LegalResource
  'artikels', // besluit:Artikel
  'besluiten', // besluit:Besluit
] as const;

/** Graph `organization-mandatendatabank` (config.lisp:114-159). */
const MANDATENDATABANK = [
  'fracties', // mandaat:Fractie
  'geboortes', // persoon:Geboorte
  'lidmaatschappen', // org:Membership
  'besluiten', // besluit:Besluit
  'artikels', // besluit:Artikel
  'rechtsgronden', // eli:LegalResource
  'bestuursorganen', // besluit:Bestuursorgaan
  'mandatarissen', // mandaat:Mandataris
  'persoon-mandaat-info', // ext:PersoonMandaatInfo
  'mandaten', // mandaat:Mandaat
  'beleidsdomein-codes', // ext:BeleidsdomeinCode
  'personen', // person:Person
  'identificatoren', // adms:Identifier
  'forms', // form:Form
  'generated-forms', // ext:GeneratedForm
  'form-extensions', // form:Extension
  'form-fields', // form:Field
  'installatievergaderingen', // lmb:Installatievergadering
  'installatievergadering-statussen', // lmb:InstallatievergaderingStatus
  'rechtstreekse-verkiezingen', // mandaat:RechtstreekseVerkiezing
  'kandidatenlijsten', // mandaat:Kandidatenlijst
  'lijsttypes', // ext:KandidatenlijstLijsttype
  'verkiezingsresultaten', // mandaat:Verkiezingsresultaat
  'system-notifications', // ext:SystemNotification
  'bestuurseenheid-contacten', // ext:BestuurseenheidContact
  'verkiezingsresultaat-gevolg-codes', // ext:VerkiezingsresultaatGevolgCode
  'contact-punten', // schema:ContactPoint
  'adressen', // locn:Address
  'concept-schemes', // skos:ConceptScheme
  'concepts', // skos:Concept
  'validationresults', // sh:ValidationResult
  'reports', // sh:ValidationReport
  'silenced-validations', // ext:SilencedValidation
  'feature-flags', // ext:FeatureFlag
  'report-statuses', // ext:ReportStatus
  // classes without a transcribed resource: contacthub:AgentInPositie, persoon:Overlijden, org:Post,
  // form:PropertyGroup, ext:CustomFormType, form:TopLevelForm, form:ValidPhoneNumber,
  // form:RequiredConstraint, ext:ValidUri, astreams:Tombstone
] as const;

export const authorization: Authorization = {
  source: 'lblod/app-lokaal-mandatenbeheer config/cl-authorization/config.lisp',
  groups: [
    {
      // (supply-allowed-group "public") line 166, no query: always supplied.
      // grants: read public (168-170), read common-over-application (247-249).
      name: 'public',
      audience: 'public',
      scope: 'shared',
      read: [...PUBLIC, ...COMMON],
      line: 166,
    },

    // "vendor" (172-195), parameters session_group, session_role: sessions of a vendor API account
    // (`?session muAccount:canActOnBehalfOf/mu:uuid ?session_group; muAccount:account/ext:sessionRole ?session_role`,
    // or, for the Cipal / Green Valley / Remmicom accounts only, the OCMW whose gemeente has an
    // installatievergadering with status a40b8f8a… "klaar voor vergadering").
    // grant: read organization-mandatendatabank (235-237) → …/organizations/<acted-for uuid>/<role>.
    // FORMAT: no Audience for "a vendor session acting on behalf of a bestuur"; UI sessions never get
    // this group, so it is left out rather than widened to 'group'. Would be:
    //   { name: 'vendor', audience: <vendor session>, scope: 'bestuur', read: MANDATENDATABANK, line: 172 }

    {
      // "admin" (197-217), no parameters: ext:sessionRole "LoketLB-admin" (with a session group), or
      // ext:originalSessionRole "LoketLB-admin" while impersonating.
      // grants: read+write sessions (239-241), read+write common-over-application (243-245).
      // FORMAT: "the ORIGINAL session had the role" (impersonation) is not expressible; only the
      // session's own role is.
      name: 'admin',
      audience: { role: 'LoketLB-admin' },
      scope: 'shared',
      read: [...COMMON],
      write: [...COMMON],
      // classes without a transcribed resource: musession:Session (graph sessions)
      line: 197,
    },
    {
      // "logged-in-or-impersonating" (219-229), parameter session_group: ext:sessionGroup/mu:uuid, or
      // ext:originalSessionGroup/mu:uuid (then the impersonator's own bestuur as well).
      // grant: read (organization) (231-233) → …/organizations/<uuid>.
      // FORMAT: the extra graph of the original (impersonating) session group is not expressible.
      name: 'logged-in-or-impersonating',
      audience: 'group',
      scope: 'bestuur',
      read: [...ORGANIZATION],
      line: 219,
    },
    {
      // "authenticated" (251-258), no parameters: a session with ext:sessionGroup/mu:uuid AND ext:sessionRole.
      // grants: read public (273-275), read besluiten (277-279), read sessions (281-283),
      // read view-only-modules (289-291).
      name: 'authenticated',
      audience: 'session',
      scope: 'shared',
      read: [...PUBLIC, ...BESLUITEN],
      // classes without a transcribed resource: musession:Session (graph sessions).
      // Predicate-only grant without a transcribed attribute: besluit:Bestuurseenheid -> ext:viewOnlyModules
      // (graph view-only-modules); the bestuurseenheid resource has no property on ext:viewOnlyModules,
      // so resources never returns it.
      line: 251,
    },

    // "impersonating-authenticated" (260-270), parameter session_group = ext:originalSessionGroup/mu:uuid
    // of a session that also has a current group and role (i.e. while impersonating).
    // grant: read impersonating-sessions (285-287) → http://mu.semte.ch/graphs/sessions/<original uuid>.
    // It grants only musession:Session, which has no transcribed resource.
    // FORMAT: no Audience for "impersonating"; left out (it would read nothing transcribed).

    {
      // "organization-member" (293-299), parameter session_group: any session with ext:sessionGroup/mu:uuid.
      // grant: read organization (301-303) → …/organizations/<uuid>.
      name: 'organization-member',
      audience: 'group',
      scope: 'bestuur',
      read: [...ORGANIZATION],
      line: 293,
    },
    {
      // "mandaat-gebruiker" (305-313), parameters session_group, session_role, with
      // FILTER(?session_role = "LoketLB-mandaatGebruiker").
      // grant: read+write organization-mandatendatabank (332-334)
      //   → http://mu.semte.ch/graphs/organizations/<bestuurseenheid uuid>/LoketLB-mandaatGebruiker.
      name: 'mandaat-gebruiker',
      audience: { role: 'LoketLB-mandaatGebruiker' },
      scope: 'bestuur',
      read: [...MANDATENDATABANK],
      write: [...MANDATENDATABANK],
      line: 305,
    },
    {
      // "politieraad-lezer" (315-325), parameters session_group, session_role:
      // `<SESSION_ID> ext:sessionGroup ?g; ext:sessionRole "LoketLB-mandaatGebruiker". ?g ext:deeltBestuurVan/mu:uuid ?session_group`.
      // grant: read organization-mandatendatabank (327-329) → …/organizations/<PARTNER uuid>/LoketLB-mandaatGebruiker.
      // FORMAT: the graph is that of the bestuur the session's bestuur `ext:deeltBestuurVan` (e.g. the
      // gemeente of a politiezone), not the session's own; 'bestuur' scope can only express the own
      // bestuur, which mandaat-gebruiker already reads. The cross-bestuur read is lost.
      name: 'politieraad-lezer',
      audience: { role: 'LoketLB-mandaatGebruiker' },
      scope: 'bestuur',
      read: [...MANDATENDATABANK],
      line: 315,
    },
  ],
};
