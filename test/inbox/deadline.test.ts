import { expect } from '@open-wc/testing';
import { formatDay } from '../../src/calendar/days.js';
import { askingMessage, byUrgency, replyDeadline, type DeadlineMessage } from '../../src/inbox/deadline.js';

const OWN = 'gemeente';
const ABB = 'abb';
const message = (id: string, sentAt: string, senderId: string): DeadlineMessage => ({ id, sentAt: new Date(sentAt), senderId });
const at = (text: string) => ({ own: OWN, now: new Date(text) });

describe('reply deadline', () => {
  it('runs from the request, moves off Easter Sunday and Easter Monday, and counts working days left', () => {
    // Friday 21 March + 30 days = Easter Sunday 20 April; Easter Monday is a holiday: Tuesday 22 April.
    const messages = [message('ask', '2025-03-21T09:00:00Z', ABB)];
    const early = replyDeadline('P30D', messages, at('2025-04-01T10:00:00Z'))!;
    expect(formatDay(early.due)).to.equal('2025-04-22');
    expect(early.askedBy).to.equal('ask');
    expect(early.status).to.equal('open');
    // On Monday 14 April: Tue, Wed, Thu, Fri and Tuesday 22: five working days, close.
    const close = replyDeadline('P30D', messages, at('2025-04-14T10:00:00Z'))!;
    expect(close.workingDaysLeft).to.equal(5);
    expect(close.status).to.equal('close');
    const today = replyDeadline('P30D', messages, at('2025-04-22T15:00:00Z'))!;
    expect([today.workingDaysLeft, today.workingDaysLate, today.status]).to.deep.equal([0, 0, 'close']);
    const late = replyDeadline('P30D', messages, at('2025-04-24T08:00:00Z'))!;
    expect([late.workingDaysLate, late.status]).to.deep.equal([2, 'passed']);
  });

  it('counts the calendar day in Brussels: a message at 00:30 in summer belongs to that day', () => {
    const deadline = replyDeadline('P15D', [message('ask', '2025-06-30T22:30:00Z', ABB)], at('2025-07-02T10:00:00Z'))!;
    expect(formatDay(deadline.due)).to.equal('2025-07-16');
  });

  it('moves a deadline on the national holiday or a weekend to the next working day', () => {
    // 6 July + 15 days = Monday 21 July, the national holiday.
    expect(formatDay(replyDeadline('P15D', [message('a', '2025-07-06T10:00:00Z', ABB)], at('2025-07-07T10:00:00Z'))!.due)).to.equal('2025-07-22');
    // 1 November 2025 is a Saturday: Monday 3 November.
    expect(formatDay(replyDeadline('P30D', [message('a', '2025-10-02T10:00:00Z', ABB)], at('2025-10-03T10:00:00Z'))!.due)).to.equal('2025-11-03');
  });

  it('is not due once the bestuur has answered, and runs again from a new request', () => {
    const asked = message('ask', '2025-03-03T09:00:00Z', ABB);
    const answered = message('answer', '2025-03-10T09:00:00Z', OWN);
    expect(replyDeadline('P30D', [asked, answered], at('2025-03-11T09:00:00Z'))).to.equal(undefined);
    const again = message('again', '2025-03-12T09:00:00Z', ABB);
    expect(replyDeadline('P30D', [answered, again, asked], at('2025-03-13T09:00:00Z'))!.askedBy).to.equal('again');
  });

  it('keeps counting from the first request when a reminder follows it', () => {
    const messages = [message('ask', '2025-03-03T09:00:00Z', ABB), message('reminder', '2025-03-20T09:00:00Z', ABB)];
    expect(askingMessage(messages, OWN)!.id).to.equal('ask');
  });

  it('has no deadline without a usable period or a dated request', () => {
    const messages = [message('ask', '2025-03-03T09:00:00Z', ABB)];
    expect(replyDeadline(undefined, messages, at('2025-03-04T09:00:00Z'))).to.equal(undefined);
    expect(replyDeadline('dertig dagen', messages, at('2025-03-04T09:00:00Z'))).to.equal(undefined);
    expect(replyDeadline('P30D', [{ id: 'x', senderId: ABB }], at('2025-03-04T09:00:00Z'))).to.equal(undefined);
    expect(replyDeadline('P30D', [{ id: 'x', senderId: ABB, sentAt: new Date('nope') }], at('2025-03-04T09:00:00Z'))).to.equal(undefined);
    expect(replyDeadline('P30D', [], at('2025-03-04T09:00:00Z'))).to.equal(undefined);
  });

  it('takes a warning threshold and orders by urgency', () => {
    const messages = [message('ask', '2025-03-21T09:00:00Z', ABB)];
    expect(replyDeadline('P30D', messages, { ...at('2025-04-07T10:00:00Z'), warnDays: 10 })!.status).to.equal('close');
    expect(replyDeadline('P30D', messages, { ...at('2025-04-07T10:00:00Z'), warnDays: 2 })!.status).to.equal('open');
    const soon = replyDeadline('P15D', messages, at('2025-03-22T10:00:00Z'))!;
    const later = replyDeadline('P30D', messages, at('2025-03-22T10:00:00Z'))!;
    expect([later, soon].sort(byUrgency)).to.deep.equal([soon, later]);
  });
});
