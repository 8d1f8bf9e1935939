/**
 * The client's writes: serialising a resource and reading the answer. A chunk of its own, loaded
 * on the first write (see `LoketClient.create`), so read-only widgets never download it.
 */
import type { RequestOptions, ResourceInput } from './client.js';
import { LoketDocument, type ResourceView } from './document.js';
import { LoketError } from './errors.js';
import { parseDocumentText } from './jsonapi-schema.js';

/** One request through the client: media types, token, timeout, normalised errors. Never retried. */
export type Write = (method: string, url: string, body: unknown, signal?: AbortSignal) => Promise<string>;

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
