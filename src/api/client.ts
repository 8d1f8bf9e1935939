/**
 * No HTTP library here, on purpose. A widget's self-contained bundle must stay within 20 KB
 * min+gzip with Lit, and ky alone would take about 27% of that, while all we would use of it
 * (a URL prefix, a timeout, default headers, an injectable fetch) is a few lines over `fetch`.
 * Retry, shared reads and error normalisation are our own anyway (Loket-specific rules).
 */
import { abortable, abortedError, throwIfAborted } from './abort.js';
import { LoketDocument, type DocumentLinks, type ResourceView } from './document.js';
import { LoketError, isLoketError } from './errors.js';
import { parseDocumentText, type JsonApiDocument, type ResourceIdentifier } from './jsonapi-schema.js';
import { Query, type PageInfo } from './query.js';
import { retryDelay, retryPolicy, type RetryOptions, type RetryPolicy } from './retry.js';
import { SharedRead } from './shared-read.js';
import type { Write } from './writes.js';

export const JSON_API_MEDIA_TYPE = 'application/vnd.api+json';

/** What the client sends requests through; `fetch` and the fake Loket's handler both fit. */
export type Transport = (request: Request, init?: RequestInit) => Promise<Response>;

export interface LoketClientOptions {
  /** The Loket API root, absolute or relative to the page (`/api`). */
  apiBase: string;
  /** Default `include`: the Loket keeps its session in a cookie. */
  credentials?: RequestCredentials;
  /** For hosts that front the API with tokens: adds `Authorization: Bearer <token>`. */
  tokenProvider?: () => Promise<string | null | undefined>;
  fetch?: Transport;
  /** Per attempt, in ms (default 15000). */
  timeout?: number;
  /** The UI language documents pick language strings for (default `nl`). */
  lang?: string;
  retry?: RetryOptions;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** The language this read picks language strings for; default the client's `lang`. Widgets
   * of different languages share one client, so a widget passes its own. */
  lang?: string;
}

export type Mapper<T> = (view: ResourceView) => T;

export interface ListPage<T> {
  items: T[];
  /** `meta.count`, when the server sent one. */
  count?: number;
  page: PageInfo;
  links: DocumentLinks;
  /** Resources the mapper refused as unusable (see ResourceView.required). */
  skipped: number;
}

export interface AllItems<T> {
  items: T[];
  count?: number;
  skipped: number;
}

export interface GetAllOptions extends RequestOptions {
  /** Default 100. */
  pageSize?: number;
  /** A hostile `links.next` or `meta.count` cannot make the client load forever (default 1000). */
  maxPages?: number;
}

export type RelationshipInput = ResourceIdentifier | null | readonly ResourceIdentifier[];

export interface ResourceInput {
  attributes?: Record<string, unknown>;
  relationships?: Record<string, RelationshipInput>;
}

type QueryInput = Query | URLSearchParams | undefined;

const PARALLEL_PAGES = 4;

/**
 * The one way to the Loket: JSON:API media types, credentials or bearer token, timeouts, retry of
 * reads, shared identical reads, abort, validated documents and normalised errors.
 */
export class LoketClient {
  readonly apiBase: string;
  lang: string;
  readonly #fetch: Transport;
  readonly #credentials: RequestCredentials;
  readonly #timeout: number;
  readonly #tokenProvider?: () => Promise<string | null | undefined>;
  readonly #retry: RetryPolicy;
  readonly #inflight = new Map<string, SharedRead<JsonApiDocument>>();

  constructor(options: LoketClientOptions) {
    this.apiBase = options.apiBase;
    this.lang = options.lang ?? 'nl';
    this.#tokenProvider = options.tokenProvider;
    this.#retry = retryPolicy(options.retry);
    // Looked up per call, so a page that wraps `fetch` later is still honoured.
    this.#fetch = options.fetch ?? ((request) => fetch(request));
    this.#credentials = options.credentials ?? 'include';
    this.#timeout = options.timeout ?? 15_000;
  }

  /** The absolute URL of a path, e.g. for a download link (`files/:id/download`). */
  url(path: string, query?: QueryInput): string {
    return this.#absolute(relativeUrl(path, query));
  }

