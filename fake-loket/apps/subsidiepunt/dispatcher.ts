// Transcribed from lblod/app-subsidiepunt config/dispatcher/dispatcher.ex at v2.26.0-1-gb3cee9a (b3cee9ab, 2026-05-08),
// every rule in file order. mu-dispatcher image: semtech/mu-dispatcher (docker-compose.yml `dispatcher`).
//
// Accept types (dispatcher.ex:4-9): html = text/html, application/xhtml+html; json = application/json,
// application/vnd.api+json; upload = multipart/form-data; any = */*. `@json` etc. (l.11-14) are
// `%{ accept: %{ json: true } }`. No `define_layers`: the default layers.
// `to: 'resource'` covers both http://cache/<path>/ (mu-cache in front of mu-cl-resources) and
// http://resource/<path>/; the comment says which. Every resource rule forwards to its own path.
//
// 23 rules (l.284-404) carry a `reverse_host` constraint (the dev/prod hosts of the subsidiedatabank,
// insights and dashboard frontends): `host` below, which the fake never is. Ignoring it would let the first of them
// (l.284 /sessions → login-subsidiedatabank, l.298 /*_path html → frontend-subsidiedatabank) shadow the
// Subsidiepunt rules at l.420-436. Services only in docker-compose.dev.yml: mocklogin,
// subsidy-applications-retrieval, frontend-subsidie-management.
//
// Resources with no route at all (so they 404, or give index.html for an html / */* Accept):
// subsidy-requests, monetary-amounts, identifiers, werkingsgebieden, bestuursorganen, bank-accounts,
// time-blocks, application-form-tables, engagement-tables, …; writes to GET-only paths
// (e.g. PATCH /subsidy-measure-offers) fall through the same way.
import type { Dispatcher } from '../../app-spec.js';

