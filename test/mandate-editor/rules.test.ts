import { expect } from '@open-wc/testing';
import type { Mandaat, Mandataris } from '../../src/api/mandates.js';
import { FUNCTIE, STATUS } from '../../src/mandates/codes.js';
import { emptyForm, type MandatarisForm } from '../../src/mandates/form.js';
import { hasBlockingIssues, seatsTaken, validRijksregisternummer, validateBesluitLink, validateMandataris, validateNewPerson, type EditedRecord, type RuleContext } from '../../src/mandates/rules.js';
import { ORGAAN } from '../../src/mandates/mandaat-rules.js';
import { ordinalValue, ordinalWord } from '../../src/mandates/ordinals.js';

const schepen: Mandaat = { id: 'm-schepen', aantalHouders: 2, bestuursfunctie: { id: FUNCTIE.schepen, label: 'Schepen' } };
const burgemeester: Mandaat = { id: 'm-burg', aantalHouders: 1, bestuursfunctie: { id: FUNCTIE.burgemeester, label: 'Burgemeester' } };
const voorzitter: Mandaat = { id: 'm-vz', aantalHouders: 1, bestuursfunctie: { id: FUNCTIE.voorzitterGemeenteraad, label: 'Voorzitter' } };
const raadslid: Mandaat = { id: 'm-raad', aantalHouders: 21, bestuursfunctie: { id: FUNCTIE.gemeenteraadslid, label: 'Gemeenteraadslid' } };

function holder(id: string, persoon: string, mandaat: Mandaat, start: string, einde?: string, extra: Partial<Mandataris> = {}): Mandataris {
  return { id, persoon: { id: persoon }, mandaat, start, ...(einde ? { einde } : {}), beleidsdomeinen: [], vervangerIds: [], ...extra };
}

