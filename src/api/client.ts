/**
 * The one way to the Loket, on ky (1.x). ky does the HTTP: the URL prefix, the default headers, the
 * timeout per attempt, retrying reads with backoff and `Retry-After`, and the hook that reads an
 * error answer. What stays here are the Loket's own rules on top: identical reads in flight share one
 * request, a user's retry starts afresh (`refresh()`), writes are never retried, every failure is one
 * normalised `LoketError`, and documents are validated before anyone reads them.
 *
 * ky 1.x, not 2: ky 2 needs Node 22 (the machines here run Node 20) and weighs 8.9 KB min+gzip
 * against 5.0 KB. Its timeout bounds the wait for an answer's headers, not the body: a body that
 * stalls halfway is ended by the caller's signal (the widget leaving the page), not by the timeout.
 */
import ky, { HTTPError, TimeoutError, type KyInstance, type Options } from 'ky';
import { abortable, abortedError, throwIfAborted } from './abort.js';
import { LoketDocument, type DocumentLinks, type ResourceView } from './document.js';
import { LoketError, isLoketError } from './errors.js';
import { parseDocumentText, type JsonApiDocument, type ResourceIdentifier } from './jsonapi-schema.js';
import { Query, type PageInfo } from './query.js';
import { SharedRead } from './shared-read.js';
import type { UploadedFile, UploadOptions, Write } from './writes.js';

export const JSON_API_MEDIA_TYPE = 'application/vnd.api+json';

/** What the client sends requests through; `fetch` and the fake Loket's handler both fit. */
export type Transport = (request: Request, init?: RequestInit) => Promise<Response>;

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** First backoff delay in ms, doubled each retry (default 300). */
  baseDelay?: number;
  /** No wait is longer: the backoff stops growing here, and a `Retry-After` beyond it is not
   * waited for at all, so the widget can tell the user instead of hanging (default 10000). */
  maxDelay?: number;
}

/**
 * Reads are retried on the gateway statuses and 429; 429 and 503 wait out their `Retry-After`.
 * Not on 500: mu-cl-resources answers 500 for a request it will never answer (an include it
 * cannot follow), and not on 408/413, which ky would retry by default.
 */
const RETRY_STATUSES = [429, 502, 503, 504];
const RETRY_AFTER_STATUSES = [429, 503];

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
 * reads (ky), shared identical reads, abort, validated documents and normalised errors (ours).
 */
export class LoketClient {
  readonly apiBase: string;
  lang: string;
  readonly #ky: KyInstance;
  readonly #tokenProvider?: () => Promise<string | null | undefined>;
  readonly #inflight = new Map<string, SharedRead<JsonApiDocument>>();
  /** The LoketError read from each failed answer, by ky's beforeError hook. */
  readonly #failures = new WeakMap<HTTPError, LoketError>();
  /**
   * The root is on another origin than the page. The Loket apps send no CORS headers and keep the
   * session in a SameSite=Lax cookie, so there a failed request is the browser's refusal, not the
   * network: it is not retried (each attempt would add a console line) and reads as 'cross-origin'.
   * Only with the browser's own fetch: an injected transport (a host's, the fake's) has its own rules.
   */
  readonly #crossOrigin: boolean;

