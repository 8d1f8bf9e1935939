// Transcribed from lblod/app-digitaal-loket config/authorization/config.ex at v1.227.0 (bb4942a6).
//
// docker-compose.yml:77-92 runs semtech/mu-authorization:feature-service-roam-r1.1 with ./config/authorization mounted,
// which reads config.ex; config.lisp belongs to sparql-parser, whose service is commented out (docker-compose.yml:61-76).
// mu-identifier's default allowed groups (no session) are clean + public (docker-compose.yml:40).
//
// Access functions (config.ex:12-119):
//   access_by_role(role)                 vars [session_group, session_role]: the session has ext:sessionGroup/mu:uuid and
//                                        ext:sessionRole "<role>" → graph …/organizations/<bestuur uuid>/<role> (12-16, 24-32)
//   access_by_role_for_single_graph(role) same query, vars [] → the graph as written (18-22)
//   can_access_automatic_submission()    ext:sessionRole "VMTGebruiker", vars [] (34-45)
//   is_authenticated()                   any ext:sessionGroup + any ext:sessionRole, vars [] (47-59)
//   access_sensitive_delta_producer_data() muAccount:account → foaf:member group's foaf:name, vars [group_name] (61-79)
//   access_for_vendor_api()              muAccount:canActOnBehalfOf + muAccount:account, vars [vendor_id, session_group] (81-95)
//   is_admin()                           "LoketLB-admin" as ext:sessionRole OR ext:originalSessionRole, vars [] (97-119)
//
// Types are resource paths of the transcribed domain (domain/index.ts). A grant of a class also covers the records of
// its subclasses that carry that rdf:type (besluit:Bestuurseenheid → worship-administrative-units, worship-services …):
// only the class's own path is listed. `path#attr` = a predicate-only grant (%NoPredicates{ except: [...] }).
// Classes without a transcribed resource are listed per group in a trailing comment.
import type { Authorization } from '../../app-spec.js';

