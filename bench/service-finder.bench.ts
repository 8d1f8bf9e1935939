/**
 * Service finder (index mode) over 1,000 and 10,000 services: the fake Loket's seeded catalogue as
 * the Loket's search indexes it (each record's mu-search document, mapped by the widget's own
 * `serviceFromHit`), handed in through the public `services` property so no network is timed.
 *
 * - Index build: our minisearch index (as the widget builds it, in chunks) against Fuse.js's index
 *   and the naive filter's preparation (folded haystacks), same data, same run.
 * - Keystroke to rendered results: queries typed one character at a time into the real widget's
 *   search field; each sample runs from the input event until the widget's update is complete and
 *   the browser has computed style and layout for it (a forced layout, so waiting for the next
 *   vsync is not counted). The peers do the same job: search, then render the first page (25)
 *   with a Lit template of the same parts (name, deadline, badges, summary, agency) and lay it out.
 *   The same keystrokes measured to the next painted frame are printed separately.
 */
import Fuse from 'fuse.js';
import { html, render } from 'lit';
import { createFakeLoket, type StoredResource } from '../fake-loket/index.js';
import { serviceFromHit, type PublicService } from '../src/api/services.js';
import { ServiceIndex } from '../src/services/search-index.js';
import { fold } from '../src/services/text.js';
import { defineBench, median, nextPaint, percentile, type BenchRow } from './harness.js';
// A named import: package.json's `sideEffects` lets esbuild drop a bare import of the source module.
import { LoketServiceFinder } from '../components/service-finder/service-finder.js';

const QUERIES = ['subsidie', 'rapportering', 'omgevingsvergunning', 'klimaat onthard', 'erkenning erediensten', 'audit', 'fietsfonds'];
const SHOWN = 25;

/** The seeded records as the widget's models, through the search index's own documents. */
function catalogueOf(size: number): PublicService[] {
  const loket = createFakeLoket({ size: { services: size, dossiers: 0 }, only: ['services'] });
  const app = loket.apps.loket!;
  const index = app.spec.search![0]!;
  const related = (record: StoredResource, name: string) => app.db.related(record, name);
  const now = new Date().toISOString();
  return [...app.db.records('public-services')]
    .filter((record) => record.attributes['is-archived'] !== true && typeof record.attributes['date-published'] === 'string')
    .map((record) => serviceFromHit({ id: record.id, attributes: { ...index.document(record, related), uri: record.attributes['uri'] } }, 'nl'))
    .filter((service): service is PublicService => service !== undefined && (!service.endDate || service.endDate >= now));
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
  while (!el.shadowRoot?.querySelector('.results .result')) await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
}

interface Timings {
  rendered: number[];
  painted: number[];
}

async function oursTyping(services: PublicService[]): Promise<Timings> {
  const host = stage();
  const el = document.createElement('loket-service-finder') as LoketServiceFinder;
  el.mode = 'index';
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
          <h4><button type="button">${service.name}</button></h4>
          <p><span>${service.endDate ? `Deadline: ${service.endDate.slice(0, 10)}` : 'Deadline: onbekend'}</span>${[...service.themes, service.type].map((concept) => html`<span>${concept?.label}</span>`)}</p>
          <p>${service.summary}</p>
          <p>${service.competentAuthority?.label}</p>
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
      { name: 'name', weight: 5 },
      { name: 'descriptionText', weight: 2 },
      { name: 'themes.label', weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.3,
  });
}

function includesFilterOf(services: PublicService[]): (query: string) => PublicService[] {
  const haystacks = services.map((service) => fold(`${service.name} ${service.themes.map((theme) => theme.label).join(' ')} ${service.descriptionText}`));
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
    // The generator makes `size` services; the page shows the published, current ones (about nine in ten).
    const services = catalogueOf(size);
    const label = `${size.toLocaleString('en')} services (${services.length.toLocaleString('en')} shown)`;

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
