/**
 * The file service behind `/files` uploads, downloads and deletes (mu-semtech/file-service v3.3.0
 * `web.rb`): `POST /files` takes multipart field `file` and makes two file objects, the virtual one
 * it answers with and the physical `share://` one (the virtual file's `download`, where the domain
 * has that link); its `format` is what libmagic reads from the bytes (`FileMagic::MAGIC_MIME`),
 * its `extension` what follows the name's last dot (the whole name when it has none);
 * `GET /files/:id/download` sends the bytes: it looks for the physical file whose
 * `nie:dataSource` is the given one, so a virtual file without its physical one, an unknown id or
 * one the session cannot see answer 404 with no body;
 * `DELETE /files/:id` removes both (404, no body, when there is no such pair).
 */
import type { RouteContext } from '../family.js';
import { jsonApi, noContent, specError } from '../http.js';
import type { StoredResource } from '../schema.js';

const FILE_BASE = 'http://data.lblod.info/files/';

export type StoredBytes = Map<string, { bytes: Uint8Array; type: string }>;

function freshId(context: RouteContext): string {
  for (;;) {
    const id = context.random.uuid();
    if (!context.sudo.anyWithId(id)) return id;
  }
}

/** What a seeded file (an attachment the seed describes but holds no bytes for) downloads as. */
function placeholder(record: StoredResource): { bytes: Uint8Array; type: string } {
  const name = String(record.attributes['filename'] ?? 'bijlage');
  return { bytes: new TextEncoder().encode(`Voorbeeldbestand van de fake Loket: ${name}\n`), type: String(record.attributes['format'] ?? 'text/plain') };
}

/** Rack's `mime_type` of a file extension, as `send_file` sets it (the common ones). */
const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  xml: 'application/xml',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
};

/** Ruby's `name.split('.').last`: the part after the last dot (the whole name without one). */
function extensionOf(name: string): string {
  const parts = name.split('.');
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts[parts.length - 1] ?? '';
}

/** The physical file of a virtual one: the file whose `nie:dataSource` it is (stored as the virtual's `download`). */
function physicalOf(context: RouteContext, record: StoredResource): StoredResource | undefined {
  const id = record.relationships['download'];
  return typeof id === 'string' ? context.db.get('files', id) : undefined;
}

export async function fileService(context: RouteContext, stored: StoredBytes): Promise<Response> {
  const method = context.request.method.toUpperCase();
  const download = /^\/files\/([^/]+)\/download\/?$/.exec(context.path);
  if (method === 'GET' && download) {
    // `?uri mu:uuid "id". ?fileUrl nie:dataSource ?uri`, through mu-authorization: 404 (no body) when nothing is seen.
    const record = context.db.get('files', download[1]!);
    if (!record) return new Response(null, { status: 404 });
    const physical = physicalOf(context, record);
    // Without its physical file (`?fileUrl nie:dataSource ?uri` finds nothing) there is nothing to send.
    if (!physical && context.sudo.relationship('files', 'download')) return new Response(null, { status: 404 });
    const { bytes } = stored.get(record.id) ?? placeholder(record);
    // `send_file path, filename: params['name'] || File.basename(path)`: the stored name, `<uuid>.<ext>`.
    const shareName = physical ? String(physical.attributes['uri'] ?? '').replace(/^share:\/\//, '') : String(record.attributes['filename'] ?? record.id);
    const name = context.url.searchParams.get('name') ?? shareName;
    const disposition = context.url.searchParams.get('content-disposition')?.toLowerCase() === 'inline' ? 'inline' : 'attachment';
    const type = MIME_BY_EXTENSION[extensionOf(shareName).toLowerCase()] ?? 'application/octet-stream';
    return new Response(bytes as BodyInit, {
      status: 200,
      headers: { 'Content-Type': type, 'Content-Length': String(bytes.length), 'Content-Disposition': `${disposition}; filename="${name.replace(/["\r\n]/g, '_')}"` },
    });
  }
  if (method === 'POST' && /^\/files\/?$/.test(context.path)) return upload(context, stored);
  const one = /^\/files\/([^/]+)\/?$/.exec(context.path);
  if (method === 'DELETE' && one) {
    const record = context.db.get('files', one[1]!);
    if (!record) return new Response(null, { status: 404 });
    // mu-authorization drops a delete the session may not make; the service still answers 204.
    if (context.db.scope.canWrite('files')) {
      const physical = physicalOf(context, record);
      if (physical) context.sudo.remove('files', physical.id);
      context.sudo.remove('files', record.id);
      stored.delete(record.id);
      context.changed();
    }
    return noContent();
  }
  return specError(404, 'Not found');
}

async function upload(context: RouteContext, stored: StoredBytes): Promise<Response> {
  let form: FormData;
  try {
    form = await context.request.formData();
  } catch {
    return specError(400, 'File parameter is required.');
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) return specError(400, 'File parameter is required.');
  const filename = file instanceof File && file.name ? file.name : 'blob';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const extension = extensionOf(filename);
  const format = sniffFormat(bytes);
  const id = freshId(context);
  const physicalId = freshId(context);
  const now = context.now().toISOString();
  const owner = context.db.scope.ownerForNew('files');
  const attributes = { filename, format, size: bytes.length, extension, created: now, modified: now };
  const shareName = `${physicalId}.${extension}`;
  const virtual: StoredResource = {
    type: 'files',
    id,
    attributes: { uri: `${FILE_BASE}${id}`, ...attributes },
    relationships: context.sudo.relationship('files', 'download') ? { download: physicalId } : {},
  };
  const physical: StoredResource = { type: 'files', id: physicalId, attributes: { uri: `share://${shareName}`, ...attributes, filename: shareName }, relationships: {} };
  if (context.db.scope.canWrite('files')) {
    if (owner) virtual.owner = physical.owner = owner;
    context.sudo.put(virtual);
    context.sudo.put(physical);
    stored.set(id, { bytes, type: format });
    context.changed();
  }
  return jsonApi(
    { data: { type: 'files', id, attributes: { name: filename, format, size: bytes.length, extension } }, links: { self: `/files/${id}` } },
    201,
  );
}

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));

/**
 * What libmagic (`FileMagic::MAGIC_MIME`, as the file service asks it) says of the bytes, for the
 * kinds of files a bestuur sends: the media type and its charset. The browser's own idea of the
 * type (`file.type`) is not used, as the real service ignores it too.
 */
export function sniffFormat(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'application/x-empty; charset=binary';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf; charset=binary';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'image/png; charset=binary';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'image/jpeg; charset=binary';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'image/gif; charset=binary';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    // An office document is a zip whose first entry names what it is.
    const head = ascii(bytes, 0, Math.min(bytes.length, 2048));
    if (head.includes('word/')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document; charset=binary';
    if (head.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; charset=binary';
    const odf = /mimetypeapplication\/(vnd\.oasis\.opendocument\.[a-z.]+)/.exec(head);
    return odf ? `application/${odf[1]}; charset=binary` : 'application/zip; charset=binary';
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.some((byte) => byte === 0)) return 'application/octet-stream; charset=binary';
  if (sample.every((byte) => byte < 0x80)) return 'text/plain; charset=us-ascii';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length < bytes.length ? sample.subarray(0, sample.length - 4) : sample);
    return 'text/plain; charset=utf-8';
  } catch {
    return 'application/octet-stream; charset=binary';
  }
}
