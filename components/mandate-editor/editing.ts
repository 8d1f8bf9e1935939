/**
 * Everything the mandate editor does for a user who may edit, against Lokaal Mandatenbeheer: the
 * add/edit form with the business rules, end, remove, the publication status, drafts, and the
 * field-by-field merge when someone else changed the record. It is loaded on demand (a
 * read-only user never downloads it) and plugs into the element as a reactive controller.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LoketClient } from '../../src/api/client.js';
import type { LoketError } from '../../src/api/errors.js';
import { persoonName, type Fractie, type Mandaat, type Mandataris, type OrgaanInTijd, type Persoon } from '../../src/api/mandates.js';
import { coreMessages } from '../../src/i18n/core.messages.js';
import type { Lang } from '../../src/i18n/lang.js';
import { translate, type Params } from '../../src/i18n/translate.js';
import { PUBLICATION, STATUS, publicationKind } from '../../src/mandates/codes.js';
import { FUNCTIE, ORGAAN, effectiefIsLast } from '../../src/mandates/mandaat-rules.js';
import { detectConflict, mergeForms, type MergeChoice } from '../../src/mandates/conflict.js';
import { draftKey, mandateDrafts, type Draft, type StoredDraft } from '../../src/mandates/drafts.js';
import {
  correctMandataris,
  createMandataris,
  createPersoon,
  endMandataris,
  loadCodes,
  loadEarlierFracties,
  loadMandataris,
  removeMandataris,
  replaceMandataris,
  rijksregisternummerKnown,
  searchPersonen,
  setPublicationStatus,
  updateRangorde,
  type Codes,
  type WriteContext,
} from '../../src/mandates/editing-api.js';
import {
  changedFields,
  emptyForm,
  emptyNewPerson,
  formFromMandataris,
  type FormField,
  type IssueField,
  type MandatarisForm,
  type NewPersonField,
  type NewPersonForm,
} from '../../src/mandates/form.js';
import { hasBlockingIssues, validRijksregisternummer, validateBesluitLink, validateMandataris, validateNewPerson, type Issue, type RuleContext } from '../../src/mandates/rules.js';
import { decideEditAction, isRangordeChange, successorForm, type SaveAction } from '../../src/mandates/save-action.js';
import { issuesFromServer } from '../../src/mandates/server-errors.js';
import { renderConflict, type ConflictModel, type Lookups } from './conflict-view.js';
import { renderDrafts } from './drafts-view.js';
import { editingMessages, type EditingMessageKey } from './editing.messages.js';
import { editingStyles } from './editing.styles.js';
import { renderEndForm, renderRemoveQuestion, type EndState, type RemoveState } from './end-remove-view.js';
import { controlId, renderForm, type FormHandlers, type FormModel } from './form-view.js';
import { mandateMessages, type MandateMessageKey } from './mandate-editor.messages.js';
import { viewMessages, type ViewMessageKey } from './view.messages.js';
import { renderPublication, type PublicationLock, type PublicationState } from './publication-view.js';
import { shortDate } from './view-helpers.js';
import { addStyles } from '../../src/add-styles.js';

export interface MandateSaveDetail {
  /** The record as saved (for `remove`: as it was before it became a tombstone). */
  mandataris: Mandataris;
  action: SaveAction;
}

/** What the editing parts read from, and ask of, the element. */
export interface EditingContext {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** Lokaal Mandatenbeheer's client (`mandates-api-base`). */
  client(): LoketClient;
  lang(): Lang;
  account(): string;
  bestuurseenheid(): string;
  isAdmin(): boolean;
  /** The body in time on screen, its body's classificatie, and the bestuur's bodies in time of its period. */
  body(): OrgaanInTijd | undefined;
  classificatie(): string | undefined;
  periodBodies(): string[];
  today(): string;
  mandaten(): Mandaat[];
  mandatarissen(): Mandataris[];
  fracties(): Fractie[];
  /** Names and URIs of the persons met so far (list, search, re-read records), by id. */
  personNames: Map<string, string>;
  persoonUris: Map<string, string>;
  signal(): AbortSignal;
  reportError(error: unknown): LoketError;
  /** Reloads the body's mandatarissen. */
  reload(): Promise<void>;
  saved(detail: MandateSaveDetail): void;
  announce(text: string): void;
}

