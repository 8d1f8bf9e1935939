/**
 * Service finder over 1,000 and 10,000 services (the fake Loket's seeded catalogue, handed in
 * through the public `services` property so no network is timed).
 *
 * - Index build: our minisearch index (as the widget builds it, in chunks) against Fuse.js's index
 *   and the naive filter's preparation (folded haystacks), same data, same run.
 * - Keystroke to rendered results: queries typed one character at a time into the real widget's
 *   search field; each sample runs from the input event until the widget's update is complete and
 *   the browser has computed style and layout for it (a forced layout, so waiting for the next
 *   vsync is not counted). The peers do the same job: search, then render the top 50 results with a
 *   Lit template of the same parts (name, summary, badges, authority) and lay them out.
 *   The same keystrokes measured to the next painted frame are printed separately.
 */
import Fuse from 'fuse.js';
import { html, render } from 'lit';
import { createFakeLoket, type StoredResource } from '../fake-loket/index.js';
import type { CodeConcept, PublicService, ServiceLink } from '../src/api/services.js';
import { ServiceIndex } from '../src/services/search-index.js';
import { fold, htmlToText, summarize } from '../src/services/text.js';
import { defineBench, median, nextPaint, percentile, type BenchRow } from './harness.js';
// A named import: package.json's `sideEffects` lets esbuild drop a bare import of the source module.
import { LoketServiceFinder } from '../components/service-finder/service-finder.js';

const QUERIES = ['premie', 'omgevingsvergunning', 'reispas', 'cafe terras', 'subsidie zonnepanelen', 'attest', 'kinderopvang'];
const SHOWN = 50;

/** The seeded records as the models the API module makes (mapped here so no HTTP is timed). */
function catalogueOf(size: number): PublicService[] {
  const loket = createFakeLoket({ size: { services: size, dossiers: 0 } });
  const table = (type: string) => loket.store.get(type) ?? new Map<string, StoredResource>();
  const text = (value: unknown) => (Array.isArray(value) ? String((value[0] as { content?: string })?.content ?? '') : '');
  const ids = (record: StoredResource, name: string) => {
    const value = record.relationships[name];
    return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  };
  const concept = (id: string): CodeConcept => {
    const record = table('concepts').get(id)!;
    const uri = String(record.attributes['uri']);
    const [scheme, code] = uri.split('/').slice(-2) as [string, string];
    return { id, uri, code, scheme, label: String(record.attributes['label']) };
  };
  const links = (record: StoredResource): ServiceLink[] =>
    ids(record, 'websites').flatMap((id) => {
      const website = table('websites').get(id)!;
      const url = String(website.attributes['url']);
      return url.startsWith('http') ? [{ title: text(website.attributes['title']), url }] : [];
    });
  return [...table('public-services').values()].map((record) => {
    const descriptionHtml = text(record.attributes['description']);
    const descriptionText = htmlToText(descriptionHtml);
    const type = ids(record, 'type')[0];
    return {
      id: record.id,
      name: text(record.attributes['name']),
      summary: summarize(descriptionText),
      descriptionText,
      descriptionHtml,
      keywords: (record.attributes['keyword'] as { content: string }[]).map((keyword) => keyword.content),
      isArchived: record.attributes['is-archived'] === true,
      ...(type ? { type: concept(type) } : {}),
      thematicAreas: ids(record, 'thematic-areas').map(concept),
      targetAudiences: ids(record, 'target-audiences').map(concept),
      competentAuthorityLevels: ids(record, 'competent-authority-levels').map(concept),
      executingAuthorityLevels: ids(record, 'executing-authority-levels').map(concept),
      competentAuthorities: ids(record, 'competent-authority').map((id) => String(table('bestuurseenheden').get(id)?.attributes['naam'] ?? '')),
      websites: links(record),
      procedures: [],
      costs: [],
      contacts: [],
    };
  });
}

/** Every prefix of every query: what a user types, keystroke by keystroke. */
const keystrokes = QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));

function stage(): HTMLElement {
  const host = document.createElement('div');
  host.style.cssText = 'width:1100px';
  document.body.append(host);
  return host;
}

/** Style and layout for what was rendered, without waiting for the next frame. */
function layout(host: Element): void {
  void (host as HTMLElement).getBoundingClientRect().height;
}

async function untilReady(el: LoketServiceFinder): Promise<void> {
  while (!el.shadowRoot?.querySelector('.result')) await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
}

interface Timings {
  rendered: number[];
  painted: number[];
}

