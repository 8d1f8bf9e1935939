import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/mandate-editor/mandate-editor.js';
import type { LoketMandateEditor } from '../components/mandate-editor/mandate-editor.js';
import { createFakeLoket, DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID, type FakeLoket, type FakeLoketOptions, type StoredResource } from '../fake-loket/index.js';
import { draftKey, mandateDrafts } from '../src/mandates/drafts.js';

/** The same day in every story, so "current" and the default dates do not drift. */
const NOW = new Date('2026-11-28T00:00:00Z');
const PUBLICATION = { draft: '588ce330-4abb-4448-9776-a17d9305df07', nietBekrachtigd: 'd3b12468-3720-4cb0-95b4-6aa2996ab188', bekrachtigd: '9d8fd14d-95d0-4f5e-b3a5-a56a126227b6' };

function fake(options: FakeLoketOptions = {}): FakeLoket {
  return createFakeLoket({ now: NOW, ...options });
}

interface Args {
  lang: string;
  readonly: boolean;
}

/** Lokaal Mandatenbeheer lives at `/lmb-api` in the fake, as behind the deploy/ gateway. */
const editor = (loket: FakeLoket, args: Args) =>
  html`<loket-mandate-editor mandates-api-base="/lmb-api" lang=${args.lang} ?readonly=${args.readonly} .fetch=${loket.fetch} .now=${NOW}></loket-mandate-editor>`;

