/**
 * The inbox's list of conversations: the Loket's own list request (frontend-loket
 * routes/berichtencentrum/berichten.js: `include=laatste-bericht.van`, page size 20, sorted on
 * `-laatste-bericht.verzonden`), with its five sortable columns
 * (components/berichtencentrum/conversatie-table.hbs), plus what the Loket's list lacks: a search
 * in subject and dossier number and a filter on the type of communication (mu-cl-resources
 * filters on attributes of `conversaties`, master-messages-domain.lisp), and the send date and
 * sender of every bericht (`include=berichten.van` in sparse fieldsets) to count the reply
 * deadline from.
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import type { ResourceView } from '../api/document.js';
import { conversationFromView, type Conversation } from '../api/messages.js';
import { query, type Query } from '../api/query.js';
import type { DeadlineMessage } from './deadline.js';

export type InboxSortKey = 'subject' | 'type' | 'dossier' | 'sent' | 'sender' | 'deadline';
export type SortDirection = 'ascending' | 'descending';

export interface InboxSort {
  key: InboxSortKey;
  direction: SortDirection;
}

export interface InboxFilters {
  /** Contained in the subject or the dossier number (case-insensitive, as mu-cl-resources matches). */
  text: string;
  /** A type of communication, exactly; empty: every type. */
  type: string;
  /** Only conversations with something unread. */
  unread: boolean;
  /** Only conversations whose reply period runs and has not been answered. */
  due: boolean;
}

export const NO_FILTERS: InboxFilters = { text: '', type: '', unread: false, due: false };
export const DEFAULT_SORT: InboxSort = { key: 'sent', direction: 'descending' };

/** The types of communication the Loket writes (frontend-loket app/models/bericht.js COMMUNICATION_TYPES). */
export const COMMUNICATION_TYPES = ['Kennisgeving toezichtsbeslissing', 'Opvraging', 'Reactie'] as const;

/** The Loket's sort value per column; `true`: `:no-case:` (conversatie-table.hbs, dasherized as ember-data sends it). */
const SORT_FIELDS: Record<Exclude<InboxSortKey, 'deadline'>, [path: string, noCase: boolean]> = {
  subject: ['betreft', true],
  type: ['current-type-communicatie', true],
  dossier: ['dossiernummer', true],
  sent: ['laatste-bericht.verzonden', false],
  sender: ['laatste-bericht.van.naam', true],
};

export function hasFilters(filters: InboxFilters): boolean {
  return filters.text.trim() !== '' || filters.type !== '' || filters.unread || filters.due;
}

/** A header click sorts on its column; a second click flips it. Dates and deadlines start with the nearest. */
export function nextSort(current: InboxSort, key: InboxSortKey): InboxSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'sent' ? 'descending' : 'ascending' };
}

export interface InboxConversation extends Conversation {
  /** Every bericht with its send date and sender (for the deadline); empty when none was sent. */
  messages: DeadlineMessage[];
}

export function inboxConversationFromView(view: ResourceView): InboxConversation {
  const messages = (view.many('berichten') ?? []).map((bericht) => {
    const message: DeadlineMessage = { id: bericht.id };
    const sentAt = bericht.dateTime('verzonden');
    if (sentAt) message.sentAt = sentAt;
    const sender = bericht.one('van');
    if (sender) message.senderId = sender.id;
    return message;
  });
  return { ...conversationFromView(view), messages };
}

export interface ListQueryOptions {
  /** Only conversations whose latest bericht was sent after this instant (the unread window). */
  sentAfter?: Date;
  /** Only conversations with a reply period (`filter[:has:reactietermijn]`). */
  withPeriod?: boolean;
}

/**
 * The query for the conversations the filters select, sorted by the server on the column (the
 * deadline, a computed value, is sorted by the widget; the server keeps its default order then).
 */
export function listQuery(filters: InboxFilters, sort: InboxSort, options: ListQueryOptions = {}): Query {
  let q = query()
    .include('laatste-bericht.van', 'berichten.van')
    .fields('berichten', ['verzonden', 'van'])
    .fields('bestuurseenheden', ['naam']);
  const text = filters.text.trim();
  if (text) q = q.or((group) => group.contains('betreft', text).contains('dossiernummer', text));
  if (filters.type) q = q.exact('current-type-communicatie', filters.type);
  if (options.sentAfter) q = q.gt('laatste-bericht.verzonden', options.sentAfter.toISOString());
  if (options.withPeriod) q = q.has('reactietermijn');
  const server = sort.key === 'deadline' ? DEFAULT_SORT : sort;
  const [path, noCase] = SORT_FIELDS[server.key as Exclude<InboxSortKey, 'deadline'>];
  return q.sort(path, server.direction === 'ascending' ? 'asc' : 'desc', { noCase });
}

export interface ConversationPage {
  items: InboxConversation[];
  count: number;
}

/** One page as the server pages it. */
export async function fetchConversationPage(client: LoketClient, q: Query, number: number, size: number, options: RequestOptions = {}): Promise<ConversationPage> {
  const page = await client.list('conversaties', q.page(number, size), inboxConversationFromView, options);
  return { items: page.items, count: page.count ?? number * size + page.items.length + page.skipped };
}

/** At most this many conversations are read at once for a filter or sort the server cannot do. */
export const MAX_LOCAL = 2000;

export interface AllConversations {
  items: InboxConversation[];
  /** More matched than were read (see MAX_LOCAL). */
  truncated: boolean;
}

/** Every conversation the query selects, in the server's order, 100 a page. */
export async function fetchAllConversations(client: LoketClient, q: Query, options: RequestOptions = {}): Promise<AllConversations> {
  const all = await client.getAll('conversaties', q, inboxConversationFromView, { ...options, pageSize: 100, maxPages: MAX_LOCAL / 100 });
  return { items: all.items, truncated: all.count !== undefined && all.items.length + all.skipped < all.count };
}
