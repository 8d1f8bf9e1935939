import { expect } from '@open-wc/testing';
import { LocalReadStateStore, parseMarkers, storageKey, withMarks, withReadUpTo, NO_MARKERS } from '../../src/messages/read-state.js';

const scope = { account: 'acc-1', bestuurseenheid: 'gemeente-1' };

class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

describe('read markers', () => {
  it('marks conversations read and keeps the latest bericht per conversation', () => {
    const once = withMarks(NO_MARKERS, [{ conversation: 'c1', bericht: 'b1' }]);
    const twice = withMarks(once, [{ conversation: 'c1', bericht: 'b2' }, { conversation: 'c2', bericht: 'b3' }]);
    expect(twice.read).to.deep.equal({ c1: 'b2', c2: 'b3' });
  });

  it('bounds the number of per-conversation marks', () => {
    const marks = Array.from({ length: 600 }, (_, n) => ({ conversation: `c${n}`, bericht: `b${n}` }));
    const markers = withMarks(NO_MARKERS, marks);
    expect(Object.keys(markers.read)).to.have.length(500);
    expect(markers.read['c599']).to.equal('b599');
    expect(markers.read['c0']).to.equal(undefined);
  });

  it('moves the watermark forward only, and forgets the marks it covers', () => {
    const marked = withMarks(NO_MARKERS, [{ conversation: 'c1', bericht: 'b1' }]);
    const later = withReadUpTo(marked, '2026-11-20T10:00:00Z');
    expect(later).to.deep.equal({ readUpTo: '2026-11-20T10:00:00.000Z', read: {} });
    expect(withReadUpTo(later, '2026-11-01T00:00:00Z')).to.equal(later);
    expect(withReadUpTo(later, 'not a date')).to.equal(later);
  });

  it('reads tampered or foreign storage content as no markers', () => {
    expect(parseMarkers('{broken')).to.deep.equal(NO_MARKERS);
    expect(parseMarkers('[1,2]')).to.deep.equal({ read: {} });
    expect(parseMarkers('"text"')).to.deep.equal(NO_MARKERS);
    expect(parseMarkers(JSON.stringify({ readUpTo: 'yesterday', read: { a: 'b', c: 42, d: null } }))).to.deep.equal({ read: { a: 'b' } });
  });

  it('keeps markers per account and bestuurseenheid', async () => {
    const storage = new MemoryStorage();
    const store = new LocalReadStateStore(storage);
    await store.markRead(scope, [{ conversation: 'c1', bericht: 'b1' }]);
    expect((await store.load(scope)).read).to.deep.equal({ c1: 'b1' });
    expect((await store.load({ ...scope, account: 'acc-2' })).read).to.deep.equal({});
    expect((await store.load({ ...scope, bestuurseenheid: 'gemeente-2' })).read).to.deep.equal({});
    expect(storage.getItem(storageKey(scope))).to.contain('c1');
  });

  it('tells other listeners in the same document', async () => {
    const store = new LocalReadStateStore(new MemoryStorage());
    const heard: unknown[] = [];
    const unsubscribe = store.subscribe(scope, (markers) => heard.push(markers));
    await store.markAllRead(scope, '2026-11-20T10:00:00Z');
    unsubscribe();
    await store.markRead(scope, [{ conversation: 'c1', bericht: 'b1' }]);
    expect(heard).to.deep.equal([{ readUpTo: '2026-11-20T10:00:00.000Z', read: {} }]);
  });

  it('hears changes made in another tab through the storage event', async () => {
    const store = new LocalReadStateStore(new MemoryStorage());
    const heard: unknown[] = [];
    const unsubscribe = store.subscribe(scope, (markers) => heard.push(markers));
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey(scope), newValue: JSON.stringify({ read: { c9: 'b9' } }) }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: '{}' }));
    unsubscribe();
    expect(heard).to.deep.equal([{ read: { c9: 'b9' } }]);
  });

  it('works without storage (private modes, sandboxed frames) and when storage throws', async () => {
    const memoryOnly = new LocalReadStateStore(null);
    await memoryOnly.markRead(scope, [{ conversation: 'c1', bericht: 'b1' }]);
    expect((await memoryOnly.load(scope)).read).to.deep.equal({ c1: 'b1' });
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = new LocalReadStateStore(full);
    const markers = await store.markRead(scope, [{ conversation: 'c2', bericht: 'b2' }]);
    expect(markers.read).to.deep.equal({ c2: 'b2' });
  });
});
