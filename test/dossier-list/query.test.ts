import { expect } from '@open-wc/testing';
import { dossierQuery } from '../../src/dossiers/query.js';
import { DEFAULT_SORT, NO_FILTERS, hasFilters, nextSort, type DossierFilters, type DossierListState } from '../../src/dossiers/list-state.js';
import { SUBMISSION_STATUS, SUBSIDY_STATUS, statusKind, viewIncludes } from '../../src/dossiers/status.js';
import { filterAndSortDossiers, optionsOf } from '../../src/dossiers/local.js';
import { collection as submissions } from '../../src/dossiers/submissions.js';
import { collection as subsidies } from '../../src/dossiers/subsidies.js';
import type { Dossier, DossierStatus } from '../../src/api/dossiers.js';

const CONCEPT: DossierStatus = { id: SUBMISSION_STATUS.concept.id, uri: SUBMISSION_STATUS.concept.uri, label: 'Concept' };
const SENT: DossierStatus = { id: SUBMISSION_STATUS.sent.id, uri: SUBMISSION_STATUS.sent.uri, label: 'Verstuurd' };
const DELETED: DossierStatus = { id: SUBMISSION_STATUS.deleted.id, uri: SUBMISSION_STATUS.deleted.uri, label: 'Verwijderd' };
const C = CONCEPT.id;
const S = SENT.id;

const state = (change: Partial<DossierListState> = {}): DossierListState => ({ view: 'alle', filters: NO_FILTERS, sort: DEFAULT_SORT, ...change });
const filters = (change: Partial<DossierFilters>): DossierFilters => ({ ...NO_FILTERS, ...change });
const params = (s: DossierListState, spec = submissions.query, types = [{ id: 'o1', label: 'Offer', uri: 'http://data.lblod.info/id/subsidy-measure-offers/o1' }]) =>
  Object.fromEntries(dossierQuery(s, 'b1', spec, types)!.toSearchParams());

describe('dossier status mapping', () => {
  it('knows the real status concepts by URI and falls back on the label', () => {
    expect(statusKind(CONCEPT)).to.equal('draft');
    expect(statusKind(SENT)).to.equal('sent');
    expect(statusKind(DELETED)).to.equal('deleted');
    expect(statusKind({ uri: SUBSIDY_STATUS.active.uri, label: 'Actief' })).to.equal('active');
    expect(statusKind({ uri: SUBSIDY_STATUS.sent.uri, label: 'Aanvraag ingediend' })).to.equal('sent');
    expect(statusKind({ label: 'Ontwerp' })).to.equal('draft');
    expect(statusKind({ label: 'Aanvraag ingediend' })).to.equal('sent');
    expect(statusKind({ uri: 'http://lblod.data.gift/concepts/6b7ae118-4653-48f2-9d9a-4712f8c30da9', label: 'Nieuw' })).to.equal('other');
    expect(statusKind(undefined)).to.equal('other');
  });

  it('puts drafts, active and unknown statuses under Lopend, sent ones under Afgerond, and deleted ones nowhere', () => {
    expect(viewIncludes('lopend', 'draft')).to.equal(true);
    expect(viewIncludes('lopend', 'active')).to.equal(true);
    expect(viewIncludes('lopend', 'other')).to.equal(true);
    expect(viewIncludes('lopend', 'sent')).to.equal(false);
    expect(viewIncludes('afgerond', 'sent')).to.equal(true);
    expect(viewIncludes('alle', 'sent')).to.equal(true);
    for (const view of ['lopend', 'afgerond', 'alle'] as const) expect(viewIncludes(view, 'deleted')).to.equal(false);
  });
});