export const dispatcher: Dispatcher = {
  source: 'lblod/app-subsidiepunt config/dispatcher/dispatcher.ex',
  rules: [
    // ---- Frontend resources (dispatcher.ex:17)
    { method: 'GET', path: '/organizations/*path', accept: 'json', to: 'resource', line: 20 }, // cache
    { method: 'GET', path: '/organization-classification-codes/*path', accept: 'json', to: 'resource', line: 24 }, // cache
    { method: 'GET', path: '/bestuurseenheden/*path', accept: 'json', to: 'resource', line: 28 }, // cache
    { method: 'GET', path: '/bestuurseenheid-classificatie-codes/*path', accept: 'json', to: 'resource', line: 32 }, // cache
    { method: 'GET', path: '/submission-document-statuses/*path', accept: 'json', to: 'resource', line: 36 }, // cache
    { method: 'GET', path: '/remote-urls/*path', accept: 'json', to: 'resource', line: 41 }, // resource

    // ---- Frontend dashboard resources (dispatcher.ex:46)
    { method: 'GET', path: '/log-entries/*path', accept: 'json', to: 'resource', line: 50 }, // resource
    { method: 'match', path: '/job-errors/*path', to: 'resource', line: 54 }, // cache
    { method: 'match', path: '/log-levels/*path', to: 'resource', line: 58 }, // resource
    { method: 'match', path: '/log-sources/*path', to: 'resource', line: 62 }, // resource
    { method: 'GET', path: '/reports/*path', accept: 'json', to: 'resource', line: 66 }, // resource
    { method: 'GET', path: '/form-data/*path', to: 'resource', line: 70 }, // resource
    { method: 'GET', path: '/concept-schemes/*path', to: 'resource', line: 74 }, // cache
    { method: 'GET', path: '/concepts/*path', to: 'resource', line: 78 }, // cache
    { method: 'match', path: '/jobs/*path', accept: 'json', to: 'resource', line: 82 }, // cache
    { method: 'match', path: '/tasks/*path', accept: 'json', to: 'resource', line: 86 }, // cache
    { method: 'GET', path: '/data-containers/*path', accept: 'json', to: 'resource', line: 90 }, // cache
    { method: 'GET', path: '/job-errors/*path', accept: 'json', to: 'resource', line: 94 }, // cache

    // ---- Files (dispatcher.ex:99)
    { method: 'GET', path: '/files/:id/download', to: 'file', line: 102 }, // http://file/files/ <> id <> "/download"
    { method: 'GET', path: '/files/*path', accept: 'json', to: 'resource', line: 107 }, // resource
    { method: 'PATCH', path: '/files/*path', accept: 'json', to: 'resource', line: 112 }, // resource
    { method: 'POST', path: '/files/*path', to: 'file', line: 116 }, // http://file/files/
    { method: 'DELETE', path: '/files/*path', to: 'file', line: 120 }, // http://file/files/

    // ---- Session management (dispatcher.ex:126)
    { method: 'match', path: '/impersonations/*path', accept: 'json', to: 'impersonation', line: 129 }, // http://impersonation/impersonations/
    { method: 'match', path: '/mock/sessions/*path', accept: 'json', to: 'mocklogin', line: 133 }, // http://mocklogin/sessions/
    { method: 'GET', path: '/gebruikers/*path', accept: 'json', to: 'resource', line: 137 }, // cache
    { method: 'match', path: '/accounts/*path', accept: 'json', to: 'resource', line: 142 }, // resource

    // ---- Job management (dispatcher.ex:147)
    { method: 'match', path: '/job-initiator/*path', to: 'delta-producer-background-jobs-initiator-subsidies', line: 150 }, // http://delta-producer-background-jobs-initiator-subsidies/

    // ---- delta-files-share (dispatcher.ex:155)
    { method: 'GET', path: '/delta-files-share/download/*path', to: 'delta-files-share', line: 158 }, // http://delta-files-share/download/

    // ---- loket-subsidies sync (dispatcher.ex:163)
    { method: 'POST', path: '/sync/subsidies/login/*path', to: 'delta-producer-publication-graph-maintainer-subsidies', line: 166 }, // http://delta-producer-publication-graph-maintainer-subsidies/login/
    { method: 'GET', path: '/sync/subsidies/files/*path', to: 'delta-producer-publication-graph-maintainer-subsidies', line: 170 }, // http://delta-producer-publication-graph-maintainer-subsidies/files/

    // ---- LDES-producer (dispatcher.ex:175)
    { method: 'GET', path: '/streams/ldes/subsidies/*path', to: 'ldes-backend', line: 178 }, // http://ldes-backend/

    // ---- subsidy-applications: resources (dispatcher.ex:183)
    { method: 'match', path: '/subsidy-measure-consumptions/*path', accept: 'json', to: 'resource', line: 186 }, // cache
    { method: 'GET', path: '/subsidy-measure-consumption-statuses/*path', accept: 'json', to: 'resource', line: 190 }, // cache
    { method: 'GET', path: '/subsidy-measure-offers/*path', accept: 'json', to: 'resource', line: 194 }, // cache
    { method: 'GET', path: '/subsidy-measure-offer-series/*path', accept: 'json', to: 'resource', line: 198 }, // cache
    { method: 'GET', path: '/subsidy-application-flows/*path', accept: 'json', to: 'resource', line: 202 }, // cache
    { method: 'GET', path: '/subsidy-application-flow-steps/*path', accept: 'json', to: 'resource', line: 206 }, // cache
    { method: 'GET', path: '/subsidy-procedural-steps/*path', accept: 'json', to: 'resource', line: 210 }, // cache
    { method: 'GET', path: '/periods-of-time/*path', accept: 'json', to: 'resource', line: 214 }, // cache
    { method: 'match', path: '/criteria/*path', to: 'resource', line: 218 }, // cache
    { method: 'match', path: '/requirement-groups/*path', to: 'resource', line: 222 }, // cache
    { method: 'match', path: '/criterion-requirements/*path', to: 'resource', line: 226 }, // cache
    { method: 'match', path: '/participations/*path', accept: 'json', to: 'resource', line: 230 }, // cache
    { method: 'match', path: '/subsidy-application-forms/*path', accept: 'json', to: 'resource', line: 234 }, // cache

    // ---- subsidy-applications: custom API endpoints (dispatcher.ex:239)
    { method: 'match', path: '/management-form-file/*path', to: 'subsidy-applications-retrieval', line: 242 }, // http://subsidy-applications-retrieval/form-file/
    { method: 'match', path: '/case-number-generator/*path', to: 'case-number-generator', line: 246 }, // http://case-number-generator/
    { method: 'GET', path: '/management-application-forms/*path', accept: 'json', to: 'subsidy-applications-management', line: 250 }, // http://subsidy-applications-management/semantic-forms/
    { method: 'PUT', path: '/management-application-forms/*path', accept: 'json', to: 'subsidy-applications-management', line: 254 }, // http://subsidy-applications-management/semantic-forms/
    { method: 'DELETE', path: '/management-application-forms/*path', accept: 'json', to: 'subsidy-applications-management', line: 258 }, // http://subsidy-applications-management/semantic-forms/
    { method: 'POST', path: '/management-application-forms/:id/submit', accept: 'json', to: 'subsidy-applications-management', line: 262 }, // http://subsidy-applications-management/semantic-forms/ <> id <> "/submit"
    { method: 'match', path: '/flow-management/*path', to: 'subsidy-application-flow-management', line: 266 }, // http://subsidy-application-flow-management/flow/

    // ---- Search Forms (dispatcher.ex:271)
    { method: 'GET', path: '/search-query-forms/*path', accept: 'any', to: 'form-data-management', line: 274 }, // http://form-data-management/search-query-forms/

    // ---- Subsidiedatabank DEV (dispatcher.ex:279)
    { method: 'match', path: '/sessions/*path', to: 'login-subsidiedatabank', host: 'dev.subsidiedatabank', line: 284 }, // http://login-subsidiedatabank/sessions/; reverse_host: ["dev", "subsidiedatabank" | _rest]
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'frontend-subsidiedatabank', host: 'dev.subsidiedatabank', line: 290 }, // http://frontend-subsidiedatabank/assets/; reverse_host: ["dev", "subsidiedatabank" | _rest]
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'frontend-subsidiedatabank', host: 'dev.subsidiedatabank', line: 294 }, // http://frontend-subsidiedatabank/@appuniversum/; reverse_host: ["dev", "subsidiedatabank" | _rest]
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend-subsidiedatabank', host: 'dev.subsidiedatabank', line: 298 }, // http://frontend-subsidiedatabank/index.html; reverse_host: ["dev", "subsidiedatabank" | _rest]

    // ---- Subsidie management (insights) DEV (dispatcher.ex:303)
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'frontend-subsidie-management', host: 'dev.insights', line: 307 }, // http://frontend-subsidie-management/assets/; reverse_host: ["dev", "insights" | _rest]
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'frontend-subsidie-management', host: 'dev.insights', line: 311 }, // http://frontend-subsidie-management/@appuniversum/; reverse_host: ["dev", "insights" | _rest]
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend-subsidie-management', host: 'dev.insights', line: 315 }, // http://frontend-subsidie-management/index.html; reverse_host: ["dev", "insights" | _rest]

    // ---- dashboard DEV (dispatcher.ex:320)
    { method: 'match', path: '/sessions/*path', to: 'login-dashboard', host: 'dev.dashboard', line: 325 }, // http://login-dashboard/sessions/; reverse_host: ["dev", "dashboard" | _rest]
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'frontend-dashboard', host: 'dev.dashboard', line: 331 }, // http://frontend-dashboard/assets/; reverse_host: ["dev", "dashboard" | _rest]
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'frontend-dashboard', host: 'dev.dashboard', line: 335 }, // http://frontend-dashboard/@appuniversum/; reverse_host: ["dev", "dashboard" | _rest]
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend-dashboard', host: 'dev.dashboard', line: 339 }, // http://frontend-dashboard/index.html; reverse_host: ["dev", "dashboard" | _rest]

    // ---- Subsidie management (insights) (dispatcher.ex:344)
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'frontend-subsidie-management', host: 'insights', line: 348 }, // http://frontend-subsidie-management/assets/; reverse_host: ["insights" | _rest]
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'frontend-subsidie-management', host: 'insights', line: 352 }, // http://frontend-subsidie-management/@appuniversum/; reverse_host: ["insights" | _rest]
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend-subsidie-management', host: 'insights', line: 356 }, // http://frontend-subsidie-management/index.html; reverse_host: ["insights" | _rest]

    // ---- dashboard (dispatcher.ex:361)
    { method: 'match', path: '/sessions/*path', to: 'login-dashboard', host: 'dashboard', line: 366 }, // http://login-dashboard/sessions/; reverse_host: ["dashboard" | _rest]
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'frontend-dashboard', host: 'dashboard', line: 372 }, // http://frontend-dashboard/assets/; reverse_host: ["dashboard" | _rest]
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'frontend-dashboard', host: 'dashboard', line: 376 }, // http://frontend-dashboard/@appuniversum/; reverse_host: ["dashboard" | _rest]
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend-dashboard', host: 'dashboard', line: 380 }, // http://frontend-dashboard/index.html; reverse_host: ["dashboard" | _rest]

    // ---- Subsidiedatabank (dispatcher.ex:385)
    { method: 'match', path: '/sessions/*path', to: 'login-subsidiedatabank', host: 'subsidiedatabank', line: 390 }, // http://login-subsidiedatabank/sessions/; reverse_host: ["subsidiedatabank" | _rest]
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'frontend-subsidiedatabank', host: 'subsidiedatabank', line: 396 }, // http://frontend-subsidiedatabank/assets/; reverse_host: ["subsidiedatabank" | _rest]
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'frontend-subsidiedatabank', host: 'subsidiedatabank', line: 400 }, // http://frontend-subsidiedatabank/@appuniversum/; reverse_host: ["subsidiedatabank" | _rest]
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend-subsidiedatabank', host: 'subsidiedatabank', line: 404 }, // http://frontend-subsidiedatabank/index.html; reverse_host: ["subsidiedatabank" | _rest]

    // ---- Subsidiepunt (dispatcher.ex:409)
    { method: 'match', path: '/sessions/*path', to: 'login', line: 420 }, // http://login/sessions/
    { method: 'GET', path: '/assets/*path', accept: 'any', to: 'frontend', line: 426 }, // http://frontend/assets/
    { method: 'GET', path: '/@appuniversum/*path', accept: 'any', to: 'frontend', line: 430 }, // http://frontend/@appuniversum/
    { method: 'match', path: '/*_path', accept: 'html', to: 'frontend', line: 434 }, // http://frontend/index.html

    // ---- Others (dispatcher.ex:439)
    { method: 'match', path: '/*_', accept: 'any', to: 'not-found', line: 442 },
  ],
  // dispatcher.ex:443, `send_resp( conn, 404, "Route not found.  See config/dispatcher.ex" )` (two spaces, no Content-Type).
  notFoundBody: 'Route not found.  See config/dispatcher.ex',
};