  constructor(options: LoketClientOptions) {
    this.apiBase = options.apiBase;
    this.lang = options.lang ?? 'nl';
    this.#tokenProvider = options.tokenProvider;
    const pageOrigin = globalThis.location?.origin;
    this.#crossOrigin = !options.fetch && !!pageOrigin && pageOrigin !== 'null' && new URL(this.#absolute('')).origin !== pageOrigin;
    const { limit = 2, baseDelay = 300, maxDelay = 10_000 } = options.retry ?? {};
    // Looked up per call, so a page that wraps `fetch` later is still honoured.
    const transport: Transport = options.fetch ?? ((request) => fetch(request));
    this.#ky = ky.create({
      prefixUrl: this.#absolute(''),
      credentials: options.credentials ?? 'include',
      headers: { Accept: JSON_API_MEDIA_TYPE },
      timeout: options.timeout ?? 15_000,
      fetch: (input, init) => transport(input instanceof Request ? input : new Request(input, init), init),
      retry: {
        limit,
        methods: ['get'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: RETRY_AFTER_STATUSES,
        maxRetryAfter: maxDelay,
        backoffLimit: maxDelay,
        delay: (attempt) => baseDelay * 2 ** (attempt - 1),
        shouldRetry: ({ error }) => this.#worthRetrying(error, maxDelay),
      },
      hooks: {
        beforeError: [
          async (error) => {
            const { response, request } = error;
            this.#failures.set(error, await errorFor(response, request.method, this.#relative(request.url)));
            return error;
          },
        ],
      },
    });
  }

  /** The absolute URL of a path, e.g. for a download link (`files/:id/download`). */
  url(path: string, query?: QueryInput): string {
    return this.#absolute(relativeUrl(path, query));
  }

  #absolute(relative: string): string {
    return new URL(this.apiBase.replace(/\/*$/, '/') + relative, globalThis.document?.baseURI).href;
  }

  /** The path below the API root of an absolute URL, as errors report it. */
  #relative(url: string): string {
    const root = this.#absolute('');
    return url.startsWith(root) ? url.slice(root.length) : url;
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
        (sharedSignal) => this.#readDocument(url, token, sharedSignal),
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

  /**
   * A POST without a body to a service's route (the bookmark service reads none: ipdc-bookmarks
   * app.js `POST /public-services/:id/bookmarks`); answers the validated document. Never retried.
   */
  async post(path: string, options: RequestOptions = {}): Promise<LoketDocument> {
    const text = await this.#write('POST', path, undefined, options.signal);
    return new LoketDocument(parseDocumentText(text, { method: 'POST', url: path }), options.lang ?? this.lang);
  }

  remove(type: string, id: string, options: RequestOptions = {}): Promise<void> {
    return this.#withWrites((writes) => writes.remove(this.#write, type, id, options));
  }

  /**
   * `POST` a file to the file service (multipart, field `file`; mu-semtech/file-service `web.rb`)
   * and answer the file it made. Never retried; `onProgress` follows the body as it goes out
   * where the browser can tell (see writes.ts). Until the body is sent no timeout applies: a
   * large file on a slow line takes what it takes; the caller's signal cancels it.
   */
  upload(file: Blob, options: UploadOptions = {}): Promise<UploadedFile> {
    return this.#withWrites((writes) => writes.upload(this.#write, file, options, this.url(options.path ?? 'files')));
  }

  /**
   * A call to a service of the app that is not mu-cl-resources (Lokaal Mandatenbeheer's
   * `mandataris-api` and `form-content`): a JSON body in, the parsed JSON answer out (`undefined`
   * for an empty one). Only a GET is retried (a call that writes never is); errors are normalised like any other.
   */
  async call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, options: RequestOptions = {}): Promise<unknown> {
    const url = path.replace(/^\/+/, '');
    const text = await this.#write(method, url, body, options.signal);
    if (!text.trim()) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new LoketError('bad-response', { cause, method, url, message: 'The service answered no JSON' });
    }
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

  async #readDocument(url: string, token: string | undefined, signal: AbortSignal): Promise<JsonApiDocument> {
    return parseDocumentText(await this.#send('GET', url, token, signal), { method: 'GET', url });
  }

  readonly #write: Write = async (method, url, body, signal, extra) => {
    throwIfAborted(signal);
    const token = await abortable(this.#token(), signal);
    return this.#send(method, url, token, signal, body === undefined || body instanceof FormData ? body : JSON.stringify(body), extra);
  };

  /**
   * One request through ky, retries included (for reads): the answer's text, or a LoketError. The
   * wait ends on abort even when the transport ignores the request's signal.
   */
  async #send(method: string, url: string, token: string | undefined, signal?: AbortSignal, body?: string | FormData, extra?: Options): Promise<string> {
    const headers: Record<string, string> = {};
    if (token) headers['Authorization'] = `Bearer ${token}`;
    // A form sets its own multipart type (with the boundary).
    if (typeof body === 'string') headers['Content-Type'] = JSON_API_MEDIA_TYPE;
    try {
      const response = await abortable(this.#ky(url, { method, headers, body, signal, ...extra }), signal);
      return await abortable(response.text(), signal);
    } catch (error) {
      throw this.#normalised(error, method, url, signal);
    }
  }

  #normalised(error: unknown, method: string, url: string, signal?: AbortSignal): LoketError {
    if (signal?.aborted) return abortedError(signal);
    if (isLoketError(error)) return error;
    if (error instanceof HTTPError) {
      return this.#failures.get(error) ?? new LoketError('server', { status: error.response.status, method, url });
    }
    if (error instanceof TimeoutError) return new LoketError('timeout', { cause: error, method, url });
    // A transport may abort on its own, e.g. when the page unloads.
    if (error instanceof DOMException && error.name === 'AbortError') return abortedError();
    return new LoketError(this.#crossOrigin ? 'cross-origin' : 'network', { cause: error, method, url });
  }

  /**
   * ky's own rules decide (method, status, `Retry-After`), except: a `Retry-After` longer than
   * `maxDelay` is not waited for, and a network failure is not retried while the browser knows it
   * is offline, nor when the root is on another origin (see `#crossOrigin`).
   */
  #worthRetrying(error: Error, maxDelay: number): boolean | undefined {
    if (error instanceof HTTPError) {
      const retryAfter = this.#failures.get(error)?.retryAfter;
      return retryAfter !== undefined && retryAfter > maxDelay ? false : undefined;
    }
    if (error instanceof TimeoutError) return undefined;
    if (error.name === 'AbortError' || this.#crossOrigin || globalThis.navigator?.onLine === false) return false;
    return undefined;
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