describe('supervision list query (as frontend-loket routes/supervision/submissions/index.js)', () => {
  it('asks Concept and Verstuurd by default, with the real parameter', () => {
    expect(params(state())).to.deep.equal({
      'filter[organization][:id:]': 'b1',
      'filter[status][id]': `${C},${S}`,
      include: 'form-data.passed-by.is-tijdsspecialisatie-van,form-data.types,last-modifier,status',
      sort: '-modified',
    });
  });

  it('asks one status by its URI: a view of one status, or a status chosen', () => {
    expect(params(state({ view: 'lopend' }))['filter[status][:uri:]']).to.equal(SUBMISSION_STATUS.concept.uri);
    expect(params(state({ view: 'afgerond' }))['filter[status][:uri:]']).to.equal(SUBMISSION_STATUS.sent.uri);
    const chosen = params(state({ filters: filters({ status: S }) }));
    expect(chosen['filter[status][:uri:]']).to.equal(SUBMISSION_STATUS.sent.uri);
    expect(chosen).not.to.have.property('filter[status][id]');
  });

  it('never asks a status outside the view, nor the deleted one', () => {
    expect(dossierQuery(state({ view: 'lopend', filters: filters({ status: S }) }), 'b1', submissions.query)).to.equal(undefined);
    expect(dossierQuery(state({ filters: filters({ status: DELETED.id }) }), 'b1', submissions.query)).to.equal(undefined);
  });

  it('maps type, orgaan, period (whole local days) and free text to the real paths', () => {
    const p = params(state({ filters: filters({ type: 't1', organ: 'o1', from: '2026-01-01', to: '2026-03-31', text: ' gemeenteraad ' }) }));
    expect(p['filter[form-data][types][id]']).to.equal('t1');
    expect(p['filter[form-data][passed-by][is-tijdsspecialisatie-van][:id:]']).to.equal('o1');
    expect(p['filter[form-data][submission][:gte:modified]']).to.equal(new Date(2026, 0, 1).toISOString());
    expect(p['filter[form-data][submission][:lte:modified]']).to.equal(new Date(2026, 3, 1, 0, 0, 0, -1).toISOString());
    expect(p['filter[:or:][form-data][description]']).to.equal('gemeenteraad');
    expect(p['filter[:or:][form-data][types][label]']).to.equal('gemeenteraad');
  });

  it('ignores malformed dates instead of sending them', () => {
    const p = params(state({ filters: filters({ from: '2026-02-30', to: 'gisteren' }) }));
    expect(Object.keys(p).some((key) => key.includes('modified]'))).to.equal(false);
  });

  it('sorts the columns on the real sort paths, with a stable tiebreaker', () => {
    const sort = (key: DossierListState['sort']['key'], direction: 'ascending' | 'descending' = 'ascending') => params(state({ sort: { key, direction } })).sort;
    expect(sort('title')).to.equal(':no-case:form-data.types.label,-modified');
    expect(sort('organ')).to.equal(':no-case:form-data.passed-by.is-tijdsspecialisatie-van.naam,-modified');
    expect(sort('session', 'descending')).to.equal('-form-data.session-started-at-time,-modified');
    expect(sort('sent', 'descending')).to.equal('-sent-date,-modified');
    expect(sort('status', 'descending')).to.equal('-:no-case:status.label,-modified');
    expect(sort('modified')).to.equal('modified');
  });

  it('flips the direction on the same column and starts dates newest first, text and deadlines first to last', () => {
    expect(nextSort(DEFAULT_SORT, 'modified')).to.deep.equal({ key: 'modified', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'title')).to.deep.equal({ key: 'title', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'deadline')).to.deep.equal({ key: 'deadline', direction: 'ascending' });
    expect(nextSort({ key: 'title', direction: 'ascending' }, 'sent')).to.deep.equal({ key: 'sent', direction: 'descending' });
    expect(hasFilters(NO_FILTERS)).to.equal(false);
    expect(hasFilters(filters({ organ: 'x' }))).to.equal(true);
  });
});

