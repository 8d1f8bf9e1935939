/**
 * mu-dispatcher's matching (`lib/matcher.ex` of v2.1.0-beta.2): the Accept header becomes groups
 * of accept aliases by q-value, highest first; for each layer, then each group, the rules are
 * tried in file order. A received `*` wildcard sets every alias, so a browser's default
 * Accept (any type) reaches rules meant for HTML (the Ember frontend's index.html).
 */
import type { AcceptGroup, DispatchRule, Dispatcher } from './app-spec.js';

/** The Loket apps' `define_accept_types`. */
const ALIASES: Record<Exclude<AcceptGroup, 'any'>, string[]> = {
  html: ['text/html', 'application/xhtml+html'],
  json: ['application/json', 'application/vnd.api+json'],
  upload: ['multipart/form-data'],
};

type AcceptMap = Record<AcceptGroup, boolean>;

function acceptMap(ranges: string[]): AcceptMap {
  // `any` is configured as `*/*`, whose wildcard matches every received type (matcher.ex:415).
  const map: AcceptMap = { html: false, json: false, upload: false, any: true };
  for (const range of ranges) {
    const [type = '', subtype = ''] = range.split('/');
    if (type === '*') return { html: true, json: true, upload: true, any: true };
    for (const [alias, types] of Object.entries(ALIASES) as [Exclude<AcceptGroup, 'any'>, string[]][]) {
      if (types.some((candidate) => candidate === range || (subtype === '*' && candidate.startsWith(`${type}/`)))) map[alias] = true;
    }
  }
  return map;
}

/** The Accept header as alias maps, highest q first; empty or unreadable counts as any type. */
export function acceptGroups(header: string | null): AcceptMap[] {
  const entries = (header ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [range = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const q = params.find((param) => param.startsWith('q='));
      return { range, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => /^[\w.+*-]+\/[\w.+*-]+$/.test(entry.range) && !Number.isNaN(entry.q));
  if (entries.length === 0) return [acceptMap(['*/*'])];
  const byQ = new Map<number, string[]>();
  for (const { range, q } of entries) byQ.set(q, [...(byQ.get(q) ?? []), range]);
  return [...byQ.entries()].sort((a, b) => b[0] - a[0]).map(([, ranges]) => acceptMap(ranges));
}

export interface Match {
  rule: DispatchRule;
  /** The part of the path the rule's glob (`*path`) or params matched, e.g. `/123/download`. */
  params: Record<string, string>;
  /** The rest after the rule's fixed prefix, with a leading slash (`''` when nothing follows). */
  rest: string;
}

/** Plug's router patterns: fixed segments, `:name` for one segment, `*name` for the remaining ones (zero or more). */
function matchPath(pattern: string, path: string): Omit<Match, 'rule'> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part.startsWith('*')) {
      const rest = have.slice(i);
      params[part.slice(1)] = rest.join('/');
      return { params, rest: rest.length ? `/${rest.join('/')}` : '' };
    }
    const segment = have[i];
    if (segment === undefined) return undefined;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return have.length === want.length ? { params, rest: '' } : undefined;
}

/** The rule that takes a request, or undefined (then the app has no answer at all). */
export function dispatch(dispatcher: Dispatcher, method: string, path: string, accept: string | null): Match | undefined {
  const layers = dispatcher.layers?.length ? dispatcher.layers : [undefined];
  for (const layer of layers) {
    for (const groups of acceptGroups(accept)) {
      for (const rule of dispatcher.rules) {
        if (rule.host !== undefined) continue;
        if (rule.layer !== undefined && rule.layer !== layer) continue;
        if (rule.method !== 'match' && rule.method !== method) continue;
        if (rule.accept && !groups[rule.accept]) continue;
        const found = matchPath(rule.path, path);
        if (found) return { rule, ...found };
      }
    }
  }
  return undefined;
}
