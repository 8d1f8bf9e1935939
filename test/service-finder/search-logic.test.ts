import { expect } from '@open-wc/testing';
import type { FilterConcept, PublicService } from '../../src/api/services.js';
import { serviceFromHit } from '../../src/api/services.js';
import { ServiceIndex } from '../../src/services/search-index.js';
import { fragmentParts, searchParams, simpleQueryString } from '../../src/services/server-search.js';
import { highlightParts } from '../../src/services/highlight.js';
import { readHashState, writeHashState } from '../../src/services/hash-state.js';
import { fold, htmlToText, summarize } from '../../src/services/text.js';
import { catalogueCacheKey, readCachedCatalogue, sameStamp, writeCachedCatalogue } from '../../src/services/catalogue-cache.js';
import { sanitizeHtml } from '../../src/services/sanitize-html.js';

const concept = (id: string, label = id): FilterConcept => ({ id, label });

function service(id: string, name: string, extra: Partial<PublicService> = {}): PublicService {
  return { id, name, summary: '', descriptionText: '', themes: [], administrativeUnits: [], ...extra };
}

const wonen = concept('thema-wonen', 'Bouwen en Wonen');
const omgeving = concept('thema-omgeving', 'Omgeving');
const gemeente = concept('gemeente', 'Gemeente');
const ocmw = concept('ocmw', 'OCMW');
const steun = concept('type-steun', 'Steunmaatregelen');

const catalogue = [
  service('1', 'Subsidie voor dakisolatie', { themes: [wonen, omgeving], administrativeUnits: [gemeente], type: steun, dateCreated: '2025-01-01T00:00:00.000Z' }),
  service('2', 'Subsidie voor zonnepanelen', { themes: [omgeving], administrativeUnits: [gemeente, ocmw], type: steun, dateCreated: '2026-01-01T00:00:00.000Z' }),
  service('3', 'Vergunning voor een terras', { themes: [wonen], administrativeUnits: [ocmw], descriptionText: 'Een terras op het openbaar domein bij uw café.', dateCreated: '2024-01-01T00:00:00.000Z' }),
  service('4', 'Attest van goed gedrag', { administrativeUnits: [gemeente], descriptionText: 'Geen subsidie.', dateCreated: '2026-06-01T00:00:00.000Z' }),
  service('5', 'Subsidie voor een café', { themes: [wonen], administrativeUnits: [ocmw], competentAuthority: concept('abb', 'Agentschap Binnenlands Bestuur'), dateCreated: '2023-01-01T00:00:00.000Z' }),
  service('6', 'Subsidie afgelopen', { themes: [wonen], endDate: '2020-01-01T00:00:00.000Z' }),
];

