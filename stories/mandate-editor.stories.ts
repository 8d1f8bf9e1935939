import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/mandate-editor/mandate-editor.js';
import type { LoketMandateEditor } from '../components/mandate-editor/mandate-editor.js';
import { createFakeLoket, DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID, type FakeLoket, type FakeLoketOptions } from '../fake-loket/index.js';
import { draftKey, saveDraft } from '../src/mandates/drafts.js';

/** The same day in every story, so "current" and the default dates do not drift. */
const NOW = new Date('2026-11-28T00:00:00Z');

function fake(options: FakeLoketOptions = {}): FakeLoket {
  return createFakeLoket({ now: NOW, ...options });
}

interface Args {
  lang: string;
  readonly: boolean;
}

const editor = (loket: FakeLoket, args: Args) =>
  html`<loket-mandate-editor lang=${args.lang} ?readonly=${args.readonly} .fetch=${loket.fetch} .now=${NOW}></loket-mandate-editor>`;

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

/** The current gemeenteraad of Aalst (the body in time the editor opens on). */
function currentGemeenteraad(loket: FakeLoket): string {
  const organen = [...loket.store.get('bestuursorganen')!.values()];
  const raad = organen.find((o) => o.relationships['bestuurseenheid'] === FIRST_GEMEENTE_ID && o.relationships['classificatie'] === '5ab0e9b8a3b2ca7c5e000005')!;
  return organen.find((o) => o.relationships['is-tijdsspecialisatie-van'] === raad.id && o.attributes['binding-start'] === '2025-01-01')!.id;
}

/**
 * `<loket-mandate-editor>` keeps the mandataries of a bestuur's bodies right: choose the body and
 * legislature, then add, correct, end or replace mandatarissen under the Flemish business rules.
 * Unsaved edits survive a reload; someone else's change is shown, never overwritten.
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

/** The gemeenteraad of the current legislature, for a user with the mandates role. */
export const Default: Story = {};

/** The college: burgemeester, schepenen in rangorde with their beleidsdomeinen. */
export const College: Story = {
  play: async ({ canvasElement }) => {
    const { found } = await inEditor<HTMLSelectElement>(canvasElement, '#orgaan');
    const option = [...found.options].find((o) => o.textContent!.startsWith('College'))!;
    setValue(found, option.value);
  },
};

/** Every mandate of the past legislature, ended ones included (the many-items state). */
export const PastLegislatureAll: Story = {
  play: async ({ canvasElement }) => {
    const { el, found } = await inEditor<HTMLSelectElement>(canvasElement, '#legislatuur');
    setValue(found, found.options[0]!.value);
    el.shadowRoot!.querySelector<HTMLInputElement>('.toolbar input[type="checkbox"]')!.click();
  },
};

/** A session without `LoketLB-mandaatGebruiker`: the data only. */
export const ReadOnlyWithoutRole: Story = {
  render: (args) => editor(fake({ session: { roles: ['LoketLB-berichtenGebruiker'] } }), args),
};

/** The `readonly` attribute wins over the role. */
export const ReadOnlyAttribute: Story = { args: { readonly: true } };

/** A slow Loket: the loading state (every answer takes 3 seconds). */
export const Loading: Story = {
  render: (args) => editor(fake({ latency: 3000 }), args),
};

/** A body in time with no mandatarissen yet. */
export const EmptyBody: Story = {
  render: (args) => {
    const loket = fake();
    loket.store.get('mandatarissen')!.clear();
    loket.changed();
    return editor(loket, args);
  },
};

/** The Loket answers 500: a translated message and a retry. */
export const LoadError: Story = {
  render: (args) => editor(fake({ faults: [{ path: '/bestuursorganen', fault: { kind: 'status', status: 500 } }] }), args),
};

