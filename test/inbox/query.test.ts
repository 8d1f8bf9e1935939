import { expect } from '@open-wc/testing';
import { DEFAULT_SORT, NO_FILTERS, hasFilters, listQuery, nextSort } from '../../src/inbox/conversations.js';
import { needsLocal } from '../../src/inbox/list-source.js';
import { fileKind, formatSize } from '../../src/inbox/files.js';

const params = (q: { toString(): string }) => Object.fromEntries(new URLSearchParams(q.toString()));

describe('inbox list query', () => {
  it('is the Loket’s list with the deadline fields, sorted newest first by default', () => {
    expect(params(listQuery(NO_FILTERS, DEFAULT_SORT))).to.deep.equal({
      include: 'berichten.van,laatste-bericht.van',
      'fields[berichten]': 'verzonden,van',
      'fields[bestuurseenheden]': 'naam',
      sort: '-laatste-bericht.verzonden',
    });
  });

  it('sorts with the Loket’s values and :no-case: where it uses it', () => {
    const sort = (key: Parameters<typeof nextSort>[1], direction: 'ascending' | 'descending') => params(listQuery(NO_FILTERS, { key, direction }))['sort'];
    expect(sort('subject', 'ascending')).to.equal(':no-case:betreft');
    expect(sort('type', 'descending')).to.equal('-:no-case:current-type-communicatie');
    expect(sort('dossier', 'ascending')).to.equal(':no-case:dossiernummer');
    expect(sort('sent', 'ascending')).to.equal('laatste-bericht.verzonden');
    expect(sort('sender', 'ascending')).to.equal(':no-case:laatste-bericht.van.naam');
    // The deadline is computed: the server keeps its order, the browser sorts.
    expect(sort('deadline', 'ascending')).to.equal('-laatste-bericht.verzonden');
    expect(needsLocal({ filters: NO_FILTERS, sort: { key: 'deadline', direction: 'ascending' } })).to.equal(true);
    expect(needsLocal({ filters: NO_FILTERS, sort: DEFAULT_SORT })).to.equal(false);
  });

  it('searches subject and dossier number in one :or: group, the type exactly, and narrows unread and due on the server', () => {
    const q = listQuery({ text: ' ABB/2025 ', type: 'Opvraging', unread: true, due: true }, DEFAULT_SORT, { sentAfter: new Date('2025-03-15T10:00:00Z'), withPeriod: true });
    expect(params(q)).to.include({
      'filter[:or:][betreft]': 'ABB/2025',
      'filter[:or:][dossiernummer]': 'ABB/2025',
      'filter[:exact:current-type-communicatie]': 'Opvraging',
      'filter[laatste-bericht][:gt:verzonden]': '2025-03-15T10:00:00.000Z',
      'filter[:has:reactietermijn]': 't',
    });
    expect(hasFilters(NO_FILTERS)).to.equal(false);
    expect(hasFilters({ ...NO_FILTERS, text: '  ' })).to.equal(false);
    expect(hasFilters({ ...NO_FILTERS, due: true })).to.equal(true);
  });

  it('starts dates newest first, the other columns from A; a second click flips', () => {
    expect(nextSort(DEFAULT_SORT, 'subject')).to.deep.equal({ key: 'subject', direction: 'ascending' });
    expect(nextSort({ key: 'subject', direction: 'ascending' }, 'subject')).to.deep.equal({ key: 'subject', direction: 'descending' });
    expect(nextSort({ key: 'subject', direction: 'ascending' }, 'sent')).to.deep.equal({ key: 'sent', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'deadline')).to.deep.equal({ key: 'deadline', direction: 'ascending' });
  });
});

describe('attachment names', () => {
  it('names the kind from the extension, else from the media type', () => {
    expect(fileKind({ extension: 'pdf' })).to.equal('PDF');
    expect(fileKind({ extension: 'docx', format: 'application/zip' })).to.equal('DOCX');
    expect(fileKind({ format: 'image/jpeg; charset=binary' })).to.equal('JPEG');
    expect(fileKind({ format: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).to.equal(undefined);
    expect(fileKind({ extension: 'javascript:alert(1)' })).to.equal(undefined);
    expect(fileKind({})).to.equal(undefined);
  });

  it('gives sizes 1024-based in the reader’s notation', () => {
    expect(formatSize(0, 'nl')).to.equal('0 byte');
    expect(formatSize(512, 'en')).to.equal('512 bytes');
    expect(formatSize(1536, 'nl')).to.equal('1,5 kB');
    expect(formatSize(2.5 * 1024 * 1024, 'fr')).to.equal('2,5\u202fMo');
    expect(formatSize(123 * 1024 * 1024, 'de')).to.equal('123 MB');
  });
});