describe('service search index (index mode)', () => {
  const index = new ServiceIndex(catalogue);

  it('leaves ended services out (a cached catalogue may hold some)', () => {
    expect(index.size).to.equal(5);
    expect(index.search('afgelopen').hits).to.have.length(0);
  });

  it('lists everything by name without a query, or newest first', () => {
    expect(index.search('').hits.map((hit) => hit.service.id)).to.deep.equal(['4', '1', '5', '2', '3']);
    expect(index.search('', {}, 'newest').hits.map((hit) => hit.service.id)).to.deep.equal(['4', '2', '1', '3', '5']);
  });

  it('ignores case and diacritics, and ranks name matches above description matches', () => {
    expect(index.search('CAFE').hits.map((hit) => hit.service.id)).to.deep.equal(['5', '3']);
    const subsidie = index.search('subsidie').hits.map((hit) => hit.service.id);
    expect(subsidie.at(-1)).to.equal('4');
    expect(subsidie).to.have.length(4);
  });

  it('sorts the hits of a query by name or newest on request', () => {
    expect(index.search('subsidie', {}, 'name').hits.map((hit) => hit.service.id)).to.deep.equal(['4', '1', '5', '2']);
    expect(index.search('subsidie', {}, 'newest').hits.map((hit) => hit.service.id)).to.deep.equal(['4', '2', '1', '5']);
  });

  it('completes prefixes and tolerates a typo in longer words', () => {
    expect(index.search('zonnep').hits.map((hit) => hit.service.id)).to.deep.equal(['2']);
    expect(index.search('dakisolatei').hits.map((hit) => hit.service.id)).to.deep.equal(['1']);
  });

  it('requires every word, and finds theme labels', () => {
    expect(index.search('subsidie zonnepanelen').hits.map((hit) => hit.service.id)).to.deep.equal(['2']);
    expect(index.search('omgeving').hits.map((hit) => hit.service.id).sort()).to.deep.equal(['1', '2']);
  });

  it('returns the matched words for highlighting', () => {
    const [hit] = index.search('café').hits;
    expect(hit!.terms).to.include('cafe');
  });

  it('filters on concept ids: OR within a filter, AND across filters', () => {
    const ids = (selection: Parameters<ServiceIndex['search']>[1]) => index.search('', selection).hits.map((hit) => hit.service.id).sort();
    expect(ids({ Thema: ['thema-wonen'] })).to.deep.equal(['1', '3', '5']);
    expect(ids({ Thema: ['thema-wonen', 'thema-omgeving'] })).to.deep.equal(['1', '2', '3', '5']);
    expect(ids({ Thema: ['thema-wonen'], Doelgroep: ['gemeente'] })).to.deep.equal(['1']);
    expect(ids({ Type: ['type-steun'] })).to.deep.equal(['1', '2']);
    expect(ids({ Aanbieder: ['abb'] })).to.deep.equal(['5']);
    expect(ids({ Doelgroep: [] })).to.deep.equal(['1', '2', '3', '4', '5']);
  });

  it('counts each filter’s values over the query and the other filters only', () => {
    const { counts } = index.search('subsidie', { Thema: ['thema-wonen'] });
    // Thema counts ignore the Thema selection itself: what choosing another theme would give.
    expect(counts.Thema.get('thema-wonen')).to.equal(2);
    expect(counts.Thema.get('thema-omgeving')).to.equal(2);
    // Doelgroep counts follow query and Thema selection: services 1 and 5.
    expect(counts.Doelgroep.get('gemeente')).to.equal(1);
    expect(counts.Doelgroep.get('ocmw')).to.equal(1);
  });

  it('suggests close terms for a query without results', () => {
    expect(index.search('zonnepaneeltjes xyz').hits).to.have.length(0);
    expect(index.suggest('zonnepanelenn')).to.satisfy((suggestions: string[]) => suggestions.some((s) => s.includes('zonnepanelen')));
    expect(index.suggest('')).to.deep.equal([]);
  });

  it('builds the same index in chunks', async () => {
    const built = await ServiceIndex.build(catalogue);
    expect(built.search('subsidie').hits.map((hit) => hit.service.id)).to.deep.equal(index.search('subsidie').hits.map((hit) => hit.service.id));
  });
});

