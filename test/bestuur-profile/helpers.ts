import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { createFakeLoket, FIRST_GEMEENTE_ID, type FakeLoket, type FakeLoketOptions } from '../../fake-loket/index.js';
import '../../components/bestuur-profile/bestuur-profile.js';
import type { LoketBestuurProfile } from '../../components/bestuur-profile/bestuur-profile.js';

export { FIRST_GEMEENTE_ID };

/** The day every profile test measures "current" on: inside the 2025–2030 legislature. */
export const NOW = new Date('2026-03-15T10:00:00Z');
export const API = 'https://loket.test';
export const CONTACT_API = `${API}/contactgegevens-api`;
export const MANDATES_API = `${API}/lmb-api`;
/** For waits on loads and retries: generous, they wait for something, they do not time it. */
export const PATIENTLY = { timeout: 8000 };

/** Only the families the profile reads (besides each app's base data). */
export function fakeLoket(options: FakeLoketOptions = {}): FakeLoket {
  return createFakeLoket({ now: NOW, only: ['bestuursorganen', 'contactinfo'], ...options });
}

export interface ProfileOptions {
  loket?: FakeLoket;
  /** Read the contact data from the Contactgegevens app (`contact-api-base`). */
  contact?: boolean;
  /** Count mandataries in Lokaal Mandatenbeheer (`mandates-api-base`). */
  mandates?: boolean;
  lang?: string;
  bestuurseenheid?: string;
  correctionUrl?: string;
  correctionEmail?: string;
  width?: number;
  fetch?: typeof fetch;
}

export async function profileFixture(options: ProfileOptions = {}): Promise<{ el: LoketBestuurProfile; loket: FakeLoket }> {
  const loket = options.loket ?? fakeLoket();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${options.width ?? 1000}px" lang=${options.lang ?? 'nl'}>
    <loket-bestuur-profile
      api-base=${API}
      contact-api-base=${options.contact === false ? nothing : CONTACT_API}
      mandates-api-base=${options.mandates ? MANDATES_API : nothing}
      bestuurseenheid=${options.bestuurseenheid ?? nothing}
      correction-url=${options.correctionUrl ?? nothing}
      correction-email=${options.correctionEmail ?? nothing}
      .fetch=${options.fetch ?? loket.fetch}
      .now=${NOW}
    ></loket-bestuur-profile>
  </div>`);
  const el = wrapper.querySelector('loket-bestuur-profile')!;
  return { el, loket };
}

export function root(el: LoketBestuurProfile): ShadowRoot {
  return el.shadowRoot!;
}

/** Every section has data, an empty state, a no-access state or an error. */
export async function settled(el: LoketBestuurProfile): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.profile')?.getAttribute('aria-busy') === 'false', 'the profile never settled', PATIENTLY);
  await el.updateComplete;
}

export function section(el: LoketBestuurProfile, name: 'core' | 'contact' | 'bodies' | 'preference'): HTMLElement {
  return root(el).querySelector<HTMLElement>(`[part~="section"][part~="${name}"]`)!;
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The value shown for a field (`naam`, `kbo`, `contact:<id>:email` …). */
export function fieldValue(el: LoketBestuurProfile, field: string): string {
  return text(root(el).querySelector(`[data-field="${field}"] .value`));
}

export function fieldSource(el: LoketBestuurProfile, field: string): string {
  return text(root(el).querySelector(`[data-field="${field}"] [part="source"]`));
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const STATUS_URI = 'http://data.vlaanderen.be/id/concept/MandatarisStatusCode/';
const PUBLICATION_URI = 'http://data.lblod.info/id/concept/MandatarisPublicationStatusCode/';
export const MANDATARIS_STATUS = {
  effectief: '21063a5b-912c-4241-841c-cc7fb3c73e75',
  waarnemend: 'e1ca6edd-55e1-4288-92a5-53f4cf71946a',
  verhinderd: 'c301248f-0199-45ca-b3e5-4c596731d5fe',
};
export const PUBLICATION_STATUS = { draft: '588ce330-4abb-4448-9776-a17d9305df07', bekrachtigd: '9d8fd14d-95d0-4f5e-b3a5-a56a126227b6' };

export interface Holder {
  person: string;
  start: string;
  einde?: string;
  status?: keyof typeof MANDATARIS_STATUS;
  publication?: keyof typeof PUBLICATION_STATUS;
}

/**
 * A small Lokaal Mandatenbeheer of our own (the LMB seed is another engineer's): one body in time
 * (the Loket's id), one mandaat on it, and a mandataris per holder, in the bestuur's
 * `LoketLB-mandaatGebruiker` graph as LMB's config.lisp keeps them (the codes in the public graph).
 */
export function lmbFixture(loket: FakeLoket, bodyInTimeId: string, holders: readonly Holder[], owner = FIRST_GEMEENTE_ID): void {
  const lmb = loket.apps.lmb!;
  const table = (type: string) => lmb.db.table(type);
  for (const [name, id] of Object.entries(MANDATARIS_STATUS)) table('mandataris-status-codes').set(id, { type: 'mandataris-status-codes', id, attributes: { uri: STATUS_URI + id, label: name }, relationships: {} });
  for (const [name, id] of Object.entries(PUBLICATION_STATUS)) {
    table('mandataris-publication-status-codes').set(id, { type: 'mandataris-publication-status-codes', id, attributes: { uri: PUBLICATION_URI + id, label: name }, relationships: {} });
  }
  const mandaat = `mandaat-${bodyInTimeId}`;
  table('bestuursorganen').set(bodyInTimeId, { type: 'bestuursorganen', id: bodyInTimeId, attributes: { uri: `http://data.lblod.info/id/bestuursorganen/${bodyInTimeId}` }, relationships: { bevat: [mandaat] }, owner });
  table('mandaten').set(mandaat, { type: 'mandaten', id: mandaat, attributes: { 'aantal-houders': 40 }, relationships: {}, owner });
  holders.forEach((holder, index) => {
    if (!table('personen').has(holder.person)) table('personen').set(holder.person, { type: 'personen', id: holder.person, attributes: { achternaam: holder.person }, relationships: {}, owner });
    const id = `mandataris-${bodyInTimeId}-${index}`;
    table('mandatarissen').set(id, {
      type: 'mandatarissen',
      id,
      attributes: { start: `${holder.start}T00:00:00.000Z`, ...(holder.einde ? { einde: `${holder.einde}T00:00:00.000Z` } : {}) },
      relationships: {
        bekleedt: mandaat,
        'is-bestuurlijke-alias-van': holder.person,
        status: holder.status ? MANDATARIS_STATUS[holder.status] : null,
        'publication-status': holder.publication ? PUBLICATION_STATUS[holder.publication] : null,
      },
      owner,
    });
  });
  lmb.db.changed();
}

/** The Loket's bodies of a bestuur, as the fake seeds them (apps/shared/bestuursorganen.ts). */
export { bodiesOf } from '../../fake-loket/apps/shared/bestuursorganen.js';
