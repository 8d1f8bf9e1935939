import { expect } from '@open-wc/testing';
import { badgeText, isUnread, newestSentAt, summarizeUnread, type UnreadCandidate } from '../../src/messages/unread.js';
import { NO_MARKERS } from '../../src/messages/read-state.js';

const OWN = 'gemeente';
const ABB = 'abb';
const conversation = (id: string, sent: string | undefined, sender = ABB): UnreadCandidate => ({
  id,
  latest: { id: `${id}-latest`, ...(sent ? { sentAt: new Date(sent) } : {}), senderId: sender },
});

describe('unread computation', () => {
  it('counts conversations whose latest bericht came from someone else', () => {
    expect(isUnread(conversation('c1', '2026-11-27T10:00:00Z'), NO_MARKERS, { own: OWN })).to.equal(true);
    expect(isUnread(conversation('c2', '2026-11-27T10:00:00Z', OWN), NO_MARKERS, { own: OWN })).to.equal(false);
    expect(isUnread({ id: 'c3' }, NO_MARKERS, { own: OWN })).to.equal(false);
  });

  it('honours per-conversation marks only for the bericht that was read', () => {
    const markers = { read: { c1: 'c1-latest', c2: 'an-older-bericht' } };
    expect(isUnread(conversation('c1', '2026-11-27T10:00:00Z'), markers, { own: OWN })).to.equal(false);
    expect(isUnread(conversation('c2', '2026-11-27T10:00:00Z'), markers, { own: OWN })).to.equal(true);
  });

  it('honours the watermark and the horizon', () => {
    const markers = { readUpTo: '2026-11-20T00:00:00.000Z', read: {} };
    expect(isUnread(conversation('c1', '2026-11-19T23:59:59Z'), markers, { own: OWN })).to.equal(false);
    expect(isUnread(conversation('c2', '2026-11-20T00:00:01Z'), markers, { own: OWN })).to.equal(true);
    const rules = { own: OWN, notBefore: Date.parse('2026-11-01T00:00:00Z') };
    expect(isUnread(conversation('c3', '2026-10-31T00:00:00Z'), NO_MARKERS, rules)).to.equal(false);
    expect(isUnread(conversation('c4', undefined), NO_MARKERS, rules)).to.equal(false);
    expect(isUnread(conversation('c5', undefined), NO_MARKERS, { own: OWN })).to.equal(true);
  });

  it('summarises a window and says when the count is only a floor', () => {
    const window = [conversation('a', '2026-11-27T10:00:00Z'), conversation('b', '2026-11-26T10:00:00Z')];
    expect(summarizeUnread(window, 2, NO_MARKERS, { own: OWN })).to.deep.equal({ count: 2, atLeast: false });
    expect(summarizeUnread(window, 40, NO_MARKERS, { own: OWN })).to.deep.equal({ count: 2, atLeast: true });
    expect(summarizeUnread(window, 40, { read: { a: 'a-latest' } }, { own: OWN })).to.deep.equal({ count: 1, atLeast: false });
    expect(summarizeUnread([], 0, NO_MARKERS, { own: OWN })).to.deep.equal({ count: 0, atLeast: false });
  });

  it('caps the badge at 99+', () => {
    expect(badgeText({ count: 3, atLeast: false })).to.equal('3');
    expect(badgeText({ count: 10, atLeast: true })).to.equal('10+');
    expect(badgeText({ count: 99, atLeast: false })).to.equal('99');
    expect(badgeText({ count: 100, atLeast: false })).to.equal('99+');
    expect(badgeText({ count: 150, atLeast: true })).to.equal('99+');
  });

  it('finds the newest send time, ignoring invalid dates', () => {
    const window = [conversation('a', '2026-11-20T10:00:00Z'), conversation('b', '2026-11-27T10:00:00Z'), conversation('c', 'nonsense')];
    expect(newestSentAt(window)?.toISOString()).to.equal('2026-11-27T10:00:00.000Z');
    expect(newestSentAt([])).to.equal(undefined);
  });
});
