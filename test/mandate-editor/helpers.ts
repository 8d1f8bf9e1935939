import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/mandate-editor/mandate-editor.js';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import { createFakeLoket, type FakeLoket, type FakeLoketOptions } from '../../fake-loket/index.js';
import { mandatesFamily } from '../../fake-loket/seed/mandates.js';

export const NOW = new Date('2026-11-28T00:00:00Z');
export const TODAY = '2026-11-28';

export function fakeLoket(options: FakeLoketOptions = {}): FakeLoket {
  return createFakeLoket({ families: [mandatesFamily], now: NOW, ...options });
}

export const shadow = (el: LoketMandateEditor): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: LoketMandateEditor, selector: string): T | null =>
  shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: LoketMandateEditor, selector: string): T[] => [
  ...shadow(el).querySelectorAll<T>(selector),
];

/** The editor on the fake Loket, with its first table (or empty/error state) rendered. */
export async function editor(
  fake: FakeLoket = fakeLoket(),
  template = (f: FakeLoket) => html`<loket-mandate-editor .fetch=${f.fetch} .now=${NOW}></loket-mandate-editor>`,
): Promise<LoketMandateEditor> {
  const el = await fixture<LoketMandateEditor>(template(fake));
  await waitUntil(() => $(el, 'table, .empty, [part="error"]'), 'editor did not settle', { timeout: 5000 });
  // The editing parts load on demand for users who may edit.
  await waitUntil(() => !el.canEdit || !$(el, '#orgaan') || $(el, '[part~="add-button"], [part="error"]'), 'editing did not load', {
    timeout: 5000,
  });
  return el;
}

/** Rows as "person | function | fractie | status | rangorde | domains | start | end". */
export function rows(el: LoketMandateEditor): string[][] {
  return $$(el, 'tbody tr').map((row) => [...row.children].slice(0, 8).map((cell) => cell.textContent!.trim().replace(/\s+/g, ' ')));
}

export async function selectBody(el: LoketMandateEditor, labelStart: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, '#orgaan')!;
  const option = [...select.options].find((o) => o.textContent!.trim().startsWith(labelStart))!;
  select.value = option.value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await waitUntil(() => !$(el, '[aria-busy="true"]') && $(el, 'table, .empty'), 'body did not load', { timeout: 5000 });
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
  const radio = await waitUntil(() => $<HTMLInputElement>(el, `input[name="persoon"][value="${id}"]`), `person ${id} not found`, { timeout: 3000 });
  void radio;
  const input = $<HTMLInputElement>(el, `input[name="persoon"][value="${id}"]`)!;
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Opens the add form (or the edit form of the row whose person cell is `person`). */
export async function openForm(el: LoketMandateEditor, person?: string): Promise<HTMLDialogElement> {
  if (person) {
    const row = $$(el, 'tbody tr').find((tr) => tr.querySelector('th')!.textContent!.trim() === person)!;
    button(row, 'Wijzigen').click();
  } else {
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
  }
  await el.updateComplete;
  const opened = dialog(el, 'edit-dialog');
  await waitUntil(() => opened.open, 'form did not open', { timeout: 3000 });
  return opened;
}

export async function submitForm(el: LoketMandateEditor): Promise<void> {
  $<HTMLButtonElement>(el, '#edit-dialog button[type="submit"]')!.click();
  await el.updateComplete;
}

/** The message text shown for a field, '' when none. */
export function messageOf(el: LoketMandateEditor, field: string): string {
  return $(el, `#e-${field}`)?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
}

export function focused(el: LoketMandateEditor): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Adds a person nobody holds a mandate for yet, so tests can pick them. */
export function addPerson(fake: FakeLoket, id: string, voornaam: string, achternaam: string): void {
  fake.store.get('personen')!.set(id, { type: 'personen', id, attributes: { 'gebruikte-voornaam': voornaam, achternaam }, relationships: {} });
  fake.changed();
}

/** Stored mandatarissen of a person's current mandate with the given function label. */
export function storedMandataris(fake: FakeLoket, personName: string, functieLabel: string) {
  const personen = fake.store.get('personen')!;
  const mandaten = fake.store.get('mandaten')!;
  const functies = fake.store.get('bestuursfunctie-codes')!;
  return [...fake.store.get('mandatarissen')!.values()].find((record) => {
    const persoon = personen.get(record.relationships['is-bestuurlijke-alias-van'] as string);
    const mandaat = mandaten.get(record.relationships['bekleedt'] as string);
    const functie = functies.get(mandaat?.relationships['bestuursfunctie'] as string);
    const name = `${persoon?.attributes['gebruikte-voornaam']} ${persoon?.attributes['achternaam']}`;
    return name === personName && functie?.attributes['label'] === functieLabel && !record.attributes['einde'] && String(record.attributes['start']).startsWith('2025');
  })!;
}
