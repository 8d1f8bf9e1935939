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

export async function fileService(context: RouteContext, stored: StoredBytes): Promise<Response> {
  const method = context.request.method.toUpperCase();
  const download = /^\/files\/([^/]+)\/download\/?$/.exec(context.path);
  if (method === 'GET' && download) {
    const record = context.db.get('files', download[1]!);
    if (!record) return specError(404, 'Not found');
    const { bytes, type } = stored.get(record.id) ?? placeholder(record);
    const name = context.url.searchParams.get('name') ?? String(record.attributes['filename'] ?? record.id);
    const disposition = context.url.searchParams.get('content-disposition') === 'inline' ? 'inline' : 'attachment';
    return new Response(bytes as BodyInit, {
      status: 200,
      headers: { 'Content-Type': type, 'Content-Disposition': `${disposition}; filename="${name.replace(/["\\\r\n]/g, '_')}"` },
    });
  }
  if (method === 'POST' && /^\/files\/?$/.test(context.path)) return upload(context, stored);
  const one = /^\/files\/([^/]+)\/?$/.exec(context.path);
  if (method === 'DELETE' && one) {
    const record = context.db.get('files', one[1]!);
    if (record && context.db.scope.canWrite('files')) {
      const physical = record.relationships['download'];
      if (typeof physical === 'string') context.sudo.remove('files', physical);
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
  const filename = file instanceof File && file.name ? file.name : 'upload';
  const extension = filename.includes('.') ? filename.split('.').pop()!.toLowerCase() : '';
  const format = file.type || 'application/octet-stream';
  const id = freshId(context);
  const physicalId = freshId(context);
  const now = context.now().toISOString();
  const owner = context.db.scope.ownerForNew('files');
  const attributes = { filename, format, size: file.size, extension, created: now };
  const shareName = `${physicalId}${extension ? `.${extension}` : ''}`;
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
    stored.set(id, { bytes: new Uint8Array(await file.arrayBuffer()), type: format });
    context.changed();
  }
  return jsonApi(
    { data: { type: 'files', id, attributes: { name: filename, format, size: file.size, extension } }, links: { self: `/files/${id}` } },
    201,
  );
}
