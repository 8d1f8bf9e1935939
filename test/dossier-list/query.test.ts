import { expect } from '@open-wc/testing';
import { dossierQuery } from '../../src/dossiers/query.js';
import { DEFAULT_SORT, NO_FILTERS, hasFilters, nextSort, type DossierListState } from '../../src/dossiers/list-state.js';
import { statusKind, viewIncludes } from '../../src/dossiers/status.js';
import { filterAndSortDossiers, optionsOf } from '../../src/dossiers/local.js';
import type { Dossier, DossierStatus } from '../../src/api/dossiers.js';

const CONCEPT: DossierStatus = { id: 'c', uri: 'http://lblod.data.gift/concepts/79a52da4-f491-4e2f-9374-89a13cde8ecd', label: 'Concept' };
const SENT: DossierStatus = { id: 's', uri: 'http://lblod.data.gift/concepts/9bd8d86d-bb10-4456-a84e-91e9507c374c', label: 'Verstuurd' };
const DELETED: DossierStatus = { id: 'x', label: 'Verwijderd' };
const STATUSES = [CONCEPT, SENT, DELETED];

const state = (change: Partial<DossierListState> = {}): DossierListState => ({ view: 'lopend', filters: NO_FILTERS, sort: DEFAULT_SORT, ...change });
const params = (s: DossierListState) => Object.fromEntries(dossierQuery(s, 'b1', STATUSES)!.toSearchParams());

describe('dossier status mapping', () => {
  it('knows the Loket status concepts by URI and falls back on the label', () => {
    expect(statusKind(CONCEPT)).to.equal('draft');
    expect(statusKind(SENT)).to.equal('sent');
    expect(statusKind(DELETED)).to.equal('deleted');
    expect(statusKind({ label: 'Ontwerp' })).to.equal('draft');
    expect(statusKind({ uri: 'http://example.org/x', label: 'In behandeling' })).to.equal('other');
    expect(statusKind(undefined)).to.equal('other');
  });

  it('puts drafts and unknown statuses under Lopend and sent ones under Afgerond', () => {
    expect(viewIncludes('lopend', 'draft')).to.equal(true);
    expect(viewIncludes('lopend', 'other')).to.equal(true);
    expect(viewIncludes('lopend', 'sent')).to.equal(false);
    expect(viewIncludes('afgerond', 'sent')).to.equal(true);
    expect(viewIncludes('afgerond', 'deleted')).to.equal(false);
    expect(viewIncludes('alle', 'deleted')).to.equal(true);
  });
});

describe('dossier list query', () => {
  it('builds the typical Loket list query for the Lopend view', () => {
    expect(params(state())).to.deep.equal({
      'filter[organization][:id:]': 'b1',
      'filter[status][:id:]': 'c',
      include: 'form-data.passed-by.is-tijdsspecialisatie-van,form-data.types,last-modifier,status',
      sort: '-modified',
    });
  });

  it('maps the other views, and all statuses in Alle', () => {
    expect(params(state({ view: 'afgerond' }))['filter[status][:id:]']).to.equal('s');
    expect(params(state({ view: 'alle' }))).not.to.have.property('filter[status][:id:]');
  });

  it('narrows by a status inside the view, and knows when nothing can match', () => {
    expect(params(state({ view: 'alle', filters: { ...NO_FILTERS, status: 'x' } }))['filter[status][:id:]']).to.equal('x');
    expect(dossierQuery(state({ view: 'lopend', filters: { ...NO_FILTERS, status: 's' } }), 'b1', STATUSES)).to.equal(undefined);
    expect(dossierQuery(state({ view: 'afgerond' }), 'b1', [])).to.equal(undefined);
  });

  it('maps type, period (inclusive days) and free text', () => {
    const p = params(state({ filters: { status: '', type: 't1', from: '2026-01-01', to: '2026-03-31', text: ' gemeenteraad ' } }));
    expect(p['filter[form-data][types][:id:]']).to.equal('t1');
    expect(p['filter[:gte:modified]']).to.equal('2026-01-01');
    expect(p['filter[:lt:modified]']).to.equal('2026-04-01');
    expect(p['filter[:or:][form-data][description]']).to.equal('gemeenteraad');
    expect(p['filter[:or:][form-data][types][label]']).to.equal('gemeenteraad');
  });

  it('ignores malformed dates instead of sending them', () => {
    const p = params(state({ filters: { ...NO_FILTERS, from: '2026-02-30', to: 'gisteren' } }));
    expect(Object.keys(p).some((key) => key.includes('modified]'))).to.equal(false);
  });

  it('maps sort columns and keeps a stable tiebreaker', () => {
    expect(params(state({ sort: { key: 'title', direction: 'ascending' } })).sort).to.equal(':no-case:form-data.description,-modified');
    expect(params(state({ sort: { key: 'sent', direction: 'descending' } })).sort).to.equal('-sent-date,-modified');
    expect(params(state({ sort: { key: 'status', direction: 'descending' } })).sort).to.equal('-:no-case:status.label,-modified');
    expect(params(state({ sort: { key: 'modified', direction: 'ascending' } })).sort).to.equal('modified');
  });

  it('flips the direction on the same column and starts dates newest first', () => {
    expect(nextSort(DEFAULT_SORT, 'modified')).to.deep.equal({ key: 'modified', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'title')).to.deep.equal({ key: 'title', direction: 'ascending' });
    expect(nextSort({ key: 'title', direction: 'ascending' }, 'sent')).to.deep.equal({ key: 'sent', direction: 'descending' });
    expect(hasFilters(NO_FILTERS)).to.equal(false);
    expect(hasFilters({ ...NO_FILTERS, text: 'x' })).to.equal(true);
  });
});