describe('mu-search requests and answers', () => {
  const context = { executingLevel: 'vlaams', targetAudience: 'lokaal-bestuur' };
  const now = new Date('2026-03-01T10:00:00.000Z');

  it('sends the real page’s parameters, in its order', () => {
    const params = searchParams(context, { query: '', filters: { Doelgroep: ['gemeente'] }, sort: 'newest', page: 0, size: 25 }, now);
    expect([...params]).to.deep.equal([
      ['page[size]', '25'],
      ['page[number]', '0'],
      ['count', 'exact'],
      ['filter[executingAuthorityLevels.uuid]', 'vlaams'],
      ['filter[targetAudiences.uuid]', 'lokaal-bestuur'],
      ['filter[isArchived]', 'false'],
      ['filter[:gte:filterEndDate]', '2026-03-01T10:00:00.000Z'],
      ['filter[:has:datePublished]', 't'],
      ['filter[:sqs:name.nl^5,description.nl^2,thematicAreas.label]', '*'],
      ['filter[:terms:relevantAdministrativeUnits.uuid.keyword]', 'gemeente'],
      ['sort[dateCreated]', 'desc'],
    ]);
  });

  it('sends the chosen filters on the broader concepts, the A–Z sort and the highlight fields', () => {
    const params = searchParams(context, { query: 'subsidie klim', filters: { Thema: ['a', 'b'], Type: ['t'], Aanbieder: ['o'], Doelgroep: [] }, sort: 'name', page: 2, size: 25, highlight: true }, now);
    expect(params.get('filter[:sqs:name.nl^5,description.nl^2,thematicAreas.label]')).to.equal('subsidie klim*');
    expect(params.get('filter[thematicAreas.broader.uuid]')).to.equal('a,b');
    expect(params.get('filter[type.broader.uuid]')).to.equal('t');
    expect(params.get('filter[competentAuthority.uuid]')).to.equal('o');
    expect(params.has('filter[:terms:relevantAdministrativeUnits.uuid.keyword]')).to.equal(false);
    expect(params.get('sort[name.nl.raw]')).to.equal('asc');
    expect(params.get('highlight[:fields:]')).to.equal('name.nl,description.nl');
    expect(params.get('page[number]')).to.equal('2');
    const relevance = searchParams(context, { query: 'x', filters: {}, sort: 'score', page: 0, size: 25 }, now);
    expect([...relevance.keys()].some((key) => key.startsWith('sort'))).to.equal(false);
  });

  it('maps a hit: Dutch name, broader concepts of type and themes, the agency and the kinds of bestuur', () => {
    const hit = {
      type: 'public-service',
      id: 'uuid-1',
      attributes: {
        name: { 'nl-be-x-formal': ['Formeel'], nl: ['Subsidie voor <b>klimaat</b>'] },
        description: { nl: ['<p>Een &amp; twee</p>'] },
        endDate: '2026-05-01T00:00:00Z',
        dateCreated: null,
        type: { label: 'Financieel voordeel', broader: { label: 'Steunmaatregelen', uuid: 'steun' }, uuid: 'fv' },
        thematicAreas: [
          { label: 'Milieu en Energie', broader: { label: 'Omgeving', uuid: 'omgeving' }, uuid: 'me' },
          { label: 'Bouwen en Wonen', broader: [{ label: 'Bouwen en Wonen', uuid: 'bw' }], uuid: 'bw-ipdc' },
        ],
        competentAuthority: { label: 'Vlaams Energie- en Klimaatagentschap', broader: null, uuid: 'veka' },
        relevantAdministrativeUnits: { label: 'Gemeente', uuid: 'gemeente' },
        uri: 'https://ipdc.vlaanderen.be/id/instantie/x',
      },
    };
    expect(serviceFromHit(hit, 'nl')).to.deep.equal({
      id: 'uuid-1',
      uri: 'https://ipdc.vlaanderen.be/id/instantie/x',
      name: 'Subsidie voor klimaat',
      descriptionText: 'Een & twee',
      summary: 'Een & twee',
      endDate: '2026-05-01T00:00:00.000Z',
      type: { id: 'steun', label: 'Steunmaatregelen' },
      themes: [
        { id: 'omgeving', label: 'Omgeving' },
        { id: 'bw', label: 'Bouwen en Wonen' },
      ],
      competentAuthority: { id: 'veka', label: 'Vlaams Energie- en Klimaatagentschap' },
      administrativeUnits: [{ id: 'gemeente', label: 'Gemeente' }],
    });
    expect(serviceFromHit({ id: 'no-name', attributes: { name: {} } }, 'nl')).to.equal(undefined);
  });

  it('reads Elasticsearch’s <em> fragments as text parts, never as HTML', () => {
    expect(fragmentParts('<p>Een <em>subsidie</em> voor &lt;script&gt;</p><img src=x onerror=alert(1)>')).to.deep.equal([
      { text: 'Een ', match: false },
      { text: 'subsidie', match: true },
      { text: ' voor <script>', match: false },
    ]);
    expect(fragmentParts('geen markering')).to.deep.equal([{ text: 'geen markering', match: false }]);
  });
});

describe('text helpers', () => {
  it('folds case and diacritics', () => {
    expect(fold('Café Reïntegratie CRÈCHE')).to.equal('cafe reintegratie creche');
  });

  it('turns catalogue HTML into text without script bodies, decoding entities', () => {
    expect(htmlToText('<p>Een &amp; twee&nbsp;&euro; 5 &#233;&#x20AC;</p><script>alert(1)</script><style>p{}</style><b>drie</b>')).to.equal('Een & twee € 5 é€ drie');
    expect(htmlToText('<img src=x onerror=alert(1)>tekst')).to.equal('tekst');
  });

  it('summarises on a word boundary with an ellipsis', () => {
    expect(summarize('kort')).to.equal('kort');
    const summary = summarize('woord '.repeat(60), 50);
    expect(summary.length).to.be.at.most(51);
    expect(summary.endsWith('woord…')).to.equal(true);
  });

  it('marks whole matched words, folded, and leaves the rest as text', () => {
    expect(highlightParts('Premie voor een café!', new Set(['cafe', 'premie']))).to.deep.equal([
      { text: 'Premie', match: true },
      { text: ' voor een ', match: false },
      { text: 'café', match: true },
      { text: '!', match: false },
    ]);
    expect(highlightParts('<b>x</b>', new Set())).to.deep.equal([{ text: '<b>x</b>', match: false }]);
  });

  it('writes mu-search simple query strings with the last word as a prefix', () => {
    expect(simpleQueryString('premie  café')).to.equal('premie café*');
    expect(simpleQueryString('a) OR (b* -c')).to.equal('a OR b c*');
    expect(simpleQueryString('  ')).to.equal('');
  });
});

