import { expect } from '@open-wc/testing';
import { detectConflict } from '../../src/mandates/conflict.js';
import { draftKey, listDrafts, loadDraft, removeDraft, saveDraft, type Draft } from '../../src/mandates/drafts.js';
import { changedFields, emptyForm, parseForm, type MandatarisForm } from '../../src/mandates/form.js';
import { decideEditAction } from '../../src/mandates/save-action.js';
import { issuesFromServer } from '../../src/mandates/server-errors.js';

const base: MandatarisForm = {
  persoonId: 'p', mandaatId: 'm', statusId: 's', fractieId: 'f', rangorde: 'Eerste schepen',
  start: '2025-01-01', einde: '', beleidsdomeinIds: ['a', 'b'],
};

describe('form comparison', () => {
  it('ignores the order of beleidsdomeinen and surrounding spaces', () => {
    expect(changedFields(base, { ...base, beleidsdomeinIds: ['b', 'a'], rangorde: ' Eerste schepen ' })).to.deep.equal([]);
    expect(changedFields(base, { ...base, start: '2025-02-01', beleidsdomeinIds: ['a'] })).to.deep.equal(['start', 'beleidsdomeinIds']);
  });

  it('rebuilds a form from untrusted data or gives up', () => {
    expect(parseForm(JSON.parse(JSON.stringify(base)))).to.deep.equal(base);
    expect(parseForm({ ...base, start: 5 })).to.equal(undefined);
    expect(parseForm({ ...base, beleidsdomeinIds: [1] })).to.equal(undefined);
    expect(parseForm(null)).to.equal(undefined);
    expect(parseForm('x')).to.equal(undefined);
  });
});

describe('the "ends and starts a new mandataris" decision', () => {
  it('replaces on a change of status, fractie or rangorde, corrects otherwise', () => {
    expect(decideEditAction(base, { ...base, statusId: 't' }, false)).to.equal('replace');
    expect(decideEditAction(base, { ...base, fractieId: 'g' }, false)).to.equal('replace');
    expect(decideEditAction(base, { ...base, rangorde: 'Tweede schepen' }, false)).to.equal('replace');
    expect(decideEditAction(base, { ...base, start: '2025-01-02', beleidsdomeinIds: [] }, false)).to.equal('correct');
    expect(decideEditAction(base, { ...base, statusId: 't' }, true)).to.equal('correct');
  });
});

describe('conflict detection', () => {
  it('compares the re-read record with the version the edit began from', () => {
    expect(detectConflict(base, { ...base })).to.deep.equal({ kind: 'none' });
    expect(detectConflict(base, null)).to.deep.equal({ kind: 'deleted' });
    const theirs = { ...base, einde: '2026-01-01', statusId: 'x' };
    expect(detectConflict(base, theirs)).to.deep.equal({ kind: 'changed', theirs, fields: ['statusId', 'einde'] });
  });
});

describe('drafts in storage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  const draft: Draft = { recordId: 'r1', form: { ...base, start: '2025-03-01' }, base, isCorrection: true, changeDate: '2026-01-01', savedAt: '2026-11-28T10:00:00.000Z' };

  it('keys drafts per account, body and record', () => {
    expect(draftKey('acc', 'body', 'r1')).to.not.equal(draftKey('acc', 'body', undefined));
    expect(draftKey('acc', 'body', 'r1')).to.not.equal(draftKey('other', 'body', 'r1'));
    expect(draftKey('acc', 'body', 'r1')).to.not.equal(draftKey('acc', 'body2', 'r1'));
  });

  it('saves, loads, lists (newest first) and removes', () => {
    const key = draftKey('acc', 'body', 'r1');
    expect(saveDraft(localStorage, key, draft)).to.equal(true);
    expect(loadDraft(localStorage, key)).to.deep.equal(draft);
    const newer = { form: emptyForm('s'), isCorrection: false, changeDate: '', savedAt: '2026-11-28T11:00:00.000Z' };
    saveDraft(localStorage, draftKey('acc', 'body', undefined), newer);
    saveDraft(localStorage, draftKey('acc', 'other-body', undefined), newer);
    saveDraft(localStorage, draftKey('someone-else', 'body', undefined), newer);
    expect(listDrafts(localStorage, 'acc', 'body').map((entry) => entry.draft)).to.deep.equal([newer, draft]);
    removeDraft(localStorage, key);
    expect(loadDraft(localStorage, key)).to.equal(undefined);
  });

  it('ignores tampered or broken entries and survives a storage that throws', () => {
    const key = draftKey('acc', 'body', 'bad');
    localStorage.setItem(key, '{not json');
    expect(loadDraft(localStorage, key)).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ form: { ...base, persoonId: 42 } }));
    expect(loadDraft(localStorage, key)).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ form: base, base: 'nope' }));
    expect(loadDraft(localStorage, key)).to.equal(undefined);
    expect(listDrafts(localStorage, 'acc', 'body')).to.deep.equal([]);
    const hostile = {
      get length(): number { throw new Error('denied'); },
      setItem() { throw new DOMException('full', 'QuotaExceededError'); },
      getItem() { throw new Error('denied'); },
      removeItem() { throw new Error('denied'); },
      key: () => null,
      clear() {},
    } as unknown as Storage;
    expect(saveDraft(hostile, key, draft)).to.equal(false);
    expect(loadDraft(hostile, key)).to.equal(undefined);
    expect(listDrafts(hostile, 'acc', 'body')).to.deep.equal([]);
    expect(() => removeDraft(hostile, key)).not.to.throw();
    expect(saveDraft(undefined, key, draft)).to.equal(false);
  });
});

describe('422 mapping', () => {
  it('maps mu-cl-resources field names onto the form fields', () => {
    const { issues, unmapped } = issuesFromServer({
      start: 'Following fields are missing: start, bekleedt',
      bekleedt: 'Following fields are missing: start, bekleedt',
      einde: 'must be after start',
      'heeft-lidmaatschap': 'invalid',
      '/data/attributes/foo': 'weird',
    });
    expect(issues.map((i) => `${i.field}:${i.key}`)).to.deep.equal([
      'start:startRequired',
      'mandaatId:required',
      'einde:serverRejected',
      'fractieId:serverRejected',
    ]);
    expect(unmapped).to.deep.equal(['/data/attributes/foo']);
    expect(issuesFromServer({ constructor: 'x', __proto__: 'y' }).issues).to.deep.equal([]);
  });
});
