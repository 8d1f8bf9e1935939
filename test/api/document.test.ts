import { expect } from '@open-wc/testing';
import { LoketDocument, ResourceView } from '../../src/api/document.js';
import { LoketError } from '../../src/api/errors.js';
import { parseDocument, parseDocumentText } from '../../src/api/jsonapi-schema.js';

/** A list answer as mu-cl-resources sends it for `/submissions?include=status,form-data.types`. */
const submissionsPage = {
  data: [
    {
      attributes: {
        uri: 'http://data.lblod.info/submissions/s1',
        created: '2024-01-05T09:15:00.000+01:00',
        modified: '2024-02-01T14:00:00Z',
        'sent-date': '2024-02-01T14:00:00Z',
      },
      id: 's1',
      type: 'submissions',
      relationships: {
        organization: { links: { self: '/submissions/s1/links/organization', related: '/submissions/s1/organization' } },
        status: {
          links: { self: '/submissions/s1/links/status', related: '/submissions/s1/status' },
          data: { type: 'submission-document-statuses', id: 'sent' },
        },
        'form-data': {
          links: { related: '/submissions/s1/form-data' },
          data: { type: 'form-data', id: 'f1' },
        },
        'last-modifier': { links: { related: '/submissions/s1/last-modifier' }, data: null },
        file: { links: { related: '/submissions/s1/file' }, data: [] },
      },
      links: { self: '/submissions/s1' },
    },
    {
      attributes: { uri: 'http://data.lblod.info/submissions/s2', modified: '2023-12-24T08:00:00Z' },
      id: 's2',
      type: 'submissions',
      relationships: {
        status: { links: {}, data: { type: 'submission-document-statuses', id: 'concept' } },
      },
    },
  ],
  included: [
    {
      attributes: { uri: 'http://lblod.data.gift/concepts/sent', label: 'Verstuurd' },
      id: 'sent',
      type: 'submission-document-statuses',
    },
    {
      attributes: { 'date-publication': '2024-01-31', 'financial-year': 2024, description: 'Jaarrekening' },
      id: 'f1',
      type: 'form-data',
      relationships: {
        types: {
          links: { related: '/form-data/f1/types' },
          data: [
            { type: 'document-types', id: 't1' },
            { type: 'document-types', id: 't2' },
          ],
        },
      },
    },
    { attributes: { label: 'Jaarrekening' }, id: 't1', type: 'document-types' },
    { attributes: { label: 'Budget' }, id: 't2', type: 'document-types' },
  ],
  links: {
    first: '/submissions?page%5Bnumber%5D=0&page%5Bsize%5D=2',
    last: '/submissions?page%5Bnumber%5D=20&page%5Bsize%5D=2',
    next: '/submissions?page%5Bnumber%5D=1&page%5Bsize%5D=2',
  },
  meta: { count: 41 },
};

function read(json: unknown, lang = 'nl'): LoketDocument {
  return new LoketDocument(parseDocument(json), lang);
}

function badResponse(run: () => unknown): LoketError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(LoketError);
    expect((error as LoketError).kind).to.equal('bad-response');
    return error as LoketError;
  }
  throw new Error('expected a bad-response LoketError');
}

