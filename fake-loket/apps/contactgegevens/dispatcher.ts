// Transcribed from lblod/app-contactgegevens-loket config/dispatcher/dispatcher.ex at master 1abd7b4f
// (config/ identical to tag v1.10.0), run by semtech/mu-dispatcher:2.1.0-beta.2 (docker-compose.yml:55).
// Every rule, in file order. `line` is the line of the `match`/`get`/… macro.
//
// How mu-dispatcher 2.1.0-beta.2 (lib/matcher.ex) treats these rules:
// - For each layer of `define_layers` (l.11) in order, then each accept group of the request (highest
//   q first), the rules are tried in file order against the map
//   `%{accept, host, reverse_host, layer}` (matcher.ex:329-348). A rule's options are an Elixir map
//   PATTERN, so a rule WITHOUT `layer:` matches in every layer, i.e. already in the first one,
//   `api_services` (l.27-43, l.119, l.166, l.229, l.233 here).
// - `accept: [:x]` is rewritten to `%{x: true}` (matcher.ex:166-193); `%{ json: true }` (l.249) is the
//   same thing written out. `any` is `*/*` on the configured side, which matches every received type
//   (matcher.ex:415), so `accept: [:any]` is always true.
// - The frontend layer's last rule (l.221, `match "/*_path", %{ layer: :frontend }`) has no accept
//   and no host constraint, so it answers EVERY request that reaches the frontend layer: the
//   `not_found` layer (l.237) is never reached. An unrouted path (e.g. `/bestuurseenheden/x`, with a
//   JSON Accept header or not) gets the frontend's index.html, not the 404 body.
// - `Proxy.forward` and the bare `forward` (l.167) are the same function (matcher.ex:9).
//
// l.193, 197, 201, 205 and 229 only match when the request's host starts with `dashboard.`
// (`reverse_host: ["dashboard" | _rest]`): `host: 'dashboard'` below, which the fake never is.
import type { Dispatcher } from '../../app-spec.js';

