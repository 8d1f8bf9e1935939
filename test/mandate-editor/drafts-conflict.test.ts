import { expect } from '@open-wc/testing';
import { defaultChoice, detectConflict, mergeForms } from '../../src/mandates/conflict.js';
import { draftKey, mandateDrafts, type Draft } from '../../src/mandates/drafts.js';
import { DraftStore } from '../../src/drafts.js';
import { changedFields, emptyForm, parseForm, type MandatarisForm } from '../../src/mandates/form.js';
import { decideEditAction, isRangordeChange } from '../../src/mandates/save-action.js';
import { endOfDay, startOfDay } from '../../src/mandates/brussels.js';
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
  it('replaces on a change of status, fractie, rangorde or beleidsdomeinen, corrects otherwise', () => {
    expect(decideEditAction(base, { ...base, statusId: 't' }, false)).to.equal('replace');
    expect(decideEditAction(base, { ...base, fractieId: 'g' }, false)).to.equal('replace');
    expect(decideEditAction(base, { ...base, rangorde: 'Tweede schepen' }, false)).to.equal('replace');
    expect(decideEditAction(base, { ...base, beleidsdomeinIds: ['a'] }, false)).to.equal('replace');
    expect(decideEditAction(base, { ...base, start: '2025-01-02', einde: '2026-01-01' }, false)).to.equal('correct');
    expect(decideEditAction(base, { ...base, statusId: 't' }, true)).to.equal('correct');
  });

  it('sends a rangorde alone, from one to another, to LMB\'s rangorde service', () => {
    expect(isRangordeChange(base, { ...base, rangorde: 'Tweede schepen' })).to.equal(true);
    expect(isRangordeChange(base, { ...base, rangorde: 'Tweede schepen', einde: '2026-01-01' })).to.equal(false);
    expect(isRangordeChange({ ...base, rangorde: '' }, { ...base, rangorde: 'Tweede schepen' })).to.equal(false);
    expect(isRangordeChange(base, { ...base, rangorde: '' })).to.equal(false);
  });
});

describe('conflicts without ETags: LMB\'s modified, then per field', () => {
  const mine = { ...base, einde: '2027-01-01' };

  it('is no conflict when nothing changed, or only something outside the form (a new modified is taken up)', () => {
    expect(detectConflict(base, 'm1', mine, { form: { ...base }, modified: 'm1' })).to.deep.equal({ kind: 'none' });
    expect(detectConflict(base, 'm1', mine, { form: { ...base }, modified: 'm2' })).to.deep.equal({ kind: 'none', modified: 'm2' });
    expect(detectConflict(base, 'm1', mine, { form: mine, modified: 'm2' })).to.deep.equal({ kind: 'none', modified: 'm2' });
    expect(detectConflict(base, 'm1', mine, null)).to.deep.equal({ kind: 'deleted' });
  });

  it('lists every field that differs, with who changed it', () => {
    const theirs = { ...base, einde: '2026-06-01', statusId: 'x' };
    const conflict = detectConflict(base, 'm1', { ...mine, rangorde: 'Tweede schepen' }, { form: theirs, modified: 'm2' });
    expect(conflict).to.deep.equal({
      kind: 'changed',
      theirs,
      modified: 'm2',
      rows: [
        { field: 'statusId', mine: false, theirs: true },
        { field: 'rangorde', mine: true, theirs: false },
        { field: 'einde', mine: true, theirs: true },
      ],
    });
  });

  it('merges per field: theirs where only they changed it, mine otherwise, unless chosen', () => {
    const theirs = { ...base, einde: '2026-06-01', statusId: 'x' };
    const edited = { ...mine, rangorde: 'Tweede schepen' };
    const conflict = detectConflict(base, 'm1', edited, { form: theirs, modified: 'm2' });
    if (conflict.kind !== 'changed') throw new Error('expected a conflict');
    expect(conflict.rows.map(defaultChoice)).to.deep.equal(['theirs', 'mine', 'mine']);
    expect(mergeForms(edited, theirs, conflict.rows, {})).to.deep.equal({ ...edited, statusId: 'x' });
    expect(mergeForms(edited, theirs, conflict.rows, { einde: 'theirs', statusId: 'mine' })).to.deep.equal({ ...edited, einde: '2026-06-01' });
  });
});

