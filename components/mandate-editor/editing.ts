/**
 * Everything the mandate editor does for a user who may edit: the add/edit form with the business
 * rules, end and remove, drafts, and conflicts with someone else's change. It is loaded on demand
 * (a read-only user never downloads it) and plugs into the element as a reactive controller.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LoketClient } from '../../src/api/client.js';
import type { LoketError } from '../../src/api/errors.js';
import { persoonName, type Concept, type Fractie, type Mandaat, type Mandataris, type OrgaanInTijd, type Persoon } from '../../src/api/mandates.js';
import { coreMessages } from '../../src/i18n/core.messages.js';
import type { Lang } from '../../src/i18n/lang.js';
import { translate, type Params } from '../../src/i18n/translate.js';
import { STATUS } from '../../src/mandates/codes.js';
import { detectConflict } from '../../src/mandates/conflict.js';
import { draftKey, listDrafts, loadDraft, removeDraft, saveDraft, type Draft } from '../../src/mandates/drafts.js';
import {
  correctMandataris,
  createMandataris,
  endMandataris,
  loadMandataris,
  removeMandataris,
  replaceMandataris,
  searchPersonen,
} from '../../src/mandates/editing-api.js';
import { changedFields, emptyForm, formFromMandataris, type FormField, type IssueField, type MandatarisForm } from '../../src/mandates/form.js';
import { hasBlockingIssues, validateMandataris, type Issue, type RuleContext } from '../../src/mandates/rules.js';
import { decideEditAction, type SaveAction } from '../../src/mandates/save-action.js';
import { issuesFromServer } from '../../src/mandates/server-errors.js';
import { renderConflict, type ConflictModel } from './conflict-view.js';
import { renderDrafts } from './drafts-view.js';
import { editingMessages, type EditingMessageKey } from './editing.messages.js';
import { editingStyles } from './editing.styles.js';
import { renderEndForm, renderRemoveQuestion, type EndState, type RemoveState } from './end-remove-view.js';
import { controlId, renderForm, type FormHandlers, type FormModel } from './form-view.js';
import { mandateMessages, type MandateMessageKey } from './mandate-editor.messages.js';
import type { Lookups } from './conflict-view.js';
import { shortDate } from './view-helpers.js';
import { addStyles } from '../../src/add-styles.js';

export interface MandateSaveDetail {
  /** The record as saved (for `remove`: as it was before it was archived). */
  mandataris: Mandataris;
  action: SaveAction;
}

/** What the editing parts read from, and ask of, the element. */
export interface EditingContext {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  client(): LoketClient;
  lang(): Lang;
  account(): string;
  /** The body in time on screen. */
  body(): OrgaanInTijd | undefined;
  today(): string;
  mandaten(): Mandaat[];
  mandatarissen(): Mandataris[];
  fracties(): Fractie[];
  statuses(): Concept[];
  domeinen(): Concept[];
  /** Names of the persons met so far (list, search, re-read records), by id. */
  personNames: Map<string, string>;
  signal(): AbortSignal;
  reportError(error: unknown): LoketError;
  /** Reloads the body's mandatarissen. */
  reload(): Promise<void>;
  saved(detail: MandateSaveDetail): void;
  announce(text: string): void;
}

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

const freshEdit = (): Pick<EditState, 'attempted' | 'serverIssues' | 'saving' | 'searchTerm'> => ({
  attempted: false,
  serverIssues: [],
  saving: false,
  searchTerm: '',
});

