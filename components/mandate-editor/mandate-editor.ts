import { onDemand } from '../../src/on-demand.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { formatCalendarDate } from '../../src/api/dates.js';
import { getSession } from '../../src/api/session.js';
import { mayUse } from '../../src/access.js';
import {
  currentLegislature,
  loadFracties,
  loadMandatarissen,
  loadMandaten,
  loadOrganen,
  persoonName,
  type Fractie,
  type Mandaat,
  type Mandataris,
  type Orgaan,
} from '../../src/api/mandates.js';
import { loadLanguage, type Params } from '../../src/i18n/translate.js';
import type { MandateEditing, MandateSaveDetail } from './editing.js';
import { mandateMessages, type MandateMessageKey } from './mandate-editor.messages.js';
import { mandateEditorStyles } from './mandate-editor.styles.js';

export type { MandateSaveDetail } from './editing.js';

declare module '../../src/events.js' {
  interface LoketEvents {
    'loket-mandate-save': MandateSaveDetail;
  }
}

/** The role that reads and writes mandates in Lokaal Mandatenbeheer (APP config/cl-authorization/config.lisp:305-334). */
export const MANDATE_ROLE = 'LoketLB-mandaatGebruiker';
/** LMB's admin may remove a bekrachtigd mandataris (FE controllers/mandatarissen/persoon/mandataris.js:53-57). */
const ADMIN_ROLE = 'LoketLB-admin';
/** The classificatie shown first: the gemeenteraad. */
const GEMEENTERAAD = '5ab0e9b8a3b2ca7c5e000005';

type Phase = 'loading' | 'ready' | 'error' | 'no-access';

type View = typeof import('./view.js');
let viewModule: Promise<View> | undefined;
/**
 * The chunk of what shows once the bodies are in (toolbar, table, their styles): fetched with the
 * first read; not remembered after a failure (offline), so a retry fetches it again.
 */
function loadView(): Promise<View> {
  return (viewModule ??= import('./view.js').catch((error: unknown) => {
    viewModule = undefined;
    throw error;
  }));
}

/** Still running on `today` or yet to start. */
const isCurrent = (mandataris: Mandataris, today: string): boolean => !mandataris.einde || mandataris.einde > today;

/**
 * The mandataries of a bestuur's bodies, in Lokaal Mandatenbeheer (`mandates-api-base`): choose
 * a body and legislature, list its mandatarissen with their publication status, and (with LMB's
 * mandates role) add, correct, end, replace and remove them and set their publication status
 * under the Flemish business rules. Unsaved edits are kept as drafts in localStorage; before any
 * write the record is read again, and a change by someone else is merged field by field instead
 * of overwritten.
 *
 * @fires loket-mandate-save - After a successful save: `{ mandataris, action }` with action `create`, `correct`, `end`, `replace`, `publication` or `remove`.
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
 * @csspart conflict-table - The comparison of both versions in a conflict, with a choice per field.
 * @csspart merge-button - Saves the choices made per field in a conflict.
 * @csspart bekrachtigd-notice - The note in the form that a bekrachtigd mandataris is not corrected in place.
 * @csspart publication-lock - Why a publication status cannot be changed (bekrachtigd, burgemeester, VB/RMW).
 * @csspart no-access - Said instead of the data when LMB's session lacks `LoketLB-mandaatGebruiker`.
 * @csspart error - The error message with its retry button.
 */
export class LoketMandateEditor extends LoketElement {
  static override styles = mandateEditorStyles;
  static override catalogs = [mandateMessages];

  static override properties = {
    readonly: { type: Boolean, reflect: true },
    now: { attribute: false },
    ...states('phase', 'failure', 'organen', 'orgaanId', 'legislatuurId', 'bodyPhase', 'bodyFailure', 'mandaten', 'mandatarissen', 'fracties', 'showAll', 'announcement', 'editing'),
  };

  /** Show the data only, even for a user with the mandates role. */
  readonly = false;

  /** The day "current" is measured on and dates default to (default: today). */
  now?: Date;

  private phase: Phase = 'loading';
  private failure?: unknown;
  private organen: Orgaan[] = [];
  private orgaanId = '';
  private legislatuurId = '';
  private bodyPhase: Phase = 'loading';
  private bodyFailure?: unknown;
  private mandaten: Mandaat[] = [];
  private mandatarissen: Mandataris[] = [];
  private fracties: Fractie[] = [];
  private showAll = false;
  private announcement = '';
  /** The editing parts, loaded on demand once the user may edit. */
  private editing?: MandateEditing;
  /** The toolbar and table, once their chunk is in (before `phase` is ready). */
  private view?: View;

