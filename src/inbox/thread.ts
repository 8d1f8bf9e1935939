/**
 * One conversation with all its berichten, as the Loket's conversation view reads it
 * (frontend-loket routes/berichtencentrum/berichten/conversatie.js:
 * `include=berichten.van,berichten.auteur,berichten.bijlagen`), plus each sender's classification
 * (`berichten.van.classificatie`: the Loket's view fetches it per sender afterwards, one request
 * each). Berichten are shown oldest first (components/berichtencentrum/conversatie-view.js).
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import type { ResourceView } from '../api/document.js';
import { conversationFromView, type Conversation } from '../api/messages.js';
import { LoketError } from '../api/errors.js';
import { query } from '../api/query.js';

export interface Attachment {
  id: string;
  filename?: string;
  /** The media type the file service read from the bytes, e.g. `application/pdf; charset=binary`. */
  format?: string;
  /** Bytes. */
  size?: number;
  extension?: string;
}

export interface Party {
  id: string;
  /** The resource type (`bestuurseenheden`, or a subclass such as `worship-services`). */
  type: string;
  name?: string;
  /** `Gemeente`, `OCMW`, …: the Loket shows it before the name. */
  classification?: string;
}

export interface ThreadMessage {
  id: string;
  sentAt?: Date;
  receivedAt?: Date;
  /** Plain text (schema:text). */
  text?: string;
  type?: string;
  sender?: Party;
  /** Who wrote it; unknown (undefined) when the author is a user of another bestuur, whose graph is not readable. */
  author?: { id: string; name?: string };
  attachments: Attachment[];
}

export interface Thread {
  conversation: Conversation;
  /** Oldest first. */
  messages: ThreadMessage[];
  /** The berichten as the conversation links them (the reply writes them back with the new one). */
  messageIds: string[];
}

/** The Loket's include, with the senders' classification and the latest bericht (for the read marker). */
export const THREAD_INCLUDE = ['berichten.van.classificatie', 'berichten.auteur', 'berichten.bijlagen', 'laatste-bericht'] as const;

const text = (view: ResourceView, name: string) => view.string(name)?.trim() || undefined;

export function partyFromView(view: ResourceView): Party {
  const party: Party = { id: view.id, type: view.type };
  const name = text(view, 'naam');
  if (name) party.name = name;
  const classification = view.one('classificatie');
  const label = classification?.resolved ? text(classification, 'label') : undefined;
  if (label) party.classification = label;
  return party;
}

export function attachmentFromView(view: ResourceView): Attachment {
  const attachment: Attachment = { id: view.id };
  const filename = text(view, 'filename');
  if (filename) attachment.filename = filename;
  const format = text(view, 'format');
  if (format) attachment.format = format;
  const size = view.number('size');
  if (size !== undefined && size >= 0) attachment.size = size;
  const extension = text(view, 'extension');
  if (extension) attachment.extension = extension;
  return attachment;
}

export function threadMessageFromView(view: ResourceView): ThreadMessage {
  const message: ThreadMessage = { id: view.id, attachments: (view.many('bijlagen') ?? []).filter((file) => file.resolved).map(attachmentFromView) };
  const sentAt = view.dateTime('verzonden');
  if (sentAt) message.sentAt = sentAt;
  const receivedAt = view.dateTime('aangekomen');
  if (receivedAt) message.receivedAt = receivedAt;
  // Not trimmed: line breaks and indentation are part of a letter.
  const content = view.string('inhoud');
  if (content?.trim()) message.text = content;
  const type = text(view, 'type-communicatie');
  if (type) message.type = type;
  const sender = view.one('van');
  if (sender?.resolved) message.sender = partyFromView(sender);
  const author = view.one('auteur');
  if (author?.resolved) {
    const name = [text(author, 'voornaam'), text(author, 'achternaam')].filter(Boolean).join(' ');
    message.author = name ? { id: author.id, name } : { id: author.id };
  }
  return message;
}

/** Oldest first; berichten without a send date last, in the order the conversation links them. */
export function byDateSent(a: ThreadMessage, b: ThreadMessage): number {
  const x = a.sentAt?.getTime() ?? Infinity;
  const y = b.sentAt?.getTime() ?? Infinity;
  return x === y ? 0 : x < y ? -1 : 1;
}

export async function fetchThread(client: LoketClient, id: string, options: RequestOptions = {}): Promise<Thread> {
  const document = await client.get(`conversaties/${encodeURIComponent(id)}`, query().include(...THREAD_INCLUDE), options);
  const view = document.primary;
  if (!view) throw new LoketError('bad-response', { message: `No conversation ${id} in the answer` });
  const berichten = view.many('berichten') ?? [];
  return {
    conversation: conversationFromView(view),
    messages: berichten.filter((bericht) => bericht.resolved).map(threadMessageFromView).sort(byDateSent),
    messageIds: berichten.map((bericht) => bericht.id),
  };
}

/** The download link of an attachment (frontend-loket app/models/file.js `downloadLink`). */
export function downloadPath(attachment: Attachment): string {
  const name = attachment.filename ? `?name=${encodeURIComponent(attachment.filename)}` : '';
  return `files/${encodeURIComponent(attachment.id)}/download${name}`;
}
