import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/mandate-editor/mandate-editor.js';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import { createFakeLoket, FIRST_GEMEENTE_ID, type FakeLoket, type FakeLoketOptions, type StoredResource } from '../../fake-loket/index.js';

export const NOW = new Date('2026-11-28T00:00:00Z');
export const TODAY = '2026-11-28';
/** Where the fake serves Lokaal Mandatenbeheer (fake-loket/index.ts DEFAULT_ROOTS). */
export const LMB = '/lmb-api';

export function fakeLoket(options: FakeLoketOptions = {}): FakeLoket {
  return createFakeLoket({ now: NOW, ...options });
}

/** The LMB app's records of a type. */
export function lmb(fake: FakeLoket, type: string): Map<string, StoredResource> {
  return fake.apps.lmb!.db.table(type);
}

export function lmbChanged(fake: FakeLoket): void {
  fake.apps.lmb!.changed();
}

export const shadow = (el: LoketMandateEditor): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: LoketMandateEditor, selector: string): T | null => shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: LoketMandateEditor, selector: string): T[] => [...shadow(el).querySelectorAll<T>(selector)];

export const editorTemplate = (f: FakeLoket, attributes: { lang?: string; readonly?: boolean; bestuurseenheid?: string } = {}) =>
  html`<loket-mandate-editor
    mandates-api-base=${LMB}
    lang=${attributes.lang ?? 'nl'}
    ?readonly=${attributes.readonly ?? false}
    bestuurseenheid=${attributes.bestuurseenheid ?? FIRST_GEMEENTE_ID}
    .fetch=${f.fetch}
    .now=${NOW}
  ></loket-mandate-editor>`;

/** The editor on the fake Loket, with its first table (or empty/error/no-access state) rendered. */
export async function editor(fake: FakeLoket = fakeLoket(), template = (f: FakeLoket) => editorTemplate(f)): Promise<LoketMandateEditor> {
  const el = await fixture<LoketMandateEditor>(template(fake));
  await waitUntil(() => $(el, 'table, .empty, [part="error"], [part="no-access"]'), 'editor did not settle', { timeout: 5000 });
  // The editing parts (and LMB's code lists) load on demand for users who may edit.
  await waitUntil(() => !el.canEdit || !$(el, '#orgaan') || $(el, '[part~="add-button"]:not([disabled]), [part="error"]'), 'editing did not load', {
    timeout: 5000,
  });
  return el;
}

/** Rows as "person | function | fractie | status | publication | rangorde | domains | start | end". */
export function rows(el: LoketMandateEditor): string[][] {
  return $$(el, 'tbody tr').map((row) => [...row.children].slice(0, 9).map((cell) => cell.textContent!.trim().replace(/\s+/g, ' ')));
}

export const COLUMN = { person: 0, functie: 1, fractie: 2, status: 3, publication: 4, rangorde: 5, domeinen: 6, start: 7, einde: 8 } as const;

export async function selectBody(el: LoketMandateEditor, labelStart: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, '#orgaan')!;
  const option = [...select.options].find((o) => o.textContent!.trim().startsWith(labelStart))!;
  select.value = option.value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await waitUntil(() => !$(el, '[aria-busy="true"]') && $(el, 'table, .empty'), 'body did not load', { timeout: 5000 });
}

export async function selectLegislature(el: LoketMandateEditor, label: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, '#legislatuur')!;
  selectByLabel(select, label);
  await el.updateComplete;
  await waitUntil(() => !$(el, '[aria-busy="true"]') && $(el, 'table, .empty'), 'legislature did not load', { timeout: 5000 });
}

export function setValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

export function selectByLabel(select: HTMLSelectElement, label: string): void {
  const option = [...select.options].find((o) => o.textContent!.trim() === label);
  if (!option) throw new Error(`no option "${label}" in ${[...select.options].map((o) => o.textContent).join(', ')}`);
  setValue(select, option.value);
}

export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim().replace(/\s+/g, ' ').startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export const dialog = (el: LoketMandateEditor, id: string): HTMLDialogElement => $<HTMLDialogElement>(el, `#${id}`)!;

