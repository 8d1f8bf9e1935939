// Transcribed from lblod/app-digitaal-loket config/dispatcher/dispatcher.ex at v1.227.0 (bb4942a6): every rule, in file
// order (image semtech/mu-dispatcher:2.1.0-beta.2, docker-compose.yml:46).
//
// - define_accept_types (lines 4-9): html = text/html, application/xhtml+html; json = application/json,
//   application/vnd.api+json; upload = multipart/form-data; any = */*. @html/@json/@upload/@any (lines 11-14).
// - No define_layers: all rules sit in the default layer.
// - `to: 'resource'` covers both http://cache/<path>/ (mu-cache in front of mu-cl-resources) and http://resource/<path>/
//   (mu-cl-resources directly; marked in the trailing comment). Other targets are the docker-compose service (host) the
//   rule forwards to; the trailing comment gives the forwarded URL.
// - Lines 676-686, 701-717 and 731-747 also constrain `reverse_host` (see the FORMAT notes): the format cannot express a
//   host condition, so those rules must be skipped on the fake's host.
// - A commented-out example rule for /themes/*path (lines 22-24) is not a rule.
import type { Dispatcher } from '../../app-spec.js';

export const dispatcher: Dispatcher = {
  source: 'lblod/app-digitaal-loket config/dispatcher/dispatcher.ex',
  rules: [
    { method: 'match', path: '/bestuurseenheden/*path', to: 'resource', line: 26 },
    { method: 'match', path: '/werkingsgebieden/*path', to: 'resource', line: 29 },
    { method: 'match', path: '/bestuurseenheid-classificatie-codes/*path', to: 'resource', line: 32 },
    { method: 'match', path: '/bestuursorganen/*path', to: 'resource', line: 35 },
    { method: 'match', path: '/bestuursorgaan-classificatie-codes/*path', to: 'resource', line: 38 },
    { method: 'match', path: '/fracties/*path', to: 'resource', line: 41 },
    { method: 'match', path: '/fractietypes/*path', to: 'resource', line: 44 },
    { method: 'match', path: '/geboortes/*path', to: 'resource', line: 47 },
    { method: 'match', path: '/lijsttypes/*path', to: 'resource', line: 50 },
    { method: 'match', path: '/kandidatenlijsten/*path', to: 'resource', line: 53 },
    { method: 'match', path: '/lidmaatschappen/*path', to: 'resource', line: 56 },
    { method: 'match', path: '/mandaten/*path', to: 'resource', line: 59 },
    { method: 'match', path: '/bestuursfunctie-codes/*path', to: 'resource', line: 62 },
    { method: 'DELETE', path: '/mandatarissen/:id', to: 'mandataris-archive', line: 65 }, // → "http://mandataris-archive/" <> id <> "/archive"
    { method: 'match', path: '/mandatarissen/*path', to: 'resource', line: 68 },
    { method: 'match', path: '/mandataris-status-codes/*path', to: 'resource', line: 71 },
    { method: 'match', path: '/beleidsdomein-codes/*path', to: 'resource', line: 74 },
    { method: 'match', path: '/personen/*path', to: 'resource', line: 77 },
    { method: 'match', path: '/geslacht-codes/*path', to: 'resource', line: 80 },
    { method: 'match', path: '/nationalities/*path', to: 'resource', line: 84 },
    { method: 'match', path: '/identificatoren/*path', to: 'resource', line: 88 },
    { method: 'match', path: '/tijdsintervallen/*path', to: 'resource', line: 92 },
    { method: 'match', path: '/mock/sessions/*path', to: 'mocklogin', line: 96 }, // → "http://mocklogin/sessions/"; dev only: `mocklogin` is a service of docker-compose.dev.yml
    { method: 'match', path: '/impersonations/*path', to: 'impersonation', line: 100 }, // → "http://impersonation/impersonations/"
    { method: 'match', path: '/gebruikers/*path', to: 'resource', line: 104 },
    { method: 'match', path: '/accounts/*path', to: 'resource', line: 107 },
    { method: 'match', path: '/document-statuses/*path', to: 'resource', line: 111 },
    { method: 'GET', path: '/files/:id/download', to: 'file', line: 114 }, // → "http://file/files/" <> id <> "/download"
    { method: 'GET', path: '/files/*path', to: 'resource', line: 117 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'PATCH', path: '/files/*path', to: 'resource', line: 120 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'POST', path: '/files/*path', to: 'file', line: 123 }, // → "http://file/files/"
    { method: 'POST', path: '/file-service/files/*path', to: 'file', line: 128 }, // → "http://file/files/"
    { method: 'DELETE', path: '/files/*path', to: 'file', line: 131 }, // → "http://file/files/"
    { method: 'match', path: '/file-addresses/*path', to: 'resource', line: 134 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/file-address-cache-statuses/*path', to: 'resource', line: 137 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'POST', path: '/bbcdr-reports/*path', to: 'create-bbcdr', line: 140 }, // → "http://create-bbcdr/bbcdr-reports/"
    { method: 'DELETE', path: '/bbcdr-reports/*path', to: 'resource', line: 143 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'GET', path: '/bbcdr-reports/*path', to: 'resource', line: 146 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'PATCH', path: '/bbcdr-reports/*path', to: 'create-bbcdr', line: 149 }, // → "http://create-bbcdr/bbcdr-reports/"
    { method: 'POST', path: '/validation-executions/*path', to: 'validation', line: 152 }, // → "http://validation/executions/"
    { method: 'GET', path: '/validation-executions/*path', to: 'resource', line: 155 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'GET', path: '/validations/*path', to: 'resource', line: 158 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'GET', path: '/validation-errors/*path', to: 'resource', line: 161 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/invalidations/*path', to: 'resource', line: 166 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/conversaties/*path', to: 'resource', line: 173 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/berichten/*path', to: 'resource', line: 177 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/mailboxes/*path', to: 'resource', line: 184 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/mail-folders/*path', to: 'resource', line: 188 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/emails/*path', to: 'resource', line: 192 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/email-headers/*path', to: 'resource', line: 196 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/log-entries/*path', to: 'resource', line: 204 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/log-levels/*path', to: 'resource', line: 208 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/status-codes/*path', to: 'resource', line: 212 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/log-sources/*path', to: 'resource', line: 216 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/status-codes/*path', to: 'resource', resource: 'acm-idm-service-log-entries', line: 220 }, // http://resource/ (mu-cl-resources without mu-cache); never reached: the rule at line 212 matches /status-codes/* first
    { method: 'match', path: '/bestuursfuncties/*path', to: 'resource', line: 227 },
    { method: 'match', path: '/functionarissen/*path', to: 'resource', line: 231 },
    { method: 'match', path: '/contact-punten/*path', to: 'resource', line: 235 },
    { method: 'match', path: '/adressen/*path', to: 'resource', line: 239 },
    { method: 'match', path: '/functionaris-status-codes/*path', to: 'resource', line: 243 },
    { method: 'match', path: '/employee-datasets/*path', to: 'resource', line: 250 },
    { method: 'match', path: '/employee-period-slices/*path', to: 'resource', line: 254 },
    { method: 'match', path: '/employee-observations/*path', to: 'resource', line: 258 },
    { method: 'match', path: '/employee-time-periods/*path', to: 'resource', line: 262 },
    { method: 'match', path: '/educational-levels/*path', to: 'resource', line: 266 },
    { method: 'match', path: '/working-time-categories/*path', to: 'resource', line: 270 },
    { method: 'match', path: '/employee-legal-statuses/*path', to: 'resource', line: 274 },
    { method: 'match', path: '/employee-unit-measures/*path', to: 'resource', line: 278 },
    { method: 'match', path: '/adressenregister/*path', to: 'adressenregister', line: 285 }, // → "http://adressenregister/"
    { method: 'match', path: '/reports/*path', accept: 'json', to: 'resource', line: 295 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'POST', path: '/melding/*path', to: 'automatic-submission', line: 302 }, // → "http://automatic-submission/melding"
    { method: 'POST', path: '/delete-melding', to: 'clean-up-submission', line: 306 }, // → "http://clean-up-submission/delete-melding"
    { method: 'match', path: '/vendors/*path', accept: 'json', to: 'resource', line: 314 },
    { method: 'match', path: '/authenticity-types/*path', to: 'resource', line: 318 },
    { method: 'match', path: '/tax-types/*path', to: 'resource', line: 322 },
    { method: 'match', path: '/chart-of-accounts/*path', to: 'resource', line: 326 },
    { method: 'match', path: '/submission-document-statuses/*path', to: 'resource', line: 330 },
    { method: 'GET', path: '/submission-forms/*path', to: 'enrich-submission', line: 334 }, // → "http://enrich-submission/submission-documents/"
    { method: 'DELETE', path: '/submissions/*path', to: 'clean-up-submission', line: 338 }, // → "http://clean-up-submission/submissions/"
    { method: 'PUT', path: '/submissions/*path', to: 'resource', line: 342 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'PATCH', path: '/submissions/*path', to: 'resource', line: 346 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'POST', path: '/submissions/*path', to: 'resource', line: 350 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'GET', path: '/submissions/*path', to: 'resource', line: 354 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'PUT', path: '/submission-forms/:id/flatten', to: 'toezicht-flattened-form-data-generator', line: 358 }, // → "http://toezicht-flattened-form-data-generator/submission-documents/" <> id <> "/flatten"
    { method: 'PUT', path: '/submission-forms/:id', to: 'validate-submission', line: 362 }, // → "http://validate-submission/submission-documents/" <> id
    { method: 'POST', path: '/submission-forms/:id/submit', to: 'validate-submission', line: 366 }, // → "http://validate-submission/submission-documents/" <> id <> "/submit"
    { method: 'match', path: '/submission-documents/*path', to: 'resource', line: 370 },
    { method: 'GET', path: '/form-data/*path', to: 'resource', line: 374 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'GET', path: '/concept-schemes/*path', to: 'resource', line: 378 },
    { method: 'GET', path: '/concepts/*path', to: 'resource', line: 382 },
    { method: 'GET', path: '/worship-decisions-cross-reference/search-documents/*path', to: 'worship-decisions-cross-reference', line: 386 }, // → "http://worship-decisions-cross-reference/search-documents/"
    { method: 'GET', path: '/worship-decisions-cross-reference/document-information/*path', to: 'worship-decisions-cross-reference', line: 390 }, // → "http://worship-decisions-cross-reference/document-information/"
    { method: 'match', path: '/rrn/*path', to: 'person-uri-for-social-security-number', line: 397 }, // → "http://person-uri-for-social-security-number/"
    { method: 'GET', path: '/delta-files-share/download/*path', to: 'delta-files-share', line: 404 }, // → "http://delta-files-share/download/"
    { method: 'POST', path: '/sync/mandatarissen/login/*path', to: 'delta-producer-publication-graph-maintainer', line: 411 }, // → "http://delta-producer-publication-graph-maintainer/mandatarissen/login/"
    { method: 'GET', path: '/sync/mandatarissen/files/*path', to: 'delta-producer-publication-graph-maintainer', line: 415 }, // → "http://delta-producer-publication-graph-maintainer/mandatarissen/files/"
    { method: 'POST', path: '/sync/leidinggevenden/login/*path', to: 'delta-producer-publication-graph-maintainer', line: 422 }, // → "http://delta-producer-publication-graph-maintainer/leidinggevenden/login/"
    { method: 'GET', path: '/sync/leidinggevenden/files/*path', to: 'delta-producer-publication-graph-maintainer', line: 426 }, // → "http://delta-producer-publication-graph-maintainer/leidinggevenden/files/"
    { method: 'POST', path: '/sync/submissions/login/*path', to: 'delta-producer-publication-graph-maintainer', line: 433 }, // → "http://delta-producer-publication-graph-maintainer/submissions/login/"
    { method: 'GET', path: '/sync/submissions/files/*path', to: 'delta-producer-publication-graph-maintainer', line: 440 }, // → "http://delta-producer-publication-graph-maintainer/submissions/files/"
    { method: 'POST', path: '/sync/worship-submissions/login/*path', to: 'delta-producer-publication-graph-maintainer', line: 447 }, // → "http://delta-producer-publication-graph-maintainer/worship-submissions/login/"
    { method: 'GET', path: '/sync/worship-submissions/files/*path', to: 'delta-producer-publication-graph-maintainer', line: 454 }, // → "http://delta-producer-publication-graph-maintainer/worship-submissions/files/"
    { method: 'POST', path: '/sync/worship-services-sensitive/login/*path', to: 'delta-producer-publication-graph-maintainer', line: 461 }, // → "http://delta-producer-publication-graph-maintainer/worship-services-sensitive/login/"
    { method: 'GET', path: '/sync/worship-services-sensitive/files/*path', to: 'delta-producer-publication-graph-maintainer', line: 465 }, // → "http://delta-producer-publication-graph-maintainer/worship-services-sensitive/files/"
    { method: 'POST', path: '/sync/persons-sensitive/login/*path', to: 'delta-producer-publication-graph-maintainer', line: 472 }, // → "http://delta-producer-publication-graph-maintainer/persons-sensitive/login/"
    { method: 'GET', path: '/sync/persons-sensitive/files/*path', to: 'delta-producer-publication-graph-maintainer', line: 479 }, // → "http://delta-producer-publication-graph-maintainer/persons-sensitive/files/"
    { method: 'POST', path: '/sync/vendor-management/login/*path', to: 'delta-producer-publication-graph-maintainer', line: 486 }, // → "http://delta-producer-publication-graph-maintainer/vendor-management/login/"
    { method: 'GET', path: '/sync/vendor-management/files/*path', to: 'delta-producer-publication-graph-maintainer', line: 490 }, // → "http://delta-producer-publication-graph-maintainer/vendor-management/files/"
    { method: 'match', path: '/jobs/*path', accept: 'json', to: 'resource', line: 497 },
    { method: 'match', path: '/tasks/*path', to: 'resource', line: 501 },
    { method: 'match', path: '/data-containers/*path', to: 'resource', line: 505 },
    { method: 'match', path: '/job-errors/*path', to: 'resource', line: 509 },
    { method: 'match', path: '/datasets/*path', to: 'resource', line: 516 },
    { method: 'match', path: '/distributions/*path', to: 'resource', line: 520 },
    { method: 'match', path: '/agents-in-position/*path', to: 'resource', line: 527 },
    { method: 'match', path: '/posts/*path', to: 'resource', line: 531 },
    { method: 'match', path: '/worship-mandatees/*path', to: 'resource', line: 535 },
    { method: 'match', path: '/roles/*path', to: 'resource', line: 539 },
    { method: 'match', path: '/organizations/*path', to: 'resource', line: 543 },
    { method: 'match', path: '/worship-administrative-units/*path', to: 'resource', line: 547 },
    { method: 'match', path: '/worship-services/*path', to: 'resource', line: 551 },
    { method: 'match', path: '/recognized-worship-types/*path', to: 'resource', line: 555 },
    { method: 'match', path: '/central-worship-services/*path', to: 'resource', line: 559 },
    { method: 'match', path: '/representative-bodies/*path', to: 'resource', line: 563 },
    { method: 'match', path: '/local-involvements/*path', to: 'resource', line: 567 },
    { method: 'match', path: '/structured-identifiers/*path', to: 'resource', line: 571 },
    { method: 'match', path: '/sites/*path', to: 'resource', line: 575 },
    { method: 'match', path: '/organization-status-codes/*path', to: 'resource', line: 579 },
    { method: 'match', path: '/involvement-types/*path', to: 'resource', line: 583 },
    { method: 'match', path: '/ministers/*path', to: 'resource', line: 587 },
    { method: 'match', path: '/minister-conditions/*path', to: 'resource', line: 591 },
    { method: 'match', path: '/minister-positions/*path', to: 'resource', line: 595 },
    { method: 'match', path: '/minister-position-functions/*path', to: 'resource', line: 599 },
    { method: 'match', path: '/financing-codes/*path', to: 'resource', line: 603 },
    { method: 'match', path: '/minister-condition-criterions/*path', to: 'resource', line: 607 },
    { method: 'match', path: '/document-types-criterions/*path', to: 'resource', line: 611 },
    { method: 'match', path: '/site-types/*path', to: 'resource', line: 615 },
    { method: 'POST', path: '/vendor/login/*path', to: 'vendor-login', line: 623 }, // → "http://vendor-login/sessions"
    { method: 'DELETE', path: '/vendor/logout', to: 'vendor-login', line: 627 }, // → "http://vendor-login/sessions/current"
    { method: 'match', path: '/vendor/sparql', to: 'sparql-authorization-wrapper', line: 636 }, // → "http://sparql-authorization-wrapper/sparql"
    { method: 'GET', path: '/public-services/search/*path', to: 'search', line: 643 }, // → "http://search/public-services/search/"
    { method: 'GET', path: '/bookmarks/*path', to: 'ipdc-bookmarks', line: 647 }, // → "http://ipdc-bookmarks/bookmarks/"
    { method: 'POST', path: '/public-services/:id/bookmarks', to: 'ipdc-bookmarks', line: 651 }, // → "http://ipdc-bookmarks/public-services/" <> id <> "/bookmarks"
    { method: 'DELETE', path: '/bookmarks/*path', to: 'ipdc-bookmarks', line: 655 }, // → "http://ipdc-bookmarks/bookmarks/"
    { method: 'GET', path: '/public-services/*path', to: 'resource', line: 659 },
    { method: 'GET', path: '/procedures/*path', to: 'resource', line: 663 },
    { method: 'GET', path: '/websites/*path', to: 'resource', line: 667 },
    // The rule also requires `reverse_host: ["new-loket" | _rest]` (a host new-loket.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'frontend-new-loket', host: 'new-loket', line: 676 }, // → "http://frontend-new-loket/assets/"
    // The rule also requires `reverse_host: ["new-loket" | _rest]` (a host new-loket.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'frontend-new-loket', host: 'new-loket', line: 680 }, // → "http://frontend-new-loket/@appuniversum/"
    // The rule also requires `reverse_host: ["new-loket" | _rest]` (a host new-loket.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend-new-loket', host: 'new-loket', line: 684 }, // → "http://frontend-new-loket/index.html"; no docker-compose service is called frontend-new-loket
    { method: 'POST', path: '/vendor/berichtencentrum/melding/*path', to: 'berichtencentrum-melding', line: 691 }, // → "http://berichtencentrum-melding/melding"
    // The rule also requires `reverse_host: ["dashboard" | _rest]` (a host dashboard.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'match', path: '/sessions/*path', to: 'login-dashboard', host: 'dashboard', line: 701 }, // → "http://login-dashboard/sessions/"; WOULD SHADOW the Loket login (line 761) if the host condition were ignored
    // The rule also requires `reverse_host: ["dashboard" | _rest]` (a host dashboard.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'dashboard', host: 'dashboard', line: 707 }, // → "http://dashboard/assets/"
    // The rule also requires `reverse_host: ["dashboard" | _rest]` (a host dashboard.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'dashboard', host: 'dashboard', line: 711 }, // → "http://dashboard/@appuniversum/"
    // The rule also requires `reverse_host: ["dashboard" | _rest]` (a host dashboard.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'match', path: '/*_path', accept: 'html', to: 'dashboard', host: 'dashboard', line: 715 }, // → "http://dashboard/index.html"
    { method: 'match', path: '/remote-data-objects/*path', to: 'resource', line: 721 }, // http://resource/ (mu-cl-resources without mu-cache)
    // The rule also requires `reverse_host: ["vendor-management" | _rest]` (a host vendor-management.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'match', path: '/sessions/*path', to: 'login-vendor-management', host: 'vendor-management', line: 731 }, // → "http://login-vendor-management/sessions/"; WOULD SHADOW the Loket login (line 761) if the host condition were ignored
    // The rule also requires `reverse_host: ["vendor-management" | _rest]` (a host vendor-management.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'vendor-management', host: 'vendor-management', line: 737 }, // → "http://vendor-management/assets/"
    // The rule also requires `reverse_host: ["vendor-management" | _rest]` (a host vendor-management.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'vendor-management', host: 'vendor-management', line: 741 }, // → "http://vendor-management/@appuniversum/"
    // The rule also requires `reverse_host: ["vendor-management" | _rest]` (a host vendor-management.…); the format has no
    // host condition. On any other host (the fake's) the real rule never matches.
    { method: 'match', path: '/*_path', accept: 'html', to: 'vendor-management', host: 'vendor-management', line: 745 }, // → "http://vendor-management/index.html"
    { method: 'match', path: '/sessions/*path', to: 'login-loket', line: 761 }, // → "http://login-loket/sessions/"; the Loket's acmidm-login-service (docker-compose service `login-loket`)
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'loket', line: 767 }, // → "http://loket/assets/"; static files of the Loket frontend container (docker-compose service `loket`)
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'loket', line: 771 }, // → "http://loket/@appuniversum/"; static files of the Loket frontend container (docker-compose service `loket`)
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend', line: 775 }, // → "http://loket/index.html" (the Ember app)
    { method: 'GET', path: '/health/accounts', to: 'resource', resource: 'accounts', line: 783 }, // http://resource/ (mu-cl-resources without mu-cache)
    { method: 'match', path: '/*_', to: 'not-found', line: 791 }, // send_resp(conn, 404, …) at line 792
  ],
  // line 792: send_resp( conn, 404, "Route not found.  See config/dispatcher.ex" ) — two spaces after the full stop.
  notFoundBody: 'Route not found.  See config/dispatcher.ex',
};