describe('dossiers in memory', () => {
  const type = (id: string, label: string) => ({ id, label });
  const dossiers: Dossier[] = [
    { id: '1', description: 'Zone 30 Kerkstraat', types: [type('a', 'Aanvullend reglement')], status: CONCEPT, statusKind: 'draft', modified: new Date(2026, 0, 10, 12) },
    { id: '2', description: 'Budget 2026', types: [type('b', 'Budget')], status: SENT, statusKind: 'sent', modified: new Date(2026, 1, 1), sentDate: new Date(2026, 1, 1) },
    { id: '3', types: [type('b', 'Budget')], status: CONCEPT, statusKind: 'draft', modified: new Date(2026, 0, 31, 23, 59) },
    { id: '4', description: 'oude', types: [], status: DELETED, statusKind: 'deleted' },
  ];
  const ids = (s: DossierListState) => filterAndSortDossiers(dossiers, s).map((d) => d.id);

  it('applies view, status, type, period and text like the server', () => {
    expect(ids(state())).to.deep.equal(['3', '1']);
    expect(ids(state({ view: 'afgerond' }))).to.deep.equal(['2']);
    expect(ids(state({ view: 'alle' }))).to.deep.equal(['2', '3', '1', '4']);
    expect(ids(state({ view: 'alle', filters: { ...NO_FILTERS, type: 'b' } }))).to.deep.equal(['2', '3']);
    expect(ids(state({ filters: { ...NO_FILTERS, from: '2026-01-11', to: '2026-01-31' } }))).to.deep.equal(['3']);
    expect(ids(state({ view: 'alle', filters: { ...NO_FILTERS, text: 'BUDGET' } }))).to.deep.equal(['2', '3']);
    expect(ids(state({ view: 'alle', filters: { ...NO_FILTERS, status: 'x' } }))).to.deep.equal(['4']);
  });

  it('sorts by title (description, else type), and a missing date before any date', () => {
    expect(ids(state({ view: 'alle', sort: { key: 'title', direction: 'ascending' } }))).to.deep.equal(['3', '2', '4', '1']);
    expect(ids(state({ view: 'alle', sort: { key: 'title', direction: 'descending' } }))).to.deep.equal(['1', '4', '2', '3']);
    expect(ids(state({ view: 'alle', sort: { key: 'sent', direction: 'ascending' } }))).to.deep.equal(['1', '3', '4', '2']);
  });

  it('collects the statuses and types that occur, by label', () => {
    const options = optionsOf(dossiers);
    expect(options.statuses.map((s) => s.label)).to.deep.equal(['Concept', 'Verstuurd', 'Verwijderd']);
    expect(options.types.map((t) => t.label)).to.deep.equal(['Aanvullend reglement', 'Budget']);
  });
});