const context = (others: Mandataris[] = [], extra: Partial<RuleContext> = {}): RuleContext => ({
  today: '2026-11-28',
  legislature: { start: '2025-01-01', end: '2030-12-31' },
  mandaten: [schepen, burgemeester, voorzitter, raadslid],
  fracties: [
    { id: 'f1', naam: 'Eén', onafhankelijk: false },
    { id: 'f2', naam: 'Twee', onafhankelijk: false },
    { id: 'fo', naam: 'Onafhankelijk', onafhankelijk: true },
  ],
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

  it('wants rangorde only for mandaten that have one (schepenen, gemeenteraadsleden; `with-rangorde` where LMB sets it)', () => {
    expect(keys(form({ mandaatId: voorzitter.id, rangorde: 'Eerste voorzitter' }))).to.deep.equal(['rangorde:rangordeNotForMandaat:error']);
    expect(keys(form({ mandaatId: raadslid.id, rangorde: 'Eerste lid' }))).to.deep.equal([]);
    const withRangorde = { ...voorzitter, id: 'm-vz2', withRangorde: true };
    expect(keys(form({ mandaatId: withRangorde.id, rangorde: 'Eerste voorzitter' }), context([], { mandaten: [withRangorde] }))).to.deep.equal([]);
  });

  it('wants beleidsdomeinen only for the burgemeester and the schepenen', () => {
    expect(keys(form({ beleidsdomeinIds: ['d'] }))).to.deep.equal([]);
    expect(keys(form({ mandaatId: raadslid.id, beleidsdomeinIds: ['d'] }))).to.deep.equal(['beleidsdomeinIds:beleidsdomeinNotForMandaat:error']);
  });

  it('wants a fractie in the gemeenteraad, the college and the burgemeester body (not elsewhere)', () => {
    expect(keys(form(), context([], { classificatie: ORGAAN.gemeenteraad }))).to.deep.equal(['fractieId:fractieRequired:error']);
    expect(keys(form(), context([], { classificatie: ORGAAN.burgemeester }))).to.deep.equal(['fractieId:fractieRequired:error']);
    expect(keys(form(), context([], { classificatie: ORGAAN.rmw }))).to.deep.equal([]);
    expect(keys(form({ fractieId: 'f1' }), context([], { classificatie: ORGAAN.college }))).to.deep.equal([]);
  });

  it('moves to another fractie only as a correction; onafhankelijk or an earlier fractie is a new situation', () => {
    const base = form({ fractieId: 'f1' });
    const record = (extra: Partial<EditedRecord> = {}): EditedRecord => ({ id: 'r', base, isCorrection: false, earlierFracties: ['f1'], vervangerIds: [], ...extra });
    expect(keys(form({ fractieId: 'f2' }), context([], { record: record() }))).to.deep.equal(['fractieId:fractieOnlyCorrection:error']);
    expect(keys(form({ fractieId: 'f2' }), context([], { record: record({ isCorrection: true }) }))).to.deep.equal([]);
    expect(keys(form({ fractieId: 'f2' }), context([], { record: record({ earlierFracties: ['f1', 'f2'] }) }))).to.deep.equal([]);
    expect(keys(form({ fractieId: 'fo' }), context([], { record: record() }))).to.deep.equal([]);
    expect(keys(form({ fractieId: 'onafhankelijk' }), context([], { record: record() }))).to.deep.equal([]);
  });

  it('corrects nothing of a bekrachtigd mandataris in place; a new situation is fine', () => {
    const base = form({ fractieId: 'f1' });
    const record: EditedRecord = { id: 'r', base, publication: 'bekrachtigd', isCorrection: true, earlierFracties: [], vervangerIds: [] };
    expect(keys(form({ fractieId: 'f1', start: '2025-01-02', einde: '2027-01-01' }), context([], { record }))).to.deep.equal([
      'start:bekrachtigdInPlace:error',
      'einde:bekrachtigdInPlace:error',
    ]);
    const replacing = { changeDate: '2026-03-01', originalStart: '2025-01-01', originalEnd: '' };
    expect(keys(form({ fractieId: 'fo' }), context([], { record: { ...record, isCorrection: false }, replacing }))).to.deep.equal([]);
    expect(keys(form({ fractieId: 'f1', einde: '2027-01-01' }), context([], { record: { ...record, publication: 'nietBekrachtigd' } }))).to.deep.equal([]);
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

  it('counts a Verhinderd holder and their Waarnemend stand-in as one seat', () => {
    const hindered = holder('h', 'p2', schepen, '2025-01-01', undefined, { status: { id: STATUS.verhinderd, label: 'Verhinderd' }, vervangerIds: ['w'] });
    const standIn = holder('w', 'p3', schepen, '2026-01-01', undefined, { status: { id: STATUS.waarnemend, label: 'Waarnemend' } });
    expect(keys(form(), context([hindered, standIn]))).to.deep.equal([]);
    expect(keys(form(), context([hindered, standIn, holder('x', 'p4', schepen, '2025-01-01')]))).to.deep.equal(['mandaatId:tooManyHolders:error']);
    // Without the link, a Waarnemend pairs with a hindered holder who has no stand-in (a Titelvoerend one too).
    const lonely = { ...hindered, vervangerIds: [], status: { id: STATUS.titelvoerend, label: 'Titelvoerend' } };
    expect(keys(form(), context([lonely, standIn]))).to.deep.equal([]);
    // The one being added can be the stand-in.
    expect(keys(form({ statusId: STATUS.waarnemend }), context([hindered, holder('x', 'p4', schepen, '2025-01-01')]))).to.deep.equal([]);
    expect(seatsTaken([{ id: 'a', vervangerIds: [], statusId: STATUS.waarnemend }, { id: 'b', vervangerIds: [], statusId: STATUS.waarnemend }])).to.equal(2);
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

describe('a new person (LMB\'s persoon form)', () => {
  const person = { voornaam: 'Zita', achternaam: 'Zwartjes', rijksregisternummer: '85.07.30-997.34', geboortedatum: '1985-07-30', geslachtId: 'g' };
  const check = (change: Partial<typeof person> = {}, duplicate = false) =>
    validateNewPerson({ ...person, ...change }, { today: '2026-11-28', duplicate }).map((issue) => `${issue.field}:${issue.key}`);

  it('wants every field, a valid rijksregisternummer nobody has yet, and a birth date not in the future', () => {
    expect(check()).to.deep.equal([]);
    expect(check({ voornaam: ' ', achternaam: '', rijksregisternummer: '', geboortedatum: '', geslachtId: '' })).to.deep.equal([
      'voornaam:required',
      'achternaam:required',
      'rijksregisternummer:required',
      'geboortedatum:required',
      'geslachtId:required',
    ]);
    expect(check({ rijksregisternummer: '85073099735' })).to.deep.equal(['rijksregisternummer:rrnInvalid']);
    expect(check({}, true)).to.deep.equal(['rijksregisternummer:rrnDuplicate']);
    expect(check({ geboortedatum: '2027-01-01' })).to.deep.equal(['geboortedatum:birthInvalid']);
  });

  it('checks rijksregisternummers of the 1900s and the 2000s', () => {
    expect(validRijksregisternummer('85073099734')).to.equal(true);
    // Born in 2001: the check digits are computed over 2 followed by the first nine.
    const base = '010203123';
    const check2000 = String(97 - (Number(`2${base}`) % 97)).padStart(2, '0');
    expect(validRijksregisternummer(base + check2000)).to.equal(true);
    expect(validRijksregisternummer('1234')).to.equal(false);
  });
});

describe('the link to the besluit of a bekrachtiging', () => {
  it('is required and http(s)', () => {
    expect(validateBesluitLink('').map((i) => i.key)).to.deep.equal(['required']);
    expect(validateBesluitLink('ftp://x').map((i) => i.key)).to.deep.equal(['linkInvalid']);
    expect(validateBesluitLink('https://publicatie.gelinkt-notuleren.vlaanderen.be/x')).to.deep.equal([]);
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
