/**
 * Response builders in the exact shapes the real stack answers with: mu-cl-resources
 * (`request-parsing.lisp` respond-* helpers, served as `application/json`), the login and other
 * template services (spec-style error arrays), mu-search (`application/vnd.api+json`) and
 * mu-dispatcher (plain text, no Content-Type). The source of each shape is named at its helper.
 */

export const JSON_API = 'application/vnd.api+json';

/** mu-cl-resources sets `Content-Type: application/json` on every answer (mu-cl-support call-support.lisp). */
export function muJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A JSON:API answer of a service that sets the JSON:API media type (mu-search, the file service, …). */
export function jsonApi(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': JSON_API, ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

const MU_STATUS_TEXT: Record<number, string> = {
  403: 'forbidden',
  406: 'Not Acceptable',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  500: 'Server Error',
};

/**
 * mu-cl-resources' error: ONE object under `errors` (not the spec's array), carrying its status
 * text and code beside the title.
 */
export function muError(status: number, title?: string, statusText = MU_STATUS_TEXT[status] ?? String(status)): Response {
  const error: Record<string, string> = { status: statusText, code: String(status) };
  if (title !== undefined) error['title'] = title;
  return muJson({ errors: error }, status);
}

/** `respond-general-server-error`: what every uncaught condition in mu-cl-resources answers. */
export const GENERIC_SERVER_ERROR = 'Something went wrong while processing the request';

export function muServerError(): Response {
  return muError(500, GENERIC_SERVER_ERROR);
}

/** A spec-shaped error array, as the login service and other template services answer. */
export function specError(status: number, title: string): Response {
  return jsonApi({ errors: [{ title }] }, status);
}

/** mu-cl-resources answers a missing (or invisible) instance with 404 and `{"data": null}`. */
export function muNotFound(): Response {
  return muJson({ data: null }, 404);
}

/** The app's last dispatcher rule: `send_resp(conn, 404, "…")`, plain text without a Content-Type. */
export function routeNotFound(body = 'Route not found.  See config/dispatcher.ex'): Response {
  const response = new Response(body, { status: 404 });
  response.headers.delete('Content-Type');
  return response;
}

/** The Ember frontend's index.html, which mu-dispatcher serves to requests that accept HTML. */
export function frontendPage(app: string): Response {
  return new Response(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${app}</title></head><body><div id="app"></div></body></html>`, {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** A refusal raised deep in query parsing or validation, turned into a response at the edge. */
export class MuFailure extends Error {
  constructor(
    readonly status: number,
    title: string,
    /** The body is `{"data": null}` (mu's not-found), not an error object. */
    readonly notFound = false,
  ) {
    super(title);
  }

  toResponse(): Response {
    return this.notFound ? muNotFound() : muError(this.status, this.message);
  }
}

/** An uncaught condition inside mu-cl-resources: 500 with the generic title. */
export function serverFailure(): MuFailure {
  return new MuFailure(500, GENERIC_SERVER_ERROR);
}

/**
 * `no-such-link`: a filter or sort path names something that is neither an attribute nor a
 * relationship of `type` (the resource the lookup ran on). How it is answered depends on the call
 * and the image: the has-many related call answers 406 "Could not find link (x) on resource (y)."
 * in every version (`call-specification.lisp` handle-relation-get-call); the list call answers 406
 * "Request invalid" from v1.25.0 (a539b96) and 500 generic in the Loket's image (d03f906 has no
 * clause for it). `toResponse` is the has-many answer; the list call maps it (read.ts).
 */
export class NoSuchLink extends MuFailure {
  constructor(
    readonly link: string,
    readonly resource: string,
  ) {
    super(406, `Could not find link (${link}) on resource (${resource}).`);
  }
}

/** `no-such-link` for `name`, looked up on the resource at `type`. */
export function noSuchLink(name: string, type: string): NoSuchLink {
  return new NoSuchLink(name, type);
}

/** The list call's answer to `no-such-link` from v1.25.0 on: 406 "Request invalid". */
export function requestInvalid(): MuFailure {
  return new MuFailure(406, 'Request invalid');
}

/**
 * `configuration-error` from `referred-resource` (`resource-model.lisp:332-341` at d03f906): a link
 * whose target the domain never defines, when a filter, a sort or a related call follows it. The
 * handlers answer 500 with "Server configuration issue: " and the condition's description.
 * `resourceName` is the lisp name of the missing resource, printed upcased as Lisp prints symbols.
 */
export function configurationError(path: string, resourceName: string): MuFailure {
  const name = resourceName.toUpperCase();
  return new MuFailure(
    500,
    `Server configuration issue: Could not find resource for link on path "${path}".  Searched resource is ${name}.  ` +
      `Common possibilities are that there's a (define-resource ${name} ...) block missing or that the first argument of a :has-one or :has-many specification has a typo.`,
  );
}

/**
 * An error that escapes mu-cl-resources' handlers (a body jsown cannot read at all, the broken
 * `no-such-instance` clause of the `/links` writes): Hunchentoot's own 500 page, HTML, not JSON.
 * Its exact text was not determined (mu-behaviour.md, "Things that could not be determined").
 */
export class HunchentootError extends MuFailure {
  constructor() {
    super(500, 'Internal Server Error');
  }

  override toResponse(): Response {
    return new Response(
      '<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1>An error has occurred while processing your request.</body></html>',
      { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    );
  }
}
