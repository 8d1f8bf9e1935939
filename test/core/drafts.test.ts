import { expect } from '@open-wc/testing';
import { DraftStore } from '../../src/drafts.js';

/** A Storage that holds items in a Map, and can be made to refuse writes. */
function memoryStorage(): Storage & { refuse: boolean } {
  const items = new Map<string, string>();
  return {
    refuse: false,
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const parseText = (raw: unknown) => (typeof raw === 'object' && raw && typeof (raw as { text?: unknown }).text === 'string' ? (raw as { text: string }) : undefined);

describe('DraftStore', () => {
  it('keeps, lists (newest first) and removes drafts per key', () => {
    const storage = memoryStorage();
    const drafts = new DraftStore('loket-test:reply', parseText, () => storage);
    const a = drafts.key('account-1', 'conversation-a');
    const b = drafts.key('account-1', 'conversation-b');
    expect(a).to.equal('loket-test:reply:account-1:conversation-a');
    expect(drafts.save(a, { text: 'eerste' }, new Date('2026-01-01T10:00:00Z'))).to.equal(true);
    expect(drafts.save(b, { text: 'tweede' }, new Date('2026-01-01T11:00:00Z'))).to.equal(true);
    expect(drafts.load(a)?.value).to.deep.equal({ text: 'eerste' });
    expect(drafts.list('account-1').map((draft) => draft.value.text)).to.deep.equal(['tweede', 'eerste']);
    expect(drafts.list('account-2')).to.deep.equal([]);
    drafts.remove(a);
    expect(drafts.load(a)).to.equal(undefined);
  });

  it('names a missing part "new"', () => {
    expect(new DraftStore('p', parseText).key('account', undefined)).to.equal('p:account:new');
  });

  it('refuses tampered or broken entries instead of handing them on', () => {
    const storage = memoryStorage();
    const drafts = new DraftStore('p', parseText, () => storage);
    storage.setItem('p:x', '{not json');
    storage.setItem('p:y', JSON.stringify({ value: { text: 42 } }));
    storage.setItem('p:z', JSON.stringify('a string'));
    expect(drafts.load('p:x')).to.equal(undefined);
    expect(drafts.load('p:y')).to.equal(undefined);
    expect(drafts.load('p:z')).to.equal(undefined);
    expect(drafts.list()).to.deep.equal([]);
  });

  it('says so when storage refuses, and works without storage at all', () => {
    const storage = memoryStorage();
    storage.refuse = true;
    expect(new DraftStore('p', parseText, () => storage).save('p:a', { text: 'x' })).to.equal(false);
    const none = new DraftStore('p', parseText, () => undefined);
    expect(none.save('p:a', { text: 'x' })).to.equal(false);
    expect(none.load('p:a')).to.equal(undefined);
    expect(none.list()).to.deep.equal([]);
  });
});
