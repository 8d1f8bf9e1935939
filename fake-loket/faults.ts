import { jsonApi, muError, muNotFound, specError } from './http.js';

/** What a fault does to a request it matches. */
export type Fault =
  /** Answer later (stacks with the instance's `latency`); the request then proceeds normally. */
  | { kind: 'latency'; ms: number }
  /** Answer with this status and the body the real stack gives for it. */
  | { kind: 'status'; status: number; title?: string; retryAfter?: number }
  /** 200 with a body that is not JSON. */
  | { kind: 'malformed-json' }
  /** 200 with valid JSON that is not a JSON:API document of the expected shape. */
  | { kind: 'wrong-shape' }
  /** The connection drops: the fetch promise rejects with `TypeError('Failed to fetch')`. */
  | { kind: 'drop' }
  /** No answer at all until the request's AbortSignal fires. */
  | { kind: 'hang' };

export interface FaultRule {
  /** Only requests to this app (`loket`, `lmb`, …; any when absent). */
  app?: string;
  /** Only requests with this method (any when absent). */
  method?: string;
  /** Path below the API root: a string is a prefix (`/submissions`), a RegExp is tested. */
  path?: string | RegExp;
  /** How many matching requests it affects; forever when absent. */
  times?: number;
  fault: Fault;
}

/** A rule with its own countdown, so one rule object can be reused across instances. */
export interface ActiveFaultRule extends FaultRule {
  remaining: number;
}

export function activate(rule: FaultRule): ActiveFaultRule {
  return { ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY };
}

function matches(rule: ActiveFaultRule, method: string, path: string, app?: string): boolean {
  if (rule.remaining <= 0) return false;
  if (rule.app && rule.app !== app) return false;
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? path.startsWith(rule.path) : rule.path.test(path);
}

/** The faults that apply to one request, consuming one use of each matching rule. */
export function takeFaults(rules: ActiveFaultRule[], method: string, path: string, app?: string): Fault[] {
  const taken: Fault[] = [];
  for (const rule of rules) {
    if (!matches(rule, method, path, app)) continue;
    rule.remaining -= 1;
    taken.push(rule.fault);
  }
  return taken;
}

/**
 * A per-request fault from an `X-Fake-Fault` header: `latency=300`, `status=503`,
 * `status=429;retry-after=2`, `malformed-json`, `wrong-shape`, `drop`, `hang`.
 */
export function parseFaultHeader(header: string | null): Fault | undefined {
  if (!header) return undefined;
  const [head = '', ...options] = header.split(';').map((part) => part.trim());
  const [name, value] = head.split('=').map((part) => part.trim());
  const option = (key: string) => options.find((part) => part.startsWith(`${key}=`))?.slice(key.length + 1);
  switch (name) {
    case 'latency':
      return { kind: 'latency', ms: Number(value) || 0 };
    case 'status': {
      const retryAfter = option('retry-after');
      return { kind: 'status', status: Number(value) || 500, ...(retryAfter ? { retryAfter: Number(retryAfter) } : {}) };
    }
    case 'malformed-json':
    case 'wrong-shape':
    case 'drop':
    case 'hang':
      return { kind: name };
    default:
      return undefined;
  }
}

const GATEWAY_TEXT: Record<number, string> = { 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/** The answer each injected status gets, in the shape the part of the stack that sends it uses. */
export function faultResponse(fault: Exclude<Fault, { kind: 'latency' | 'drop' | 'hang' }>, method: string, type: string): Response {
  if (fault.kind === 'malformed-json') {
    return new Response('{"data": [{"type": "', { status: 200, headers: { 'Content-Type': 'application/vnd.api+json' } });
  }
  if (fault.kind === 'wrong-shape') {
    return jsonApi({ data: 'unexpected', results: [{ id: 42, attributes: 'none' }], meta: { count: 'many' } });
  }
  const { status, title } = fault;
  switch (status) {
    case 401:
      return specError(401, title ?? 'Session header is missing');
    case 403: {
      const operation = method === 'GET' ? 'READ' : method === 'POST' ? 'CREATE' : method === 'DELETE' ? 'DELETE' : 'UPDATE';
      return muError(403, title ?? `Access for ${operation} operation on ${type} was denied.`);
    }
    case 404:
      return title ? muError(404, title) : muNotFound();
    case 409:
      return muError(409, title ?? 'Supplied type (unknown) did not match type for path (unknown).');
    case 422:
      return muError(422, title ?? 'Following fields are missing or have no value: start');
    case 429: {
      const response = specError(429, title ?? 'Too Many Requests');
      response.headers.set('Retry-After', String(fault.retryAfter ?? 1));
      return response;
    }
    case 500:
      return muError(500, title);
    case 502:
    case 503:
    case 504:
      return new Response(`<html><body><h1>${status} ${GATEWAY_TEXT[status]}</h1>No server is available to handle this request.</body></html>`, {
        status,
        headers: { 'Content-Type': 'text/html', ...(fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}) },
      });
    default:
      return muError(status, title);
  }
}
