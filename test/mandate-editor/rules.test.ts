import { expect } from '@open-wc/testing';
import type { Mandaat, Mandataris } from '../../src/api/mandates.js';
import { FUNCTIE, STATUS } from '../../src/mandates/codes.js';
import { emptyForm, type MandatarisForm } from '../../src/mandates/form.js';
import { hasBlockingIssues, validateMandataris, type RuleContext } from '../../src/mandates/rules.js';
import { ordinalValue, ordinalWord } from '../../src/mandates/ordinals.js';

const schepen: Mandaat = { id: 'm-schepen', aantalHouders: 2, bestuursfunctie: { id: FUNCTIE.schepen, label: 'Schepen' } };
const burgemeester: Mandaat = { id: 'm-burg', aantalHouders: 1, bestuursfunctie: { id: FUNCTIE.burgemeester, label: 'Burgemeester' } };

function holder(id: string, persoon: string, mandaat: Mandaat, start: string, einde?: string): Mandataris {
  return { id, persoon: { id: persoon }, mandaat, start, ...(einde ? { einde } : {}), beleidsdomeinen: [] };
}

const context = (others: Mandataris[] = [], extra: Partial<RuleContext> = {}): RuleContext => ({
  today: '2026-11-28',
  legislature: { start: '2025-01-01', end: '2030-12-31' },
  mandaten: [schepen, burgemeester],
  others,
  ...extra,
});

const form = (change: Partial<MandatarisForm> = {}): MandatarisForm => ({
  ...emptyForm(STATUS.effectief),
  persoonId: 'p1',
  mandaatId: schepen.id,
  start: '2025-01-01',
  ...change,
});

const keys = (f: MandatarisForm, c: RuleContext = context()) =>
  validateMandataris(f, c).map((issue) => `${issue.field}:${issue.key}:${issue.severity}`);