async function oursTyping(services: PublicService[]): Promise<Timings> {
  const host = stage();
  const el = document.createElement('loket-service-finder') as LoketServiceFinder;
  el.services = services;
  host.append(el);
  await untilReady(el);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  const type = async (value: string) => {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    layout(el.shadowRoot!.querySelector('.layout') ?? el);
  };
  const timings = await timeKeystrokes(type);
  host.remove();
  return timings;
}

async function timeKeystrokes(type: (value: string) => Promise<void>): Promise<Timings> {
  for (const value of keystrokes.slice(0, 10)) await type(value); // warm-up
  await type('');
  const rendered: number[] = [];
  const painted: number[] = [];
  for (const value of keystrokes) {
    const start = performance.now();
    await type(value);
    rendered.push(performance.now() - start);
    await nextPaint();
    painted.push(performance.now() - start);
  }
  return { rendered, painted };
}

/** What a peer renders per result: the same visible parts as ours. */
function peerList(services: readonly PublicService[], total: number) {
  return html`<p>${total} diensten gevonden</p>
    <ul>
      ${services.map(
        (service) => html`<li>
          <h3><a href=${service.websites[0]?.url ?? '#'}>${service.name}</a></h3>
          <p>${service.summary}</p>
          <p>${[service.type, ...service.thematicAreas].map((concept) => html`<span>${concept?.label}</span>`)}</p>
          <p>${service.competentAuthorities.join(', ')}</p>
        </li>`,
      )}
    </ul>`;
}

async function peerTyping(search: (query: string) => PublicService[], everything: PublicService[]): Promise<Timings> {
  const host = stage();
  const type = async (value: string) => {
    const found = value.trim() ? search(value) : everything;
    render(peerList(found.slice(0, SHOWN), found.length), host);
    layout(host);
  };
  const timings = await timeKeystrokes(type);
  host.remove();
  return timings;
}

function fuseOf(services: PublicService[]): Fuse<PublicService> {
  return new Fuse(services, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'keywords', weight: 2 },
      { name: 'descriptionText', weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.3,
  });
}

function includesFilterOf(services: PublicService[]): (query: string) => PublicService[] {
  const haystacks = services.map((service) => fold(`${service.name} ${service.keywords.join(' ')} ${service.descriptionText}`));
  return (query) => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return services.filter((_, i) => words.every((word) => haystacks[i]!.includes(word)));
  };
}

async function timeOnce(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

defineBench('service-finder', async () => {
  if (!customElements.get('loket-service-finder')) throw new Error(`<loket-service-finder> is not registered (${LoketServiceFinder.name})`);
  const rows: BenchRow[] = [];
  for (const size of [1_000, 10_000]) {
    const services = catalogueOf(size).filter((service) => !service.isArchived);
    const label = `${size.toLocaleString('en')} services`;

    const builds = { ours: [] as number[], fuse: [] as number[], includes: [] as number[] };
    for (let i = 0; i < 3; i++) {
      builds.ours.push(await timeOnce(() => ServiceIndex.build(services)));
      builds.fuse.push(await timeOnce(() => fuseOf(services)));
      builds.includes.push(await timeOnce(() => includesFilterOf(services)));
    }
    rows.push({
      benchmark: `service-finder: index build, ${label}`,
      metric: 'median',
      unit: 'ms',
      ours: median(builds.ours),
      peers: { 'fuse.js': median(builds.fuse), includes: median(builds.includes) },
    });

    const ours = await oursTyping(services);
    const fuse = fuseOf(services);
    const fuseTimes = await peerTyping((query) => fuse.search(query).map((result) => result.item), services);
    const naive = await peerTyping(includesFilterOf(services), services);
    for (const p of [50, 95]) {
      rows.push({
        benchmark: `service-finder: keystroke to rendered results, ${label}`,
        metric: `p${p}`,
        unit: 'ms',
        ours: percentile(ours.rendered, p),
        peers: { 'fuse.js': percentile(fuseTimes.rendered, p), includes: percentile(naive.rendered, p) },
        ...(size === 10_000 && p === 95 ? { budget: 16 } : {}),
      });
    }
    rows.push({
      benchmark: `service-finder: keystroke to next painted frame, ${label}`,
      metric: 'p95',
      unit: 'ms',
      ours: percentile(ours.painted, 95),
      peers: { 'fuse.js': percentile(fuseTimes.painted, 95), includes: percentile(naive.painted, 95) },
    });
  }
  return rows;
});
