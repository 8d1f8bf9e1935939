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
  /** Zero-based; no maximum size. A size of 0 or below is the server's problem (500). */
  page: { number: number; size: number; sizeGiven?: boolean; numberGiven?: boolean };
}

export const DEFAULT_PAGE_SIZE = 20;

// Every parameter whose name starts with `filter` is a filter; `filter[a][b]` has components a, b.
const BRACKETED = /^(filter|fields|page)((?:\[[^\]]*\])+)$/;

function brackets(suffix: string): string[] {
  return [...suffix.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!);
}

/** `parse-integer :junk-allowed t`: `5abc` is 5, `abc` falls back to the default. */
function integer(text: string | null, fallback: number): number {
  const match = text === null ? null : /^\s*([+-]?\d+)/.exec(text);
  return match ? Number(match[1]) : fallback;
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
      // Split as mu does: an empty `include=` (or `a,,b`) is a path of one empty name, which fails.
      for (const path of value.split(',')) query.include.push(path.trim().split('.'));
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
  query.page.number = integer(pageNumber, 0);
  query.page.size = integer(pageSize, DEFAULT_PAGE_SIZE);
  query.page.sizeGiven = pageSize !== null;
  query.page.numberGiven = pageNumber !== null;
  return query;
}