describe('mandate business rules', () => {
  it('accepts a complete, valid mandataris', () => {
    expect(keys(form({ rangorde: 'Eerste schepen' }))).to.deep.equal([]);
  });

  it('requires person, mandaat and status', () => {
    expect(keys(form({ persoonId: '', mandaatId: '', statusId: '' }))).to.include.members([
      'persoonId:required:error',
      'mandaatId:required:error',
      'statusId:required:error',
    ]);
  });

  it('requires a start date (and a real one)', () => {
    expect(keys(form({ start: '' }))).to.deep.equal(['start:startRequired:error']);
    expect(keys(form({ start: '2025-13-45' }))).to.deep.equal(['start:startRequired:error']);
  });

  it('wants the end after the start', () => {
    expect(keys(form({ einde: '2024-12-31' }))).to.include('einde:endNotAfterStart:error');
    expect(keys(form({ einde: '2025-01-01' }))).to.include('einde:endNotAfterStart:error');
    expect(keys(form({ einde: '2025-01-02' }))).to.deep.equal([]);
  });

  it('warns (without blocking) for dates outside the legislature', () => {
    const issues = validateMandataris(form({ start: '2024-06-01', einde: '2031-02-01' }), context());
    expect(issues.map((i) => `${i.field}:${i.key}:${i.severity}`)).to.deep.equal([
      'start:startOutsideLegislature:warning',
      'einde:endOutsideLegislature:warning',
    ]);
    expect(issues[0]!.params).to.deep.equal({ start: '2025-01-01', end: '2030-12-31' });
    expect(hasBlockingIssues(issues)).to.equal(false);
  });

  it('refuses overlapping mandates of the same person for the same mandaat', () => {
    const existing = holder('x', 'p1', schepen, '2025-01-01', '2026-01-01');
    expect(keys(form({ start: '2025-06-01' }), context([existing]))).to.include('persoonId:overlap:error');
    // Half-open periods: starting on the day the other ends is no overlap.
    expect(keys(form({ start: '2026-01-01' }), context([existing]))).not.to.include('persoonId:overlap:error');
    // Another person, or another mandaat, never overlaps.
    expect(keys(form({ persoonId: 'p2' }), context([existing]))).to.deep.equal([]);
    expect(keys(form({ mandaatId: burgemeester.id }), context([existing]))).to.deep.equal([]);
    // An open-ended earlier mandate overlaps anything after it.
    expect(keys(form({ start: '2029-01-01' }), context([holder('y', 'p1', schepen, '2025-01-01')]))).to.include('persoonId:overlap:error');
  });

  it('wants rangorde to start with a Dutch ordinal word', () => {
    expect(keys(form({ rangorde: 'schepen 1' }))).to.deep.equal(['rangorde:rangordeOrdinal:error']);
    expect(keys(form({ rangorde: '1ste schepen' }))).to.deep.equal(['rangorde:rangordeOrdinal:error']);
    for (const ok of ['Eerste schepen', 'tweede schepen', 'Tweeëntwintigste', 'VIJFENDERTIGSTE lid', 'Honderdste']) {
      expect(keys(form({ rangorde: ok })), ok).to.deep.equal([]);
    }
  });

  it('allows Titelvoerend only for a burgemeester and Verhinderd never for one', () => {
    expect(keys(form({ statusId: STATUS.titelvoerend }))).to.deep.equal(['statusId:titelvoerendOnlyBurgemeester:error']);
    expect(keys(form({ statusId: STATUS.titelvoerend, mandaatId: burgemeester.id }))).to.deep.equal([]);
    expect(keys(form({ statusId: STATUS.verhinderd, mandaatId: burgemeester.id }))).to.deep.equal(['statusId:verhinderdNotBurgemeester:error']);
    expect(keys(form({ statusId: STATUS.verhinderd }))).to.deep.equal([]);
  });

  it('keeps the current holders of a mandaat within aantal-houders', () => {
    const two = [holder('a', 'p2', schepen, '2025-01-01'), holder('b', 'p3', schepen, '2025-01-01')];
    const issues = validateMandataris(form(), context(two));
    expect(issues.map((i) => `${i.field}:${i.key}`)).to.deep.equal(['mandaatId:tooManyHolders']);
    expect(issues[0]!.params).to.deep.equal({ count: 2 });
    // An ended holder does not count, nor does a mandate that is not current itself.
    expect(keys(form(), context([two[0]!, holder('b', 'p3', schepen, '2025-01-01', '2026-01-01')]))).to.deep.equal([]);
    expect(keys(form({ start: '2025-01-01', einde: '2026-01-01' }), context(two))).to.deep.equal([]);
  });

  it('checks the date of a replacing change against the current mandate', () => {
    const replacing = { changeDate: '', originalStart: '2025-01-01', originalEnd: '' };
    expect(keys(form(), context([], { replacing }))).to.deep.equal(['changeDate:changeDateRequired:error']);
    expect(keys(form(), context([], { replacing: { ...replacing, changeDate: '2025-01-01' } }))).to.deep.equal([
      'changeDate:changeDateOutsideMandate:error',
    ]);
    expect(
      keys(form({ einde: '2026-01-01' }), context([], { replacing: { changeDate: '2026-02-01', originalStart: '2025-01-01', originalEnd: '2026-01-01' } })),
    ).to.include('changeDate:changeDateOutsideMandate:error');
    expect(keys(form(), context([], { replacing: { ...replacing, changeDate: '2026-03-01' } }))).to.deep.equal([]);
  });
});

describe('Dutch ordinals', () => {
  it('knows every word from eerste to honderdste', () => {
    const values = new Set<number>();
    for (let n = 1; n <= 100; n++) {
      const word = ordinalWord(n)!;
      expect(word, String(n)).to.be.a('string');
      values.add(ordinalValue(`${word} schepen`)!);
    }
    expect(values.size).to.equal(100);
    expect(ordinalWord(22)).to.equal('Tweeëntwintigste');
    expect(ordinalWord(41)).to.equal('Eenenveertigste');
    expect(ordinalValue('Achtentachtigste')).to.equal(88);
    expect(ordinalValue('  ')).to.equal(undefined);
    expect(ordinalValue(undefined)).to.equal(undefined);
    expect(ordinalValue('Honderdeerste')).to.equal(undefined);
  });
});
