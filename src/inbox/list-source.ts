/**
 * What the inbox's list shows for its filters, sort and page. The server pages, searches and
 * sorts what it can (see conversations.ts); "unread", "answer due" and the deadline column rest on
 * what only the browser knows (the read markers, today's date, the Belgian calendar), so then every
 * conversation the server can narrow down to is read once (100 a request) and filtered, sorted and
 * paged here; paging through such a result asks nothing more.
 */
import type { LoketClient } from '../api/client.js';
import type { UnreadRules } from '../messages/unread.js';
import {
  fetchAllConversations,
  fetchConversationPage,
  listQuery,
  type AllConversations,
  type InboxConversation,
  type InboxFilters,
  type InboxSort,
} from './conversations.js';
import { byUrgency, replyDeadline, type Deadline, type DeadlineRules } from './deadline.js';

export interface ListRequest {
  filters: InboxFilters;
  sort: InboxSort;
  page: number;
  size: number;
}

export interface ListContext {
  deadlineRules: DeadlineRules;
  unreadRules: UnreadRules;
  isUnread(conversation: InboxConversation): boolean;
}

export interface ListResult {
  items: InboxConversation[];
  count: number;
  /** Filtered or sorted in the browser over more conversations than it reads at once. */
  truncated: boolean;
}

export function needsLocal(request: Pick<ListRequest, 'filters' | 'sort'>): boolean {
  return request.filters.unread || request.filters.due || request.sort.key === 'deadline';
}

export function deadlineOf(conversation: InboxConversation, rules: DeadlineRules): Deadline | undefined {
  return replyDeadline(conversation.responsePeriod, conversation.messages, rules);
}

/** Conversations with an open deadline by urgency (the others after them, as the server ordered them). */
function sortByDeadline(items: InboxConversation[], rules: DeadlineRules, descending: boolean): InboxConversation[] {
  const dated = items.map((conversation) => ({ conversation, deadline: deadlineOf(conversation, rules) }));
  const due = dated.filter((entry) => entry.deadline).sort((a, b) => byUrgency(a.deadline!, b.deadline!) * (descending ? -1 : 1));
  return [...due, ...dated.filter((entry) => !entry.deadline)].map((entry) => entry.conversation);
}

/** Loads pages; keeps the last full read for a local view, so paging it costs no request. */
export class ListSource {
  #all: { key: string; read: Promise<AllConversations> } | undefined;

  constructor(private readonly client: () => LoketClient) {}

  /** Forget what was read (after a reply, or when the user asks to refresh). */
  clear(): void {
    this.#all = undefined;
  }

  async load(request: ListRequest, context: ListContext, signal: AbortSignal): Promise<ListResult> {
    const { filters, sort, page, size } = request;
    if (!needsLocal(request)) {
      const q = listQuery(filters, sort);
      const result = await fetchConversationPage(this.client(), q, page, size, { signal });
      return { ...result, truncated: false };
    }
    const notBefore = context.unreadRules.notBefore;
    const q = listQuery(filters, sort, {
      // Nothing older than the unread window counts as unread: the server leaves those out.
      ...(filters.unread && notBefore !== undefined ? { sentAfter: new Date(notBefore) } : {}),
      withPeriod: filters.due,
    });
    const key = q.toString();
    if (this.#all?.key !== key) {
      const read = fetchAllConversations(this.client(), q, { signal });
      this.#all = { key, read };
      read.catch(() => this.#all?.read === read && (this.#all = undefined));
    }
    const all = await this.#all.read;
    let items = all.items;
    if (filters.unread) items = items.filter((conversation) => context.isUnread(conversation));
    if (filters.due) items = items.filter((conversation) => deadlineOf(conversation, context.deadlineRules));
    if (sort.key === 'deadline') items = sortByDeadline(items, context.deadlineRules, sort.direction === 'descending');
    return { items: items.slice(page * size, (page + 1) * size), count: items.length, truncated: all.truncated };
  }
}

export interface OpenDeadline extends Deadline {
  conversation: InboxConversation;
}

/** Every open deadline of the bestuur, most urgent first (one read of the conversations with a period). */
export async function fetchOpenDeadlines(client: LoketClient, rules: DeadlineRules, signal?: AbortSignal): Promise<OpenDeadline[]> {
  const q = listQuery({ text: '', type: '', unread: false, due: true }, { key: 'sent', direction: 'descending' }, { withPeriod: true });
  const { items } = await fetchAllConversations(client, q, { signal });
  const open: OpenDeadline[] = [];
  for (const conversation of items) {
    const deadline = deadlineOf(conversation, rules);
    if (deadline) open.push({ ...deadline, conversation });
  }
  return open.sort(byUrgency);
}
