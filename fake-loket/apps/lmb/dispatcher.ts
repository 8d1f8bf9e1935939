// Transcribed from lblod/app-lokaal-mandatenbeheer config/dispatcher/dispatcher.ex at 1e320810 (2026-07-16),
// run by semtech/mu-dispatcher:2.1.0-beta.2 (docker-compose.yml:14-15).
//
// define_accept_types (dispatcher.ex:4-9):
//   json: ["application/json", "application/vnd.api+json"], html: ["text/html", "application/xhtml+html"],
//   sparql: ["application/sparql-results+json"], any: ["*/*"]
// FORMAT: the `sparql` accept alias is not an AcceptGroup; no rule uses it, so nothing is lost.
//
// mu-dispatcher v2.1.0-beta.2 (lib/matcher.ex:310-360) loops over the LAYERS first and, inside each
// layer, over the Accept q-groups; in each (layer, q-group) the rules are tried in file order. A rule
// whose options do not name a layer (`match "/mock/sessions/*path" do`, `options "/*path", _`) has the
// pattern `%{}` / `_`, which matches in EVERY layer, so it already answers in the first layer,
// :static. Those rules carry no `layer` below.
// FORMAT: the engine must treat a rule without `layer` as matching in every layer (= the first).
//
// Accept: a received `*/*` (also a missing, empty or unparseable Accept) sets every alias, html
// included (matcher.ex:416, 442-453); the configured `any: ["*/*"]` is set for EVERY received type
// (matcher.ex:415). So the :frontend_fallback rule (line 42) answers index.html for any Accept that
// holds text/html, application/xhtml+html, text/*, application/* or */* at any q-value, for any
// method, before the :resources layer is tried. Only a pure JSON Accept reaches resources.
//
// Rule at dispatcher.ex:13-18, not expressible:
//   options "/*path", _ do … put_resp_header("access-control-allow-headers", "content-type,accept")
//     |> put_resp_header("access-control-allow-methods", "*") |> send_resp(200, "{ \"message\": \"ok\" }")
// FORMAT: DispatchRule.method has no OPTIONS, and the format has no inline answer. Every OPTIONS request
// (any path, any Accept, first layer) answers 200 with body `{ "message": "ok" }` (no Content-Type set
// by the rule) and those two headers.
// Targets: `resource` = mu-cache (http://cache/<path>/) or mu-cl-resources (http://resource/<path>/),
// same path. `mandataris-api` = the docker-compose service `mandataris` (lblod/mandataris-service:0.9.12);
// it sees `/mandataris-api/*path` WITHOUT the `/mandataris-api` prefix (forward(conn, path,
// "http://mandataris/")), and `/burgemeester-benoeming/*`, `/installatievergadering-api/*`,
// `/election-results-api/*`, `DELETE /mandatarissen/:id`, `DELETE /fracties/:id` with their own path
// (so `DELETE /mandatarissen/x` and `DELETE /mandataris-api/mandatarissen/x` reach the same route).
// `form-content` and `concept-scheme` also get the path without their `/form-content`,
// `/concept-scheme-api` prefix; `login` gets `/sessions/…` unchanged.
// FORMAT: DispatchRule cannot say how the forwarded path is rewritten; the rules above are the record.
import type { Dispatcher } from '../../app-spec.js';