  private account = 'anonymous';
  private bestuur = '';
  private roles: readonly string[] = [];
  private readonly personNames = new Map<string, string>();
  private readonly persoonUris = new Map<string, string>();
  private allLoad?: AbortController;
  private bodyLoad?: AbortController;
  private editingLoad?: Promise<void>;
  /** The configuration the data on screen was loaded with; a change loads again. */
  private loadedWith: unknown[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: the disconnect aborted the loads; the next update starts them again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadedWith = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { apiBase, mandatesApiBase, bestuurseenheid, fetch, tokenProvider } = this.config;
    const key = [apiBase, mandatesApiBase, bestuurseenheid, fetch, tokenProvider];
    if (this.isConnected && key.some((value, index) => value !== this.loadedWith[index])) {
      this.loadedWith = key;
      void this.loadAll();
    }
  }

  /** Like the element's texts, the view's and the editing parts' texts are in the user's language before a render. */
  protected override get chunkCatalogs() {
    return [this.view?.messages, this.editing?.messages];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.canEdit && this.phase === 'ready') void this.loadEditing();
  }

  private t = (key: MandateMessageKey, params?: Params): string => this.msgFrom(mandateMessages, key, params);

  private get today(): string {
    return formatCalendarDate(this.now ?? new Date());
  }

  /** Editing needs the mandates role, and no `readonly`. */
  get canEdit(): boolean {
    return !this.readonly && this.roles.includes(MANDATE_ROLE);
  }

  /** Lokaal Mandatenbeheer, where the mandates live (`mandates-api-base`, default `api-base`). */
  private get lmb() {
    return this.clientOf('mandates');
  }

  private get orgaan(): Orgaan | undefined {
    return this.organen.find((orgaan) => orgaan.id === this.orgaanId);
  }

  private get legislatuur() {
    return this.orgaan?.legislaturen.find((body) => body.id === this.legislatuurId);
  }

  /** The bestuur's bodies in time of the same bestuursperiode (a new onafhankelijke fractie sits in all). */
  private get periodBodies(): string[] {
    const periode = this.legislatuur?.periode?.id;
    if (!periode) return this.legislatuurId ? [this.legislatuurId] : [];
    return this.organen.flatMap((orgaan) => orgaan.legislaturen.filter((body) => body.periode?.id === periode).map((body) => body.id));
  }

  /** The view's chunk (a method of its own, so a test can have it fail as it does offline). */
  protected importView(): Promise<View> {
    return loadView();
  }

  /** Read-only users never download the form, the rules or the dialogs. */
  private loadEditing(): Promise<void> {
    this.editingLoad ??= import('./editing.js').then(
      ({ MandateEditing }) => {
        this.editing = new MandateEditing({
          host: this,
          client: () => this.lmb,
          lang: () => this.uiLang,
          account: () => this.account,
          bestuurseenheid: () => this.bestuur,
          isAdmin: () => this.roles.includes(ADMIN_ROLE),
          body: () => this.legislatuur,
          classificatie: () => this.orgaan?.classificatie?.id,
          periodBodies: () => this.periodBodies,
          today: () => this.today,
          mandaten: () => this.mandaten,
          mandatarissen: () => this.mandatarissen,
          fracties: () => this.fracties,
          personNames: this.personNames,
          persoonUris: this.persoonUris,
          signal: () => this.connectionSignal,
          reportError: (error) => this.reportError(error),
          reload: () => this.loadBody(),
          saved: (detail) => this.emit('loket-mandate-save', detail),
          announce: (text) => this.announce(text),
        });
        if (this.bodyPhase === 'ready') this.editing.refreshDrafts();
      },
      (error: unknown) => {
        // A failed chunk load leaves the list usable; the next update tries again.
        this.editingLoad = undefined;
        this.reportError(error);
      },
    );
    return this.editingLoad;
  }

  // ---- loading -------------------------------------------------------------------------------

  private async loadAll(): Promise<void> {
    this.allLoad?.abort();
    this.bodyLoad?.abort();
    const controller = (this.allLoad = new AbortController());
    const signal = AbortSignal.any([controller.signal, this.connectionSignal]);
    this.phase = 'loading';
    this.organen = [];
    this.orgaanId = this.legislatuurId = '';
    this.mandatarissen = [];
    this.roles = [];
    // The view's code (and its texts' language) loads alongside the session and the bodies, not
    // after them; offline it fails as the reads do.
    const view = this.view
      ? Promise.resolve(this.view)
      : onDemand(this.importView(), 'the list of mandatarissen').then(async (loaded) => (await loadLanguage(loaded.messages, this.uiLang), loaded));
    view.catch(() => {});
    try {
      const client = this.lmb;
      // LMB's own session: its roles, not the Loket's, decide what LMB shows.
      const session = await getSession(client, { signal });
      if (signal.aborted) return;
      this.account = session.accountId;
      this.roles = session.roles;
      // Without the role LMB answers every list empty (mu-authorization): say so, never show an empty body.
      if (!mayUse(session, 'mandaten')) {
        this.phase = 'no-access';
        return;
      }
      this.bestuur = this.config.bestuurseenheid ?? session.groupId;
      const [organen, loaded] = await Promise.all([loadOrganen(client, this.bestuur, { signal }), view]);
      // A cached answer may arrive after a newer configuration took over.
      if (signal.aborted) return;
      if (!this.view) (this.view = loaded).attach(this);
      this.organen = organen;
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
      const client = this.lmb;
      const [mandaten, mandatarissen, fracties] = await Promise.all([
        loadMandaten(client, body, { signal }),
        loadMandatarissen(client, body, { signal }),
        loadFracties(client, body, { signal }),
      ]);
      if (signal.aborted) return;
      this.mandaten = mandaten;
      this.mandatarissen = mandatarissen;
      this.fracties = fracties;
      for (const mandataris of mandatarissen) {
        const persoon = mandataris.persoon;
        if (!persoon) continue;
        this.personNames.set(persoon.id, persoonName(persoon));
        if (persoon.uri) this.persoonUris.set(persoon.id, persoon.uri);
      }
      this.editing?.refreshDrafts();
      this.bodyPhase = 'ready';
      this.announce(this.t('count', { count: this.visibleRows().length }));
    } catch (error) {
      if (signal.aborted) return;
      this.bodyFailure = this.reportError(error);
      this.bodyPhase = 'error';
    }
  }

  /** "Current" in a past legislature means the composition it ended with. The table sorts them. */
  private visibleRows(): Mandataris[] {
    const today = this.today;
    const end = this.legislatuur?.bindingEinde;
    const current = end && end < today ? (row: Mandataris) => !row.einde || row.einde >= end : (row: Mandataris) => isCurrent(row, today);
    return this.showAll ? this.mandatarissen : this.mandatarissen.filter(current);
  }

  private announce(text: string): void {
    // Re-setting the same text would not be read again; clear first.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render(): TemplateResult {
    return html`<section aria-labelledby="heading">
      <h2 id="heading" part="heading">${this.t('heading')}</h2>
      ${this.phase === 'loading'
        ? html`<p role="status">${this.coreMsg('loading')}</p>`
        : this.phase === 'error'
          ? this.renderError(this.failure, () => void this.loadAll())
          : this.phase === 'no-access'
            ? this.renderNoAccess(this.t('module'), 'mandaten')
            : this.renderReady()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.canEdit && this.editing ? this.editing.renderDialogs() : nothing}
    </section>`;
  }

  private renderReady(): TemplateResult | typeof nothing {
    // Ready means the view's chunk is in (the load awaited it with the bodies).
    return (
      this.view?.renderReady({
        lang: this.uiLang,
        loadingText: this.coreMsg('loading'),
        organen: this.organen,
        orgaan: this.orgaan,
        legislatuur: this.legislatuur,
        showAll: this.showAll,
        bodyPhase: this.bodyPhase,
        rows: this.visibleRows(),
        canEdit: this.canEdit,
        editing: this.editing,
        selectOrgaan: (id) => this.selectOrgaan(id),
        selectLegislatuur: (id) => this.selectLegislatuur(id),
        setShowAll: (showAll) => {
          this.showAll = showAll;
          this.announce(this.t('count', { count: this.visibleRows().length }));
        },
        renderBodyError: () => this.renderError(this.bodyFailure, () => void this.loadBody()),
      }) ?? nothing
    );
  }
}

defineElement('loket-mandate-editor', LoketMandateEditor);

declare global {
  interface HTMLElementTagNameMap {
    'loket-mandate-editor': LoketMandateEditor;
  }
}
