/**
 * The inbox's list where the browser decides: every conversation the server can narrow down to is
 * read once (100 a request) and filtered on the read markers or the deadline, sorted on the
 * deadline, and paged here. With it, the deadlines themselves (the Belgian calendar).
 */
import type { LoketClient } from '../api/client.js';
import { fetchAllConversations, listQuery, type InboxConversation } from './conversations.js';
import { byUrgency, replyDeadline, type Deadline, type DeadlineRules } from './deadline.js';
import type { ListContext, ListRequest, ListResult, LocalCache } from './list-source.js';

export { formatDay, localDate } from '../calendar/days.js';

const HOUR = 3600 * 1000;

export function deadlineOf(conversation: InboxConversation, rules: DeadlineRules): Deadline | undefined {
  return replyDeadline(conversation.responsePeriod, conversation.messages, rules);
}

/** Conversations with an open deadline by urgency (the others after them, as the server ordered them). */
function sortByDeadline(items: InboxConversation[], rules: DeadlineRules, descending: boolean): InboxConversation[] {
  const dated = items.map((conversation) => ({ conversation, deadline: deadlineOf(conversation, rules) }));
  const due = dated.filter((entry) => entry.deadline).sort((a, b) => byUrgency(a.deadline!, b.deadline!) * (descending ? -1 : 1));
  return [...due, ...dated.filter((entry) => !entry.deadline)].map((entry) => entry.conversation);
}

export async function loadLocal(client: LoketClient, request: ListRequest, context: ListContext, cache: { all?: LocalCache }, signal: AbortSignal): Promise<ListResult> {
  const { filters, sort, page, size } = request;
  const notBefore = context.unreadRules.notBefore;
  const q = listQuery(filters, sort, {
    // Nothing older than the unread window counts as unread: the server leaves those out. On the
    // hour before it, so that the query (and what was read for it) stays the same while paging.
    ...(filters.unread && notBefore !== undefined ? { sentAfter: new Date(Math.floor(notBefore / HOUR) * HOUR) } : {}),
    withPeriod: filters.due,
  });
  const key = q.toString();
  if (cache.all?.key !== key) {
    const read = fetchAllConversations(client, q, { signal });
    cache.all = { key, read };
    read.catch(() => cache.all?.read === read && (cache.all = undefined));
  }
  const all = await cache.all.read;
  let items = all.items;
  if (filters.unread) items = items.filter((conversation) => context.isUnread(conversation));
  if (filters.due) items = items.filter((conversation) => deadlineOf(conversation, context.deadlineRules));
  if (sort.key === 'deadline') items = sortByDeadline(items, context.deadlineRules, sort.direction === 'descending');
  return { items: items.slice(page * size, (page + 1) * size), count: items.length, truncated: all.truncated };
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
