/**
 * Lokaal Mandatenbeheer's system notifications (APP config/resources/system-notification.lisp):
 * the one server-side read state of the Loket family (`read-at`, `archived-at`). Read and marked
 * as LMB's own frontend does (FE app/services/system-notifications.js:13-45,
 * components/system-notification-row.js:6-15), through the client of `mandates-api-base`.
 */
import type { LoketClient, RequestOptions } from './client.js';
import { query } from './query.js';

export interface SystemNotification {
  id: string;
  subject?: string;
  message?: string;
  createdAt?: Date;
  readAt?: Date;
}

export interface SystemNotificationWindow {
  /** The latest unread ones, newest first. */
  items: SystemNotification[];
  /** All unread ones (`meta.count`). */
  unread: number;
}

/** The gebruiker behind the session's account (FE services/current-session.js: `GET /accounts/:id?include=gebruiker`). */
export async function gebruikerOf(client: LoketClient, accountId: string, options: RequestOptions = {}): Promise<string | undefined> {
  const document = await client.get(`accounts/${encodeURIComponent(accountId)}`, query().include('gebruiker'), options);
  return document.primary?.one('gebruiker')?.id;
}

/**
 * The unread, not archived notifications for this user or for everyone of the bestuur (MS writes
 * them without `gebruiker`), newest first; `meta.count` is the badge (FE current-session.js:70-76).
 */
export async function fetchUnreadSystemNotifications(client: LoketClient, gebruiker: string | undefined, size: number, options: RequestOptions = {}): Promise<SystemNotificationWindow> {
  let filtered = query().hasNo('read-at').hasNo('archived-at');
  if (gebruiker) filtered = filtered.or((group) => group.hasNo('gebruiker').ids([gebruiker], 'gebruiker'));
  const page = await client.list(
    'system-notifications',
    filtered.sort('created-at', 'desc').page(0, size),
    (view): SystemNotification => {
      const notification: SystemNotification = { id: view.id };
      const subject = view.string('subject');
      if (subject) notification.subject = subject;
      const message = view.string('message');
      if (message) notification.message = message;
      const created = view.dateTime('created-at');
      if (created) notification.createdAt = created;
      return notification;
    },
    options,
  );
  return { items: page.items, unread: page.count ?? page.items.length };
}

/** `PATCH /system-notifications/:id` with `read-at` (LMB's row toggles it between a date and null). */
export async function markSystemNotificationRead(client: LoketClient, id: string, at: Date = new Date(), options: RequestOptions = {}): Promise<void> {
  await client.update('system-notifications', id, { attributes: { 'read-at': at.toISOString() } }, options);
}