export class MandateEditing implements ReactiveController {
  private edit?: EditState;
  private ending?: EndState;
  private removing?: RemoveState;
  private conflict?: ConflictState;
  private drafts: { key: string; draft: Draft }[] = [];
  private searchTimer?: ReturnType<typeof setTimeout>;
  private searchLoad?: AbortController;

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.isDirty()) return;
    event.preventDefault();
    // Older browsers only prompt when returnValue is set.
    event.returnValue = '';
  };

  constructor(private readonly ctx: EditingContext) {
    ctx.host.addController(this);
    addStyles(ctx.host, editingStyles);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.searchTimer);
  }

  /** Native modal dialogs trap focus and give it back to the opener when they close. */
  hostUpdated(): void {
    this.syncDialog('edit-dialog', !!this.edit);
    this.syncDialog('end-dialog', !!this.ending);
    this.syncDialog('remove-dialog', !!this.removing);
    this.syncDialog('conflict-dialog', !!this.conflict);
  }

  /** The element waits for this catalog's language before it renders, as for its own. */
  readonly messages = editingMessages;

  private t = (key: MandateMessageKey | EditingMessageKey, params?: Params): string =>
    key in editingMessages.nl
      ? translate(editingMessages, this.ctx.lang(), key as EditingMessageKey, params)
      : translate(mandateMessages, this.ctx.lang(), key as MandateMessageKey, params);

  private core(key: 'cancel' | 'close'): string {
    return translate(coreMessages, this.ctx.lang(), key);
  }

  private get storage(): Storage | undefined {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  }

  private get bodyId(): string {
    return this.ctx.body()?.id ?? '';
  }

  private changed(): void {
    this.ctx.host.requestUpdate();
  }

  private get root(): HTMLElement | DocumentFragment {
    return this.ctx.host.renderRoot;
  }

  // ---- drafts --------------------------------------------------------------------------------

  /** Reads this account's drafts for the body on screen (after each load of the body). */
  refreshDrafts(): void {
    this.drafts = listDrafts(this.storage, this.ctx.account(), this.bodyId);
    this.changed();
  }

  private get draftKeyOfEdit(): string {
    return draftKey(this.ctx.account(), this.bodyId, this.edit?.recordId);
  }

  /** A draft left for the same record is taken up again, so starting over never overwrites it. */
  private resumeDraft(recordId: string | undefined): boolean {
    const draft = loadDraft(this.storage, draftKey(this.ctx.account(), this.bodyId, recordId));
    if (draft) this.restoreDraft(draft);
    return !!draft;
  }

  private restoreDraft(draft: Draft): void {
    const record = draft.recordId ? this.ctx.mandatarissen().find((row) => row.id === draft.recordId) : undefined;
    if (record?.persoon) this.ctx.personNames.set(record.persoon.id, persoonName(record.persoon));
    this.edit = {
      ...(draft.recordId ? { recordId: draft.recordId } : {}),
      ...(draft.base ? { base: draft.base } : {}),
      form: draft.form,
      isCorrection: draft.isCorrection,
      changeDate: draft.changeDate || this.ctx.today(),
      ...freshEdit(),
      restored: true,
    };
    this.changed();
  }

  private discardDraft(key: string): void {
    removeDraft(this.storage, key);
    this.drafts = this.drafts.filter((entry) => entry.key !== key);
    this.changed();
  }

  isDirty(): boolean {
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
    this.changed();
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

  // ---- opening -------------------------------------------------------------------------------

  private defaultStart(): string {
    const body = this.ctx.body();
    const today = this.ctx.today();
    if (body?.bindingStart && today < body.bindingStart) return body.bindingStart;
    if (body?.bindingEinde && today > body.bindingEinde) return body.bindingStart ?? today;
    return today;
  }

  openCreate(): void {
    if (this.resumeDraft(undefined)) return;
    const status = this.ctx.statuses().find((concept) => concept.id === STATUS.effectief)?.id ?? '';
    this.edit = { form: { ...emptyForm(status), start: this.defaultStart() }, isCorrection: false, changeDate: this.ctx.today(), ...freshEdit() };
    this.changed();
  }

  openEdit(mandataris: Mandataris): void {
    if (this.resumeDraft(mandataris.id)) return;
    const form = formFromMandataris(mandataris);
    this.edit = { recordId: mandataris.id, base: form, form: { ...form }, isCorrection: false, changeDate: this.ctx.today(), ...freshEdit() };
    this.changed();
  }

  openEnd(mandataris: Mandataris): void {
    this.ending = { mandataris, date: this.ctx.today(), attempted: false, saving: false };
    this.changed();
  }

  openRemove(mandataris: Mandataris): void {
    this.removing = { mandataris, saving: false };
    this.changed();
  }

  // ---- rules ---------------------------------------------------------------------------------

  private editAction(edit: EditState): 'create' | 'correct' | 'replace' {
    return edit.base ? decideEditAction(edit.base, edit.form, edit.isCorrection) : 'create';
  }

  private ruleContext(excluding: string | undefined, replacing?: RuleContext['replacing']): RuleContext {
    const body = this.ctx.body();
    return {
      today: this.ctx.today(),
      legislature: { start: body?.bindingStart, end: body?.bindingEinde },
      mandaten: this.ctx.mandaten(),
      others: this.ctx.mandatarissen().filter((row) => row.id !== excluding),
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
    const lang = this.ctx.lang();
    const asDate = (value: string | number) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? shortDate(lang, value) : value);
    return issues.map((issue) =>
      issue.params ? { ...issue, params: Object.fromEntries(Object.entries(issue.params).map(([name, value]) => [name, asDate(value)])) } : issue,
    );
  }

  private focusField(field: IssueField): void {
    this.root.querySelector<HTMLElement>(`#${controlId(field)}`)?.focus();
  }

  private async focusFirstError(): Promise<void> {
    await this.ctx.host.updateComplete;
    const first = this.edit && this.issuesOf(this.edit).find((issue) => issue.severity === 'error');
    if (first) this.focusField(first.field);
  }

  // ---- saving --------------------------------------------------------------------------------

  private async submitEdit(): Promise<void> {
    const edit = this.edit;
    if (!edit || edit.saving) return;
    this.updateEdit({ attempted: true, failure: undefined });
    if (hasBlockingIssues(this.issuesOf(this.edit!))) {
      await this.focusFirstError();
      return;
    }
    const signal = this.ctx.signal();
    this.updateEdit({ saving: true });
    try {
      if (edit.recordId && edit.base) {
        const current = await loadMandataris(this.ctx.client(), edit.recordId, { signal });
        const conflict = detectConflict(edit.base, current && formFromMandataris(current));
        if (conflict.kind !== 'none') {
          if (current?.persoon) this.ctx.personNames.set(current.persoon.id, persoonName(current.persoon));
          this.updateEdit({ saving: false });
          this.showEditConflict(conflict.kind === 'changed' ? conflict.theirs : null, conflict.kind === 'changed' ? conflict.fields : []);
          return;
        }
      }
      await this.writeEdit(this.edit!, signal);
    } catch (error) {
      if (!signal.aborted) this.saveFailed(error);
    }
  }

  private showEditConflict(theirs: MandatarisForm | null, fields: FormField[]): void {
    this.conflict = {
      mine: this.edit!.form,
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
          this.changed();
          void this.ctx.reload();
        }
      },
    };
    this.changed();
  }

  private async writeEdit(edit: EditState, signal: AbortSignal): Promise<void> {
    const client = this.ctx.client();
    const action = this.editAction(edit);
    let id: string;
    if (action === 'create') id = await createMandataris(client, edit.form, { signal });
    else if (action === 'replace') id = await replaceMandataris(client, edit.recordId!, edit.form, edit.changeDate, { signal });
    else {
      await correctMandataris(client, edit.recordId!, edit.base!, edit.form, { signal });
      id = edit.recordId!;
    }
    removeDraft(this.storage, draftKey(this.ctx.account(), this.bodyId, edit.recordId));
    this.edit = undefined;
    this.changed();
    await this.afterSave(id, action, `[data-focus="edit-${id}"]`);
  }

  private saveFailed(error: unknown): void {
    const failure = this.ctx.reportError(error);
    if (!this.edit) return;
    if (failure.kind === 'validation') {
      const { issues, unmapped } = issuesFromServer(failure.fieldErrors);
      this.updateEdit({
        saving: false,
        serverIssues: issues,
        failure: issues.length === 0 || unmapped.length ? failure.userMessage(this.ctx.lang()) : undefined,
      });
      void this.focusFirstError();
    } else {
      this.updateEdit({ saving: false, failure: failure.userMessage(this.ctx.lang()) });
    }
  }

  /** Reloads the body, tells the host, announces, and puts focus back where the user works. */
  private async afterSave(id: string, action: SaveAction, focusSelector: string, removed?: Mandataris): Promise<void> {
    const saved = removed ?? (await loadMandataris(this.ctx.client(), id, { signal: this.ctx.signal() }).catch(() => null));
    await this.ctx.reload();
    // The write succeeded even when the record cannot be read back: the host hears of it anyway.
    this.ctx.saved({ mandataris: saved ?? { id, beleidsdomeinen: [] }, action });
    this.ctx.announce(this.t(action === 'remove' ? 'removed' : 'saved'));
    await this.ctx.host.updateComplete;
    const target = this.root.querySelector<HTMLElement>(focusSelector) ?? this.root.querySelector<HTMLElement>('[part~="add-button"]');
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
        const signal = AbortSignal.any([controller.signal, this.ctx.signal()]);
        const results = await searchPersonen(this.ctx.client(), term.trim(), { signal });
        for (const persoon of results) this.ctx.personNames.set(persoon.id, persoonName(persoon));
        if (!controller.signal.aborted) this.updateEdit({ results });
      } catch (error) {
        if (!controller.signal.aborted) this.updateEdit({ failure: this.ctx.reportError(error).userMessage(this.ctx.lang()) });
      }
    }, 250);
  }

  // ---- end and remove ------------------------------------------------------------------------

  /** Re-reads the record; when it changed since it was shown, asks before going on. */
  private async guardAgainstChange(mandataris: Mandataris, mine: MandatarisForm, proceed: () => Promise<void>, signal: AbortSignal): Promise<boolean> {
    const current = await loadMandataris(this.ctx.client(), mandataris.id, { signal });
    const conflict = detectConflict(formFromMandataris(mandataris), current && formFromMandataris(current));
    if (conflict.kind === 'none') return false;
    if (current?.persoon) this.ctx.personNames.set(current.persoon.id, persoonName(current.persoon));
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
        this.changed();
        void this.ctx.reload();
      },
    };
    this.changed();
    return true;
  }

  private endIssues(state: EndState): Issue[] {
    if (!state.date) return [{ field: 'einde', key: 'required', severity: 'error' }];
    const form = { ...formFromMandataris(state.mandataris), einde: state.date };
    return this.withDates(validateMandataris(form, this.ruleContext(state.mandataris.id)).filter((issue) => issue.field === 'einde'));
  }

  private setEnding(state: EndState | undefined): void {
    this.ending = state;
    this.changed();
  }

  private setRemoving(state: RemoveState | undefined): void {
    this.removing = state;
    this.changed();
  }

  private async submitEnd(skipCheck = false): Promise<void> {
    const state = this.ending;
    if (!state || state.saving) return;
    this.setEnding({ ...state, attempted: true, failure: undefined });
    if (hasBlockingIssues(this.endIssues(state))) {
      await this.ctx.host.updateComplete;
      this.root.querySelector<HTMLElement>('#end-date')?.focus();
      return;
    }
    const signal = this.ctx.signal();
    this.setEnding({ ...this.ending!, saving: true });
    try {
      const mine = { ...formFromMandataris(state.mandataris), einde: state.date };
      if (!skipCheck && (await this.guardAgainstChange(state.mandataris, mine, () => this.submitEnd(true), signal))) {
        if (this.ending) this.setEnding({ ...this.ending, saving: false });
        return;
      }
      await endMandataris(this.ctx.client(), state.mandataris.id, state.date, { signal });
      this.setEnding(undefined);
      await this.afterSave(state.mandataris.id, 'end', `[data-focus="edit-${state.mandataris.id}"]`);
    } catch (error) {
      if (!signal.aborted && this.ending) {
        this.setEnding({ ...this.ending, saving: false, failure: this.ctx.reportError(error).userMessage(this.ctx.lang()) });
      }
    }
  }

  private async submitRemove(skipCheck = false): Promise<void> {
    const state = this.removing;
    if (!state || state.saving) return;
    const signal = this.ctx.signal();
    this.setRemoving({ ...state, saving: true, failure: undefined });
    try {
      if (!skipCheck && (await this.guardAgainstChange(state.mandataris, formFromMandataris(state.mandataris), () => this.submitRemove(true), signal))) {
        if (this.removing) this.setRemoving({ ...this.removing, saving: false });
        return;
      }
      await removeMandataris(this.ctx.client(), state.mandataris.id, { signal });
      this.setRemoving(undefined);
      await this.afterSave(state.mandataris.id, 'remove', '[part~="add-button"]', state.mandataris);
    } catch (error) {
      if (!signal.aborted && this.removing) {
        this.setRemoving({ ...this.removing, saving: false, failure: this.ctx.reportError(error).userMessage(this.ctx.lang()) });
      }
    }
  }

  // ---- dialogs -------------------------------------------------------------------------------

  private syncDialog(id: string, open: boolean): void {
    const dialog = this.root.querySelector<HTMLDialogElement>(`#${id}`);
    // A modal needs a connected document: an editor removed from the page opens nothing.
    if (!dialog || dialog.open === open || (open && !dialog.isConnected)) return;
    if (open) dialog.showModal();
    else dialog.close();
  }

  /** Escape closes a dialog; the state behind it goes too (an edit's draft stays in storage). */
  private dialogClosed(id: string): void {
    if (id === 'edit-dialog' && this.edit) {
      this.edit = undefined;
      this.refreshDrafts();
    }
    if (id === 'end-dialog') this.setEnding(undefined);
    if (id === 'remove-dialog') this.setRemoving(undefined);
    if (id === 'conflict-dialog' && this.conflict) {
      this.conflict = undefined;
      if (this.edit) this.updateEdit({ saving: false });
      this.changed();
    }
  }

  private dialog(id: string, labelledBy: string, content: TemplateResult | typeof nothing): TemplateResult {
    return html`<dialog id=${id} part="dialog" aria-labelledby=${labelledBy} @close=${() => this.dialogClosed(id)}>${content}</dialog>`;
  }

  // ---- rendering -----------------------------------------------------------------------------

  private get lookups(): Lookups {
    return {
      lang: this.ctx.lang(),
      mandaten: this.ctx.mandaten(),
      statuses: this.ctx.statuses(),
      fracties: this.ctx.fracties(),
      domeinen: this.ctx.domeinen(),
      personNames: this.ctx.personNames,
    };
  }

  /** The banner offering this body's unsaved edits back. */
  renderDrafts(): TemplateResult | typeof nothing {
    if (this.drafts.length === 0) return nothing;
    return renderDrafts(this.t, this.ctx.lang(), this.drafts, this.ctx.personNames, {
      restore: (draft) => this.restoreDraft(draft),
      discard: (key) => this.discardDraft(key),
    });
  }

  renderDialogs(): TemplateResult {
    const conflict = this.conflict;
    return html`${this.dialog('edit-dialog', 'form-title', this.edit ? this.renderEditForm(this.edit) : nothing)}
    ${this.dialog('end-dialog', 'end-title', this.ending ? this.renderEnd(this.ending) : nothing)}
    ${this.dialog('remove-dialog', 'remove-title', this.removing ? this.renderRemove(this.removing) : nothing)}
    ${this.dialog('conflict-dialog', 'conflict-title', conflict ? renderConflict(this.t, conflict, this.lookups, this.core('close'), conflict) : nothing)}`;
  }

  private renderEditForm(edit: EditState): TemplateResult {
    const model: FormModel = {
      t: this.t,
      title: this.t(edit.recordId ? 'editTitle' : 'addTitle'),
      form: edit.form,
      existing: !!edit.recordId,
      isCorrection: edit.isCorrection,
      replacing: this.editAction(edit) === 'replace',
      changeDate: edit.changeDate,
      issues: this.issuesOf(edit),
      showErrors: edit.attempted,
      saving: edit.saving,
      cancelLabel: this.core('cancel'),
      failure: edit.failure,
      restored: !!edit.restored,
      mandaten: this.ctx.mandaten(),
      statuses: this.ctx.statuses(),
      fracties: this.ctx.fracties(),
      domeinen: this.ctx.domeinen(),
      personName: this.ctx.personNames.get(edit.form.persoonId) ?? '',
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
        this.ctx.personNames.set(id, name);
        this.updateEdit({ form: { ...this.edit!.form, persoonId: id } }, 'persoonId');
      },
      correction: (on) => this.updateEdit({ isCorrection: on }),
      changeDate: (value) => this.updateEdit({ changeDate: value }, 'changeDate'),
      submit: () => void this.submitEdit(),
      cancel: () => this.root.querySelector<HTMLDialogElement>('#edit-dialog')?.close(),
      focusField: (field) => this.focusField(field),
    };
    return renderForm(model, handlers);
  }

  private renderEnd(state: EndState): TemplateResult {
    const issues = this.endIssues(state).filter((issue) => issue.severity === 'warning' || state.attempted);
    return renderEndForm(this.t, this.core('cancel'), state, issues, {
      date: (date) => this.setEnding({ ...state, date }),
      submit: () => void this.submitEnd(),
      cancel: () => this.setEnding(undefined),
    });
  }

  private renderRemove(state: RemoveState): TemplateResult {
    return renderRemoveQuestion(this.t, this.core('cancel'), state, {
      submit: () => void this.submitRemove(),
      cancel: () => this.setRemoving(undefined),
    });
  }
}