describe('LoketDocument', () => {
  it('exposes the primary resources, meta.count and the paging links', () => {
    const document = read(submissionsPage);
    expect(document.resources.map((view) => view.id)).to.deep.equal(['s1', 's2']);
    expect(document.count).to.equal(41);
    expect(document.links.next).to.equal('/submissions?page%5Bnumber%5D=1&page%5Bsize%5D=2');
    expect(document.links.prev).to.equal(undefined);
    expect(document.primary).to.equal(null);
  });

  it('resolves relationships from included, through chains', () => {
    const [first] = read(submissionsPage).resources;
    expect(first!.one('status')?.string('label')).to.equal('Verstuurd');
    const types = first!.one('form-data')?.many('types')?.map((type) => type.string('label'));
    expect(types).to.deep.equal(['Jaarrekening', 'Budget']);
  });

  it('tells "not included" (undefined) from "none" (null or [])', () => {
    const [first] = read(submissionsPage).resources;
    expect(first!.one('organization')).to.equal(undefined);
    expect(first!.many('organization')).to.equal(undefined);
    expect(first!.one('last-modifier')).to.equal(null);
    expect(first!.many('file')).to.deep.equal([]);
    expect(first!.one('no-such-relationship')).to.equal(undefined);
    expect(first!.relatedLink('organization')).to.equal('/submissions/s1/organization');
  });

  it('gives an unresolved view for linkage whose resource is not in included', () => {
    const [, second] = read(submissionsPage).resources;
    const status = second!.one('status');
    expect(status?.id).to.equal('concept');
    expect(status?.resolved).to.equal(false);
    expect(status?.string('label')).to.equal(undefined);
  });

  it('reads the uri, dates as local calendar days and datetimes as instants', () => {
    const document = read(submissionsPage);
    const [first] = document.resources;
    expect(first!.uri).to.equal('http://data.lblod.info/submissions/s1');
    expect(first!.dateTime('modified')?.toISOString()).to.equal('2024-02-01T14:00:00.000Z');
    expect(first!.dateTime('created')?.toISOString()).to.equal('2024-01-05T08:15:00.000Z');
    const published = first!.one('form-data')!.date('date-publication')!;
    expect([published.getFullYear(), published.getMonth(), published.getDate(), published.getHours()]).to.deep.equal([
      2024, 0, 31, 0,
    ]);
    expect(first!.one('form-data')!.number('financial-year')).to.equal(2024);
  });

  it('reads absent attributes as undefined', () => {
    const [, second] = read(submissionsPage).resources;
    expect(second!.string('sent-date')).to.equal(undefined);
    expect(second!.dateTime('sent-date')).to.equal(undefined);
    expect(second!.langString('name')).to.equal(undefined);
    expect(second!.strings('keyword')).to.equal(undefined);
  });

  it('reads attributes of the wrong type as undefined instead of passing them on', () => {
    const view = read({
      data: {
        type: 'public-services',
        id: 'p1',
        attributes: {
          name: 42,
          'is-archived': 'yes',
          'product-id': { evil: true },
          'start-date': '2024-02-30',
          'end-date': 20240101,
          'date-modified': 'yesterday',
          keyword: ['afval', 7, null, 'container'],
          count: Number.MAX_VALUE,
        },
      },
    }).primary!;
    expect(view.string('name')).to.equal(undefined);
    expect(view.langString('name')).to.equal(undefined);
    expect(view.boolean('is-archived')).to.equal(undefined);
    expect(view.string('product-id')).to.equal(undefined);
    expect(view.date('start-date')).to.equal(undefined);
    expect(view.date('end-date')).to.equal(undefined);
    expect(view.dateTime('date-modified')).to.equal(undefined);
    expect(view.strings('keyword')).to.deep.equal(['afval', 'container']);
    expect(view.number('count')).to.equal(Number.MAX_VALUE);
  });

  it('lets a mapper insist on a value, as a bad-response error', () => {
    const view = read({ data: { type: 'personen', id: 'p1', attributes: {} } }).primary!;
    const error = badResponse(() => view.required('achternaam', view.string('achternaam')));
    expect(error.message).to.contain('personen/p1');
    expect(view.required('id', view.id)).to.equal('p1');
  });

  it('picks language strings for the UI language with the Dutch fallback chain', () => {
    const service = {
      data: {
        type: 'public-services',
        id: 'p1',
        attributes: {
          name: [
            { content: 'Afvalophaling (informeel)', language: 'nl-be-x-informal' },
            { content: 'Afvalophaling', language: 'nl-be-x-formal' },
            { content: 'Collecte des déchets', language: 'fr' },
          ],
          description: [{ content: 'Waste collection', language: 'en' }],
          'additional-description': 'Gewoon tekst',
        },
      },
    };
    const nl = read(service, 'nl').primary!;
    expect(nl.langString('name')).to.equal('Afvalophaling');
    expect(nl.langString('name', 'fr')).to.equal('Collecte des déchets');
    expect(nl.langString('name', 'de')).to.equal('Afvalophaling');
    expect(nl.langString('description')).to.equal('Waste collection');
    expect(nl.langString('additional-description')).to.equal('Gewoon tekst');
    expect(read(service, 'fr').primary!.langString('name')).to.equal('Collecte des déchets');
    expect(nl.langStrings('name')).to.have.length(3);
  });

  it('gives the same view object for the same resource reached twice', () => {
    const document = read(submissionsPage);
    expect(document.find('form-data', 'f1')).to.equal(document.resources[0]!.one('form-data'));
    expect(document.find('form-data', 'nope')).to.equal(undefined);
  });

  it('survives relationship cycles', () => {
    const document = read({
      data: {
        type: 'bestuursorganen',
        id: 'b1',
        relationships: { 'heeft-tijdsspecialisaties': { data: [{ type: 'bestuursorganen', id: 'b2' }] } },
      },
      included: [
        {
          type: 'bestuursorganen',
          id: 'b2',
          attributes: { 'binding-start': '2025-01-01' },
          relationships: { 'is-tijdsspecialisatie-van': { data: { type: 'bestuursorganen', id: 'b1' } } },
        },
      ],
    });
    const root = document.primary!;
    const child = root.many('heeft-tijdsspecialisaties')![0]!;
    expect(child.one('is-tijdsspecialisatie-van')).to.equal(root);
    expect(child.date('binding-start')?.getFullYear()).to.equal(2025);
  });

  it('reads a single resource, null data and JSON:API 1.1 link objects', () => {
    const single = read({ data: { type: 'bestuurseenheden', id: 'g1', attributes: { naam: 'Gent' } } });
    expect(single.primary?.string('naam')).to.equal('Gent');
    expect(single.resources).to.have.length(1);
    expect(single.count).to.equal(undefined);
    const empty = read({ data: null, links: { self: { href: '/x' } } });
    expect(empty.primary).to.equal(null);
    expect(empty.resources).to.deep.equal([]);
    expect(empty.links.self).to.equal('/x');
  });

  it('ignores a meta.count that is not a count', () => {
    expect(read({ data: [], meta: { count: '41' } }).count).to.equal(undefined);
    expect(read({ data: [], meta: { count: -1 } }).count).to.equal(undefined);
    expect(read({ data: [], meta: { count: 0 } }).count).to.equal(0);
  });
});

