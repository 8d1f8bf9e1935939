import { fixture, html, waitUntil } from '@open-wc/testing';
import { CLASSIFICATIES, createFakeLoket, type FakeLoket, type FakeLoketOptions, type StoredResource } from '../../fake-loket/index.js';
import type { LoketServiceFinder } from '../../components/service-finder/service-finder.js';
import '../../components/service-finder/service-finder.js';

export const API = 'https://loket.test';

/** The real uuids the page always filters on (app-digitaal-loket codelist migrations). */
export const FLEMISH = '75e3398e-7a87-48eb-af5f-f0bc81a6a5a4';
export const LOCAL_GOVERNMENT = '01f7b215-3eb6-4997-8bb7-4c2b2ffcb138';
export const GEMEENTE = CLASSIFICATIES.gemeente.id;

export interface Mounted {
  el: LoketServiceFinder;
  loket: FakeLoket;
  root: ShadowRoot;
}

export function shadow(el: LoketServiceFinder): ShadowRoot {
  return el.shadowRoot!;
}

export function resultNames(el: LoketServiceFinder): string[] {
  return [...shadow(el).querySelectorAll('.results .result-title')].map((title) => title.textContent!.trim());
}

/** Compared by identity and answered as a boolean: a failing assertion on DOM nodes serialises badly. */
export function isFocused(el: LoketServiceFinder, target: Element | undefined | null): boolean {
  return !!target && shadow(el).activeElement === target;
}

export function input(el: LoketServiceFinder): HTMLInputElement {
  return shadow(el).querySelector('input[type="search"]')!;
}

export function liveRegion(el: LoketServiceFinder): HTMLElement {
  return shadow(el).querySelector('[role="status"]')!;
}

/** Types into the search field as a user would (one input event for the whole value). */
export async function type(el: LoketServiceFinder, value: string): Promise<void> {
  const field = input(el);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export function services(loket: FakeLoket): StoredResource[] {
  return [...(loket.store.get('public-services')?.values() ?? [])];
}

const ids = (record: StoredResource, name: string): string[] => {
  const value = record.relationships[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
};

/**
 * What the real page shows for a kind of bestuur (`unit`, a classification id; undefined: every
 * kind, `null`: every kind): executed by the Flemish level, for local governments, published, not
 * archived, not ended.
 */
export function shownServices(loket: FakeLoket, unit: string | null = GEMEENTE, now = new Date()): StoredResource[] {
  return services(loket).filter((record) => {
    const end = record.attributes['end-date'];
    return (
      ids(record, 'executing-authority-levels').includes(FLEMISH) &&
      ids(record, 'target-audiences').includes(LOCAL_GOVERNMENT) &&
      record.attributes['is-archived'] !== true &&
      typeof record.attributes['date-published'] === 'string' &&
      (typeof end !== 'string' || Date.parse(end) >= now.getTime()) &&
      (unit === null || ids(record, 'relevant-administrative-units').includes(unit))
    );
  });
}

export function nameOf(record: StoredResource): string {
  return (record.attributes['name'] as { content: string; language: string }[]).find((value) => value.language === 'nl')!.content;
}

/** Every test starts without a cached catalogue. */
export function clearCache(): void {
  sessionStorage.clear();
}

export async function mount(
  options: FakeLoketOptions = {},
  template = (loket: FakeLoket) => html`<loket-service-finder api-base=${API} .fetch=${loket.fetch}></loket-service-finder>`,
  prepare: (loket: FakeLoket) => void = () => {},
): Promise<Mounted> {
  const loket = createFakeLoket({ size: { services: 120, dossiers: 0 }, only: ['services'], ...options });
  prepare(loket);
  const el = await fixture<LoketServiceFinder>(template(loket));
  return { el, loket, root: shadow(el) };
}

/** Waits for a settled state: results, an empty catalogue, no results or an error. */
export async function settled(el: LoketServiceFinder): Promise<void> {
  const done = '.results .result, [part="empty"], [part="no-results"], [role="alert"]';
  await waitUntil(() => el.shadowRoot?.querySelector(done), 'the finder never finished loading', { timeout: 10000 });
  await el.updateComplete;
}

/** Waits until no search is under way (the list is not busy) and a settled state shows. */
export async function searched(el: LoketServiceFinder): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => !shadow(el).querySelector('[aria-busy="true"]') && shadow(el).querySelector('.results .result, [part="empty"], [part="no-results"], [role="alert"]'),
    'the search never settled',
    { timeout: 10000 },
  );
  await el.updateComplete;
}

/** The filter checkbox of a concept label in a filter group (`Doelgroep`, `Thematisch`, …). */
export function filterBox(el: LoketServiceFinder, group: string, label: string): HTMLInputElement | undefined {
  const details = [...shadow(el).querySelectorAll('details.filter')].find((candidate) => candidate.querySelector('summary')!.textContent!.trim().startsWith(group));
  const option = [...(details?.querySelectorAll('label') ?? [])].find((candidate) => candidate.querySelector('span')!.textContent!.trim() === label);
  return option?.querySelector('input') ?? undefined;
}

/** Every search request sent so far, decoded. */
export function searches(loket: FakeLoket): URLSearchParams[] {
  return loket.requests.filter((request) => request.path === '/public-services/search').map((request) => new URL(request.url).searchParams);
}

/**
 * The fake's transport, except that requests whose URL matches `pattern` fail as a crashed
 * mu-cl-resources answers (500): a code list that cannot be read, say. Those never reach the fake.
 */
export function failingWhere(loket: FakeLoket, pattern: RegExp): typeof fetch {
  return (input, init) => {
    const url = decodeURIComponent(input instanceof Request ? input.url : String(input));
    if (pattern.test(url)) {
      const body = JSON.stringify({ errors: { status: 'Server Error', code: '500', title: 'Something went wrong while processing the request' } });
      return Promise.resolve(new Response(body, { status: 500, headers: { 'Content-Type': 'application/json' } }));
    }
    return loket.fetch(input, init);
  };
}