/** Waits for something inside the editor's shadow root (stories' play functions drive the UI). */
async function inEditor<T extends Element>(canvas: HTMLElement, selector: string): Promise<{ el: LoketMandateEditor; found: T }> {
  const el = canvas.querySelector('loket-mandate-editor')!;
  for (;;) {
    const found = el.shadowRoot?.querySelector<T>(selector);
    if (found) return { el, found };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function setValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
}

const lmb = (loket: FakeLoket, type: string) => loket.apps.lmb!.db.table(type);

/** The current gemeenteraad of Aalst (the body in time the editor opens on). */
function currentGemeenteraad(loket: FakeLoket): StoredResource {
  const organen = [...lmb(loket, 'bestuursorganen').values()];
  const raad = organen.find((o) => o.relationships['bestuurseenheid'] === FIRST_GEMEENTE_ID && o.relationships['classificatie'] === '5ab0e9b8a3b2ca7c5e000005')!;
  return organen.find((o) => o.relationships['is-tijdsspecialisatie-van'] === raad.id && o.attributes['binding-start'] === '2025-01-01')!;
}

/** A running mandataris of the current gemeenteraad with this publication status. */
function withPublication(loket: FakeLoket, status: string): StoredResource {
  const mandaten = new Set(currentGemeenteraad(loket).relationships['bevat'] as string[]);
  return [...lmb(loket, 'mandatarissen').values()].find(
    (m) => !m.attributes['einde'] && mandaten.has(m.relationships['bekleedt'] as string) && m.relationships['publication-status'] === status,
  )!;
}

/** Opens the dialog of the row's action named `action` for the mandataris `id`. */
async function openAction(canvas: HTMLElement, action: 'edit' | 'publication', id: string): Promise<LoketMandateEditor> {
  const { el, found } = await inEditor<HTMLButtonElement>(canvas, `[data-focus="${action}-${id}"]`);
  await inEditor(canvas, '[part~="add-button"]:not([disabled])');
  found.click();
  await el.updateComplete;
  return el;
}

/**
 * `<loket-mandate-editor>` keeps the mandataries of a bestuur's bodies right, in Lokaal
 * Mandatenbeheer (`mandates-api-base`): choose the body and bestuursperiode, then add, correct,
 * end or replace mandatarissen under the Flemish business rules, and set their publication status
 * (Draft, Niet bekrachtigd, Bekrachtigd). Unsaved edits survive a reload; someone else's change is
 * merged field by field, never overwritten.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Mandate editor',
  component: 'loket-mandate-editor',
  args: { lang: 'nl', readonly: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'fr', 'de', 'en'] },
    readonly: { control: 'boolean' },
  },
  render: (args) => editor(fake(), args),
};
export default meta;

type Story = StoryObj<Args>;

/** The gemeenteraad of the current bestuursperiode, for a user with LMB's mandates role. */
export const Default: Story = {};

/** The college: burgemeester, schepenen in rangorde with their beleidsdomeinen, a Verhinderd schepen and the Waarnemend standing in. */
export const College: Story = {
  play: async ({ canvasElement }) => {
    const { found } = await inEditor<HTMLSelectElement>(canvasElement, '#orgaan');
    const option = [...found.options].find((o) => o.textContent!.startsWith('College'))!;
    setValue(found, option.value);
  },
};

/** Every mandate of the past bestuursperiode, ended ones included (the many-items state). */
export const PastLegislatureAll: Story = {
  play: async ({ canvasElement }) => {
    const { el, found } = await inEditor<HTMLSelectElement>(canvasElement, '#legislatuur');
    setValue(found, found.options[0]!.value);
    el.shadowRoot!.querySelector<HTMLInputElement>('.toolbar input[type="checkbox"]')!.click();
  },
};

/** LMB's session has no `LoketLB-mandaatGebruiker`: LMB would answer every list empty, so the editor says "no access". */
export const NoAccess: Story = {
  render: (args) => editor(fake({ session: { roles: ['LoketLB-berichtenGebruiker'] } }), args),
};

/** The `readonly` attribute: the data, publication statuses included, and no actions. */
export const ReadOnlyAttribute: Story = { args: { readonly: true } };

/** A slow LMB: the loading state (every answer takes 3 seconds). */
export const Loading: Story = {
  render: (args) => editor(fake({ latency: 3000 }), args),
};

/** A body in time with no mandatarissen yet. */
export const EmptyBody: Story = {
  render: (args) => {
    const loket = fake();
    lmb(loket, 'mandatarissen').clear();
    loket.changed();
    return editor(loket, args);
  },
};

/** LMB answers 500: a translated message and a retry. */
export const LoadError: Story = {
  render: (args) => editor(fake({ faults: [{ app: 'lmb', path: '/bestuursorganen', fault: { kind: 'status', status: 500 } }] }), args),
};

/** The form after "Bewaren" with rule violations: error summary, field messages, focus on the first. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const { el, found } = await inEditor<HTMLButtonElement>(canvasElement, '[part~="add-button"]:not([disabled])');
    found.click();
    await el.updateComplete;
    const root = el.shadowRoot!;
    const mandaat = root.querySelector<HTMLSelectElement>('#f-mandaatId')!;
    setValue(mandaat, [...mandaat.options].find((o) => o.textContent === 'Gemeenteraadslid')!.value);
    await el.updateComplete;
    setValue(root.querySelector<HTMLInputElement>('#f-rangorde')!, 'lid 1');
    setValue(root.querySelector<HTMLInputElement>('#f-start')!, '2026-03-01');
    setValue(root.querySelector<HTMLInputElement>('#f-einde')!, '2026-02-01');
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#edit-dialog button[type="submit"]')!.click();
  },
};

/** A person LMB does not know yet: LMB's persoon form, with its rules (here: a rijksregisternummer that is not valid). */
export const NewPerson: Story = {
  play: async ({ canvasElement }) => {
    const { el, found } = await inEditor<HTMLButtonElement>(canvasElement, '[part~="add-button"]:not([disabled])');
    found.click();
    await el.updateComplete;
    const root = el.shadowRoot!;
    setValue(root.querySelector<HTMLInputElement>('#f-persoonId')!, 'Zita Zwartjes');
    [...root.querySelectorAll<HTMLButtonElement>('#edit-dialog button')].find((b) => b.textContent!.includes('Nieuwe persoon'))!.click();
    await el.updateComplete;
    setValue(root.querySelector<HTMLInputElement>('#f-rijksregisternummer')!, '85.07.30-997.35');
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#edit-dialog button[type="submit"]')!.click();
  },
};

let draftLoket: FakeLoket | undefined;

/** Publication status Draft (the installatievergadering's): Niet bekrachtigd, Draft or Bekrachtigd to choose. */
export const PublicationDraft: Story = {
  render: (args) => editor((draftLoket = fake()), args),
  play: async ({ canvasElement }) => {
    await openAction(canvasElement, 'publication', withPublication(draftLoket!, PUBLICATION.draft).id);
  },
};

let nietBekrachtigdLoket: FakeLoket | undefined;

/** Niet bekrachtigd ("Effectief" before 2025), on its way to Bekrachtigd: the link to the besluit is asked. */
export const PublicationNietBekrachtigd: Story = {
  render: (args) => editor((nietBekrachtigdLoket = fake()), args),
  play: async ({ canvasElement }) => {
    const el = await openAction(canvasElement, 'publication', withPublication(nietBekrachtigdLoket!, PUBLICATION.nietBekrachtigd).id);
    const { found } = await inEditor<HTMLInputElement>(canvasElement, `#publication-dialog input[value="${PUBLICATION.bekrachtigd}"]`);
    found.checked = true;
    found.dispatchEvent(new Event('change'));
    await el.updateComplete;
  },
};

let bekrachtigdLoket: FakeLoket | undefined;

/** Bekrachtigd: the status is locked (LMB's technical service withdraws a bekrachtiging). */
export const PublicationBekrachtigd: Story = {
  render: (args) => editor((bekrachtigdLoket = fake()), args),
  play: async ({ canvasElement }) => {
    await openAction(canvasElement, 'publication', withPublication(bekrachtigdLoket!, PUBLICATION.bekrachtigd).id);
  },
};

let inPlaceLoket: FakeLoket | undefined;

/** A bekrachtigd mandataris is not corrected in place: the message is next to the changed field. */
export const BekrachtigdNotInPlace: Story = {
  render: (args) => editor((inPlaceLoket = fake()), args),
  play: async ({ canvasElement }) => {
    const el = await openAction(canvasElement, 'edit', withPublication(inPlaceLoket!, PUBLICATION.bekrachtigd).id);
    const root = el.shadowRoot!;
    setValue(root.querySelector<HTMLInputElement>('#f-einde')!, '2029-06-30');
    [...root.querySelectorAll<HTMLInputElement>('#edit-dialog input[type="checkbox"]')].pop()!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#edit-dialog button[type="submit"]')!.click();
  },
};

let saveFailedLoket: FakeLoket | undefined;

/** LMB fails the save (a 500 on the PATCH): the form stays, with its draft, and says why. */
export const SaveFailed: Story = {
  render: (args) => editor((saveFailedLoket = fake({ faults: [{ app: 'lmb', method: 'PATCH', path: '/mandatarissen', fault: { kind: 'status', status: 500 } }] })), args),
  play: async ({ canvasElement }) => {
    const el = await openAction(canvasElement, 'edit', withPublication(saveFailedLoket!, PUBLICATION.nietBekrachtigd).id);
    const root = el.shadowRoot!;
    setValue(root.querySelector<HTMLInputElement>('#f-einde')!, '2029-06-30');
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#edit-dialog button[type="submit"]')!.click();
  },
};

/** After a reload: an unsaved edit of an LMB record is offered back, then restored into the form. */
export const DraftRestored: Story = {
  render: (args) => {
    const loket = fake();
    const body = currentGemeenteraad(loket).id;
    localStorage.removeItem(draftKey(DEFAULT_ACCOUNT_ID, body, undefined));
    const record = withPublication(loket, PUBLICATION.nietBekrachtigd);
    const lidmaatschap = lmb(loket, 'lidmaatschappen').get(record.relationships['heeft-lidmaatschap'] as string);
    const base = {
      persoonId: record.relationships['is-bestuurlijke-alias-van'] as string,
      mandaatId: record.relationships['bekleedt'] as string,
      statusId: record.relationships['status'] as string,
      fractieId: (lidmaatschap?.relationships['binnen-fractie'] as string | undefined) ?? '',
      rangorde: String(record.attributes['rangorde'] ?? ''),
      start: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(String(record.attributes['start']))),
      einde: '',
      beleidsdomeinIds: (record.relationships['beleidsdomein'] as string[] | undefined) ?? [],
    };
    mandateDrafts.save(
      draftKey(DEFAULT_ACCOUNT_ID, body, record.id),
      { recordId: record.id, base, baseModified: String(record.attributes['modified']), form: { ...base, einde: '2027-06-30' }, isCorrection: false, changeDate: '2026-11-28' },
      new Date(Date.now() - 5 * 60_000),
    );
    return editor(loket, args);
  },
  play: async ({ canvasElement }) => {
    const { found } = await inEditor<HTMLElement>(canvasElement, '[part="drafts"] button');
    found.click();
  },
};

