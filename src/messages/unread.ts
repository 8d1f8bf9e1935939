import type { ReadMarkers } from './read-state.js';

/** What unread computation needs of a conversation (the API model satisfies it). */
export interface UnreadCandidate {
  id: string;
  latest?: { id: string; sentAt?: Date; senderId?: string };
}

export interface UnreadRules {
  /** The bestuurseenheid the bell is for: its own replies never count. */
  own: string;
  /**
   * Instant (ms) before which nothing counts as unread. Without it, a first visit (no markers yet)
   * would flag years of correspondence as new.
   */
  notBefore?: number;
}

/**
 * A conversation is unread when its latest bericht came from someone else and the user has seen
 * neither that bericht (per-conversation mark) nor anything sent that late (the watermark).
 */
export function isUnread(conversation: UnreadCandidate, markers: ReadMarkers, rules: UnreadRules): boolean {
  const latest = conversation.latest;
  if (!latest) return false;
  if (latest.senderId !== undefined && latest.senderId === rules.own) return false;
  if (markers.read[conversation.id] === latest.id) return false;
  const sent = latest.sentAt?.getTime();
  if (sent === undefined || Number.isNaN(sent)) return rules.notBefore === undefined && !markers.readUpTo;
  if (rules.notBefore !== undefined && sent < rules.notBefore) return false;
  return !markers.readUpTo || sent > Date.parse(markers.readUpTo);
}

export interface UnreadSummary {
  count: number;
  /** True when the window was full of unread conversations and more exist: `count` is a floor. */
  atLeast: boolean;
}

/** Counts unread conversations in the fetched window of latest conversations. */
export function summarizeUnread(
  window: readonly UnreadCandidate[],
  total: number | undefined,
  markers: ReadMarkers,
  rules: UnreadRules,
): UnreadSummary {
  const count = window.filter((conversation) => isUnread(conversation, markers, rules)).length;
  const atLeast = window.length > 0 && count === window.length && (total ?? 0) > window.length;
  return { count, atLeast };
}

/** The newest send time in a window: where "mark all as read" puts the watermark. */
export function newestSentAt(window: readonly UnreadCandidate[]): Date | undefined {
  let newest: number | undefined;
  for (const conversation of window) {
    const time = conversation.latest?.sentAt?.getTime();
    if (time !== undefined && !Number.isNaN(time) && (newest === undefined || time > newest)) newest = time;
  }
  return newest === undefined ? undefined : new Date(newest);
}

/** Caps the badge text: "99+" beyond 99, and "n+" when the count is only a floor. */
export function badgeText(summary: UnreadSummary): string {
  if (summary.count > 99) return '99+';
  return summary.atLeast ? `${summary.count}+` : String(summary.count);
}