/** Searches a person in the open form and picks the one with `id`. */
export async function pickPerson(el: LoketMandateEditor, term: string, id: string): Promise<void> {
  setValue($<HTMLInputElement>(el, '#f-persoonId')!, term);
  await waitUntil(() => $<HTMLInputElement>(el, `input[name="persoon"][value="${id}"]`), `person ${id} not found`, { timeout: 3000 });
  const input = $<HTMLInputElement>(el, `input[name="persoon"][value="${id}"]`)!;
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The row of a person (by the name in its first cell), optionally with a function. */
export function rowOf(el: LoketMandateEditor, person: string, functie?: string): HTMLTableRowElement {
  const row = $$<HTMLTableRowElement>(el, 'tbody tr').find(
    (tr) => tr.querySelector('th')!.textContent!.trim() === person && (!functie || tr.children[1]!.textContent!.trim() === functie),
  );
  if (!row) throw new Error(`no row for ${person} ${functie ?? ''}`);
  return row;
}

/** Opens the add form (or the edit form of the row whose person cell is `person`). */
export async function openForm(el: LoketMandateEditor, person?: string, functie?: string): Promise<HTMLDialogElement> {
  if (person) button(rowOf(el, person, functie), 'Wijzigen').click();
  else $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
  await el.updateComplete;
  const opened = dialog(el, 'edit-dialog');
  await waitUntil(() => opened.open, 'form did not open', { timeout: 3000 });
  return opened;
}

/** Presses "Bewaren" and waits until the editor has checked (and maybe saved): the button is back, or the dialog closed. */
export async function submitForm(el: LoketMandateEditor): Promise<void> {
  $<HTMLButtonElement>(el, '#edit-dialog button[type="submit"]')!.click();
  await el.updateComplete;
  await waitUntil(() => !$<HTMLButtonElement>(el, '#edit-dialog button[type="submit"]')?.disabled, 'the save never ended', { timeout: 5000 });
  await el.updateComplete;
}

/** The message text shown for a field, '' when none. */
export function messageOf(el: LoketMandateEditor, field: string): string {
  return $(el, `#e-${field}`)?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
}

export function focused(el: LoketMandateEditor): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Adds a person nobody holds a mandate for yet, in Aalst's mandaat graph, so tests can pick them. */
export function addPerson(fake: FakeLoket, id: string, voornaam: string, achternaam: string): void {
  lmb(fake, 'personen').set(id, {
    type: 'personen',
    id,
    attributes: { uri: `http://data.lblod.info/id/personen/${id}`, 'gebruikte-voornaam': voornaam, achternaam },
    relationships: {},
    owner: FIRST_GEMEENTE_ID,
    graph: 'mandaat-gebruiker',
  });
  lmbChanged(fake);
}

export function personName(fake: FakeLoket, record: StoredResource): string {
  const persoon = lmb(fake, 'personen').get(record.relationships['is-bestuurlijke-alias-van'] as string);
  return `${persoon?.attributes['gebruikte-voornaam']} ${persoon?.attributes['achternaam']}`;
}

export function functieOf(fake: FakeLoket, record: StoredResource): string {
  const mandaat = lmb(fake, 'mandaten').get(record.relationships['bekleedt'] as string);
  return String(lmb(fake, 'bestuursfunctie-codes').get(mandaat?.relationships['bestuursfunctie'] as string)?.attributes['label']);
}

/** Stored, running mandatarissen of a person in the current legislature with the given function label. */
export function storedMandataris(fake: FakeLoket, name: string, functieLabel: string): StoredResource {
  const found = [...lmb(fake, 'mandatarissen').values()].find(
    (record) =>
      record.owner === FIRST_GEMEENTE_ID &&
      personName(fake, record) === name &&
      functieOf(fake, record) === functieLabel &&
      !record.attributes['einde'] &&
      String(record.attributes['start']) >= '2024-12-31',
  );
  if (!found) throw new Error(`no stored mandataris ${name} ${functieLabel}`);
  return found;
}

/** The fractie naam of a stored mandataris, through its lidmaatschap. */
export function fractieOf(fake: FakeLoket, record: StoredResource): string | undefined {
  const lid = lmb(fake, 'lidmaatschappen').get(record.relationships['heeft-lidmaatschap'] as string);
  return lmb(fake, 'fracties').get(lid?.relationships['binnen-fractie'] as string)?.attributes['naam'] as string | undefined;
}

/** Someone else changes a stored mandataris (and LMB's `modified`, as its frontend would). */
export function changeElsewhere(fake: FakeLoket, id: string, change: (record: StoredResource) => void): void {
  const record = lmb(fake, 'mandatarissen').get(id)!;
  change(record);
  record.attributes['modified'] = new Date().toISOString();
  lmbChanged(fake);
}

/** The writes, with ids (uuids, mu's 24-hex ids) masked. */
export const writes = (fake: FakeLoket): string[] =>
  fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path.replace(/\/[0-9A-Fa-f-]{24,36}(?=\/|$)/g, '/:id')}`);
