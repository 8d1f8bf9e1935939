/**
 * What the inbox's list shows for its filters, sort and page. The server pages, searches and
 * sorts what it can (see conversations.ts). "Unread", "answer due" and the deadline column rest on
 * what only the browser knows (the read markers, today, the Belgian calendar): that code is a chunk
 * of its own (local-list.ts), which the widget also loads, beside its first page, for the deadlines.
 */
import type { LoketClient } from '../api/client.js';
import type { UnreadRules } from '../messages/unread.js';
import { fetchConversationPage, listQuery, type AllConversations, type InboxConversation, type InboxFilters, type InboxSort } from './conversations.js';
import type { DeadlineRules } from './deadline.js';

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

/** The last full read of a local view, so that paging through it asks nothing more. */
export interface LocalCache {
  key: string;
  read: Promise<AllConversations>;
}

export function needsLocal(request: Pick<ListRequest, 'filters' | 'sort'>): boolean {
  return request.filters.unread || request.filters.due || request.sort.key === 'deadline';
}

let localChunk: Promise<typeof import('./local-list.js')> | undefined;
/** The deadline and local-list code, fetched once (again after a failure). */
export function loadLocalList(): Promise<typeof import('./local-list.js')> {
  return (localChunk ??= import('./local-list.js').catch((error: unknown) => {
    localChunk = undefined;
    throw error;
  }));
}

export class ListSource {
  readonly cache: { all?: LocalCache } = {};

  constructor(private readonly client: () => LoketClient) {}

  /** Forget what was read (after a reply, or when the user asks to refresh). */
  clear(): void {
    this.cache.all = undefined;
  }

  async load(request: ListRequest, context: ListContext, signal: AbortSignal): Promise<ListResult> {
    if (needsLocal(request)) return (await loadLocalList()).loadLocal(this.client(), request, context, this.cache, signal);
    const result = await fetchConversationPage(this.client(), listQuery(request.filters, request.sort), request.page, request.size, { signal });
    return { ...result, truncated: false };
  }
}
