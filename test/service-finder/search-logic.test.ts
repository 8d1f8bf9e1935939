import { expect } from '@open-wc/testing';
import type { CodeConcept, PublicService } from '../../src/api/services.js';
import { ServiceIndex } from '../../src/services/search-index.js';
import { simpleQueryString } from '../../src/services/server-search.js';
import { highlightParts } from '../../src/services/highlight.js';
import { readHashState, writeHashState } from '../../src/services/hash-state.js';
import { fold, htmlToText, summarize } from '../../src/services/text.js';
import { catalogueCacheKey, readCachedCatalogue, sameStamp, writeCachedCatalogue } from '../../src/services/catalogue-cache.js';
import { sanitizeHtml } from '../../src/services/sanitize-html.js';

const concept = (scheme: string, code: string, label = code): CodeConcept => ({
  id: `${scheme}-${code}`,
  uri: `https://productencatalogus.data.vlaanderen.be/id/concept/${scheme}/${code}`,
  code,
  scheme,
  label,
});

function service(id: string, name: string, extra: Partial<PublicService> = {}): PublicService {
  return {
    id,
    name,
    summary: '',
    descriptionText: '',
    keywords: [],
    isArchived: false,
    thematicAreas: [],
    targetAudiences: [],
    competentAuthorityLevels: [],
    executingAuthorityLevels: [],
    competentAuthorities: [],
    websites: [],
    procedures: [],
    costs: [],
    contacts: [],
    ...extra,
  };
}

const wonen = concept('Thema', 'BouwenWonen', 'Bouwen en wonen');
const milieu = concept('Thema', 'MilieuEnergie', 'Milieu en energie');
const burger = concept('Doelgroep', 'Burger');
const onderneming = concept('Doelgroep', 'Onderneming');

const catalogue = [
  service('1', 'Premie voor dakisolatie', { thematicAreas: [wonen, milieu], targetAudiences: [burger], keywords: ['energie'] }),
  service('2', 'Premie voor zonnepanelen', { thematicAreas: [milieu], targetAudiences: [burger, onderneming] }),
  service('3', 'Vergunning voor een terras', { thematicAreas: [wonen], targetAudiences: [onderneming], descriptionText: 'Een terras op het openbaar domein bij uw café.' }),
  service('4', 'Attest van goed gedrag', { targetAudiences: [burger], keywords: ['premie'] }),
  service('5', 'Premie voor een café', { thematicAreas: [wonen], targetAudiences: [onderneming] }),
  service('6', 'Premie gearchiveerd', { isArchived: true, thematicAreas: [wonen] }),
];

describe('service search index', () => {
  const index = new ServiceIndex(catalogue);

  it('leaves archived services out', () => {
    expect(index.size).to.equal(5);
    expect(index.search('gearchiveerd').hits).to.have.length(0);
  });

  it('lists everything by name without a query', () => {
    expect(index.search('').hits.map((hit) => hit.service.id)).to.deep.equal(['4', '1', '5', '2', '3']);
  });

  it('ignores case and diacritics, and ranks name matches above keyword and description matches', () => {
    const hits = index.search('CAFE').hits.map((hit) => hit.service.id);
    expect(hits).to.deep.equal(['5', '3']);
    const premie = index.search('premie').hits.map((hit) => hit.service.id);
    expect(premie.at(-1)).to.equal('4');
    expect(premie).to.have.length(4);
  });

  it('completes prefixes and tolerates a typo in longer words', () => {
    expect(index.search('zonnep').hits.map((hit) => hit.service.id)).to.deep.equal(['2']);
    expect(index.search('dakisolatei').hits.map((hit) => hit.service.id)).to.deep.equal(['1']);
  });

  it('requires every word', () => {
    expect(index.search('premie zonnepanelen').hits.map((hit) => hit.service.id)).to.deep.equal(['2']);
  });

  it('returns the matched words for highlighting', () => {
    const [hit] = index.search('café').hits;
    expect(hit!.terms).to.include('cafe');
  });

  it('filters on facets: OR within a facet, AND across facets', () => {
    const ids = (selection: Parameters<ServiceIndex['search']>[1]) => index.search('', selection).hits.map((hit) => hit.service.id).sort();
    expect(ids({ Thema: ['BouwenWonen'] })).to.deep.equal(['1', '3', '5']);
    expect(ids({ Thema: ['BouwenWonen', 'MilieuEnergie'] })).to.deep.equal(['1', '2', '3', '5']);
    expect(ids({ Thema: ['BouwenWonen'], Doelgroep: ['Burger'] })).to.deep.equal(['1']);
  });

  it('counts facet values over the query and the other facets only', () => {
    const outcome = index.search('premie', { Thema: ['BouwenWonen'] });
    const count = (scheme: 'Thema' | 'Doelgroep', code: string) => outcome.facets[scheme].find((option) => option.concept.code === code)?.count;
    // Thema counts ignore the Thema selection itself: what choosing another theme would give.
    expect(count('Thema', 'BouwenWonen')).to.equal(2);
    expect(count('Thema', 'MilieuEnergie')).to.equal(2);
    // Doelgroep counts follow query and Thema selection: services 1 and 5.
    expect(count('Doelgroep', 'Burger')).to.equal(1);
    expect(count('Doelgroep', 'Onderneming')).to.equal(1);
  });

  it('suggests close terms for a query without results', () => {
    expect(index.search('zonnepaneeltjes xyz').hits).to.have.length(0);
    expect(index.suggest('zonnepanelenn')).to.satisfy((suggestions: string[]) => suggestions.some((s) => s.includes('zonnepanelen')));
    expect(index.suggest('')).to.deep.equal([]);
  });

  it('builds the same index in chunks', async () => {
    const built = await ServiceIndex.build(catalogue);
    expect(built.search('premie').hits.map((hit) => hit.service.id)).to.deep.equal(index.search('premie').hits.map((hit) => hit.service.id));
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
  it('round-trips the query and the facets and keeps the host’s own keys', () => {
    const hash = writeHashState('#tab=2', { query: 'premie café', facets: { Thema: ['BouwenWonen', 'MilieuEnergie'], Doelgroep: [] } });
    expect(hash).to.equal('tab=2&zoek=premie+caf%C3%A9&thema=BouwenWonen,MilieuEnergie');
    expect(readHashState(`#${hash}`)).to.deep.equal({ query: 'premie café', facets: { Thema: ['BouwenWonen', 'MilieuEnergie'] } });
  });

  it('removes its keys when the search is cleared', () => {
    expect(writeHashState('#zoek=x&thema=A&tab=1', { query: '', facets: {} })).to.equal('tab=1');
  });

  it('ignores malformed and hostile values', () => {
    const state = readHashState('#thema=<script>,Bouwen"Wonen,OK&zoek=' + 'x'.repeat(500) + '&niveau=%E0%A4%A');
    expect(state.facets).to.deep.equal({ Thema: ['OK'] });
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