describe('parseDocument', () => {
  const hostile: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['no data', { meta: { count: 1 } }],
    ['data as a string', { data: 'submissions' }],
    ['a resource without id', { data: { type: 'submissions' } }],
    ['a numeric id', { data: { type: 'submissions', id: 5 } }],
    ['an empty type', { data: [{ type: '', id: 'x' }] }],
    ['attributes as an array', { data: { type: 'x', id: '1', attributes: ['a'] } }],
    ['a relationship as a string', { data: { type: 'x', id: '1', relationships: { status: 'sent' } } }],
    ['linkage without id', { data: { type: 'x', id: '1', relationships: { s: { data: { type: 'y' } } } } }],
    ['included as an object', { data: [], included: { type: 'x', id: '1' } }],
    ['junk in included', { data: [], included: [null] }],
    ['a bad entry in a linkage list', { data: { type: 'x', id: '1', relationships: { s: { data: [{ type: 'y', id: '2' }, { type: 'y' }] } } } }],
    ['relationships as an array', { data: { type: 'x', id: '1', relationships: [{ data: null }] } }],
    ['a bad resource in a data list', { data: [{ type: 'x', id: '1' }, { type: 'x', id: '' }] }],
    ['meta as an array', { data: [], meta: [1] }],
    ['links as a string', { data: [], links: 'next' }],
  ];
  for (const [name, json] of hostile) {
    it(`refuses ${name} as a bad-response error`, () => {
      badResponse(() => parseDocument(json));
    });
  }

  it('refuses bodies that are not JSON (an HTML login page)', () => {
    const error = badResponse(() => parseDocumentText('<!doctype html><title>Aanmelden</title>', { method: 'GET', url: 'x' }));
    expect(error.url).to.equal('x');
  });

  it('names where the shape went wrong, for the logs', () => {
    const error = badResponse(() => parseDocument({ data: [{ type: 'x', id: 1 }] }));
    expect(error.message).to.match(/data/);
  });

  it('keeps the session quirk: relationships beside data', () => {
    const document = parseDocument({
      data: { type: 'sessions', id: 'current', attributes: { roles: [] } },
      relationships: { group: { data: { type: 'bestuurseenheden', id: 'g1' } } },
    });
    expect(document.relationships?.['group']?.data).to.deep.equal({ type: 'bestuurseenheden', id: 'g1' });
  });

  it('makes views that are ResourceViews', () => {
    expect(read(submissionsPage).resources[0]).to.be.instanceOf(ResourceView);
  });
});
