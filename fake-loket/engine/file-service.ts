/**
 * The file service behind `/files` uploads, downloads and deletes (mu-semtech/file-service v3.3.0
 * `web.rb`): `POST /files` takes multipart field `file` and makes two file objects, the virtual one
 * it answers with and the physical `share://` one (the virtual file's `download`, where the domain
 * has that link);
 * `GET /files/:id/download` sends the bytes (404 when the id is unknown or not visible);
 * `DELETE /files/:id` removes both.
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

/**
 * What `FileMagic.new(MAGIC_MIME).file(path)` (libmagic) says of the bytes, approximated for the
 * common cases: it reads the content, never the name or the browser's type, and adds a charset.
 */
export function magicMime(bytes: Uint8Array): string {
  const starts = (...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
  if (bytes.length === 0) return 'application/x-empty; charset=binary';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf; charset=binary';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png; charset=binary';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg; charset=binary';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif; charset=binary';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'application/zip; charset=binary';
  const text = (byte: number) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte !== 127);
  if (bytes.every((byte) => byte < 128 && text(byte))) return 'text/plain; charset=us-ascii';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (bytes.every((byte) => byte >= 128 || text(byte))) return 'text/plain; charset=utf-8';
  } catch {
    // not UTF-8: binary
  }
  return 'application/octet-stream; charset=binary';
}

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
  const format = magicMime(bytes);
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
