/** Response builders in the exact shapes mu-cl-resources and its neighbours answer with. */

export const JSON_API = 'application/vnd.api+json';

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
export function muError(status: number, title?: string): Response {
  const error: Record<string, string> = { status: MU_STATUS_TEXT[status] ?? String(status), code: String(status) };
  if (title !== undefined) error['title'] = title;
  return jsonApi({ errors: error }, status);
}

/** A spec-shaped error array, as the login service and other non-mu-cl-resources services answer. */
export function specError(status: number, title: string): Response {
  return jsonApi({ errors: [{ status: String(status), title }] }, status);
}

/** mu-cl-resources answers a missing instance with 404 and `{"data": null}`. */
export function muNotFound(): Response {
  return jsonApi({ data: null }, 404);
}

/** mu-dispatcher's answer for a path no service handles. */
export function routeNotFound(): Response {
  return new Response('Route not found.  See config.ex', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/** A refusal raised deep in query parsing or validation, turned into a response at the edge. */
export class MuFailure extends Error {
  constructor(
    readonly status: number,
    title: string,
  ) {
    super(title);
  }

  toResponse(): Response {
    return muError(this.status, this.message);
  }
}