/** The form after "Bewaren" with rule violations: error summary, field messages, focus on the first. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const { el, found } = await inEditor<HTMLButtonElement>(canvasElement, '[part~="add-button"]:not([disabled])');
    found.click();
    await el.updateComplete;
    const root = el.shadowRoot!;
    setValue(root.querySelector<HTMLInputElement>('#f-rangorde')!, 'schepen 1');
    setValue(root.querySelector<HTMLInputElement>('#f-start')!, '2026-03-01');
    setValue(root.querySelector<HTMLInputElement>('#f-einde')!, '2026-02-01');
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#edit-dialog button[type="submit"]')!.click();
  },
};

/** The Loket refuses the save with a mu-style 422: the message lands on the field. */
export const ServerValidationError: Story = {
  render: (args) =>
    editor(
      fake({ faults: [{ method: 'PATCH', path: '/mandatarissen', fault: { kind: 'status', status: 422, title: 'Following fields are missing: start' } }] }),
      args,
    ),
  play: async ({ canvasElement }) => {
    const { el, found } = await inEditor<HTMLButtonElement>(canvasElement, 'tbody button');
    found.click();
    await el.updateComplete;
    setValue(el.shadowRoot!.querySelector<HTMLInputElement>('#f-einde')!, '2029-06-30');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#edit-dialog button[type="submit"]')!.click();
  },
};

/** After a reload: an unsaved edit is offered back, then restored into the form. */
export const DraftRestored: Story = {
  render: (args) => {
    const loket = fake();
    const body = currentGemeenteraad(loket);
    localStorage.removeItem(draftKey(DEFAULT_ACCOUNT_ID, body, undefined));
    const record = [...loket.store.get('mandatarissen')!.values()].find(
      (m) => !m.attributes['einde'] && loket.store.get('mandaten')!.get(m.relationships['bekleedt'] as string)?.relationships['bevat-in']?.includes(body),
    )!;
    const person = loket.store.get('personen')!.get(record.relationships['is-bestuurlijke-alias-van'] as string)!;
    const lidmaatschap = loket.store.get('lidmaatschappen')!.get(record.relationships['heeft-lidmaatschap'] as string);
    const base = {
      persoonId: person.id,
      mandaatId: record.relationships['bekleedt'] as string,
      statusId: record.relationships['status'] as string,
      fractieId: (lidmaatschap?.relationships['binnen-fractie'] as string | undefined) ?? '',
      rangorde: String(record.attributes['rangorde'] ?? ''),
      start: String(record.attributes['start']).slice(0, 10),
      einde: '',
      beleidsdomeinIds: (record.relationships['beleidsdomein'] as string[] | undefined) ?? [],
    };
    saveDraft(localStorage, draftKey(DEFAULT_ACCOUNT_ID, body, record.id), {
      recordId: record.id,
      base,
      form: { ...base, einde: '2027-06-30' },
      isCorrection: false,
      changeDate: '2026-11-28',
      savedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    });
    return editor(loket, args);
  },
  play: async ({ canvasElement }) => {
    const { found } = await inEditor<HTMLElement>(canvasElement, '[part="drafts"] button');
    found.click();
  },
};

let conflictLoket: FakeLoket | undefined;

/** Someone else changed the record while it was being edited: both versions, the user chooses. */
export const Conflict: Story = {
  render: (args) => editor((conflictLoket = fake()), args),
  play: async ({ canvasElement }) => {
    const { el, found } = await inEditor<HTMLButtonElement>(canvasElement, 'tbody button');
    found.click();
    await el.updateComplete;
    setValue(el.shadowRoot!.querySelector<HTMLInputElement>('#f-einde')!, '2029-06-30');
    await el.updateComplete;
    // Meanwhile, in another browser: the record gets an end date.
    const id = found.dataset['focus']!.replace(/^edit-/, '');
    conflictLoket!.store.get('mandatarissen')!.get(id)!.attributes['einde'] = '2027-12-31T00:00:00.000Z';
    el.shadowRoot!.querySelector<HTMLButtonElement>('#edit-dialog button[type="submit"]')!.click();
  },
};

/** The widget in French (also: `lang="de"`, `lang="en"`). */
export const French: Story = { args: { lang: 'fr' } };
