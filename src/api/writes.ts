/**
 * The client's writes: serialising a resource and reading the answer. A chunk of its own, loaded
 * on the first write (see `LoketClient.create`), so read-only widgets never download it.
 */
import type { Options } from 'ky';
import type { RequestOptions, ResourceInput } from './client.js';
import { LoketDocument, type ResourceView } from './document.js';
import { LoketError } from './errors.js';
import { parseDocumentText } from './jsonapi-schema.js';

/**
 * One request through the client: media types, token, timeout, normalised errors. Never retried.
 * A FormData body goes as multipart; `extra` are ky options (an upload's progress and timeout).
 */
export type Write = (method: string, url: string, body: unknown, signal?: AbortSignal, extra?: Options) => Promise<string>;

export interface UploadProgress {
  /** 0 to 1. */
  percent: number;
  transferredBytes: number;
  totalBytes: number;
}

export interface UploadOptions extends RequestOptions {
  /** Where the file service listens; default `files`. */
  path?: string;
  /** The name sent with the file; default the File's own name. */
  filename?: string;
  /**
   * Called as the body goes out, where the browser can stream a request body (Chromium, over
   * HTTP/2 or later); elsewhere once, at 100 %, when the file service has answered.
   */
  onProgress?: (progress: UploadProgress) => void;
}

/** What the file service answers for an upload (`data.attributes.name`, `format`, `size`, `extension`). */
export interface UploadedFile {
  id: string;
  filename: string;
  format?: string;
  size?: number;
  extension?: string;
}

export async function create(
  write: Write,
  lang: string,
  type: string,
  input: ResourceInput,
  options: RequestOptions & { path?: string },
): Promise<ResourceView> {
  const url = options.path ?? encodeURIComponent(type);
  const text = await write('POST', url, { data: { type, ...serialize(input) } }, options.signal);
  const created = new LoketDocument(parseDocumentText(text, { method: 'POST', url }), lang).primary;
  if (!created) {
    throw new LoketError('bad-response', { method: 'POST', url, message: 'No resource in the answer' });
  }
  return created;
}

export async function update(write: Write, type: string, id: string, input: ResourceInput, options: RequestOptions): Promise<void> {
  await write('PATCH', resourcePath(type, id), { data: { type, id, ...serialize(input) } }, options.signal);
}

export async function remove(write: Write, type: string, id: string, options: RequestOptions): Promise<void> {
  await write('DELETE', resourcePath(type, id), undefined, options.signal);
}

function resourcePath(type: string, id: string): string {
  return `${encodeURIComponent(type)}/${encodeURIComponent(id)}`;
}

function serialize(input: ResourceInput) {
  const { uri: _uri, ...attributes } = input.attributes ?? {};
  const relationships = Object.fromEntries(
    Object.entries(input.relationships ?? {}).map(([name, data]) => [name, { data }]),
  );
  return {
    ...(Object.keys(attributes).length ? { attributes } : {}),
    ...(Object.keys(relationships).length ? { relationships } : {}),
  };
}

/** Whether `Request` takes a stream body (`duplex: 'half'`), ky's own test for `onUploadProgress`. */
function requestStreams(): boolean {
  let duplexAsked = false;
  try {
    const hasContentType = new Request('https://streams.invalid', {
      method: 'POST',
      body: new ReadableStream(),
      get duplex() {
        duplexAsked = true;
        return 'half';
      },
    } as RequestInit).headers.has('Content-Type');
    return duplexAsked && !hasContentType;
  } catch {
    return false;
  }
}

/**
 * Senders whose streamed bodies never left: Chromium refuses a streamed request body on an
 * HTTP/1.1 connection (it needs HTTP/2 or later) with a network error before anything is sent.
 */
const streamsRefused = new WeakSet<Write>();

/**
 * Whether the page's last request to that origin went over HTTP/1.x (resource timing's
 * `nextHopProtocol`), where a streamed body cannot go: then the upload is sent whole at once, and
 * the browser's console shows no refused attempt. Unknown (no request yet, another transport): false.
 */
function overHttp1(url: string): boolean {
  const entries = (globalThis.performance?.getEntriesByType?.('resource') ?? []) as PerformanceResourceTiming[];
  const origin = new URL(url).origin;
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!;
    if (entry.nextHopProtocol && entry.name.startsWith(`${origin}/`)) return entry.nextHopProtocol.startsWith('http/1');
  }
  return false;
}

export async function upload(write: Write, file: Blob, options: UploadOptions, absoluteUrl: string): Promise<UploadedFile> {
  const url = options.path ?? 'files';
  const form = new FormData();
  form.append('file', file, options.filename ?? (file instanceof File ? file.name : 'blob'));
  const { signal, onProgress } = options;
  const stream = !!onProgress && !streamsRefused.has(write) && requestStreams() && !overHttp1(absoluteUrl);
  // No timeout while the body goes out: a large file on a slow line takes what it takes.
  const send = (streamed: boolean) => write('POST', url, form, signal, { timeout: false, ...(streamed ? { onUploadProgress: onProgress } : {}) });
  let text: string;
  try {
    text = await send(stream);
  } catch (error) {
    const left = !(error instanceof LoketError && error.kind === 'network') || signal?.aborted || globalThis.navigator?.onLine === false;
    if (!stream || left) throw error;
    // Once more, without progress; if that goes through, this client never streams again.
    text = await send(false);
    streamsRefused.add(write);
  }
  const created = new LoketDocument(parseDocumentText(text, { method: 'POST', url }), options.lang).primary;
  const filename = created?.string('name');
  if (!created || created.type !== 'files' || filename === undefined) {
    throw new LoketError('bad-response', { method: 'POST', url, message: 'No file in the answer' });
  }
  if (!stream && onProgress) onProgress({ percent: 1, transferredBytes: file.size, totalBytes: file.size });
  const uploaded: UploadedFile = { id: created.id, filename };
  const format = created.string('format');
  if (format) uploaded.format = format;
  const size = created.number('size');
  if (size !== undefined) uploaded.size = size;
  const extension = created.string('extension');
  if (extension) uploaded.extension = extension;
  return uploaded;
}
