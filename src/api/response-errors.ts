import { LoketError, type LoketErrorKind } from './errors.js';
import { isRecord } from './jsonapi-schema.js';

/** Server text is kept for logs only; cap it so a hostile body cannot flood them. */
const MAX_SERVER_MESSAGE = 300;

interface ErrorItem {
  text?: string;
  pointer?: string;
}

/**
 * Turns a non-2xx response into a LoketError. Understands the JSON:API `errors` array,
 * mu-cl-resources' single `errors` object, and bodies that are not JSON at all (HTML error pages,
 * plain text, nothing).
 */
export async function errorFromResponse(response: Response, method: string, url: string): Promise<LoketError> {
  const items = parseErrorItems(await readText(response));
  const texts = [...new Set(items.map((item) => item.text).filter((text): text is string => !!text))];
  const serverMessage = texts.length ? texts.join('; ').slice(0, MAX_SERVER_MESSAGE) : undefined;
  const fieldErrors = collectFieldErrors(items);
  const retryAfter =
    response.status === 429 || response.status === 503
      ? parseRetryAfter(response.headers.get('Retry-After'))
      : undefined;
  return new LoketError(kindForStatus(response.status, serverMessage ?? ''), {
    status: response.status,
    retryAfter,
    fieldErrors,
    serverMessage,
    method,
    url,
  });
}

const KIND_BY_STATUS: Partial<Record<number, LoketErrorKind>> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  406: 'validation', // mu-cl-resources: filter or sort on an unknown attribute
  408: 'timeout',
  409: 'conflict',
  410: 'not-found',
  412: 'conflict',
  415: 'validation',
  422: 'validation',
  429: 'rate-limited',
};

export function kindForStatus(status: number, serverMessage: string): LoketErrorKind {
  // "Not signed in" is not always a 401: the login service answers a missing session with 400, and
  // behind some identifiers a resource service fails with 500 "Session header is missing".
  if ((status === 400 || status === 500) && /session header/i.test(serverMessage)) return 'unauthorized';
  return KIND_BY_STATUS[status] ?? 'server';
}

/** `Retry-After` as delta-seconds or an HTTP date, in ms from now; undefined when unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Every HTTP-date form starts with the day name; Date.parse alone would take "-5" for a year.
  if (!/^[A-Za-z]{3}/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

function parseErrorItems(body: string): ErrorItem[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // Plain-text bodies are worth logging; HTML pages are not.
    const text = body.trim();
    return text && !text.startsWith('<') ? [{ text }] : [];
  }
  if (!isRecord(json)) return [];
  const errors = json['errors'];
  if (Array.isArray(errors)) return errors.filter(isRecord).map(toErrorItem);
  if (isRecord(errors)) return [toErrorItem(errors)];
  if (typeof errors === 'string') return [{ text: errors }];
  // lblod/mandataris-service answers `{ "message": "…" }` from its route handlers.
  if (typeof json['message'] === 'string') return [{ text: json['message'] }];
  return [];
}

function toErrorItem(error: Record<string, unknown>): ErrorItem {
  const detail = stringOrUndefined(error['detail']);
  const title = stringOrUndefined(error['title']);
  const source = isRecord(error['source']) ? error['source'] : {};
  return {
    text: detail ?? title,
    pointer: stringOrUndefined(source['pointer']) ?? stringOrUndefined(source['parameter']),
  };
}

function collectFieldErrors(items: ErrorItem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { text, pointer } of items) {
    if (!text) continue;
    if (pointer) {
      fields[fieldName(pointer)] ??= text;
      continue;
    }
    // mu-cl-resources: "Following fields are missing or have no value: naam, start" (no pointers).
    const missing = /fields? (?:are|is) missing[^:]*:\s*(.+)$/i.exec(text);
    for (const name of missing?.[1]?.split(/[\s,;]+/) ?? []) {
      if (/^[\w-]+$/.test(name)) fields[name] ??= text;
    }
  }
  return fields;
}

function fieldName(pointer: string): string {
  const match = /^\/data\/(?:attributes|relationships)\/([^/]+)/.exec(pointer);
  return match?.[1] ?? pointer;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
