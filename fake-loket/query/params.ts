/** The query string of a mu-cl-resources list request, taken apart. */
export interface ListQuery {
  /** One entry per `filter[...]...=value`; `segments` are the bracketed parts in order. */
  filters: { segments: string[]; value: string }[];
  /** Raw `sort` value, e.g. `-modified,:no-case:naam`. */
  sort: string | undefined;
  /** `include=a.b,c` as paths: [['a', 'b'], ['c']]. */
  include: string[][];
  /** `fields[type]=a,b`. */
  fields: Map<string, Set<string>>;
  page: { number: number; size: number };
}

export const DEFAULT_PAGE_SIZE = 20;

const BRACKETED = /^(filter|fields|page)((?:\[[^\]]*\])+)$/;

function brackets(suffix: string): string[] {
  return [...suffix.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!);
}

function nonNegativeInteger(text: string | null, fallback: number): number {
  if (text === null || !/^\d+$/.test(text.trim())) return fallback;
  return Number(text.trim());
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const query: ListQuery = {
    filters: [],
    sort: undefined,
    include: [],
    fields: new Map(),
    page: { number: 0, size: DEFAULT_PAGE_SIZE },
  };
  let pageNumber: string | null = null;
  let pageSize: string | null = null;
  for (const [key, value] of params) {
    if (key === 'filter') {
      query.filters.push({ segments: [], value });
      continue;
    }
    if (key === 'sort') {
      query.sort = value;
      continue;
    }
    if (key === 'include') {
      for (const path of value.split(',')) {
        const trimmed = path.trim();
        if (trimmed) query.include.push(trimmed.split('.'));
      }
      continue;
    }
    const match = BRACKETED.exec(key);
    if (!match) continue;
    const parts = brackets(match[2]!);
    if (match[1] === 'filter') query.filters.push({ segments: parts, value });
    else if (match[1] === 'fields' && parts.length === 1) {
      query.fields.set(parts[0]!, new Set(value.split(',').map((name) => name.trim()).filter(Boolean)));
    } else if (match[1] === 'page' && parts.length === 1) {
      if (parts[0] === 'number') pageNumber = value;
      if (parts[0] === 'size') pageSize = value;
    }
  }
  query.page.number = nonNegativeInteger(pageNumber, 0);
  const size = nonNegativeInteger(pageSize, DEFAULT_PAGE_SIZE);
  query.page.size = size > 0 ? size : DEFAULT_PAGE_SIZE;
  return query;
}