interface EditState {
  recordId?: string;
  /** The LMB record as the edit began (publication status, stand-ins). */
  record?: Mandataris;
  /** The record as it was when the edit began: what conflicts are measured against. */
  base?: MandatarisForm;
  baseModified?: string;
  form: MandatarisForm;
  newPerson?: NewPersonForm;
  rrnDuplicate?: boolean;
  isCorrection: boolean;
  changeDate: string;
  /** Fracties the person had on this mandaat: returning to one is a new situation. */
  earlierFracties: string[];
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
  saveMerged(): void;
  keepMine(): void;
  takeTheirs(): void;
}

const freshEdit = (): Pick<EditState, 'attempted' | 'serverIssues' | 'saving' | 'searchTerm' | 'earlierFracties'> => ({
  attempted: false,
  serverIssues: [],
  saving: false,
  searchTerm: '',
  earlierFracties: [],
});

/** The birth date a valid rijksregisternummer starts with (YYMMDD; the check digits tell the century). */
function birthDateOf(rijksregisternummer: string): string | undefined {
  const digits = rijksregisternummer.replace(/[\s.-]/g, '');
  if (!validRijksregisternummer(digits)) return undefined;
  const century = 97 - (Number(digits.slice(0, 9)) % 97) === Number(digits.slice(9)) ? 1900 : 2000;
  const day = `${century + Number(digits.slice(0, 2))}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
  return Number.isNaN(Date.parse(day)) ? undefined : day;
}

export class MandateEditing implements ReactiveController {
  private edit?: EditState;
  private ending?: EndState;
  private removing?: RemoveState;
  private publishing?: PublicationState;
  private conflict?: ConflictState;
  private drafts: StoredDraft[] = [];
  private codes?: Codes;
  private codesFailure?: LoketError;
  private codesLoad?: Promise<Codes | undefined>;
  private earlierLoad?: Promise<void>;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private searchLoad?: AbortController;
  private rrnTimer?: ReturnType<typeof setTimeout>;

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.isDirty()) return;
    event.preventDefault();
    // Older browsers only prompt when returnValue is set.
    event.returnValue = '';
  };

  constructor(private readonly ctx: EditingContext) {
    ctx.host.addController(this);
    addStyles(ctx.host, editingStyles);
    void this.loadCodes();
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.searchTimer);
    clearTimeout(this.rrnTimer);
  }

  /** Native modal dialogs trap focus and give it back to the opener when they close. */
  hostUpdated(): void {
    this.syncDialog('edit-dialog', !!this.edit);
    this.syncDialog('end-dialog', !!this.ending);
    this.syncDialog('remove-dialog', !!this.removing);
    this.syncDialog('publication-dialog', !!this.publishing);
    this.syncDialog('conflict-dialog', !!this.conflict);
  }

  /** The element waits for this catalog's language before it renders, as for its own. */
  readonly messages = editingMessages;

  /** The code lists are there: the form can open. */
  get ready(): boolean {
    return !!this.codes;
  }

  private t = (key: MandateMessageKey | ViewMessageKey | EditingMessageKey, params?: Params): string =>
    key in editingMessages.nl
      ? translate(editingMessages, this.ctx.lang(), key as EditingMessageKey, params)
      : key in viewMessages.nl
        ? translate(viewMessages, this.ctx.lang(), key as ViewMessageKey, params)
        : translate(mandateMessages, this.ctx.lang(), key as MandateMessageKey, params);

  private core(key: 'cancel' | 'close' | 'retry'): string {
    return translate(coreMessages, this.ctx.lang(), key);
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

  /** Statuses, beleidsdomeinen, publication statuses and sexes, as LMB lists them. */
  private loadCodes(): Promise<Codes | undefined> {
    this.codesFailure = undefined;
    this.codesLoad ??= loadCodes(this.ctx.client(), { signal: this.ctx.signal() }).then(
      (codes) => {
        this.codes = codes;
        this.changed();
        return codes;
      },
      (error: unknown) => {
        this.codesLoad = undefined;
        this.codesFailure = this.ctx.reportError(error);
        this.changed();
        return undefined;
      },
    );
    return this.codesLoad;
  }

  private writeContext(signal: AbortSignal): WriteContext {
    const body = this.ctx.body();
    return {
      client: this.ctx.client(),
      signal,
      body: { id: this.bodyId, periodeId: body?.periode?.id, periodBodies: this.ctx.periodBodies() },
      bestuurseenheid: this.ctx.bestuurseenheid(),
      mandaten: this.ctx.mandaten(),
      statuses: this.codes?.statuses ?? [],
      domeinen: this.codes?.domeinen ?? [],
      fracties: this.ctx.fracties(),
      persoonUris: this.ctx.persoonUris,
    };
  }

  private meet(persoon: Persoon | undefined): void {
    if (!persoon) return;
    this.ctx.personNames.set(persoon.id, persoonName(persoon));
    if (persoon.uri) this.ctx.persoonUris.set(persoon.id, persoon.uri);
  }

  // ---- drafts --------------------------------------------------------------------------------

  /** Reads this account's drafts for the body on screen (after each load of the body). */
  refreshDrafts(): void {
    this.drafts = mandateDrafts.list(this.ctx.account(), this.bodyId);
    this.changed();
  }

  private get draftKeyOfEdit(): string {
    return draftKey(this.ctx.account(), this.bodyId, this.edit?.recordId);
  }

  /** A draft left for the same record is taken up again, so starting over never overwrites it. */
  private resumeDraft(recordId: string | undefined): boolean {
    const draft = mandateDrafts.load(draftKey(this.ctx.account(), this.bodyId, recordId));
    if (draft) this.restoreDraft(draft);
    return !!draft;
  }

  private restoreDraft(stored: StoredDraft): void {
    const draft = stored.value;
    const record = draft.recordId ? this.ctx.mandatarissen().find((row) => row.id === draft.recordId) : undefined;
    this.meet(record?.persoon);
    this.edit = {
      ...(draft.recordId ? { recordId: draft.recordId } : {}),
      ...(record ? { record } : {}),
      ...(draft.base ? { base: draft.base } : {}),
      ...(draft.baseModified ? { baseModified: draft.baseModified } : {}),
      ...(draft.newPerson ? { newPerson: draft.newPerson } : {}),
      form: draft.form,
      isCorrection: draft.isCorrection,
      changeDate: draft.changeDate || this.ctx.today(),
      ...freshEdit(),
      restored: true,
    };
    if (draft.recordId) this.loadEarlier(draft.recordId);
    if (draft.newPerson) this.checkRrn(draft.newPerson.rijksregisternummer);
    this.changed();
  }

  private discardDraft(key: string): void {
    mandateDrafts.remove(key);
    this.drafts = this.drafts.filter((entry) => entry.key !== key);
    this.changed();
  }

  isDirty(): boolean {
    const edit = this.edit;
    if (!edit) return false;
    const reference = edit.base ?? { ...emptyForm(edit.form.statusId), start: edit.form.start };
    return changedFields(reference, edit.form).length > 0 || !!edit.newPerson;
  }

  /** Every keystroke is kept: a reload, a crash, a failed save or a conflict loses nothing. */
  private updateEdit(change: Partial<EditState>, clearServerIssuesOf?: IssueField): void {
    if (!this.edit) return;
    const known = change.serverIssues ?? this.edit.serverIssues;
    const serverIssues = clearServerIssuesOf ? known.filter((issue) => issue.field !== clearServerIssuesOf) : known;
    this.edit = { ...this.edit, ...change, serverIssues };
    this.changed();
    const key = this.draftKeyOfEdit;
    if (this.isDirty()) {
      const { recordId, base, baseModified, form, newPerson, isCorrection, changeDate } = this.edit;
      const draft: Draft = {
        ...(recordId ? { recordId } : {}),
        ...(base ? { base } : {}),
        ...(baseModified ? { baseModified } : {}),
        ...(newPerson ? { newPerson } : {}),
        form,
        isCorrection,
        changeDate,
      };
      mandateDrafts.save(key, draft);
    } else {
      mandateDrafts.remove(key);
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
    const status = this.codes?.statuses.find((concept) => concept.id === STATUS.effectief)?.id ?? '';
    this.edit = { form: { ...emptyForm(status), start: this.defaultStart() }, isCorrection: false, changeDate: this.ctx.today(), ...freshEdit() };
    this.changed();
  }

  openEdit(mandataris: Mandataris): void {
    if (this.resumeDraft(mandataris.id)) return;
    const form = formFromMandataris(mandataris);
    this.edit = {
      recordId: mandataris.id,
      record: mandataris,
      base: form,
      ...(mandataris.modified ? { baseModified: mandataris.modified } : {}),
      form: { ...form, beleidsdomeinIds: [...form.beleidsdomeinIds] },
      isCorrection: false,
      changeDate: this.ctx.today(),
      ...freshEdit(),
    };
    this.loadEarlier(mandataris.id);
    this.changed();
  }

  /** The fracties the person had on this mandaat, from MS; a failure leaves the rule strict. */
  private loadEarlier(recordId: string): void {
    this.earlierLoad = loadEarlierFracties(this.ctx.client(), recordId, { signal: this.ctx.signal() }).then(
      (fracties) => {
        if (this.edit?.recordId === recordId) this.edit = { ...this.edit, earlierFracties: fracties };
        this.changed();
      },
      () => undefined,
    );
  }

  openEnd(mandataris: Mandataris): void {
    this.ending = { mandataris, date: this.ctx.today(), attempted: false, saving: false };
    this.changed();
  }

  openRemove(mandataris: Mandataris): void {
    const kind = publicationKind(mandataris.publicationStatus);
    // FE models/mandataris.js:100-107: only Draft and Niet bekrachtigd, unless an admin.
    const allowed = kind !== 'bekrachtigd' || this.ctx.isAdmin();
    this.removing = { mandataris, allowed, saving: false };
    this.changed();
  }

  openPublication(mandataris: Mandataris): void {
    this.publishing = { mandataris, statusId: mandataris.publicationStatus?.id ?? '', link: mandataris.linkToBesluit ?? '', attempted: false, saving: false };
    this.changed();
  }

  // ---- rules ---------------------------------------------------------------------------------

  private editAction(edit: EditState): 'create' | 'correct' | 'replace' {
    return edit.base ? decideEditAction(edit.base, edit.form, edit.isCorrection) : 'create';
  }

  private ruleContext(excluding: string | undefined, edit?: EditState, replacing?: RuleContext['replacing']): RuleContext {
    const body = this.ctx.body();
    const record = edit?.base
      ? {
          id: edit.recordId ?? '',
          base: edit.base,
          publication: publicationKind(edit.record?.publicationStatus),
          isCorrection: edit.isCorrection,
          earlierFracties: edit.earlierFracties,
          vervangerIds: edit.record?.vervangerIds ?? [],
        }
      : undefined;
    return {
      today: this.ctx.today(),
      legislature: { start: body?.bindingStart, end: body?.bindingEinde },
      classificatie: this.ctx.classificatie(),
      mandaten: this.ctx.mandaten(),
      fracties: this.ctx.fracties(),
      others: this.ctx.mandatarissen().filter((row) => row.id !== excluding),
      ...(record ? { record } : {}),
      ...(replacing ? { replacing } : {}),
    };
  }

  private issuesOf(edit: EditState): Issue[] {
    const replacing =
      this.editAction(edit) === 'replace' ? { changeDate: edit.changeDate, originalStart: edit.base?.start ?? '', originalEnd: edit.base?.einde ?? '' } : undefined;
    let ruleIssues = validateMandataris(edit.form, this.ruleContext(edit.recordId, edit, replacing));
    if (edit.newPerson) {
      // The person is made on save: the form's "required" is the new person's fields.
      ruleIssues = [
        ...validateNewPerson(edit.newPerson, { today: this.ctx.today(), duplicate: !!edit.rrnDuplicate }),
        ...ruleIssues.filter((issue) => issue.field !== 'persoonId' || issue.key !== 'required'),
      ];
    }
    const serverFields = new Set(edit.serverIssues.map((issue) => issue.field));
    return this.withDates([...edit.serverIssues, ...ruleIssues.filter((issue) => !serverFields.has(issue.field))]);
  }

  /** Dates in messages as the user writes them. */
  private withDates(issues: Issue[]): Issue[] {
    const lang = this.ctx.lang();
    const asDate = (value: string | number) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? shortDate(lang, value) : value);
    return issues.map((issue) => (issue.params ? { ...issue, params: Object.fromEntries(Object.entries(issue.params).map(([name, value]) => [name, asDate(value)])) } : issue));
  }

  private focusField(field: IssueField): void {
    this.root.querySelector<HTMLElement>(`#${controlId(field)}`)?.focus();
  }

  private async focusFirstError(): Promise<void> {
    await this.ctx.host.updateComplete;
    const first = this.edit && this.issuesOf(this.edit).find((issue) => issue.severity === 'error');
    if (first) this.focusField(first.field);
  }

  /** Whether LMB knows the new person's rijksregisternummer already (looked up after a pause in typing). */
  private checkRrn(value: string): void {
    clearTimeout(this.rrnTimer);
    if (!validRijksregisternummer(value)) return;
    this.rrnTimer = setTimeout(() => void this.lookUpRrn(value), 250);
  }

  private async lookUpRrn(value: string): Promise<boolean> {
    try {
      const known = await rijksregisternummerKnown(this.ctx.client(), value, { signal: this.ctx.signal() });
      if (this.edit?.newPerson?.rijksregisternummer === value) this.updateEdit({ rrnDuplicate: known });
      return known;
    } catch {
      return false;
    }
  }

  // ---- saving --------------------------------------------------------------------------------

  private async submitEdit(): Promise<void> {
    const edit = this.edit;
    if (!edit || edit.saving) return;
    // Saving from here on: a second press while the checks below wait is ignored.
    this.updateEdit({ attempted: true, failure: undefined, saving: true });
    await this.earlierLoad;
    if (edit.newPerson && validRijksregisternummer(edit.newPerson.rijksregisternummer)) await this.lookUpRrn(edit.newPerson.rijksregisternummer);
    if (!this.edit || hasBlockingIssues(this.issuesOf(this.edit))) {
      this.updateEdit({ saving: false });
      await this.focusFirstError();
      return;
    }
    const signal = this.ctx.signal();
    try {
      const current = this.edit;
      if (current.recordId && current.base) {
        const now = await loadMandataris(this.ctx.client(), current.recordId, { signal });
        const conflict = detectConflict(current.base, current.baseModified, current.form, now && { form: formFromMandataris(now), modified: now.modified });
        this.meet(now?.persoon);
        if (conflict.kind !== 'none') {
          this.updateEdit({ saving: false });
          this.showEditConflict(now, conflict.kind === 'changed' ? conflict : undefined);
          return;
        }
        // Changed outside the form only (a link, the publication status): carry on from that version.
        if (now) this.updateEdit({ record: now, ...(conflict.modified ? { baseModified: conflict.modified } : {}) });
        if (hasBlockingIssues(this.issuesOf(this.edit!))) {
          this.updateEdit({ saving: false });
          await this.focusFirstError();
          return;
        }
      }
      await this.writeEdit(this.edit!, signal);
    } catch (error) {
      if (!signal.aborted) this.saveFailed(error);
    }
  }

  private showEditConflict(current: Mandataris | null, changed?: Extract<ReturnType<typeof detectConflict>, { kind: 'changed' }>): void {
    const edit = this.edit!;
    const theirs = changed?.theirs ?? null;
    const rows = changed?.rows ?? [];
    const resume = (form: MandatarisForm) => {
      this.conflict = undefined;
      // Their version becomes the reference: saving now writes exactly where mine differs.
      this.updateEdit({ base: theirs!, form, ...(changed?.modified ? { baseModified: changed.modified } : {}), ...(current ? { record: current } : {}), serverIssues: [] });
    };
    this.conflict = {
      kind: 'edit',
      mine: edit.form,
      theirs,
      rows,
      choices: {},
      saveMerged: () => {
        resume(mergeForms(edit.form, theirs!, rows, this.conflict?.choices ?? {}));
        void this.submitEdit();
      },
      keepMine: () => {
        resume(edit.form);
        void this.submitEdit();
      },
      takeTheirs: () => {
        this.conflict = undefined;
        if (theirs) {
          resume({ ...theirs, beleidsdomeinIds: [...theirs.beleidsdomeinIds] });
          this.updateEdit({ attempted: false });
        } else {
          mandateDrafts.remove(this.draftKeyOfEdit);
          this.edit = undefined;
          this.changed();
          void this.ctx.reload();
        }
      },
    };
    this.changed();
  }

  private async writeEdit(edit: EditState, signal: AbortSignal): Promise<void> {
    const context = this.writeContext(signal);
    const action = this.editAction(edit);
    let id = edit.recordId ?? '';
    let form = edit.form;
    if (action === 'create') {
      if (edit.newPerson) {
        const geslacht = this.codes?.geslachten.find((code) => code.id === edit.newPerson!.geslachtId)?.uri;
        const persoon = await createPersoon(context, edit.newPerson, geslacht);
        this.meet(persoon);
        // The person exists now: a later failure must not make a second one.
        form = { ...form, persoonId: persoon.id };
        this.updateEdit({ form, newPerson: undefined });
      }
      id = await createMandataris(context, form);
    } else if (isRangordeChange(edit.base!, form)) {
      await updateRangorde(context, id, form.rangorde, action === 'correct', edit.changeDate);
    } else if (action === 'replace') {
      const nietBekrachtigd = this.codes?.publication.find((code) => publicationKind(code) === 'nietBekrachtigd')?.id ?? PUBLICATION.nietBekrachtigd;
      id = await replaceMandataris(context, edit.record ?? { id, beleidsdomeinen: [], vervangerIds: [] }, successorForm(form, edit.changeDate), edit.changeDate, nietBekrachtigd);
    } else {
      await correctMandataris(context, id, edit.base!, form);
    }
    mandateDrafts.remove(draftKey(this.ctx.account(), this.bodyId, edit.recordId));
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
    this.ctx.saved({ mandataris: saved ?? { id, beleidsdomeinen: [], vervangerIds: [] }, action });
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
        for (const persoon of results) this.meet(persoon);
        if (!controller.signal.aborted) this.updateEdit({ results });
      } catch (error) {
        if (!controller.signal.aborted) this.updateEdit({ failure: this.ctx.reportError(error).userMessage(this.ctx.lang()) });
      }
    }, 250);
  }

  /** A new person starts from what was searched: a rijksregisternummer, or a first and last name. */
  private startNewPerson(on: boolean): void {
    if (!this.edit) return;
    if (!on) {
      this.updateEdit({ newPerson: undefined, rrnDuplicate: false }, 'persoonId');
      return;
    }
    const term = this.edit.searchTerm.trim();
    const person = emptyNewPerson();
    if (/^[\d\s.-]+$/.test(term)) person.rijksregisternummer = term;
    else {
      const [first, ...rest] = term.split(/\s+/);
      person.voornaam = rest.length ? first! : '';
      person.achternaam = rest.length ? rest.join(' ') : (first ?? '');
    }
    this.updateEdit({ newPerson: person, form: { ...this.edit.form, persoonId: '' } }, 'persoonId');
    void this.ctx.host.updateComplete.then(() => this.focusField('voornaam'));
  }

  private setPersonField(field: NewPersonField, value: string): void {
    const person = this.edit?.newPerson;
    if (!person) return;
    const next = { ...person, [field]: value };
    if (field === 'rijksregisternummer') {
      // The rijksregisternummer starts with the birth date: offer it, unless another date was typed.
      const birth = birthDateOf(value);
      if (birth && (!person.geboortedatum || person.geboortedatum === birthDateOf(person.rijksregisternummer))) next.geboortedatum = birth;
      this.updateEdit({ newPerson: next, rrnDuplicate: false }, field);
      this.checkRrn(value);
      return;
    }
    this.updateEdit({ newPerson: next }, field);
  }

  // ---- end, remove and publication -----------------------------------------------------------

  /** Re-reads the record; when it changed since it was shown (LMB's `modified`), asks before going on. */
  private async guardAgainstChange(mandataris: Mandataris, mine: MandatarisForm, proceed: () => Promise<void>, signal: AbortSignal): Promise<boolean> {
    const current = await loadMandataris(this.ctx.client(), mandataris.id, { signal });
    const base = formFromMandataris(mandataris);
    const conflict = detectConflict(base, mandataris.modified, base, current && { form: formFromMandataris(current), modified: current.modified });
    if (conflict.kind === 'none' && current) return false;
    this.meet(current?.persoon);
    const theirs = conflict.kind === 'changed' ? conflict.theirs : null;
    this.conflict = {
      kind: 'guard',
      mine,
      theirs,
      rows: theirs ? changedFields(mine, theirs).map((field) => ({ field, mine: false, theirs: true })) : [],
      choices: {},
      saveMerged: () => undefined,
      keepMine: () => {
        this.conflict = undefined;
        void proceed();
      },
      takeTheirs: () => {
        this.conflict = undefined;
        this.ending = undefined;
        this.removing = undefined;
        this.publishing = undefined;
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

  private setPublishing(state: PublicationState | undefined): void {
    this.publishing = state;
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
      await endMandataris(this.writeContext(signal), state.mandataris.id, state.date);
      this.setEnding(undefined);
      await this.afterSave(state.mandataris.id, 'end', `[data-focus="edit-${state.mandataris.id}"]`);
    } catch (error) {
      if (!signal.aborted && this.ending) this.setEnding({ ...this.ending, saving: false, failure: this.ctx.reportError(error).userMessage(this.ctx.lang()) });
    }
  }

  private async submitRemove(skipCheck = false): Promise<void> {
    const state = this.removing;
    if (!state || state.saving || !state.allowed) return;
    const signal = this.ctx.signal();
    this.setRemoving({ ...state, saving: true, failure: undefined });
    try {
      if (!skipCheck && (await this.guardAgainstChange(state.mandataris, formFromMandataris(state.mandataris), () => this.submitRemove(true), signal))) {
        if (this.removing) this.setRemoving({ ...this.removing, saving: false });
        return;
      }
      await removeMandataris(this.writeContext(signal), state.mandataris.id);
      this.setRemoving(undefined);
      await this.afterSave(state.mandataris.id, 'remove', '[part~="add-button"]', state.mandataris);
    } catch (error) {
      if (!signal.aborted && this.removing) this.setRemoving({ ...this.removing, saving: false, failure: this.ctx.reportError(error).userMessage(this.ctx.lang()) });
    }
  }

  /**
   * What LMB lets a user choose (FE publication-status-selector.js:43-62): Niet bekrachtigd always,
   * Draft while it is Draft, Bekrachtigd unless Niet bekrachtigd is the last status here; nothing
   * once it is Bekrachtigd, nor for a Niet bekrachtigd burgemeester, nor in the VB or the RMW
   * (FE mandataris-card.js:39-88).
   */
  private publicationRules(mandataris: Mandataris): { options: NonNullable<Codes['publication']>; lock: PublicationLock } {
    const kind = publicationKind(mandataris.publicationStatus);
    const mandaat = this.ctx.mandaten().find((candidate) => candidate.id === mandataris.mandaat?.id) ?? mandataris.mandaat;
    const last = effectiefIsLast(mandaat, this.ctx.classificatie());
    const inLastBody = [ORGAAN.vastBureau, ORGAAN.rmw].includes(this.ctx.classificatie() as never);
    const lock: PublicationLock =
      kind === 'bekrachtigd'
        ? 'publicationLocked'
        : inLastBody
          ? 'publicationLast'
          : kind === 'nietBekrachtigd' && mandaat?.bestuursfunctie?.id === FUNCTIE.burgemeester
            ? 'publicationBurgemeester'
            : undefined;
    const options = (this.codes?.publication ?? []).filter((code) => {
      const option = publicationKind(code);
      return option === 'nietBekrachtigd' || (option === 'draft' && kind === 'draft') || (option === 'bekrachtigd' && !last);
    });
    return { options, lock };
  }

  private publicationIssues(state: PublicationState): Issue[] {
    const chosen = this.codes?.publication.find((code) => code.id === state.statusId);
    if (!chosen) return [];
    return publicationKind(chosen) === 'bekrachtigd' ? validateBesluitLink(state.link) : [];
  }

  private async submitPublication(skipCheck = false): Promise<void> {
    const state = this.publishing;
    if (!state || state.saving) return;
    this.setPublishing({ ...state, attempted: true, failure: undefined });
    if (hasBlockingIssues(this.publicationIssues(state))) {
      await this.ctx.host.updateComplete;
      this.root.querySelector<HTMLElement>('#f-link')?.focus();
      return;
    }
    const chosen = this.codes?.publication.find((code) => code.id === state.statusId);
    const kind = publicationKind(chosen);
    const { mandataris } = state;
    if (!chosen || !kind || chosen.id === mandataris.publicationStatus?.id) {
      this.setPublishing(undefined);
      return;
    }
    const signal = this.ctx.signal();
    this.setPublishing({ ...this.publishing!, saving: true });
    try {
      const form = formFromMandataris(mandataris);
      if (!skipCheck && (await this.guardAgainstChange(mandataris, form, () => this.submitPublication(true), signal))) {
        if (this.publishing) this.setPublishing({ ...this.publishing, saving: false });
        return;
      }
      await setPublicationStatus(this.writeContext(signal), mandataris.id, chosen.id, kind, state.link);
      this.setPublishing(undefined);
      await this.afterSave(mandataris.id, 'publication', `[data-focus="publication-${mandataris.id}"]`);
    } catch (error) {
      if (!signal.aborted && this.publishing) this.setPublishing({ ...this.publishing, saving: false, failure: this.ctx.reportError(error).userMessage(this.ctx.lang()) });
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
    if (id === 'publication-dialog') this.setPublishing(undefined);
    if (id === 'conflict-dialog' && this.conflict) {
      this.conflict = undefined;
      if (this.edit) this.updateEdit({ saving: false });
      if (this.ending) this.setEnding({ ...this.ending, saving: false });
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
      statuses: this.codes?.statuses ?? [],
      fracties: this.ctx.fracties(),
      domeinen: this.codes?.domeinen ?? [],
      personNames: this.ctx.personNames,
      onafhankelijk: this.t('onafhankelijk'),
    };
  }

  /** The banner offering this body's unsaved edits back, or why the form cannot open yet. */
  renderDrafts(): TemplateResult | typeof nothing {
    if (this.codesFailure) {
      return html`<div class="alert" role="alert">
        <span>${this.t('codesFailed')}</span>
        <button type="button" class="secondary" @click=${() => void this.loadCodes()}>${this.core('retry')}</button>
      </div>`;
    }
    if (this.drafts.length === 0) return nothing;
    return renderDrafts(this.t, this.ctx.lang(), this.drafts, this.ctx.personNames, {
      restore: (draft) => this.restoreDraft(draft),
      discard: (key) => this.discardDraft(key),
    });
  }

  renderDialogs(): TemplateResult {
    const conflict = this.conflict;
    const publishing = this.publishing;
    return html`${this.dialog('edit-dialog', 'form-title', this.edit ? this.renderEditForm(this.edit) : nothing)}
    ${this.dialog('end-dialog', 'end-title', this.ending ? this.renderEnd(this.ending) : nothing)}
    ${this.dialog('remove-dialog', 'remove-title', this.removing ? this.renderRemove(this.removing) : nothing)}
    ${this.dialog('publication-dialog', 'publication-title', publishing ? this.renderPublication(publishing) : nothing)}
    ${this.dialog(
      'conflict-dialog',
      'conflict-title',
      conflict
        ? renderConflict(this.t, conflict, this.lookups, this.core('close'), {
            choose: (field: FormField, choice: MergeChoice) => {
              if (!this.conflict) return;
              this.conflict = { ...this.conflict, choices: { ...this.conflict.choices, [field]: choice } };
              this.changed();
            },
            saveMerged: () => this.conflict?.saveMerged(),
            keepMine: () => this.conflict?.keepMine(),
            takeTheirs: () => this.conflict?.takeTheirs(),
          })
        : nothing,
    )}`;
  }

  private renderEditForm(edit: EditState): TemplateResult {
    const model: FormModel = {
      t: this.t,
      title: this.t(edit.recordId ? 'editTitle' : 'addTitle'),
      form: edit.form,
      ...(edit.newPerson ? { newPerson: edit.newPerson } : {}),
      existing: !!edit.recordId,
      bekrachtigd: publicationKind(edit.record?.publicationStatus) === 'bekrachtigd',
      isCorrection: edit.isCorrection,
      replacing: this.editAction(edit) === 'replace',
      changeDate: edit.changeDate,
      issues: this.issuesOf(edit),
      showErrors: edit.attempted,
      saving: edit.saving,
      cancelLabel: this.core('cancel'),
      failure: edit.failure,
      restored: !!edit.restored,
      classificatie: this.ctx.classificatie(),
      mandaten: this.ctx.mandaten(),
      statuses: this.codes?.statuses ?? [],
      fracties: this.ctx.fracties(),
      domeinen: this.codes?.domeinen ?? [],
      geslachten: this.codes?.geslachten ?? [],
      baseFractie: edit.base?.fractieId,
      personName: this.ctx.personNames.get(edit.form.persoonId) ?? '',
      searchTerm: edit.searchTerm,
      results: edit.results,
    };
    const handlers: FormHandlers = {
      input: (field, value) => this.updateEdit({ form: { ...this.edit!.form, [field]: value } }, field),
      person: (field, value) => this.setPersonField(field, value),
      newPerson: (on) => this.startNewPerson(on),
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
    return renderRemoveQuestion(this.t, this.core(state.allowed ? 'cancel' : 'close'), state, {
      submit: () => void this.submitRemove(),
      cancel: () => this.setRemoving(undefined),
    });
  }

  private renderPublication(state: PublicationState): TemplateResult {
    const { options, lock } = this.publicationRules(state.mandataris);
    return renderPublication({ t: this.t, cancelLabel: this.core(lock ? 'close' : 'cancel'), state, options, lock, issues: this.publicationIssues(state) }, {
      choose: (statusId) => this.setPublishing({ ...state, statusId }),
      link: (link) => this.setPublishing({ ...state, link }),
      submit: () => void this.submitPublication(),
      cancel: () => this.setPublishing(undefined),
    });
  }
}
