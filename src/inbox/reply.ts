/**
 * Answering a conversation as the Loket does (frontend-loket
 * components/berichtencentrum/conversatie-reactie.js `verstuurBericht`), on code loaded when the
 * user starts a reply. Three writes, in this order:
 *
 * 1. `POST /berichten`: the reply with `creator` = `'pending'` (the Loket's placeholder), from the
 *    bestuur, by the user, to the first other sender, with its attachments and the conversation's
 *    current type;
 * 2. `PATCH /conversaties/:id`: the conversation's attributes as read, `berichten` with the new one
 *    added and `laatste-bericht` the new one;
 * 3. `PATCH /berichten/:id`: the same bericht with `creator` set to the frontend's URL (the
 *    model's default, app/models/bericht.js), which is what makes vendor-data-distribution pass it
 *    on, once everything else is in place.
 *
 * A write that fails leaves the draft (text, attachments) and what was already written, so sending
 * again resumes at the failed write instead of posting a second bericht.
 */
import type { LoketClient, RequestOptions, ResourceInput } from '../api/client.js';
import type { ResourceIdentifier } from '../api/jsonapi-schema.js';
import type { UploadedFile } from '../api/writes.js';
import type { Conversation } from '../api/messages.js';

/** The frontend's `creator` (app/models/bericht.js default). */
export const LOKET_CREATOR = 'https://github.com/lblod/frontend-loket';

/** What was written of a reply whose send stopped halfway. */
export interface SendProgress {
  /** The bericht created by the first write. */
  berichtId: string;
  /** ISO instant it was sent at (kept for the last write). */
  sentAt: string;
  /** The second write (the conversation) went through. */
  linked: boolean;
}

export interface ReplyDraft {
  text: string;
  files: UploadedFile[];
  sending?: SendProgress;
}

export interface ReplyAddress {
  conversation: Conversation;
  /** The berichten the conversation links, as read (the second write keeps them all). */
  messageIds: readonly string[];
  /** The bestuur answering, with its resource type (`bestuurseenheden` or a subclass). */
  own: ResourceIdentifier;
  /** The current user (`gebruikers`); null when unknown. */
  author: ResourceIdentifier | null;
  /** The first other sender; null when there is none (the Loket then sends `naar: null` too). */
  recipient: ResourceIdentifier | null;
}

export type ReplyStep = 'create' | 'link' | 'complete';

/** The first sender of the thread (oldest first) that is not the bestuur itself (`ensureOriginator`). */
export function originator(messages: readonly { sender?: { type: string; id: string } }[], own: string): ResourceIdentifier | null {
  for (const message of messages) if (message.sender && message.sender.id !== own) return { type: message.sender.type, id: message.sender.id };
  return null;
}

/** The Loket refuses to send without an attachment (`cantSend`). */
export function canSend(draft: ReplyDraft): boolean {
  return draft.files.length > 0;
}

function berichtInput(address: ReplyAddress, draft: ReplyDraft, sentAt: string, creator: string): ResourceInput {
  const type = address.conversation.type;
  return {
    attributes: {
      verzonden: sentAt,
      // ember-data's date transform writes an unset date as null.
      aangekomen: null,
      inhoud: draft.text,
      ...(type === undefined ? {} : { 'type-communicatie': type }),
      creator,
    },
    relationships: {
      van: address.own,
      auteur: address.author,
      naar: address.recipient,
      bijlagen: draft.files.map((file) => ({ type: 'files', id: file.id })),
    },
  };
}

function conversationInput(address: ReplyAddress, berichtId: string): ResourceInput {
  const { conversation } = address;
  const attributes: Record<string, unknown> = {};
  // The attributes as read; ember-data leaves out those that had no value.
  if (conversation.dossierNumber !== undefined) attributes['dossiernummer'] = conversation.dossierNumber;
  if (conversation.subject !== undefined) attributes['betreft'] = conversation.subject;
  if (conversation.type !== undefined) attributes['current-type-communicatie'] = conversation.type;
  if (conversation.responsePeriod !== undefined) attributes['reactietermijn'] = conversation.responsePeriod;
  const reply = { type: 'berichten', id: berichtId };
  return {
    attributes,
    relationships: {
      berichten: [...address.messageIds.filter((id) => id !== berichtId).map((id) => ({ type: 'berichten', id })), reply],
      'laatste-bericht': reply,
    },
  };
}

export interface SendCallbacks {
  /** After each write, with what is written so far (keep it with the draft). */
  progressed(progress: SendProgress, step: ReplyStep): void;
  now?: () => Date;
}

/** Sends (or resumes sending) a reply. Answers the new bericht's id. */
export async function sendReply(client: LoketClient, address: ReplyAddress, draft: ReplyDraft, callbacks: SendCallbacks, options: RequestOptions = {}): Promise<string> {
  if (!canSend(draft)) throw new RangeError('A reply needs at least one attachment');
  let progress = draft.sending;
  if (!progress) {
    const sentAt = (callbacks.now?.() ?? new Date()).toISOString();
    const created = await client.create('berichten', berichtInput(address, draft, sentAt, 'pending'), options);
    progress = { berichtId: created.id, sentAt, linked: false };
    callbacks.progressed(progress, 'create');
  }
  if (!progress.linked) {
    await client.update('conversaties', address.conversation.id, conversationInput(address, progress.berichtId), options);
    progress = { ...progress, linked: true };
    callbacks.progressed(progress, 'link');
  }
  await client.update('berichten', progress.berichtId, berichtInput(address, draft, progress.sentAt, LOKET_CREATOR), options);
  callbacks.progressed(progress, 'complete');
  return progress.berichtId;
}

/** Accepts only a draft this code wrote (storage may hold anything). */
export function parseDraft(raw: unknown): ReplyDraft | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { text, files, sending } = raw as Record<string, unknown>;
  if (typeof text !== 'string' || !Array.isArray(files)) return undefined;
  const clean: UploadedFile[] = [];
  for (const file of files) {
    if (!file || typeof file !== 'object') continue;
    const { id, filename, format, size, extension } = file as Record<string, unknown>;
    if (typeof id !== 'string' || typeof filename !== 'string') continue;
    const entry: UploadedFile = { id, filename };
    if (typeof format === 'string') entry.format = format;
    if (typeof size === 'number' && Number.isFinite(size)) entry.size = size;
    if (typeof extension === 'string') entry.extension = extension;
    clean.push(entry);
  }
  const draft: ReplyDraft = { text, files: clean };
  if (sending && typeof sending === 'object') {
    const { berichtId, sentAt, linked } = sending as Record<string, unknown>;
    if (typeof berichtId === 'string' && typeof sentAt === 'string' && !Number.isNaN(Date.parse(sentAt))) {
      draft.sending = { berichtId, sentAt, linked: linked === true };
    }
  }
  return draft;
}