describe('subsidy list query (as frontend-subsidiepunt routes/subsidy/applications/index.js)', () => {
  it('asks no bestuur and no status by default, with the real include', () => {
    expect(params(state(), subsidies.query)).to.deep.equal({
      include:
        'active-subsidy-application-flow-step.subsidy-procedural-step.period,last-modifier,participations,status,subsidy-application-flow.subsidy-measure-offer-series.period,subsidy-application-forms,subsidy-measure-offer',
      sort: '-modified',
    });
  });

  it('asks the statuses of a view by id, the offer by URI, and sorts on the real columns', () => {
    expect(params(state({ view: 'lopend' }), subsidies.query)['filter[status][:id:]']).to.equal(`${SUBSIDY_STATUS.concept.id},${SUBSIDY_STATUS.active.id}`);
    expect(params(state({ view: 'afgerond' }), subsidies.query)['filter[status][:id:]']).to.equal(SUBSIDY_STATUS.sent.id);
    expect(params(state({ filters: filters({ status: SUBSIDY_STATUS.active.id }) }), subsidies.query)['filter[status][:id:]']).to.equal(SUBSIDY_STATUS.active.id);
    const p = params(state({ filters: filters({ type: 'o1', from: '2026-05-01', text: 'stad' }), sort: { key: 'deadline', direction: 'ascending' } }), subsidies.query);
    expect(p['filter[subsidy-measure-offer][:uri:]']).to.equal('http://data.lblod.info/id/subsidy-measure-offers/o1');
    expect(p['filter[:gte:modified]']).to.equal(new Date(2026, 4, 1).toISOString());
    expect(p['filter[:or:][subsidy-measure-offer][title]']).to.equal('stad');
    expect(p['filter[:or:][subsidy-application-forms][project-name]']).to.equal('stad');
    expect(p.sort).to.equal('active-subsidy-application-flow-step.subsidy-procedural-step.period.end,-modified');
    expect(params(state({ sort: { key: 'title', direction: 'descending' } }), subsidies.query).sort).to.equal('-subsidy-measure-offer.title,-modified');
  });
});

describe('dossiers in memory', () => {
  const type = (id: string, label: string) => ({ id, label });
  const dossiers: Dossier[] = [
    { id: '1', description: 'Zone 30 Kerkstraat', types: [type('a', 'Aanvullend reglement')], status: CONCEPT, statusKind: 'draft', modified: new Date(2026, 0, 10, 12), organ: 'Gemeenteraad Aalst' },
    { id: '2', description: 'Budget 2026', types: [type('b', 'Budget')], status: SENT, statusKind: 'sent', modified: new Date(2026, 1, 1), sentDate: new Date(2026, 1, 1), organ: 'College Aalst' },
    { id: '3', types: [type('b', 'Budget')], status: CONCEPT, statusKind: 'draft', modified: new Date(2026, 0, 31, 23, 59) },
    { id: '4', description: 'oude', types: [], status: DELETED, statusKind: 'deleted' },
  ];
  const ids = (s: DossierListState) => filterAndSortDossiers(dossiers, s).map((d) => d.id);

  it('applies view, status, type, orgaan, period and text like the server, and never shows a deleted one', () => {
    expect(ids(state({ view: 'lopend' }))).to.deep.equal(['3', '1']);
    expect(ids(state({ view: 'afgerond' }))).to.deep.equal(['2']);
    expect(ids(state())).to.deep.equal(['2', '3', '1']);
    expect(ids(state({ filters: filters({ type: 'b' }) }))).to.deep.equal(['2', '3']);
    expect(ids(state({ filters: filters({ organ: 'College Aalst' }) }))).to.deep.equal(['2']);
    expect(ids(state({ view: 'lopend', filters: filters({ from: '2026-01-11', to: '2026-01-31' }) }))).to.deep.equal(['3']);
    expect(ids(state({ filters: filters({ text: 'BUDGET' }) }))).to.deep.equal(['2', '3']);
    expect(ids(state({ filters: filters({ status: DELETED.id }) }))).to.deep.equal([]);
  });

  it('sorts by title (type, else description), by body, and a missing date before any date', () => {
    expect(ids(state({ sort: { key: 'title', direction: 'ascending' } }))).to.deep.equal(['1', '2', '3']);
    expect(ids(state({ sort: { key: 'organ', direction: 'ascending' } }))).to.deep.equal(['3', '2', '1']);
    expect(ids(state({ sort: { key: 'sent', direction: 'ascending' } }))).to.deep.equal(['1', '3', '2']);
  });

  it('collects the statuses, types and bodies that occur, by label', () => {
    const options = optionsOf(dossiers);
    expect(options.statuses!.map((s) => s.label)).to.deep.equal(['Concept', 'Verstuurd', 'Verwijderd']);
    expect(options.types!.map((t) => t.label)).to.deep.equal(['Aanvullend reglement', 'Budget']);
    expect(options.organs!.map((o) => o.label)).to.deep.equal(['College Aalst', 'Gemeenteraad Aalst']);
  });
});