describe('LMB\'s dates: the start and the end of a Belgian day', () => {
  it('in winter and in summer time', () => {
    expect(startOfDay('2025-01-01')).to.equal('2024-12-31T23:00:00.000Z');
    expect(endOfDay('2026-11-28')).to.equal('2026-11-28T22:59:59.999Z');
    expect(startOfDay('2025-07-02')).to.equal('2025-07-01T22:00:00.000Z');
    expect(endOfDay('2025-07-02')).to.equal('2025-07-02T21:59:59.999Z');
  });
});

describe('drafts in the shared DraftStore', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  const draft: Draft = { recordId: 'r1', form: { ...base, start: '2025-03-01' }, base, baseModified: '2026-01-01T10:00:00.000Z', isCorrection: true, changeDate: '2026-01-01' };

  it('keys drafts per account, body and LMB record', () => {
    expect(draftKey('acc', 'body', 'r1')).to.equal('loket-mandate-editor:draft:acc:body:r1');
    expect(draftKey('acc', 'body', undefined)).to.equal('loket-mandate-editor:draft:acc:body:new');
    expect(draftKey('acc', 'body', 'r1')).to.not.equal(draftKey('other', 'body', 'r1'));
  });

  it('saves, loads, lists (newest first) and removes', () => {
    const key = draftKey('acc', 'body', 'r1');
    expect(mandateDrafts.save(key, draft, new Date('2026-11-28T10:00:00Z'))).to.equal(true);
    expect(mandateDrafts.load(key)!.value).to.deep.equal(draft);
    const newer: Draft = {
      form: emptyForm('s'),
      newPerson: { voornaam: 'Zita', achternaam: 'Zwartjes', rijksregisternummer: '', geboortedatum: '', geslachtId: '' },
      isCorrection: false,
      changeDate: '',
    };
    mandateDrafts.save(draftKey('acc', 'body', undefined), newer, new Date('2026-11-28T11:00:00Z'));
    mandateDrafts.save(draftKey('acc', 'other-body', undefined), newer);
    mandateDrafts.save(draftKey('someone-else', 'body', undefined), newer);
    expect(mandateDrafts.list('acc', 'body').map((entry) => entry.value)).to.deep.equal([newer, draft]);
    mandateDrafts.remove(key);
    expect(mandateDrafts.load(key)).to.equal(undefined);
  });

  it('ignores tampered or broken entries and survives a storage that throws', () => {
    const key = draftKey('acc', 'body', 'bad');
    localStorage.setItem(key, '{not json');
    expect(mandateDrafts.load(key)).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ value: { form: { ...base, persoonId: 42 } } }));
    expect(mandateDrafts.load(key)).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ value: { form: base, base: 'nope' } }));
    expect(mandateDrafts.load(key)).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ value: { form: base, newPerson: { voornaam: 1 } } }));
    expect(mandateDrafts.load(key)).to.equal(undefined);
    expect(mandateDrafts.list('acc', 'body')).to.deep.equal([]);
    const hostile = {
      get length(): number {
        throw new Error('denied');
      },
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getItem() {
        throw new Error('denied');
      },
      removeItem() {
        throw new Error('denied');
      },
      key: () => null,
      clear() {},
    } as unknown as Storage;
    const store = new DraftStore<MandatarisForm>('x', parseForm, () => hostile);
    expect(store.save('x:a', base)).to.equal(false);
    expect(store.load('x:a')).to.equal(undefined);
    expect(store.list()).to.deep.equal([]);
    expect(() => store.remove('x:a')).not.to.throw();
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
