/**
 * The reply deadline of a conversation. The Loket stores a reply period on the conversation
 * (`reactietermijn`, schema:processingTime, an ISO 8601 duration such as `P30D`;
 * app-digitaal-loket master-messages-domain.lisp) but shows it nowhere and never says from when it
 * runs. Here:
 *
 * - it runs from the message that asks: the first message from someone else after the bestuur's
 *   own last message (the first one of all when the bestuur never wrote). When the bestuur wrote
 *   last, it has answered and nothing is due;
 * - the period is added on the Belgian calendar to the day that message was sent; a deadline that
 *   falls on a Saturday, a Sunday or a public holiday moves to the next working day (the rule of
 *   art. 53 Gerechtelijk Wetboek for legal time limits);
 * - what is left is counted in working days after today, public holidays excluded.
 */
import { brusselsDay, type Day } from '../calendar/days.js';
import { addPeriod, nextWorkingDay, parsePeriod, workingDaysBetween } from '../calendar/working-days.js';

export interface DeadlineMessage {
  id: string;
  sentAt?: Date;
  senderId?: string;
}

export type DeadlineStatus = 'open' | 'close' | 'passed';

export interface Deadline {
  /** The message the period runs from. */
  askedBy: string;
  askedAt: Date;
  /** The period as the Loket holds it, e.g. `P30D`. */
  period: string;
  /** The last day to answer (a working day). */
  due: Day;
  /** Working days after today up to the due day; 0 on the day itself and after it. */
  workingDaysLeft: number;
  /** Working days the due day is behind today (0 unless passed). */
  workingDaysLate: number;
  status: DeadlineStatus;
}

export interface DeadlineRules {
  /** The bestuur whose answer is due: its own messages answer. */
  own: string;
  now: Date;
  /** `close` from this many working days left (default 5). */
  warnDays?: number;
}

/** The message the period runs from, or undefined when the bestuur has answered (or nobody asked). */
export function askingMessage(messages: readonly DeadlineMessage[], own: string): (DeadlineMessage & { sentAt: Date }) | undefined {
  const dated = messages
    .filter((message): message is DeadlineMessage & { sentAt: Date } => !!message.sentAt && !Number.isNaN(message.sentAt.getTime()))
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  let ask: (DeadlineMessage & { sentAt: Date }) | undefined;
  for (const message of dated) {
    if (message.senderId === own) ask = undefined;
    else ask ??= message;
  }
  return ask;
}

/** The open deadline of a conversation with reply period `period`, or undefined when none is due. */
export function replyDeadline(period: string | undefined, messages: readonly DeadlineMessage[], rules: DeadlineRules): Deadline | undefined {
  const parsed = period ? parsePeriod(period) : undefined;
  if (!period || !parsed) return undefined;
  const ask = askingMessage(messages, rules.own);
  if (!ask) return undefined;
  const due = nextWorkingDay(addPeriod(brusselsDay(ask.sentAt), parsed));
  const today = brusselsDay(rules.now);
  const workingDaysLeft = workingDaysBetween(today, due);
  const workingDaysLate = workingDaysBetween(due, today);
  const status: DeadlineStatus = today > due ? 'passed' : workingDaysLeft <= (rules.warnDays ?? 5) ? 'close' : 'open';
  return { askedBy: ask.id, askedAt: ask.sentAt, period, due, workingDaysLeft, workingDaysLate, status };
}

/** Most urgent first: the earliest due day (passed ones first), then the earliest request. */
export function byUrgency(a: Deadline, b: Deadline): number {
  return a.due - b.due || a.askedAt.getTime() - b.askedAt.getTime();
}