export const dispatcher: Dispatcher = {
  source: 'lblod/app-lokaal-mandatenbeheer config/dispatcher/dispatcher.ex',
  layers: ['static', 'sparql', 'api_services', 'frontend_fallback', 'resources', 'not_found'], // line 11
  rules: [
    // STATIC
    // `/index.html` and the assets go to the frontend container; `frontend` here is that service.
    { method: 'match', path: '/index.html', layer: 'static', to: 'frontend', line: 25 },
    { method: 'GET', path: '/assets/*path', layer: 'static', to: 'frontend', line: 29 },
    { method: 'GET', path: '/@appuniversum/*path', layer: 'static', to: 'frontend', line: 33 },

    // FRONTEND PAGES: index.html whatever the path (`forward(conn, [], "http://frontend/index.html")`).
    { method: 'match', path: '/*path', accept: 'html', layer: 'frontend_fallback', to: 'frontend', line: 42 },

    // RESOURCES
    // Straight to mu-cl-resources (http://resource/), not through the cache; no such resource is defined.
    { method: 'match', path: '/remote-data-objects/*path', accept: 'json', layer: 'resources', to: 'resource', line: 55 },
    { method: 'GET', path: '/feature-flags/*path', accept: 'json', layer: 'resources', to: 'resource', line: 59 },
    // Abstract resources: no define-resource has these paths.
    { method: 'match', path: '/agents-in-position/*path', accept: 'json', layer: 'resources', to: 'resource', line: 65 },
    { method: 'match', path: '/posts/*path', accept: 'json', layer: 'resources', to: 'resource', line: 69 },
    { method: 'match', path: '/roles/*path', accept: 'json', layer: 'resources', to: 'resource', line: 73 },
    // Besluit resources
    { method: 'match', path: '/besluiten/*path', accept: 'json', layer: 'resources', to: 'resource', line: 80 },
    { method: 'match', path: '/bestuurseenheden/*path', accept: 'json', layer: 'resources', to: 'resource', line: 84 },
    { method: 'match', path: '/werkingsgebieden/*path', accept: 'json', layer: 'resources', to: 'resource', line: 88 },
    { method: 'match', path: '/bestuurseenheid-classificatie-codes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 92 },
    { method: 'match', path: '/bestuurseenheid-contacten/*path', accept: 'json', layer: 'resources', to: 'resource', line: 96 },
    { method: 'match', path: '/bestuursorganen/*path', accept: 'json', layer: 'resources', to: 'resource', line: 100 },
    { method: 'match', path: '/bestuursperiodes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 104 },
    { method: 'match', path: '/bestuursorgaan-classificatie-codes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 108 },
    // Mandaat resources (`/besluiten/*path` again, sic: duplicate of line 80, never reached)
    { method: 'match', path: '/besluiten/*path', accept: 'json', layer: 'resources', to: 'resource', line: 115 },
    { method: 'match', path: '/artikels/*path', accept: 'json', layer: 'resources', to: 'resource', line: 118 },
    { method: 'match', path: '/rechtsgronden/*path', accept: 'json', layer: 'resources', to: 'resource', line: 121 },
    { method: 'match', path: '/fracties/*path', accept: 'json', layer: 'resources', to: 'resource', line: 124 },
    { method: 'match', path: '/fractietypes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 128 },
    { method: 'match', path: '/geboortes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 132 },
    { method: 'match', path: '/lidmaatschappen/*path', accept: 'json', layer: 'resources', to: 'resource', line: 136 },
    { method: 'match', path: '/mandaten/*path', accept: 'json', layer: 'resources', to: 'resource', line: 140 },
    { method: 'match', path: '/bestuursfunctie-codes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 144 },
    { method: 'match', path: '/mandatarissen/*path', accept: 'json', layer: 'resources', to: 'resource', line: 148 },
    { method: 'match', path: '/persoon-mandaat-info/*path', accept: 'json', layer: 'resources', to: 'resource', line: 152 },
    { method: 'match', path: '/mandataris-status-codes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 156 },
    { method: 'match', path: '/mandataris-publication-status-codes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 160 },
    { method: 'match', path: '/beleidsdomein-codes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 164 },
    { method: 'match', path: '/personen/*path', accept: 'json', layer: 'resources', to: 'resource', line: 168 },
    { method: 'match', path: '/geslacht-codes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 172 },
    // `Proxy.forward` instead of `forward`; same target.
    { method: 'match', path: '/nationalities/*path', accept: 'json', layer: 'resources', to: 'resource', line: 176 },
    { method: 'match', path: '/identificatoren/*path', accept: 'json', layer: 'resources', to: 'resource', line: 180 },
    // Contact resources
    { method: 'match', path: '/contact-punten/*path', accept: 'json', layer: 'resources', to: 'resource', line: 187 },
    { method: 'match', path: '/adressen/*path', accept: 'json', layer: 'resources', to: 'resource', line: 191 },
    // Verkiezingen resources
    { method: 'match', path: '/installatievergaderingen/*path', accept: 'json', layer: 'resources', to: 'resource', line: 199 },
    { method: 'match', path: '/installatievergadering-statussen/*path', accept: 'json', layer: 'resources', to: 'resource', line: 203 },
    { method: 'match', path: '/rechtstreekse-verkiezingen/*path', accept: 'json', layer: 'resources', to: 'resource', line: 207 },
    { method: 'match', path: '/kandidatenlijsten/*path', accept: 'json', layer: 'resources', to: 'resource', line: 211 },
    { method: 'match', path: '/lijsttypes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 215 },
    { method: 'match', path: '/verkiezingsresultaten/*path', accept: 'json', layer: 'resources', to: 'resource', line: 219 },
    { method: 'match', path: '/verkiezingsresultaat-gevolg-codes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 223 },
    // Concept scheme resources
    { method: 'match', path: '/concept-scheme-api/*path', accept: 'any', layer: 'api_services', to: 'concept-scheme', line: 230 },
    // sic: these two forward to host `concept-scheme-api` (`http://concept-scheme-api/concept-scheme/<id>`,
    // `…/concept/<id>`), which is not a docker-compose service (the service is `concept-scheme`,
    // docker-compose.yml:159) and has no alias; in the real stack the forward cannot connect.
    { method: 'DELETE', path: '/concept-schemes/:id', accept: 'json', layer: 'api_services', to: 'concept-scheme-api', line: 234 },
    { method: 'DELETE', path: '/concepts/:id', accept: 'json', layer: 'api_services', to: 'concept-scheme-api', line: 238 },
    { method: 'match', path: '/concept-schemes/*path', accept: 'json', layer: 'resources', to: 'resource', line: 242 },
    { method: 'match', path: '/concepts/*path', accept: 'json', layer: 'resources', to: 'resource', line: 246 },
    // System notification
    { method: 'match', path: '/system-notifications/*path', accept: 'json', layer: 'resources', to: 'resource', line: 253 },
    { method: 'match', path: '/global-system-messages/*path', accept: 'json', layer: 'resources', to: 'resource', line: 257 },
    // File logic + resources
    { method: 'PATCH', path: '/files/*path', accept: 'json', layer: 'resources', to: 'resource', line: 264 },
    // The three mandataris forwards below go to `http://mandataris/<prefix>/` + path.
    { method: 'POST', path: '/burgemeester-benoeming/*path', layer: 'api_services', to: 'mandataris-api', line: 268 },
    { method: 'POST', path: '/installatievergadering-api/*path', layer: 'api_services', to: 'mandataris-api', line: 272 },
    { method: 'GET', path: '/election-results-api/*path', accept: 'any', layer: 'api_services', to: 'mandataris-api', line: 276 },
    { method: 'POST', path: '/files/*path', layer: 'api_services', to: 'file', line: 280 },
    // `accept: [ :json ]`, rewritten by mu-dispatcher to `%{json: true}`.
    { method: 'DELETE', path: '/files/*path', accept: 'json', layer: 'api_services', to: 'file', line: 284 },
    { method: 'match', path: '/file-addresses/*path', accept: 'json', layer: 'resources', to: 'resource', line: 288 },
    { method: 'GET', path: '/files/:id/download', accept: 'any', layer: 'api_services', to: 'file', line: 292 },
    { method: 'GET', path: '/files/*path', accept: 'any', layer: 'resources', to: 'resource', line: 296 },
    // Reporting resources
    { method: 'match', path: '/reports/*path', accept: 'json', layer: 'resources', to: 'resource', line: 303 },
    { method: 'match', path: '/validation-report-api/*path', accept: 'any', layer: 'api_services', to: 'report-generation', line: 307 },
    { method: 'match', path: '/validationresults/*path', accept: 'json', layer: 'resources', to: 'resource', line: 311 },
    { method: 'match', path: '/report-statuses/*path', accept: 'json', layer: 'resources', to: 'resource', line: 315 },
    { method: 'match', path: '/silenced-validations/*path', accept: 'json', layer: 'resources', to: 'resource', line: 319 },
    // Login logic
    // No layer. `mocklogin` exists only in docker-compose.dev.yml:12 (and .mac.yml), not in production.
    { method: 'match', path: '/mock/sessions/*path', to: 'mocklogin', line: 326 },
    { method: 'match', path: '/gebruikers/*path', accept: 'any', layer: 'resources', to: 'resource', line: 330 },
    { method: 'match', path: '/accounts/*path', accept: 'any', layer: 'resources', to: 'resource', line: 334 },
    { method: 'match', path: '/sessions/*path', accept: 'any', layer: 'api_services', to: 'login', line: 338 },
    // No layer.
    { method: 'match', path: '/impersonations/*path', to: 'impersonation', line: 342 },
    // Extra services
    { method: 'match', path: '/form-content/*path', accept: 'any', layer: 'api_services', to: 'form-content', line: 349 },
    // No layer.
    { method: 'match', path: '/adressenregister/*path', to: 'adressenregister', line: 353 },
    // Forms
    { method: 'match', path: '/forms/*path', accept: 'json', layer: 'resources', to: 'resource', line: 361 },
    { method: 'match', path: '/generated-forms/*path', accept: 'json', layer: 'resources', to: 'resource', line: 365 },
    { method: 'match', path: '/form-extensions/*path', accept: 'json', layer: 'resources', to: 'resource', line: 369 },
    { method: 'match', path: '/libraries/*path', accept: 'json', layer: 'resources', to: 'resource', line: 373 },
    { method: 'match', path: '/library-entries/*path', accept: 'json', layer: 'resources', to: 'resource', line: 377 },
    { method: 'match', path: '/display-types/*path', accept: 'json', layer: 'resources', to: 'resource', line: 381 },
    { method: 'match', path: '/form-fields/*path', accept: 'json', layer: 'resources', to: 'resource', line: 385 },
    // Mandataris api: `forward(conn, path, "http://mandataris/")` — the path after /mandataris-api/.
    { method: 'match', path: '/mandataris-api/*path', accept: 'any', layer: 'api_services', to: 'mandataris-api', line: 393 },
    // `forward(conn, [], "http://mandataris/mandatarissen/" <> id)`: the mandataris service, not resources.
    // Sits in :api_services, so it wins over `/mandatarissen/*path` (:resources) for a JSON Accept; with
    // `*/*` it also matches here first (api_services precedes frontend_fallback).
    { method: 'DELETE', path: '/mandatarissen/:id', accept: 'json', layer: 'api_services', to: 'mandataris-api', line: 397 },
    // `forward(conn, [], "http://mandataris/fracties/" <> id)`
    { method: 'DELETE', path: '/fracties/:id', accept: 'json', layer: 'api_services', to: 'mandataris-api', line: 401 },
    // LDES (no layer)
    { method: 'GET', path: '/streams/ldes/checkpoints/abb/*path', to: 'ldes-delta-pusher', line: 408 },
    { method: 'GET', path: '/streams/ldes/checkpoints/internal/*path', to: 'ldes-delta-pusher', line: 412 },
    { method: 'GET', path: '/streams/ldes/checkpoints/public/*path', to: 'ldes-delta-pusher', line: 416 },
    { method: 'GET', path: '/streams/ldes/abb/*path', to: 'authorization-wrapper', line: 420 },
    { method: 'GET', path: '/streams/ldes/internal/*path', to: 'authorization-wrapper', line: 423 },
    { method: 'GET', path: '/streams/ldes/*path', to: 'ldes-backend', line: 427 },
    // Vendor login for the SPARQL endpoint (no layer)
    { method: 'POST', path: '/vendor/login/*path', to: 'vendor-login', line: 435 },
    { method: 'DELETE', path: '/vendor/logout', to: 'vendor-login', line: 439 },
    // Vendor SPARQL endpoint (no layer; GET and POST)
    { method: 'match', path: '/vendor/sparql', to: 'sparql-authorization-wrapper', line: 448 },
    // NOT FOUND
    { method: 'match', path: '/*_path', layer: 'not_found', to: 'not-found', line: 455 },
  ],
  // dispatcher.ex:456 — two spaces after the full stop; send_resp sets no Content-Type.
  notFoundBody: 'Route not found.  See config/dispatcher.ex',
};