let conflictLoket: FakeLoket | undefined;

/** Someone else changed the record while it was being edited: per field, keep mine or take theirs. */
export const MergeConflict: Story = {
  render: (args) => editor((conflictLoket = fake()), args),
  play: async ({ canvasElement }) => {
    const record = withPublication(conflictLoket!, PUBLICATION.nietBekrachtigd);
    const el = await openAction(canvasElement, 'edit', record.id);
    const root = el.shadowRoot!;
    setValue(root.querySelector<HTMLInputElement>('#f-einde')!, '2029-06-30');
    const status = root.querySelector<HTMLSelectElement>('#f-statusId')!;
    setValue(status, [...status.options].find((o) => o.textContent === 'Waarnemend')!.value);
    await el.updateComplete;
    [...root.querySelectorAll<HTMLInputElement>('#edit-dialog input[type="checkbox"]')].pop()!.click();
    await el.updateComplete;
    // Meanwhile, in another browser: the record gets an end date and a later start (and LMB's modified).
    record.attributes['einde'] = '2027-12-31T22:59:59.999Z';
    record.attributes['start'] = '2026-04-01T22:00:00.000Z';
    record.attributes['modified'] = new Date().toISOString();
    conflictLoket!.changed();
    root.querySelector<HTMLButtonElement>('#edit-dialog button[type="submit"]')!.click();
  },
};

/** The widget in French (also: `lang="de"`, `lang="en"`). */
export const French: Story = { args: { lang: 'fr' } };