describe('hash state', () => {
  it('round-trips the query and the filter ids and keeps the host’s own keys', () => {
    const hash = writeHashState('#tab=2', { query: 'premie café', filters: { Thema: ['5d564190-0e03-44f8-be73-8c3a70ad4443', 'b'], Type: [] } });
    expect(hash).to.equal('tab=2&zoek=premie+caf%C3%A9&thema=5d564190-0e03-44f8-be73-8c3a70ad4443,b');
    expect(readHashState(`#${hash}`)).to.deep.equal({ query: 'premie café', filters: { Thema: ['5d564190-0e03-44f8-be73-8c3a70ad4443', 'b'] } });
  });

  it('tells the default Doelgroep (absent) from every kind (empty)', () => {
    expect(readHashState('#zoek=x').filters).to.deep.equal({});
    expect(writeHashState('', { query: '', filters: { Doelgroep: [] } })).to.equal('doelgroep=');
    expect(readHashState('#doelgroep=').filters).to.deep.equal({ Doelgroep: [] });
    expect(readHashState('#doelgroep=5ab0e9b8a3b2ca7c5e000002').filters).to.deep.equal({ Doelgroep: ['5ab0e9b8a3b2ca7c5e000002'] });
  });

  it('removes its keys when the search is cleared', () => {
    expect(writeHashState('#zoek=x&thema=A&tab=1', { query: '', filters: {} })).to.equal('tab=1');
  });

  it('ignores malformed and hostile values', () => {
    const state = readHashState('#thema=<script>,Bouwen"Wonen,OK&zoek=' + 'x'.repeat(500) + '&aanbieder=%E0%A4%A');
    expect(state.filters).to.deep.equal({ Thema: ['OK'] });
    expect(state.query.length).to.equal(200);
  });
});

describe('catalogue session cache', () => {
  const key = catalogueCacheKey('https://loket.test', 'bestuur-1');
  afterEach(() => sessionStorage.removeItem(key));

  it('stores and reads back a catalogue under api-base and bestuurseenheid', () => {
    expect(key).to.contain('https://loket.test|bestuur-1');
    const value = { stamp: { count: 1, latestModified: '2026-01-01T00:00:00.000Z' }, services: [catalogue[0]!] };
    expect(writeCachedCatalogue(key, value)).to.equal(true);
    expect(readCachedCatalogue(key)).to.deep.equal(value);
  });

  it('ignores a corrupt entry', () => {
    sessionStorage.setItem(key, '{"stamp":{"count":1},"services":[{"id":1}]}');
    expect(readCachedCatalogue(key)).to.equal(undefined);
    sessionStorage.setItem(key, 'not json');
    expect(readCachedCatalogue(key)).to.equal(undefined);
  });

  it('answers false when the storage is full, and removes the entry', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
      getItem: () => null,
    } as unknown as Storage;
    expect(writeCachedCatalogue(key, { stamp: { count: 0 }, services: [] }, full)).to.equal(false);
  });

  it('compares stamps on count and latest modification', () => {
    expect(sameStamp({ count: 2, latestModified: 'a' }, { count: 2, latestModified: 'a' })).to.equal(true);
    expect(sameStamp({ count: 2, latestModified: 'a' }, { count: 3, latestModified: 'a' })).to.equal(false);
    expect(sameStamp({ count: 2, latestModified: 'a' }, { count: 2, latestModified: 'b' })).to.equal(false);
  });
});

describe('description sanitiser', () => {
  it('keeps the allowed tags and http(s) links only', async () => {
    const element = await sanitizeHtml(
      '<p class="x" style="color:red">Tekst <em>nadruk</em><br><u>onderlijnd</u></p><ol><li>een</li></ol>' +
        '<a href="https://a.example/">https</a><a href="http://b.example/">http</a><a href="javascript:alert(1)">js</a>' +
        '<a href="data:text/html,x">data</a><a href="/relatief">rel</a><a>leeg</a>' +
        '<script>alert(1)</script><img src=x onerror=alert(1)><svg><a href="https://c.example/">svg</a></svg><form><input></form>',
    );
    expect(element.querySelector('[class="x"], [style], u, script, img, svg, form, input')).to.equal(null);
    expect([...element.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://a.example/', 'http://b.example/']);
    expect(element.querySelector('a')!.rel).to.equal('noopener noreferrer');
    expect(element.textContent).to.contain('js');
    expect(element.textContent).to.contain('onderlijnd');
    expect(element.querySelectorAll('p, em, br, ol, li').length).to.equal(5);
  });
});