export const authorization: Authorization = {
  source: 'lblod/app-digitaal-loket config/authorization/config.ex',
  groups: [
    // "public", useage [:read], %AlwaysAccessible{}. Graph http://mu.semte.ch/graphs/public (134-213) and graph
    // http://mu.semte.ch/graphs/sessions with %ResourceFormatConstraint{ resource_prefix: "http://mu.semte.ch/sessions/" }
    // (214-218): the session resources themselves, no resource type of the domain.
    {
      name: 'public',
      audience: 'public',
      scope: 'shared',
      read: [
        'document-statuses', // ext:DocumentStatus (144)
        'files', // nfo:FileDataObject (145)
        'werkingsgebieden', // prov:Location (155)
        'bestuurseenheid-classificatie-codes', // ext:BestuurseenheidClassificatieCode (156)
        'bestuursorganen', // besluit:Bestuursorgaan (157)
        'bestuursorgaan-classificatie-codes', // ext:BestuursorgaanClassificatieCode (158)
        'rechtsgronden-besluit', // eli:LegalResource (168)
        'roles', // org:Role (174)
        'bestuurseenheden', // besluit:Bestuurseenheid (175)
        'functionaris-status-codes', // lblodlg:FunctionarisStatusCode (176)
        'bestuursfuncties', // lblodlg:Bestuursfunctie (177)
        'chart-of-accounts', // ext:ChartOfAccount (187)
        'authenticity-types', // ext:AuthenticityType (188)
        'tax-types', // ext:TaxType (189)
        'submission-document-statuses', // ext:SubmissionDocumentStatus (190)
        'zittingen', // besluit:Zitting (191)
        'agendapunten', // besluit:Agendapunt (192)
        'behandelingen-van-agendapunten', // besluit:BehandelingVanAgendapunt (193)
        'concept-schemes', // skos:ConceptScheme (194)
        'concepts', // skos:Concept (195)
        'organizations', // org:Organization (202)
        'minister-position-functions', // code:EredienstBeroepen (203)
        'financing-codes', // code:BedienaarFinancieringCode (204)
        'minister-condition-criterions', // code:VoorwaardenBedienaarCriterium (205)
        'document-types-criterions', // code:BedienaarCriteriumBewijsstuk (206)
        'site-types', // code:TypeVestiging (207)
        'organization-status-codes', // code:OrganisatieStatusCode (208)
        'involvement-types', // code:TypeBetrokkenheid (209)
        'recognized-worship-types', // code:TypeEredienst (210)
      ],
      // classes without a transcribed resource: validation:Execution, validation:Validation, validation:Error (138-140),
      // ext:FormNode, ext:FormInput, ext:DynamicSubform (141-143), toezicht:InzendingType, toezicht:DecisionType,
      // toezicht:TaxType, toezicht:Nomenclature, toezicht:FiscalPeriod, toezicht:DeliveryReportType,
      // toezicht:AccountAcceptanceStatus, toezicht:DocumentAuthenticityType, toezicht:RegulationType (146-154),
      // ext:Fractietype, ext:KandidatenlijstType, mandaat:Kandidatenlijst, mandaat:Mandaat, ext:BestuursfunctieCode,
      // ext:MandatarisStatusCode, ext:BeleidsdomeinCode, ext:GeslachtCode, euvoc:Country (159-167),
      // mandaat:RechtsgrondAanstelling, mandaat:RechtsgrondBeeindiging, mandaat:RechtstreekseVerkiezing,
      // mandaat:Verkiezingsresultaat, ext:VerkiezingsresultaatGevolgCode (169-173), rlog:Entry, rlog:Level, rlog:StatusCode, ext:LogSource (178-181),
      // empl:EmployeeTimePeriod, empl:UnitMeasure, empl:EducationalLevel, empl:WorkingTimeCategory, empl:LegalStatus
      // (182-186), m8g:PeriodOfTime, m8g:Criterion, m8g:RequirementGroup, m8g:CriterionRequirement, m8g:Requirement
      // (196-200), foaf:Document (201), code:HelftVerkiezing (211)
      line: 130,
    },
    // "public-r", useage [:read], is_authenticated().
    {
      name: 'public-r',
      audience: 'session',
      scope: 'shared',
      read: [
        // graph http://mu.semte.ch/graphs/authenticated/public (223-232): besluit:Bestuurseenheid, %NoPredicates{ except:
        // [ext:viewOnlyModules] }
        'bestuurseenheden#view-only-modules',
        // graph http://mu.semte.ch/graphs/ipdc/ldes-data (233-248)
        'public-services', // ipdc:InstancePublicServiceSnapshot (237)
        'websites', // schema:WebSite (239)
        'contact-punten', // schema:ContactPoint (243)
        'adressen', // locn:Address (244)
        'procedures', // cpsv:Rule (245)
        'rechtsgronden-besluit', // eli:LegalResource (246)
      ],
      // classes without a transcribed resource: ipdc:FinancialAdvantage (238), m8g:Requirement, m8g:Cost, m8g:Evidence
      // (240-242)
      line: 219,
    },
    // "public-wf", useage [:write, :read_for_write], %AlwaysAccessible{}. Graph http://mu.semte.ch/graphs/public (253-260).
    // It grants no read.
    {
      name: 'public-wf',
      audience: 'public',
      scope: 'shared',
      read: [],
      write: [
        'mail-folders', // nfo:Folder (258, "#TODO: not sure why this is here")
      ],
      // classes without a transcribed resource: ext:BeleidsdomeinCode (257)
      line: 249,
    },
    // "org", useage [:read], vars [session_group] from ext:sessionGroup/mu:uuid UNION ext:originalSessionGroup/mu:uuid
    // (265-275): no role needed. Graph http://mu.semte.ch/graphs/organizations/<session_group> (276-286).
    // FORMAT: while impersonating (ext:originalSessionGroup), the original bestuur's graph is readable as well as the
    // impersonated one's; the format has one bestuur per session.
    {
      name: 'org',
      audience: 'group',
      scope: 'bestuur',
      read: [
        'gebruikers', // foaf:Person (280)
        'accounts', // foaf:OnlineAccount (281)
        'vendors', // ext:Vendor (285)
      ],
      // classes without a transcribed resource: adms:Identifier (282)
      line: 262,
    },
    // "o-bbcdr-rwf", useage [:read, :write, :read_for_write], access_by_role("LoketLB-bbcdrGebruiker").
    // Graph …/organizations/<bestuur>/LoketLB-bbcdrGebruiker (293-299).
    {
      name: 'o-bbcdr-rwf',
      audience: { role: 'LoketLB-bbcdrGebruiker' },
      scope: 'bestuur',
      read: ['files'], // nfo:FileDataObject (298)
      write: ['files'],
      // classes without a transcribed resource: bbcdr:Report (297)
      line: 289,
    },
    // "o-toez-rwf", useage [:read, :write, :read_for_write], access_by_role("LoketLB-toezichtGebruiker").
    // Graph …/organizations/<bestuur>/LoketLB-toezichtGebruiker (306-330).
    {
      name: 'o-toez-rwf',
      audience: { role: 'LoketLB-toezichtGebruiker' },
      scope: 'bestuur',
      read: [
        'jobs', // cogs:Job (310)
        'file-addresses', // ext:FileAddress (315)
        'submissions', // meb:Submission (317)
        'submission-documents', // ext:SubmissionDocument (318)
        'tax-rates', // lblodBesluit:TaxRate (319)
        'form-data', // melding:FormData (320)
        'files', // nfo:FileDataObject (321)
        'data-containers', // nfo:DataContainer (322)
        'remote-data-objects', // nfo:RemoteDataObject (324)
        'tasks', // task:Task (328)
      ],
      write: ['jobs', 'file-addresses', 'submissions', 'submission-documents', 'tax-rates', 'form-data', 'files', 'data-containers', 'remote-data-objects', 'tasks'],
      // classes without a transcribed resource: toezicht:InzendingVoorToezicht, toezicht:TaxRate,
      // toezicht:SimplifiedTaxRate (311-313), ext:FormSolution (314), foaf:Document (316), nfo:LocalFileDataObject (323),
      // http://lblod.data.gift/services/Service (325), hrvst:HarvestingCollection (326), task:Operation (327),
      // cogs:ExecutionStatus (329)
      line: 302,
    },
    // "o-toezicht-vendor-management-rwf", useage [:read, :write, :read_for_write], can_access_automatic_submission()
    // (role "VMTGebruiker", vars []).
    {
      name: 'o-toezicht-vendor-management-rwf',
      audience: { role: 'VMTGebruiker' },
      scope: 'shared',
      read: [
        // graph http://mu.semte.ch/graphs/automatic-submission (337-343)
        'vendors', // ext:Vendor (341)
        'bestuurseenheden', // besluit:Bestuurseenheid (342)
        // graph http://mu.semte.ch/graphs/authenticated/public (344-353): besluit:Bestuurseenheid, only ext:viewOnlyModules
        'bestuurseenheden#view-only-modules',
      ],
      write: ['vendors', 'bestuurseenheden', 'bestuurseenheden#view-only-modules'],
      line: 333,
    },
    // "o-leidinggevende-rwf", useage [:read, :write, :read_for_write], access_by_role("LoketLB-leidinggevendenGebruiker").
    // Graph …/organizations/<bestuur>/LoketLB-leidinggevendenGebruiker (361-379).
    {
      name: 'o-leidinggevende-rwf',
      audience: { role: 'LoketLB-leidinggevendenGebruiker' },
      scope: 'bestuur',
      read: [
        'agents-in-position', // ch:AgentInPositie (365)
        'contact-punten', // schema:ContactPoint (366)
        'adressen', // locn:Address (367)
        'functionarissen', // lblodlg:Functionaris (368)
      ],
      write: ['agents-in-position', 'contact-punten', 'adressen', 'functionarissen'],
      // classes without a transcribed resource: persoon:Geboorte (369), person:Person (370), adms:Identifier (371).
      // FORMAT: predicate-only, lblodlg:Bestuursfunctie with only schema:contactPoint (its `contactinfo` link in
      // slave-leidinggevenden-domain.lisp) (373-379): `path#name` grants attributes only, so this link grant is not
      // expressed; the link is readable where the (public) bestuursfunctie is.
      line: 357,
    },
    // "o-messaging-rwf", useage [:read, :write, :read_for_write], access_by_role("LoketLB-berichtenGebruiker").
    // Graph …/organizations/<bestuur>/LoketLB-berichtenGebruiker (386-403).
    {
      name: 'o-messaging-rwf',
      audience: { role: 'LoketLB-berichtenGebruiker' },
      scope: 'bestuur',
      read: [
        'berichten', // schema:Message (390)
        'conversaties', // schema:Conversation (391)
        'files', // nfo:FileDataObject (392)
        // besluit:Bestuurseenheid, %NoPredicates{ except: [ext:mailAdresVoorNotificaties, ext:wilMailOntvangen] } (394-403)
        'bestuurseenheden#mail-adres',
        'bestuurseenheden#wil-mail-ontvangen',
      ],
      write: ['berichten', 'conversaties', 'files', 'bestuurseenheden#mail-adres', 'bestuurseenheden#wil-mail-ontvangen'],
      line: 382,
    },
    // "o-employee-database-rwf", useage [:read, :write, :read_for_write], access_by_role("LoketLB-personeelsbeheer").
    // Graph …/organizations/<bestuur>/LoketLB-personeelsbeheer (410-418).
    {
      name: 'o-employee-database-rwf',
      audience: { role: 'LoketLB-personeelsbeheer' },
      scope: 'bestuur',
      read: [],
      write: [],
      // classes without a transcribed resource: empl:EmployeeDataset, empl:EmployeePeriodSlice, empl:EmployeeObservation
      // (414-416)
      line: 406,
    },
    // "o-worship-positions-rwf" (first of two with this name), useage [:read, :write, :read_for_write],
    // access_by_role("LoketLB-eredienstMandaatGebruiker"). Graph …/organizations/<bestuur>/LoketLB-eredienstMandaatGebruiker
    // (425-448).
    {
      name: 'o-worship-positions-rwf',
      audience: { role: 'LoketLB-eredienstMandaatGebruiker' },
      scope: 'bestuur',
      read: [
        'agents-in-position', // ch:AgentInPositie (429)
        'mandatarissen', // mandaat:Mandataris (433)
        'contact-punten', // schema:ContactPoint (434)
        'adressen', // locn:Address (435)
        'sites', // org:Site (437)
        'worship-mandatees', // ere:EredienstMandataris (438)
        'worship-administrative-units', // ere:EredienstBestuurseenheid (439)
        'worship-services', // ere:BestuurVanDeEredienst (440)
        'central-worship-services', // ere:CentraalBestuurVanDeEredienst (441)
        'representative-bodies', // ere:RepresentatiefOrgaan (442)
        'local-involvements', // ere:BetrokkenLokaleBesturen (443)
      ],
      write: [
        'agents-in-position', 'mandatarissen', 'contact-punten', 'adressen', 'sites', 'worship-mandatees', 'worship-administrative-units',
        'worship-services', 'central-worship-services', 'representative-bodies', 'local-involvements',
      ],
      // classes without a transcribed resource: adms:Identifier (430), person:Person (431), persoon:Geboorte (432),
      // org:Post (436), https://data.vlaanderen.be/ns/generiek#GestructureerdeIdentificator (444; NOTE the https: the
      // structured-identifier resource's class is generiek:GestructureerdeIdentificator with the http:// prefix of
      // repository.lisp:9, so this grant does not cover `structured-identifiers`), code:HelftVerkiezing (445),
      // prov:Invalidation (446)
      line: 421,
    },
    // "o-worship-positions-rwf" (second), useage [:read, :write, :read_for_write],
    // access_by_role("LoketLB-eredienstBedienaarGebruiker").
    // Graph …/organizations/<bestuur>/LoketLB-eredienstBedienaarGebruiker (455-478).
    {
      name: 'o-worship-positions-rwf',
      audience: { role: 'LoketLB-eredienstBedienaarGebruiker' },
      scope: 'bestuur',
      read: [
        'mandatarissen', // mandaat:Mandataris (462)
        'contact-punten', // schema:ContactPoint (463)
        'adressen', // locn:Address (464)
        'agents-in-position', // ch:AgentInPositie (465)
        'sites', // org:Site (467)
        'worship-administrative-units', // ere:EredienstBestuurseenheid (468)
        'worship-services', // ere:BestuurVanDeEredienst (469)
        'central-worship-services', // ere:CentraalBestuurVanDeEredienst (470)
        'representative-bodies', // ere:RepresentatiefOrgaan (471)
        'local-involvements', // ere:BetrokkenLokaleBesturen (472)
        'ministers', // ere:RolBedienaar (473)
        'minister-conditions', // ere:VoorwaardenBedienaar (474)
      ],
      write: [
        'mandatarissen', 'contact-punten', 'adressen', 'agents-in-position', 'sites', 'worship-administrative-units', 'worship-services',
        'central-worship-services', 'representative-bodies', 'local-involvements', 'ministers', 'minister-conditions',
      ],
      // classes without a transcribed resource: adms:Identifier (459), person:Person (460), persoon:Geboorte (461),
      // org:Post (466), ere:PositieBedienaar (475), https://data.vlaanderen.be/ns/generiek#GestructureerdeIdentificator
      // (476; https, see the group above)
      line: 451,
    },
    // "o-vendor-api-r", useage [:read], access_for_vendor_api(): sessions made by the vendor login (vendor-login service,
    // /vendor/login) that carry muAccount:canActOnBehalfOf and muAccount:account. Graph
    // http://mu.semte.ch/graphs/vendors/<vendor_id>/<session_group> (485-496).
    // FORMAT: no Audience expresses "a vendor API session"; `{ role: [] }` (no role qualifies) stands for it, since no
    // Loket frontend session ever has muAccount:canActOnBehalfOf. The graph is per vendor AND bestuur.
    {
      name: 'o-vendor-api-r',
      audience: { role: [] },
      scope: 'bestuur',
      read: [
        'submissions', // meb:Submission (489)
        'submission-documents', // ext:SubmissionDocument (490)
        'form-data', // melding:FormData (491)
        'conversaties', // schema:Conversation (492)
        'berichten', // schema:Message (493)
        'jobs', // cogs:Job (494)
        'files', // nfo:FileDataObject (495)
      ],
      line: 481,
    },
    // "o-admin-sessions-rwf", useage [:read, :write, :read_for_write], is_admin(). Graph http://mu.semte.ch/graphs/sessions
    // with %ResourceFormatConstraint{ resource_prefix: "http://mu.semte.ch/sessions/" } (503-510): sessions only, no
    // resource type of the domain.
    // FORMAT: is_admin() also accepts "LoketLB-admin" as ext:originalSessionRole (an admin who impersonates).
    {
      name: 'o-admin-sessions-rwf',
      audience: { role: 'LoketLB-admin' },
      scope: 'shared',
      read: [],
      write: [],
      line: 499,
    },
    // "o-admin-rwf" (first), useage [:read, :write, :read_for_write], access_by_role("LoketAdmin").
    // Graph …/organizations/<bestuur>/LoketAdmin (518-528).
    {
      name: 'o-admin-rwf',
      audience: { role: 'LoketAdmin' },
      scope: 'bestuur',
      read: [
        'jobs', // cogs:Job (523)
        'job-errors', // oslc:Error (524)
        'data-containers', // nfo:DataContainer (525, and again 527)
        'files', // nfo:FileDataObject (526)
      ],
      write: ['jobs', 'job-errors', 'data-containers', 'files'],
      // classes without a transcribed resource: http://lblod.data.gift/vocabularies/reporting/Report (522)
      line: 513,
    },
    // "o-admin-rwf" (second), useage [:read, :write, :read_for_write], access_by_role_for_single_graph("LoketAdmin").
    // Graph http://mu.semte.ch/graphs/harvesting (536-546).
    {
      name: 'o-admin-rwf',
      audience: { role: 'LoketAdmin' },
      scope: 'shared',
      read: [
        'jobs', // cogs:Job (541)
        'job-errors', // oslc:Error (542)
        'data-containers', // nfo:DataContainer (543, and again 545)
        'files', // nfo:FileDataObject (544)
      ],
      write: ['jobs', 'job-errors', 'data-containers', 'files'],
      // classes without a transcribed resource: http://lblod.data.gift/vocabularies/reporting/Report (540)
      line: 531,
    },
    // "o-persons-sensitive-deltas-rwf", useage [:read], access_sensitive_delta_producer_data(): delta-consumer sessions
    // (muAccount:account of a foaf:Agent member of a group with foaf:name). Graph
    // http://redpencil.data.gift/id/deltas/producer/<group_name> (553-560).
    // FORMAT: no Audience expresses "a delta-consumer session"; `{ role: [] }` stands for it (no Loket session qualifies).
    {
      name: 'o-persons-sensitive-deltas-rwf',
      audience: { role: [] },
      scope: 'shared',
      read: [
        'files', // nfo:FileDataObject (557)
      ],
      // classes without a transcribed resource: dcat:Dataset, dcat:Distribution (558-559)
      line: 549,
    },
    // Not an allowed group: %GraphCleanup{ originating_graph: "http://mu.semte.ch/application", useage: [:write],
    // name: "clean" } (570-574), which moves written triples out of the application graph.
  ],
};
