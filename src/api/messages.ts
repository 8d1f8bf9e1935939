/**
 * The messages family: conversations of the message centre (`/conversaties`) with their latest
 * bericht. Mapping is lenient (see ResourceView): a conversation without subject or latest bericht
 * still becomes an item; only its id is required. Models hold plain data (strings, Dates), so they
 * survive structured clone when one tab hands them to the others.
 */
import type { LoketClient, RequestOptions } from './client.js';
import type { ResourceView } from './document.js';
import { query, type Query } from './query.js';

export interface LatestMessage {
  id: string;
  sentAt?: Date;
  /** e.g. "Kennisgeving toezichtsbeslissing", "Opvraging", "Reactie". */
  type?: string;
  senderId?: string;
  senderName?: string;
}

export interface Conversation {
  id: string;
  /** `betreft`. */
  subject?: string;
  dossierNumber?: string;
  /** `current-type-communicatie`. */
  type?: string;
  /** ISO 8601 duration (`P30D`) within which a reaction is expected. */
  responsePeriod?: string;
  latest?: LatestMessage;
}

export interface ConversationWindow {
  conversations: Conversation[];
  /** `meta.count`: every conversation of the bestuur, when the server says. */
  total?: number;
}

/** The bestuur's conversations, newest message first, with the latest bericht and its sender. */
export function latestConversationsQuery(bestuurseenheid: string, size: number): Query {
  return query()
    .ids([bestuurseenheid], 'berichten.naar')
    .include('laatste-bericht.van')
    .sort('laatste-bericht.verzonden', 'desc')
    .page(0, size);
}

function text(view: ResourceView, name: string): string | undefined {
  return view.string(name)?.trim() || undefined;
}

export function latestMessageFromView(view: ResourceView): LatestMessage {
  const message: LatestMessage = { id: view.id };
  const sentAt = view.dateTime('verzonden');
  if (sentAt) message.sentAt = sentAt;
  const type = text(view, 'type-communicatie');
  if (type) message.type = type;
  const sender = view.one('van');
  if (sender) {
    message.senderId = sender.id;
    const name = sender.resolved ? text(sender, 'naam') : undefined;
    if (name) message.senderName = name;
  }
  return message;
}

export function conversationFromView(view: ResourceView): Conversation {
  const conversation: Conversation = { id: view.id };
  const subject = text(view, 'betreft');
  if (subject) conversation.subject = subject;
  const dossierNumber = text(view, 'dossiernummer');
  if (dossierNumber) conversation.dossierNumber = dossierNumber;
  const type = text(view, 'current-type-communicatie');
  if (type) conversation.type = type;
  const responsePeriod = text(view, 'reactietermijn');
  if (responsePeriod) conversation.responsePeriod = responsePeriod;
  const latest = view.one('laatste-bericht');
  if (latest?.resolved) conversation.latest = latestMessageFromView(latest);
  return conversation;
}

/** One request: the latest `size` conversations addressed to the bestuur. */
export async function fetchLatestConversations(
  client: LoketClient,
  bestuurseenheid: string,
  size: number,
  options: RequestOptions = {},
): Promise<ConversationWindow> {
  const page = await client.list('conversaties', latestConversationsQuery(bestuurseenheid, size), conversationFromView, options);
  return page.count === undefined ? { conversations: page.items } : { conversations: page.items, total: page.count };
}