export const dispatcher: Dispatcher = {
  source: 'lblod/app-contactgegevens-loket config/dispatcher/dispatcher.ex',
  layers: ['api_services', 'api', 'frontend', 'not_found'],
  rules: [
    // No layer: these match in every layer (see above). All go straight to mu-cl-resources.
    { method: 'match', path: '/log-entries/*path', to: 'resource', line: 27 },
    { method: 'match', path: '/log-levels/*path', to: 'resource', line: 31 },
    { method: 'match', path: '/status-codes/*path', to: 'resource', line: 35 },
    { method: 'match', path: '/log-sources/*path', to: 'resource', line: 39 },
    // Same path as l.35, so never reached; forwards to a resource path no domain file defines.
    { method: 'match', path: '/status-codes/*path', to: 'resource', resource: 'acm-idm-service-log-entries', line: 43 },

    // Jobs and reports (master-job-domain.lisp, master-reports-domain.lisp; not transcribed).
    { method: 'match', path: '/jobs/*path', accept: 'json', layer: 'api', to: 'resource', line: 47 },
    { method: 'match', path: '/tasks/*path', accept: 'json', layer: 'api', to: 'resource', line: 51 },
    { method: 'match', path: '/data-containers/*path', accept: 'json', layer: 'api', to: 'resource', line: 55 },
    { method: 'match', path: '/job-errors/*path', accept: 'json', layer: 'api', to: 'resource', line: 59 },
    { method: 'match', path: '/reports/*path', accept: 'json', layer: 'api', to: 'resource', line: 63 },

    // `http://resource/…` (mu-cl-resources directly, no mu-cache).
    { method: 'match', path: '/administrative-units/*path', accept: 'json', layer: 'api', to: 'resource', line: 67 },
    // `http://cache/…` (mu-cache in front of mu-cl-resources).
    { method: 'match', path: '/administrative-unit-classification-codes/*path', accept: 'json', layer: 'api', to: 'resource', line: 71 },
    { method: 'match', path: '/organization-status-codes/*path', accept: 'json', layer: 'api', to: 'resource', line: 75 },
    { method: 'match', path: '/organizations/*path', accept: 'json', layer: 'api', to: 'resource', line: 79 },
    { method: 'match', path: '/identifiers/*path', accept: 'json', layer: 'api', to: 'resource', line: 83 },
    { method: 'match', path: '/structured-identifiers/*path', accept: 'json', layer: 'api', to: 'resource', line: 87 },
    { method: 'match', path: '/addresses/*path', accept: 'json', layer: 'api', to: 'resource', line: 91 },
    { method: 'match', path: '/sites/*path', accept: 'json', layer: 'api', to: 'resource', line: 95 },
    { method: 'match', path: '/contact-points/*path', accept: 'json', layer: 'api', to: 'resource', line: 99 },
    { method: 'match', path: '/concepts/*path', accept: 'json', layer: 'api', to: 'resource', line: 103 },
    { method: 'match', path: '/site-types/*path', accept: 'json', layer: 'api', to: 'resource', line: 107 },
    { method: 'match', path: '/nationalities/*path', accept: 'json', layer: 'api', to: 'resource', line: 111 },
    { method: 'match', path: '/locations/*path', accept: 'json', layer: 'api', to: 'resource', line: 115 },
    // cache; no accept, no layer.
    { method: 'match', path: '/users/*path', to: 'resource', line: 119 },
    // Exactly `/accounts` (the list; the mock-login page's query): `Proxy.forward conn, [], "http://resource/accounts/"`.
    { method: 'match', path: '/accounts', accept: 'json', layer: 'api', to: 'resource', line: 122 },
    // resource (no cache), forwarded to the administrative-units path.
    { method: 'match', path: '/groups/*path', accept: 'json', layer: 'api', to: 'resource', resource: 'administrative-units', line: 126 },
    // Every other /accounts/… request (any method) goes to lblod/account-detail-service:0.1.0; see services.md.
    { method: 'match', path: '/accounts/*path', accept: 'json', layer: 'api', to: 'accountdetail', line: 130 },
    // cache
    { method: 'match', path: '/change-events/*path', accept: 'json', layer: 'api', to: 'resource', line: 134 },
    { method: 'match', path: '/change-event-types/*path', accept: 'json', layer: 'api', to: 'resource', line: 138 },
    { method: 'match', path: '/change-event-results/*path', accept: 'json', layer: 'api', to: 'resource', line: 142 },
    // resource (no cache)
    { method: 'match', path: '/worship-services/*path', accept: 'json', layer: 'api', to: 'resource', line: 146 },
    // cache
    { method: 'match', path: '/recognized-worship-types/*path', accept: 'json', layer: 'api', to: 'resource', line: 150 },
    // resource (no cache)
    { method: 'match', path: '/central-worship-services/*path', accept: 'json', layer: 'api', to: 'resource', line: 154 },

    // `http://mocklogin/sessions/`: lblod/mock-login-service, only in docker-compose.dev.yml:32-34; see services.md.
    { method: 'match', path: '/mock/sessions/*path', accept: 'any', layer: 'api', to: 'mocklogin', line: 158 },

    // Address search (lblod/adressenregister-fuzzy-search-service:0.8.0); no accept, no layer. Path sic.
    { method: 'match', path: '/adresses-register/*path', to: 'adressenregister', line: 166 },

    // Files
    { method: 'GET', path: '/files/:id/download', layer: 'api_services', to: 'file', line: 173 },
    { method: 'POST', path: '/files/*path', layer: 'api_services', to: 'file', line: 177 },
    { method: 'DELETE', path: '/files/*path', accept: 'json', layer: 'api_services', to: 'file', line: 181 },
    { method: 'GET', path: '/files/*path', accept: 'json', layer: 'api_services', to: 'resource', line: 185 },

    // Frontend layer. l.193-205 carry `reverse_host: ["dashboard" | _rest]` (host `dashboard.*` only).
    { method: 'GET', path: '/assets/*path', layer: 'frontend', to: 'dashboard', host: 'dashboard', line: 193 }, // host dashboard.* only
    { method: 'GET', path: '/@appuniversum/*path', layer: 'frontend', to: 'dashboard', host: 'dashboard', line: 197 }, // host dashboard.* only
    { method: 'match', path: '/*path', accept: 'html', layer: 'frontend', to: 'dashboard', host: 'dashboard', line: 201 }, // host dashboard.* only; index.html
    { method: 'match', path: '/*_path', layer: 'frontend', to: 'dashboard', host: 'dashboard', line: 205 }, // host dashboard.* only; index.html
    // The frontend container's static files (`http://frontend/assets/`), not index.html.
    { method: 'match', path: '/assets/*path', layer: 'frontend', to: 'frontend', line: 209 },
    { method: 'match', path: '/@appuniversum/*path', layer: 'frontend', to: 'frontend', line: 213 },
    // `http://frontend/index.html`
    { method: 'match', path: '/*path', accept: 'html', layer: 'frontend', to: 'frontend', line: 217 },
    // `http://frontend/index.html` for any Accept: this rule ends every request the earlier layers left.
    { method: 'match', path: '/*_path', layer: 'frontend', to: 'frontend', line: 221 },

    // Login; no layer, so both match in the first layer.
    { method: 'match', path: '/sessions/*path', to: 'dashboard-login', host: 'dashboard', line: 229 }, // host dashboard.* only (semtech/mu-login-service:2.9.1)
    { method: 'match', path: '/sessions/*path', to: 'login', line: 233 }, // lblod/acmidm-login-service:0.12.0; see services.md

    // Unreachable: l.221 answers first (see above).
    { method: 'match', path: '/*_path', accept: 'any', layer: 'not_found', to: 'not-found', line: 237 },

    // After the 404 rule in the file, but in earlier layers, so reachable.
    // `http://delta-producer-pub-graph-maintainer/files/`: that service is commented out in docker-compose.yml:214-230.
    { method: 'GET', path: '/sync/contact-data/files/*path', accept: 'any', layer: 'api', to: 'delta-producer-pub-graph-maintainer', line: 245 },
    // `accept: %{ json: true }` (same as `[:json]`); dcat.json resources (not transcribed).
    { method: 'GET', path: '/datasets/*path', accept: 'json', layer: 'api_services', to: 'resource', line: 249 },
  ],
  // l.238: `send_resp( conn, 404, "{\"error\": {\"code\": 404}}")`; no Content-Type is set. Never sent (see above).
  notFoundBody: '{"error": {"code": 404}}',
};
