import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LoketElement } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { formatCalendarDate } from '../../src/api/dates.js';
import { isLoketError } from '../../src/api/errors.js';
import { getSession } from '../../src/api/session.js';
import {
  correctMandataris,
  createMandataris,
  currentLegislature,
  endMandataris,
  loadCodes,
  loadFracties,
  loadMandataris,
  loadMandatarissen,
  loadMandaten,
  loadOrganen,
  persoonName,
  removeMandataris,
  replaceMandataris,
  searchPersonen,
  type Concept,
  type Fractie,
  type Mandaat,
  type Mandataris,
  type Orgaan,
  type Persoon,
} from '../../src/api/mandates.js';
import { STATUS } from '../../src/mandates/codes.js';
import { detectConflict } from '../../src/mandates/conflict.js';
import { draftKey, listDrafts, loadDraft, removeDraft, saveDraft, type Draft } from '../../src/mandates/drafts.js';
import { changedFields, emptyForm, formFromMandataris, type FormField, type IssueField, type MandatarisForm } from '../../src/mandates/form.js';
import { hasBlockingIssues, validateMandataris, type Issue, type RuleContext } from '../../src/mandates/rules.js';
import { decideEditAction, type SaveAction } from '../../src/mandates/save-action.js';
import { issuesFromServer } from '../../src/mandates/server-errors.js';
import type { Params } from '../../src/i18n/translate.js';
import { renderConflict, type ConflictModel } from './conflict-view.js';
import { renderDrafts } from './drafts-view.js';
import { renderEndForm, renderRemoveQuestion, type EndState, type RemoveState } from './end-remove-view.js';
import { controlId, renderForm, type FormHandlers, type FormModel } from './form-view.js';
import { mandateMessages, type MandateMessageKey } from './mandate-editor.messages.js';
import { mandateEditorStyles } from './mandate-editor.styles.js';
import { isCurrent, renderTable, sortMandatarissen } from './table-view.js';
import { shortDate, type Lookups } from './view-helpers.js';

export interface MandateSaveDetail {
  /** The record as saved (for `remove`: as it was before it was archived). */
  mandataris: Mandataris;
  action: SaveAction;
}

declare module '../../src/events.js' {
  interface LoketEvents {
    'loket-mandate-save': MandateSaveDetail;
  }
}

/** The role that may write mandates in the Loket. */
export const MANDATE_ROLE = 'LoketLB-mandaatGebruiker';
/** The classificatie shown first: the gemeenteraad. */
const GEMEENTERAAD = '5ab0e9b8a3b2ca7c5e000005';

interface EditState {
  recordId?: string;
  /** The record as it was when the edit began: what conflicts are measured against. */
  base?: MandatarisForm;
  form: MandatarisForm;
  isCorrection: boolean;
  changeDate: string;
  attempted: boolean;
  serverIssues: Issue[];
  saving: boolean;
  failure?: string;
  searchTerm: string;
  results?: Persoon[];
  /** The form was filled from a draft (said in the form, so nobody wonders where values came from). */
  restored?: boolean;
}

interface ConflictState extends ConflictModel {
  keepMine(): void;
  takeTheirs(): void;
}

type Phase = 'loading' | 'ready' | 'error';

/**
 * The mandataries of a bestuur's bodies: choose a body and legislature, list its mandatarissen,
 * and (with the mandates role) add, correct, end, replace and remove them under the Flemish
 * business rules. Unsaved edits are kept as drafts in localStorage; before any write the record
 * is read again, and a change by someone else is shown instead of overwritten.
 *
 * @fires loket-mandate-save - After a successful save: `{ mandataris, action }` with action `create`, `correct`, `end`, `replace` or `remove`.
 * @fires loket-error - A request failed; `detail.error` is a LoketError.
 * @csspart toolbar - The body, legislature and filter controls.
 * @csspart table - The table of mandatarissen.
 * @csspart table-wrapper - The scroll container around the table.
 * @csspart row - One mandataris row.
 * @csspart add-button - The "add mandatary" button.
 * @csspart dialog - The edit, end, remove and conflict dialogs.
 * @csspart form - The edit form.
 * @csspart error-summary - The list of errors at the top of the form.
 * @csspart save-button - The form's save button.
 * @csspart drafts - The banner offering unsaved drafts back.
 * @csspart draft-notice - The note in the form that it was filled from a draft.
 * @csspart conflict-table - The comparison of both versions in a conflict.
 * @csspart error - The error message with its retry button.
 */
