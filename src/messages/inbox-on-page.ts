/**
 * The `<loket-inbox>` on this page that shows the same Loket, if any: a widget that links to a
 * conversation (the bell) opens it there instead of leaving the page. Found by tag, so the widget
 * that asks needs none of the inbox's code.
 */
export interface InboxOnPage extends Element {
  open(conversationId: string): unknown;
}

export function inboxOnPage(apiBase: string): InboxOnPage | undefined {
  for (const candidate of document.querySelectorAll('loket-inbox')) {
    const inbox = candidate as Partial<InboxOnPage> & { config?: { apiBase?: string } };
    if (typeof inbox.open === 'function' && inbox.config?.apiBase === apiBase) return candidate as InboxOnPage;
  }
  return undefined;
}
