import { fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeLoket, type FakeLoket, type FakeLoketOptions, type StoredResource } from '../../fake-loket/index.js';
import type { LoketServiceFinder } from '../../components/service-finder/service-finder.js';
import '../../components/service-finder/service-finder.js';

export const API = 'https://loket.test';

export interface Mounted {
  el: LoketServiceFinder;
  loket: FakeLoket;
  root: ShadowRoot;
}

export function shadow(el: LoketServiceFinder): ShadowRoot {
  return el.shadowRoot!;
}

export function resultNames(el: LoketServiceFinder): string[] {
  return [...shadow(el).querySelectorAll('.result-title')].map((title) => title.textContent!.trim());
}

/** Compared by identity and answered as a boolean: a failing assertion on DOM nodes serialises badly. */
export function isFocused(el: LoketServiceFinder, target: Element | undefined): boolean {
  return target !== undefined && shadow(el).activeElement === target;
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

/** Every test starts without a cached catalogue. */
export function clearCache(): void {
  sessionStorage.clear();
}

export async function mount(
  options: FakeLoketOptions = {},
  template = (loket: FakeLoket) => html`<loket-service-finder api-base=${API} .fetch=${loket.fetch}></loket-service-finder>`,
  prepare: (loket: FakeLoket) => void = () => {},
): Promise<Mounted> {
  const loket = createFakeLoket({ size: { services: 60 }, ...options });
  prepare(loket);
  const el = await fixture<LoketServiceFinder>(template(loket));
  return { el, loket, root: shadow(el) };
}

/** Waits for a settled state: results, an empty catalogue, no results or an error. */
export async function settled(el: LoketServiceFinder): Promise<void> {
  const done = '.result, [part="empty"], [part="no-results"], [role="alert"]';
  await waitUntil(() => el.shadowRoot?.querySelector(done), 'the finder never finished loading', { timeout: 8000 });
  await el.updateComplete;
}