export class LoketMandateEditor extends LoketElement {
  static override styles = mandateEditorStyles;

  /** Show the data only, even for a user with the mandates role. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The day "current" is measured on and dates default to (default: today). */
  @property({ attribute: false }) now?: Date;

  @state() private phase: Phase = 'loading';
  @state() private failure?: unknown;
  @state() private organen: Orgaan[] = [];
  @state() private orgaanId = '';
  @state() private legislatuurId = '';
  @state() private bodyPhase: Phase = 'loading';
  @state() private bodyFailure?: unknown;
  @state() private mandaten: Mandaat[] = [];
  @state() private mandatarissen: Mandataris[] = [];
  @state() private fracties: Fractie[] = [];
  @state() private statuses: Concept[] = [];
  @state() private domeinen: Concept[] = [];
  @state() private showAll = false;
  @state() private drafts: { key: string; draft: Draft }[] = [];
  @state() private edit?: EditState;
  @state() private ending?: EndState;
  @state() private removing?: RemoveState;
  @state() private conflict?: ConflictState;
  @state() private announcement = '';

  private account = 'anonymous';
  private roles: readonly string[] = [];
  private personNames = new Map<string, string>();
  private bodyLoad?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private searchLoad?: AbortController;

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.isDirty()) return;
    event.preventDefault();
    // Older browsers only prompt when returnValue is set.
    event.returnValue = '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.searchTimer);
  }

  private t = (key: MandateMessageKey, params?: Params): string => this.msgFrom(mandateMessages, key, params);

  private get today(): string {
    return formatCalendarDate(this.now ?? new Date());
  }

  /** Editing needs the mandates role, and no `readonly`. */
  get canEdit(): boolean {
    return !this.readonly && this.roles.includes(MANDATE_ROLE);
  }

  private get storage(): Storage | undefined {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  }

  private get legislatuur() {
    return this.organen.find((orgaan) => orgaan.id === this.orgaanId)?.legislaturen.find((body) => body.id === this.legislatuurId);
  }

  // ---- loading -------------------------------------------------------------------------------

  private async load(): Promise<void> {
    const signal = this.connectionSignal;
    this.phase = 'loading';
    try {
      const client = this.client;
      const session = await getSession(client, { signal }).catch((error: unknown) => {
        // Without a session the data may still be public; it is then shown read-only.
        if (isLoketError(error) && error.kind === 'unauthorized' && this.config.bestuurseenheid) return undefined;
        throw error;
      });
      this.account = session?.accountId ?? 'anonymous';
      this.roles = session?.roles ?? [];
      const bestuurseenheid = this.config.bestuurseenheid ?? session!.groupId;
      const [organen, statuses, domeinen] = await Promise.all([
        loadOrganen(client, bestuurseenheid, { signal }),
        loadCodes(client, 'mandataris-status-codes', { signal }),
        loadCodes(client, 'beleidsdomein-codes', { signal }),
      ]);
      this.organen = organen;
      this.statuses = statuses;
      this.domeinen = domeinen;
      this.phase = 'ready';
      const first = organen.find((orgaan) => orgaan.classificatie?.id === GEMEENTERAAD) ?? organen[0];
      if (first) this.selectOrgaan(first.id);
    } catch (error) {
      if (signal.aborted) return;
      this.failure = this.reportError(error);
      this.phase = 'error';
    }
  }

  private selectOrgaan(id: string): void {
    const orgaan = this.organen.find((candidate) => candidate.id === id);
    if (!orgaan) return;
    this.orgaanId = id;
    this.selectLegislatuur(currentLegislature(orgaan, this.today)?.id ?? '');
  }

  private selectLegislatuur(id: string): void {
    this.legislatuurId = id;
    void this.loadBody();
  }

  private async loadBody(): Promise<void> {
    this.bodyLoad?.abort();
    const controller = (this.bodyLoad = new AbortController());
    const signal = AbortSignal.any([controller.signal, this.connectionSignal]);
    const body = this.legislatuurId;
    if (!body) {
      this.mandaten = [];
      this.mandatarissen = [];
      this.bodyPhase = 'ready';
      return;
    }
    this.bodyPhase = 'loading';
    try {
      const client = this.client;
      const [mandaten, mandatarissen, fracties] = await Promise.all([
        loadMandaten(client, body, { signal }),
        loadMandatarissen(client, body, { signal }),
        loadFracties(client, body, { signal }),
      ]);
      this.mandaten = mandaten;
      this.mandatarissen = mandatarissen;
      this.fracties = fracties;
      for (const mandataris of mandatarissen) {
        if (mandataris.persoon) this.personNames.set(mandataris.persoon.id, persoonName(mandataris.persoon));
      }
      this.drafts = listDrafts(this.storage, this.account, body);
      this.bodyPhase = 'ready';
      this.announce(this.t('count', { count: this.visibleRows().length }));
    } catch (error) {
      if (signal.aborted) return;
      this.bodyFailure = this.reportError(error);
      this.bodyPhase = 'error';
    }
  }

  /** "Current" in a past legislature means the composition it ended with. */
  private visibleRows(): Mandataris[] {
    const today = this.today;
    const end = this.legislatuur?.bindingEinde;
    const current = end && end < today ? (row: Mandataris) => !row.einde || row.einde >= end : (row: Mandataris) => isCurrent(row, today);
    return sortMandatarissen(this.showAll ? this.mandatarissen : this.mandatarissen.filter(current));
  }

  private announce(text: string): void {
    // Re-setting the same text would not be read again; clear first.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  // ---- editing -------------------------------------------------------------------------------

  private get draftKeyOfEdit(): string {
    return draftKey(this.account, this.legislatuurId, this.edit?.recordId);
  }

  private defaultStart(): string {
    const body = this.legislatuur;
    const today = this.today;
    if (body?.bindingStart && today < body.bindingStart) return body.bindingStart;
    if (body?.bindingEinde && today > body.bindingEinde) return body.bindingStart ?? today;
    return today;
  }

  /** A draft left for the same record is taken up again, so starting over never overwrites it. */
  private openCreate(): void {
    if (this.resumeDraft(undefined)) return;
    const status = this.statuses.find((concept) => concept.id === STATUS.effectief)?.id ?? '';
    this.edit = { form: { ...emptyForm(status), start: this.defaultStart() }, isCorrection: false, changeDate: this.today, ...freshEdit() };
  }

  private openEdit(mandataris: Mandataris): void {
    if (this.resumeDraft(mandataris.id)) return;
    const form = formFromMandataris(mandataris);
    this.edit = { recordId: mandataris.id, base: form, form: { ...form }, isCorrection: false, changeDate: this.today, ...freshEdit() };
  }

  private resumeDraft(recordId: string | undefined): boolean {
    const draft = loadDraft(this.storage, draftKey(this.account, this.legislatuurId, recordId));
    if (draft) this.restoreDraft(draft);
    return !!draft;
  }

  private restoreDraft(draft: Draft): void {
    const record = draft.recordId ? this.mandatarissen.find((row) => row.id === draft.recordId) : undefined;
    if (record?.persoon) this.personNames.set(record.persoon.id, persoonName(record.persoon));
    this.edit = {
      ...(draft.recordId ? { recordId: draft.recordId } : {}),
      ...(draft.base ? { base: draft.base } : {}),
      form: draft.form,
      isCorrection: draft.isCorrection,
      changeDate: draft.changeDate || this.today,
      ...freshEdit(),
      restored: true,
    };
  }

  private discardDraft(key: string): void {
    removeDraft(this.storage, key);
    this.drafts = this.drafts.filter((entry) => entry.key !== key);
  }

  private isDirty(): boolean {
    const edit = this.edit;
    if (!edit) return false;
    const reference = edit.base ?? { ...emptyForm(edit.form.statusId), start: edit.form.start };
    return changedFields(reference, edit.form).length > 0;
  }

  /** Every keystroke is kept: a reload, a crash or a failed save loses nothing. */
  private updateEdit(change: Partial<EditState>, clearServerIssuesOf?: IssueField): void {
    if (!this.edit) return;
    const known = change.serverIssues ?? this.edit.serverIssues;
    const serverIssues = clearServerIssuesOf ? known.filter((issue) => issue.field !== clearServerIssuesOf) : known;
    this.edit = { ...this.edit, ...change, serverIssues };
    const key = this.draftKeyOfEdit;
    if (this.isDirty()) {
      const { recordId, base, form, isCorrection, changeDate } = this.edit;
      saveDraft(this.storage, key, {
        ...(recordId ? { recordId } : {}),
        ...(base ? { base } : {}),
        form,
        isCorrection,
        changeDate,
        savedAt: new Date().toISOString(),
      });
    } else {
      removeDraft(this.storage, key);
    }
  }

  private editAction(edit: EditState): 'create' | 'correct' | 'replace' {
    return edit.base ? decideEditAction(edit.base, edit.form, edit.isCorrection) : 'create';
  }

  private ruleContext(excluding: string | undefined, replacing?: RuleContext['replacing']): RuleContext {
    const body = this.legislatuur;
    return {
      today: this.today,
      legislature: { start: body?.bindingStart, end: body?.bindingEinde },
      mandaten: this.mandaten,
      others: this.mandatarissen.filter((row) => row.id !== excluding),
      ...(replacing ? { replacing } : {}),
    };
  }

  private issuesOf(edit: EditState): Issue[] {
    const replacing =
      this.editAction(edit) === 'replace'
        ? { changeDate: edit.changeDate, originalStart: edit.base?.start ?? '', originalEnd: edit.base?.einde ?? '' }
        : undefined;
    const ruleIssues = validateMandataris(edit.form, this.ruleContext(edit.recordId, replacing));
    const serverFields = new Set(edit.serverIssues.map((issue) => issue.field));
    return this.withDates([...edit.serverIssues, ...ruleIssues.filter((issue) => !serverFields.has(issue.field))]);
  }

  /** Dates in messages as the user writes them. */
  private withDates(issues: Issue[]): Issue[] {
    return issues.map((issue) =>
      issue.params
        ? {
            ...issue,
            params: Object.fromEntries(
              Object.entries(issue.params).map(([name, value]) => [name, typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? shortDate(this.uiLang, value) : value]),
            ),
          }
        : issue,
    );
  }

  private focusField(field: IssueField): void {
    const control = this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`);
    control?.focus();
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const edit = this.edit;
    if (!edit) return;
    const first = this.issuesOf(edit).find((issue) => issue.severity === 'error');
    if (first) this.focusField(first.field);
  }

  private async submitEdit(): Promise<void> {
    const edit = this.edit;
    if (!edit || edit.saving) return;
    this.updateEdit({ attempted: true, failure: undefined });
    if (hasBlockingIssues(this.issuesOf(this.edit!))) {
      await this.focusFirstError();
      return;
    }
    const signal = this.connectionSignal;
    this.updateEdit({ saving: true });
    try {
      if (edit.recordId && edit.base) {
        const current = await loadMandataris(this.client, edit.recordId, { signal });
        const conflict = detectConflict(edit.base, current && formFromMandataris(current));
        if (conflict.kind !== 'none') {
          if (current?.persoon) this.personNames.set(current.persoon.id, persoonName(current.persoon));
          this.updateEdit({ saving: false });
          this.showEditConflict(conflict.kind === 'changed' ? conflict.theirs : null, conflict.kind === 'changed' ? conflict.fields : []);
          return;
        }
      }
      await this.writeEdit(this.edit!, signal);
    } catch (error) {
      if (signal.aborted) return;
      this.saveFailed(error);
    }
  }

  private showEditConflict(theirs: MandatarisForm | null, fields: FormField[]): void {
    const edit = this.edit!;
    this.conflict = {
      mine: edit.form,
      theirs,
      fields,
      keepMine: () => {
        this.conflict = undefined;
        // Their version becomes the reference: saving now writes exactly where mine differs.
        this.updateEdit({ base: theirs! });
        void this.submitEdit();
      },
      takeTheirs: () => {
        this.conflict = undefined;
        if (theirs) {
          this.updateEdit({ base: theirs, form: { ...theirs }, attempted: false, serverIssues: [] });
        } else {
          removeDraft(this.storage, this.draftKeyOfEdit);
          this.edit = undefined;
          void this.loadBody();
        }
      },
    };
  }

  private async writeEdit(edit: EditState, signal: AbortSignal): Promise<void> {
    const client = this.client;
    const action = this.editAction(edit);
    let id: string;
    if (action === 'create') id = await createMandataris(client, edit.form, { signal });
    else if (action === 'replace') id = await replaceMandataris(client, edit.recordId!, edit.form, edit.changeDate, { signal });
    else {
      await correctMandataris(client, edit.recordId!, edit.base!, edit.form, { signal });
      id = edit.recordId!;
    }
    removeDraft(this.storage, draftKey(this.account, this.legislatuurId, edit.recordId));
    this.edit = undefined;
    await this.afterSave(id, action, `[data-focus="edit-${id}"]`);
  }

  private saveFailed(error: unknown): void {
    const failure = this.reportError(error);
    if (!this.edit) return;
    if (failure.kind === 'validation') {
      const { issues, unmapped } = issuesFromServer(failure.fieldErrors);
      this.updateEdit({
        saving: false,
        serverIssues: issues,
        failure: issues.length === 0 || unmapped.length ? failure.userMessage(this.uiLang) : undefined,
      });
      void this.focusFirstError();
    } else {
      this.updateEdit({ saving: false, failure: failure.userMessage(this.uiLang) });
    }
  }

  /** Reloads the body, tells the host, announces, and puts focus back where the user works. */
  private async afterSave(id: string, action: SaveAction, focusSelector: string, removed?: Mandataris): Promise<void> {
    const saved = removed ?? (await loadMandataris(this.client, id, { signal: this.connectionSignal }).catch(() => null));
    await this.loadBody();
    // The write succeeded even when the record cannot be read back: the host hears of it anyway.
    this.emit('loket-mandate-save', { mandataris: saved ?? { id, beleidsdomeinen: [] }, action });
    this.announce(this.t(action === 'remove' ? 'removed' : 'saved'));
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>(focusSelector) ?? this.renderRoot.querySelector<HTMLElement>('[part~="add-button"]');
    target?.focus();
  }

  private searchPersons(term: string): void {
    this.updateEdit({ searchTerm: term });
    clearTimeout(this.searchTimer);
    this.searchLoad?.abort();
    if (term.trim().length < 2) {
      this.updateEdit({ results: undefined });
      return;
    }
    // Wait for a pause in typing: one request per word, not per key.
    this.searchTimer = setTimeout(async () => {
      const controller = (this.searchLoad = new AbortController());
      try {
        const results = await searchPersonen(this.client, term.trim(), { signal: AbortSignal.any([controller.signal, this.connectionSignal]) });
        for (const persoon of results) this.personNames.set(persoon.id, persoonName(persoon));
        if (!controller.signal.aborted) this.updateEdit({ results });
      } catch (error) {
        if (!controller.signal.aborted) this.updateEdit({ failure: this.reportError(error).userMessage(this.uiLang) });
      }
    }, 250);
  }

  // ---- end and remove ------------------------------------------------------------------------

  /** Re-reads the record; when it changed since it was shown, asks before going on. */
  private async guardAgainstChange(
    mandataris: Mandataris,
    mine: MandatarisForm,
    proceed: () => Promise<void>,
    signal: AbortSignal,
  ): Promise<boolean> {
    const current = await loadMandataris(this.client, mandataris.id, { signal });
    const conflict = detectConflict(formFromMandataris(mandataris), current && formFromMandataris(current));
    if (conflict.kind === 'none') return false;
    if (current?.persoon) this.personNames.set(current.persoon.id, persoonName(current.persoon));
    this.conflict = {
      mine,
      theirs: conflict.kind === 'changed' ? conflict.theirs : null,
      fields: conflict.kind === 'changed' ? conflict.fields : [],
      keepMine: () => {
        this.conflict = undefined;
        void proceed();
      },
      takeTheirs: () => {
        this.conflict = undefined;
        this.ending = undefined;
        this.removing = undefined;
        void this.loadBody();
      },
    };
    return true;
  }

  private endIssues(state: EndState): Issue[] {
    if (!state.date) return [{ field: 'einde', key: 'required', severity: 'error' }];
    const form = { ...formFromMandataris(state.mandataris), einde: state.date };
    return this.withDates(validateMandataris(form, this.ruleContext(state.mandataris.id)).filter((issue) => issue.field === 'einde'));
  }

  private async submitEnd(skipCheck = false): Promise<void> {
    const state = this.ending;
    if (!state || state.saving) return;
    this.ending = { ...state, attempted: true, failure: undefined };
    if (hasBlockingIssues(this.endIssues(state))) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#end-date')?.focus();
      return;
    }
    const signal = this.connectionSignal;
    this.ending = { ...this.ending, saving: true };
    try {
      const mine = { ...formFromMandataris(state.mandataris), einde: state.date };
      if (!skipCheck && (await this.guardAgainstChange(state.mandataris, mine, () => this.submitEnd(true), signal))) {
        this.ending = { ...this.ending, saving: false };
        return;
      }
      await endMandataris(this.client, state.mandataris.id, state.date, { signal });
      this.ending = undefined;
      await this.afterSave(state.mandataris.id, 'end', `[data-focus="edit-${state.mandataris.id}"]`);
    } catch (error) {
      if (!signal.aborted && this.ending) this.ending = { ...this.ending, saving: false, failure: this.reportError(error).userMessage(this.uiLang) };
    }
  }

  private async submitRemove(skipCheck = false): Promise<void> {
    const state = this.removing;
    if (!state || state.saving) return;
    const signal = this.connectionSignal;
    this.removing = { ...state, saving: true, failure: undefined };
    try {
      const mine = formFromMandataris(state.mandataris);
      if (!skipCheck && (await this.guardAgainstChange(state.mandataris, mine, () => this.submitRemove(true), signal))) {
        this.removing = { ...this.removing, saving: false };
        return;
      }
      await removeMandataris(this.client, state.mandataris.id, { signal });
      this.removing = undefined;
      await this.afterSave(state.mandataris.id, 'remove', '[part~="add-button"]', state.mandataris);
    } catch (error) {
      if (!signal.aborted && this.removing) this.removing = { ...this.removing, saving: false, failure: this.reportError(error).userMessage(this.uiLang) };
    }
  }

  // ---- dialogs -------------------------------------------------------------------------------

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncDialog('edit-dialog', !!this.edit);
    this.syncDialog('end-dialog', !!this.ending);
    this.syncDialog('remove-dialog', !!this.removing);
    this.syncDialog('conflict-dialog', !!this.conflict);
  }

  /** Native modal dialogs trap focus and give it back to the opener when they close. */
  private syncDialog(id: string, open: boolean): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>(`#${id}`);
    if (!dialog || dialog.open === open) return;
    if (open) dialog.showModal();
    else dialog.close();
  }

  /** Escape closes a dialog; the state behind it goes too (an edit's draft stays in storage). */
  private dialogClosed(id: string): void {
    if (id === 'edit-dialog' && this.edit) {
      this.edit = undefined;
      this.drafts = listDrafts(this.storage, this.account, this.legislatuurId);
    }
    if (id === 'end-dialog') this.ending = undefined;
    if (id === 'remove-dialog') this.removing = undefined;
    if (id === 'conflict-dialog' && this.conflict) {
      this.conflict = undefined;
      if (this.edit) this.updateEdit({ saving: false });
    }
  }

  private dialog(id: string, labelledBy: string, content: TemplateResult | typeof nothing): TemplateResult {
    return html`<dialog id=${id} part="dialog" aria-labelledby=${labelledBy} @close=${() => this.dialogClosed(id)}>${content}</dialog>`;
  }

  // ---- rendering -----------------------------------------------------------------------------

  private get lookups(): Lookups {
    return {
      lang: this.uiLang,
      mandaten: this.mandaten,
      statuses: this.statuses,
      fracties: this.fracties,
      domeinen: this.domeinen,
      personNames: this.personNames,
    };
  }

  override render(): TemplateResult {
    return html`<section aria-labelledby="heading">
      <h2 id="heading" part="heading">${this.t('heading')}</h2>
      ${this.phase === 'loading'
        ? html`<p role="status">${this.coreMsg('loading')}</p>`
        : this.phase === 'error'
          ? this.renderError(this.failure, () => void this.load())
          : this.renderReady()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.dialog('edit-dialog', 'form-title', this.edit ? this.renderEditForm(this.edit) : nothing)}
      ${this.dialog('end-dialog', 'end-title', this.ending ? this.renderEnd(this.ending) : nothing)}
      ${this.dialog('remove-dialog', 'remove-title', this.removing ? this.renderRemove(this.removing) : nothing)}
      ${this.dialog(
        'conflict-dialog',
        'conflict-title',
        this.conflict ? renderConflict(this.t, this.conflict, this.lookups, this.coreMsg('close'), this.conflict) : nothing,
      )}
    </section>`;
  }

  private renderReady(): TemplateResult {
    if (this.organen.length === 0) return html`<p class="empty">${this.t('noBodies')}</p>`;
    const orgaan = this.organen.find((candidate) => candidate.id === this.orgaanId);
    const rows = this.visibleRows();
    const canEdit = this.canEdit;
    const years = (from?: string, to?: string) => `${from?.slice(0, 4) ?? '…'} – ${to?.slice(0, 4) ?? '…'}`;
    return html`<div class="toolbar" part="toolbar">
        <div class="field">
          <label for="orgaan">${this.t('body')}</label>
          <select id="orgaan" @change=${(event: Event) => this.selectOrgaan((event.target as HTMLSelectElement).value)}>
            ${this.organen.map((item) => html`<option value=${item.id} ?selected=${item.id === this.orgaanId}>${item.naam ?? item.classificatie?.label ?? item.id}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="legislatuur">${this.t('legislature')}</label>
          <select id="legislatuur" @change=${(event: Event) => this.selectLegislatuur((event.target as HTMLSelectElement).value)}>
            ${(orgaan?.legislaturen ?? []).map(
              (body) => html`<option value=${body.id} ?selected=${body.id === this.legislatuurId}>${years(body.bindingStart, body.bindingEinde)}</option>`,
            )}
          </select>
        </div>
        <label class="choice">
          <input type="checkbox" .checked=${this.showAll} @change=${(event: Event) => {
            this.showAll = (event.target as HTMLInputElement).checked;
            this.announce(this.t('count', { count: this.visibleRows().length }));
          }} />
          ${this.t('showAll')}
        </label>
        ${canEdit
          ? html`<button part="add-button" ?disabled=${this.bodyPhase !== 'ready'} @click=${this.openCreate}>${this.t('add')}</button>`
          : nothing}
      </div>
      ${canEdit ? nothing : html`<p class="hint">${this.t('readOnly')}</p>`}
      ${canEdit && this.drafts.length && this.bodyPhase === 'ready' ? this.renderDrafts() : nothing}
      ${this.bodyPhase === 'loading'
        ? html`<div aria-busy="true" class="loading">
            <span class="visually-hidden">${this.coreMsg('loading')}</span>
            ${[1, 2, 3, 4].map(() => html`<span class="skeleton"></span>`)}
          </div>`
        : this.bodyPhase === 'error'
          ? this.renderError(this.bodyFailure, () => void this.loadBody())
          : rows.length === 0
            ? html`<p class="empty">${this.t('empty')}</p>`
            : renderTable(
                this.t,
                this.uiLang,
                `${orgaan?.naam ?? ''} ${years(this.legislatuur?.bindingStart, this.legislatuur?.bindingEinde)}`,
                rows,
                canEdit
                  ? {
                      edit: (row) => this.openEdit(row),
                      end: (row) => (this.ending = { mandataris: row, date: this.today, attempted: false, saving: false }),
                      remove: (row) => (this.removing = { mandataris: row, saving: false }),
                    }
                  : undefined,
              )}`;
  }

  private renderDrafts(): TemplateResult {
    return renderDrafts(this.t, this.uiLang, this.drafts, this.personNames, {
      restore: (draft) => this.restoreDraft(draft),
      discard: (key) => this.discardDraft(key),
    });
  }

  private renderEditForm(edit: EditState): TemplateResult {
    const action = this.editAction(edit);
    const model: FormModel = {
      t: this.t,
      title: this.t(edit.recordId ? 'editTitle' : 'addTitle'),
      form: edit.form,
      existing: !!edit.recordId,
      isCorrection: edit.isCorrection,
      replacing: action === 'replace',
      changeDate: edit.changeDate,
      issues: this.issuesOf(edit),
      showErrors: edit.attempted,
      saving: edit.saving,
      cancelLabel: this.coreMsg('cancel'),
      failure: edit.failure,
      restored: !!edit.restored,
      mandaten: this.mandaten,
      statuses: this.statuses,
      fracties: this.fracties,
      domeinen: this.domeinen,
      personName: this.personNames.get(edit.form.persoonId) ?? '',
      searchTerm: edit.searchTerm,
      results: edit.results,
    };
    const handlers: FormHandlers = {
      input: (field, value) => this.updateEdit({ form: { ...this.edit!.form, [field]: value } }, field),
      toggleDomein: (id, on) => {
        const ids = this.edit!.form.beleidsdomeinIds.filter((existing) => existing !== id);
        this.updateEdit({ form: { ...this.edit!.form, beleidsdomeinIds: on ? [...ids, id] : ids } }, 'beleidsdomeinIds');
      },
      search: (term) => this.searchPersons(term),
      pick: (id, name) => {
        this.personNames.set(id, name);
        this.updateEdit({ form: { ...this.edit!.form, persoonId: id } }, 'persoonId');
      },
      correction: (on) => this.updateEdit({ isCorrection: on }),
      changeDate: (value) => this.updateEdit({ changeDate: value }, 'changeDate'),
      submit: () => void this.submitEdit(),
      cancel: () => this.renderRoot.querySelector<HTMLDialogElement>('#edit-dialog')?.close(),
      focusField: (field) => this.focusField(field),
    };
    return renderForm(model, handlers);
  }

  private renderEnd(state: EndState): TemplateResult {
    const issues = this.endIssues(state).filter((issue) => issue.severity === 'warning' || state.attempted);
    return renderEndForm(this.t, this.coreMsg('cancel'), state, issues, {
      date: (date) => (this.ending = { ...state, date }),
      submit: () => void this.submitEnd(),
      cancel: () => (this.ending = undefined),
    });
  }

  private renderRemove(state: RemoveState): TemplateResult {
    return renderRemoveQuestion(this.t, this.coreMsg('cancel'), state, {
      submit: () => void this.submitRemove(),
      cancel: () => (this.removing = undefined),
    });
  }
}

function freshEdit(): Pick<EditState, 'attempted' | 'serverIssues' | 'saving' | 'searchTerm'> {
  return { attempted: false, serverIssues: [], saving: false, searchTerm: '' };
}

defineElement('loket-mandate-editor', LoketMandateEditor);

declare global {
  interface HTMLElementTagNameMap {
    'loket-mandate-editor': LoketMandateEditor;
  }
}