  #absolute(relative: string): string {
    return new URL(this.apiBase.replace(/\/*$/, '/') + relative, globalThis.document?.baseURI).href;
  }

  /** GET a validated document. Retried when transient; identical reads in flight share one request. */
  async get(path: string, query?: QueryInput, options: RequestOptions = {}): Promise<LoketDocument> {
    const url = relativeUrl(path, query);
    const { signal } = options;
    throwIfAborted(signal);
    const token = await abortable(this.#token(), signal);
    const key = `${token ?? ''} ${url}`;
    let shared = this.#inflight.get(key);
    if (!shared || shared.abandoned) {
      const read: SharedRead<JsonApiDocument> = new SharedRead(
        (sharedSignal) => this.#withRetry(sharedSignal, () => this.#readDocument(url, token, sharedSignal)),
        () => {
          if (this.#inflight.get(key) === read) this.#inflight.delete(key);
        },
      );
      this.#inflight.set(key, read);
      shared = read;
    }
    return new LoketDocument(await shared.join(signal), options.lang ?? this.lang);
  }

  /**
   * Reads asked from now on start afresh instead of joining identical reads already in flight: a
   * user's "retry" must not wait for, and end in, an attempt that began before it (one still
   * sitting out a Retry-After, say). The reads in flight go on for whoever waits for them.
   */
  refresh(): void {
    this.#inflight.clear();
  }

  /** One page of a collection, mapped. Resources the mapper refuses are counted in `skipped`. */
  async list<T = ResourceView>(
    path: string,
    query: Query = new Query(),
    mapper: Mapper<T> = (view) => view as T,
    options: RequestOptions = {},
  ): Promise<ListPage<T>> {
    const document = await this.get(path, query, options);
    const { items, skipped } = mapResources(document.resources, mapper);
    return { items, count: document.count, page: query.pageInfo, links: document.links, skipped };
  }

  /**
   * A whole collection (a catalogue, a code list). The query's own paging is replaced. When the
   * server gives `meta.count` the remaining pages load a few at a time; otherwise `links.next` is
   * followed. Either way a short page ends it.
   */
  async getAll<T = ResourceView>(
    path: string,
    query: Query = new Query(),
    mapper: Mapper<T> = (view) => view as T,
    options: GetAllOptions = {},
  ): Promise<AllItems<T>> {
    const size = options.pageSize ?? 100;
    const maxPages = options.maxPages ?? 1000;
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    const load = (number: number) => this.list(path, query.page(number, size), mapper, { signal, lang: options.lang });
    const first = await load(0);
    const pages: ListPage<T>[] = [first];
    let done = first.items.length + first.skipped < size;
    let next = 1;
    const more = () =>
      !done && next < maxPages && (first.count === undefined ? !!pages[next - 1]?.links.next : next * size < first.count);
    const worker = async () => {
      while (more()) {
        const number = next++;
        const page = await load(number);
        pages[number] = page;
        if (page.items.length + page.skipped < size) done = true;
      }
    };
    const workers = first.count === undefined ? 1 : PARALLEL_PAGES;
    try {
      await Promise.all(Array.from({ length: workers }, worker));
    } catch (error) {
      stop.abort();
      throw options.signal?.aborted ? abortedError(options.signal) : error;
    }
    const loaded = pages.filter(Boolean);
    return {
      items: loaded.flatMap((page) => page.items),
      count: first.count,
      skipped: loaded.reduce((sum, page) => sum + page.skipped, 0),
    };
  }

  /** POST a new resource (the server makes the id); answers the created resource. Never retried. */
  create(type: string, input: ResourceInput, options: RequestOptions & { path?: string } = {}): Promise<ResourceView> {
    return this.#withWrites((writes) => writes.create(this.#write, this.lang, type, input, options));
  }

  /** PATCH only the given attributes and relationships (`uri` is never sent). Never retried. */
  update(type: string, id: string, input: ResourceInput, options: RequestOptions = {}): Promise<void> {
    return this.#withWrites((writes) => writes.update(this.#write, type, id, input, options));
  }

  remove(type: string, id: string, options: RequestOptions = {}): Promise<void> {
    return this.#withWrites((writes) => writes.remove(this.#write, type, id, options));
  }

  /**
   * Writes follow a user's action, so their code (serialising, reading the answer) is a chunk of
   * its own that read-only widgets never load. If it cannot be loaded, the write fails as offline.
   */
  async #withWrites<T>(use: (writes: typeof import('./writes.js')) => Promise<T>): Promise<T> {
    let writes: typeof import('./writes.js');
    try {
      writes = await import('./writes.js');
    } catch (cause) {
      throw new LoketError('network', { cause, message: 'Could not load the code that writes' });
    }
    return use(writes);
  }

  async #withRetry<T>(signal: AbortSignal, attempt: () => Promise<T>): Promise<T> {
    for (let retries = 0; ; retries++) {
      try {
        return await attempt();
      } catch (error) {
        const failure = asLoketError(error, signal);
        const delay = retryDelay(failure, retries, this.#retry);
        if (delay === undefined || signal.aborted) throw failure;
        await abortable(this.#retry.sleep(delay, signal), signal);
      }
    }
  }

  async #readDocument(url: string, token: string | undefined, signal: AbortSignal): Promise<JsonApiDocument> {
    return parseDocumentText(await this.#send('GET', url, token, signal), { method: 'GET', url });
  }

  readonly #write: Write = async (method, url, body, signal) => {
    throwIfAborted(signal);
    const token = await abortable(this.#token(), signal);
    return this.#send(method, url, token, signal, body === undefined ? undefined : JSON.stringify(body));
  };

  /**
   * One attempt: the answer's text, or a LoketError. The timeout covers the body too, and the
   * wait ends on abort or timeout even when the transport ignores the request's signal.
   */
  async #send(method: string, url: string, token: string | undefined, signal?: AbortSignal, body?: string): Promise<string> {
    const timeout = AbortSignal.timeout(this.#timeout);
    const attemptSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const headers: Record<string, string> = { Accept: JSON_API_MEDIA_TYPE };
    if (token) headers['Authorization'] = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = JSON_API_MEDIA_TYPE;
    const attempt = async () => {
      const request = new Request(this.#absolute(url), {
        method,
        headers,
        body,
        credentials: this.#credentials,
        signal: attemptSignal,
      });
      const response = await this.#fetch(request);
      if (!response.ok) throw await errorFor(response, method, url);
      return response.text();
    };
    try {
      return await abortable(attempt(), attemptSignal);
    } catch (error) {
      if (signal?.aborted) throw abortedError(signal);
      if (timeout.aborted) throw new LoketError('timeout', { cause: error, method, url });
      if (isLoketError(error)) throw error;
      // A transport may abort on its own, e.g. when the page unloads.
      if (error instanceof DOMException && error.name === 'AbortError') throw abortedError();
      throw new LoketError('network', { cause: error, method, url });
    }
  }

  async #token(): Promise<string | undefined> {
    if (!this.#tokenProvider) return undefined;
    try {
      return (await this.#tokenProvider()) || undefined;
    } catch (cause) {
      throw new LoketError('unauthorized', { cause, message: 'Token provider failed' });
    }
  }
}

function relativeUrl(path: string, query: QueryInput): string {
  const search = query?.toString() ?? '';
  const relative = path.replace(/^\/+/, '');
  return search ? `${relative}${relative.includes('?') ? '&' : '?'}${search}` : relative;
}

function mapResources<T>(views: ResourceView[], mapper: Mapper<T>): { items: T[]; skipped: number } {
  const items: T[] = [];
  let skipped = 0;
  for (const view of views) {
    try {
      items.push(mapper(view));
    } catch (error) {
      if (isLoketError(error) && error.kind === 'bad-response') skipped++;
      else throw new LoketError('bad-response', { cause: error, message: `Could not map ${view.type}/${view.id}` });
    }
  }
  return { items, skipped };
}

/**
 * Reading an error answer is code the happy path never runs, so it is a chunk of its own, fetched
 * on the first failure (like the languages other than Dutch). If even that chunk cannot load, the
 * status alone still makes a LoketError.
 */
async function errorFor(response: Response, method: string, url: string): Promise<LoketError> {
  let read;
  try {
    read = (await import('./response-errors.js')).errorFromResponse;
  } catch {
    const { status } = response;
    return new LoketError(status === 401 ? 'unauthorized' : 'server', { status, method, url });
  }
  return read(response, method, url);
}

function asLoketError(error: unknown, signal?: AbortSignal): LoketError {
  if (isLoketError(error)) return error;
  return signal?.aborted ? abortedError(signal) : new LoketError('network', { cause: error });
}
