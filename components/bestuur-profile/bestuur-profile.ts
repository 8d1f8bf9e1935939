import { onDemand } from '../../src/on-demand.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { baseStyles, skeletonStyles, themeTokens } from '../../src/theme.js';
import { mayUse, type Module } from '../../src/access.js';
import { LoketError, isLoketError } from '../../src/api/errors.js';
import { formatCalendarDate } from '../../src/api/dates.js';
import { getSession } from '../../src/api/session.js';
import type { LoketApp } from '../../src/config.js';
import { loadBestuur, loadBodies } from '../../src/profile/loket.js';
import type { Bestuur, Body, Organisation, Site } from '../../src/profile/model.js';
import type { CorrectionRequest } from '../../src/profile/correction.js';
import { profileMessages, type ProfileMessageKey } from './bestuur-profile.messages.js';
import { profileStyles } from './bestuur-profile.styles.js';
import { SECTIONS, section, skeleton, type Part, type SectionName, type ViewContext } from './sections.js';
import { viewChunk, type View } from './view-chunk.js';
import type { ProfileEditing } from './editors.js';
import { preferenceDraftWaits } from './drafts.js';

export type { CorrectionRequest } from '../../src/profile/correction.js';

/** `loket-correction-request`: what the user reported; cancel it to take the request over. */
export type CorrectionRequestDetail = CorrectionRequest;

export interface PreferenceSaveDetail {
  bestuurseenheid: string;
  wilMailOntvangen: boolean;
  mailAdres: string;
}

declare module '../../src/events.js' {
  interface LoketEvents {
    'loket-correction-request': CorrectionRequestDetail;
    'loket-preference-save': PreferenceSaveDetail;
  }
}

type Section = 'core' | 'organisation' | 'contacts' | 'bodies' | 'counts' | 'preference';

interface Parts {
  /** The bestuurseenheid could not be resolved (no session and none configured): nothing can load. */
  top?: LoketError;
  core: Part<Bestuur>;
  organisation: Part<Organisation>;
  /** Access to the KBO and OVO numbers (the Contactgegevens role). */
  identifiers: Part<true>;
  contacts: Part<Site[]>;
  bodies: Part<Body[]>;
  /** Current mandataries by body in time id. */
  counts: Part<Record<string, number>>;
  /** Access to the e-mail preference (the berichten role); the values are on `core`. */
  preference: Part<true>;
}

/** Code loaded on demand fails, offline, as the network does (and the section's retry loads it again). */
const PART = 'part of the bestuur profile';

const SECTION_TITLES: Record<SectionName, ProfileMessageKey> = {
  core: 'sectionCore',
  contact: 'sectionContact',
  bodies: 'sectionBodies',
  preference: 'sectionPreference',
};

const loading = { status: 'loading' } as const;
const off = { status: 'off' } as const;

/**
 * What the government holds about the bestuur, in one place: its core data (Loket, and status, KBO
 * and OVO from the Contactgegevens app), its sites with addresses and contact points (the
 * Contactgegevens app when `contact-api-base` is set, else the Loket's own contact points), its
 * bodies with their current period (Loket) and current number of mandataries (Lokaal
 * Mandatenbeheer, when `mandates-api-base` is set), and the berichtencentrum's e-mail notification
 * preference, which a user with the berichten role can change. Each value says where it comes from;
 * each can be reported as wrong. Sections a user may not see say so, on their own.
 *
 * @fires loket-correction-request - Cancelable. `{ field, label, oldValue, proposedValue, comment, bestuurseenheid, source }`
 *   when the user reports a field as wrong; cancel it to handle the request yourself. Otherwise the
 *   widget POSTs it as JSON to `correction-url`, or, without one, prepares an e-mail.
 * @fires loket-preference-save - `{ bestuurseenheid, wilMailOntvangen, mailAdres }` once the Loket kept a changed preference.
 * @fires loket-error - A read or a write failed.
 * @csspart profile - The whole profile.
 * @csspart title - The bestuur's name on top.
 * @csspart section - Each section (with `core`, `contact`, `bodies` or `preference`).
 * @csspart field - One value with its label, source and correction button.
 * @csspart source - Where a value comes from.
 * @csspart correction-button - "Is iets niet juist?".
 * @csspart correction-form - The correction form.
 * @csspart correction-mail - The link that opens the prepared e-mail (without `correction-url`).
 * @csspart sites - The list of sites.
 * @csspart site - One site.
 * @csspart primary - The "primary site" badge.
 * @csspart contact-point - One contact point of a site.
 * @csspart map-link - The link to the address in the address register.
 * @csspart website - A contact point's website.
 * @csspart bodies - The list of bodies.
 * @csspart body - One body.
 * @csspart count - A body's number of current mandataries.
 * @csspart preference - The notification preference as text.
 * @csspart edit-preference - Its "Wijzigen" button.
 * @csspart preference-form - The preference form.
 * @csspart draft-restored - The note that an unsaved change was put back.
 * @csspart empty - "None known" in a section.
 * @csspart loading - A section's placeholder while it loads.
 * @csspart no-access - A section the user may not see.
 * @csspart error - A section's error with its retry button.
 * @cssprop --loket-profile-columns-min - Width from which the sections sit in two columns, 720px (container width).
 */
export class LoketBestuurProfile extends LoketElement {
  static override styles = [themeTokens, baseStyles, skeletonStyles, profileStyles];
  static override catalogs = [profileMessages];

  static override properties = {
    correctionUrl: { attribute: 'correction-url' },
    correctionEmail: { attribute: 'correction-email' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: { attribute: false },
    ...states('parts', 'announcement'),
  };

  /**
   * Where corrections go when no listener cancels `loket-correction-request`: an http(s) endpoint
   * of the host that takes a JSON POST of the request (a ticket system, a form handler).
   */
  correctionUrl?: string;

  /** Without `correction-url`, the address the prepared e-mail goes to (default LoketLokaalBestuur@vlaanderen.be). */
  correctionEmail?: string;

  /** Level of the bestuur's name as a heading (1–5, default 2); the sections are one level below. */
  headingLevel = 2;

  /** The day "current" is measured on (periods, mandataries); default now. */
  now?: Date;

  private parts: Parts = this.#initialParts();
  private announcement = '';

  #id = '';
  #account = '';
  #run = 0;
  #setupKey: unknown[] = [];
  #organisationRead?: Promise<Organisation>;
  #restoreTried = false;
  /** The rendering of the loaded sections (view.ts), fetched with the first reads. */
  #view?: View;
  /** The sites' rendering, loaded with the contact data (only users with its role see it). */
  #contactsView?: typeof import('./contacts-view.js');
  /** The forms, once a user has opened one (see editors.ts). */
  #editing?: ProfileEditing;

  /** Reads everything again. */
  reload(): void {
    this.#setupKey = [];
    this.requestUpdate();
  }

  #initialParts(): Parts {
    const config = this.config;
    return {
      core: loading,
      organisation: config.contactApiBase ? loading : off,
      identifiers: config.contactApiBase ? loading : off,
      contacts: loading,
      bodies: loading,
      // Counted once the bodies are known (and only with `mandates-api-base`).
      counts: off,
      preference: loading,
    };
  }

  #msg(key: ProfileMessageKey): string {
    return this.msgFrom(profileMessages, key);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.config;
    const key = [config.apiBase, config.contactApiBase, config.mandatesApiBase, config.bestuurseenheid, config.fetch, config.tokenProvider, config.timeout];
    if (this.isConnected && (key.length !== this.#setupKey.length || key.some((value, index) => value !== this.#setupKey[index]))) {
      this.#setupKey = key;
      void this.#start();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Connecting again reads again (the connection's signal aborted what was in flight).
    this.#setupKey = [];
  }

  #set<K extends keyof Parts>(key: K, part: Parts[K]): void {
    this.parts = { ...this.parts, [key]: part };
  }


  async #start(): Promise<void> {
    const run = ++this.#run;
    this.#organisationRead = undefined;
    this.#restoreTried = false;
    this.#editing?.reset();
    this.parts = this.#initialParts();
    this.#loadView(run);
    try {
      this.#id = await this.resolveBestuurseenheid(this.connectionSignal);
    } catch (error) {
      if (run === this.#run && !this.connectionSignal.aborted) this.parts = { ...this.parts, top: this.reportError(error) };
      return;
    }
    if (run !== this.#run) return;
    for (const section of ['core', 'organisation', 'contacts', 'bodies', 'preference'] as const) void this.#load(section, run);
  }

  /**
   * The view chunk with its styles and its texts in the page's language, fetched alongside the
   * first reads, not after them. Offline, the profile shows the network error; its retry reads
   * again and fetches the chunk again.
   */
  #loadView(run: number): void {
    if (this.#view) return;
    onDemand(viewChunk.load(), PART).then(
      async (view) => {
        await view.attach(this, this.uiLang);
        this.#view = view;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (run === this.#run && !this.connectionSignal.aborted) this.#set('top', this.reportError(error));
      },
    );
  }

  /** A change of language waits for the view's texts too, so the sections never flash in Dutch. */
  protected override get chunkCatalogs() {
    return [this.#view?.viewMessages];
  }

  /** Whether this session may see a module's data of the bestuur shown: its role, in its own bestuur's graph. */
  async #access(app: LoketApp, module: Module): Promise<'ready' | 'no-access' | 'own-only'> {
    let session;
    try {
      session = await getSession(this.clientOf(app), { signal: this.connectionSignal });
    } catch (error) {
      // Not signed in (in this app): the data is not for this visitor, which is no failure.
      if (isLoketError(error) && error.kind === 'unauthorized') return 'no-access';
      throw error;
    }
    if (app === 'loket') this.#account = session.accountId;
    if (!mayUse(session, module)) return 'no-access';
    return session.groupId === this.#id ? 'ready' : 'own-only';
  }

  /** The Contactgegevens app's reads: a mode of its own (`contact-api-base`), so a chunk of its own. */
  #contactgegevens(): Promise<typeof import('../../src/profile/contactgegevens.js')> {
    return onDemand(import('../../src/profile/contactgegevens.js'), PART);
  }

  #organisation(): Promise<Organisation> {
    this.#organisationRead ??= this.#contactgegevens().then(({ loadOrganisation }) =>
      loadOrganisation(this.clientOf('contact'), this.#id, { signal: this.connectionSignal, lang: this.uiLang }),
    );
    this.#organisationRead.catch(() => (this.#organisationRead = undefined));
    return this.#organisationRead;
  }

  /** Loads one section into `parts`; a failure stays in that section. */
  async #load(section: Section, run = this.#run): Promise<void> {
    const signal = this.connectionSignal;
    const options = { signal, lang: this.uiLang };
    const hasContactApp = !!this.config.contactApiBase;
    const guard = async <K extends keyof Parts>(key: K, work: () => Promise<Parts[K]>): Promise<void> => {
      this.#set(key, loading as Parts[K]);
      try {
        const part = await work();
        if (run === this.#run) this.#set(key, part);
      } catch (error) {
        if (run !== this.#run || signal.aborted) return;
        this.#set(key, { status: 'error', error: this.reportError(error) } as Parts[K]);
      }
    };
    switch (section) {
      case 'core':
        await guard('core', async () => ({ status: 'ready', data: await loadBestuur(this.client, this.#id, options) }));
        if (run === this.#run) this.#restorePreferenceDraft();
        return;
      case 'organisation':
        if (!hasContactApp) return;
        await Promise.all([
          guard('organisation', async () => ({ status: 'ready', data: await this.#organisation() })),
          guard('identifiers', async () => ({ status: await this.#access('contact', 'contactgegevens') })),
        ]);
        return;
      case 'contacts':
        return guard('contacts', async () => {
          const module = hasContactApp ? 'contactgegevens' : 'leidinggevenden';
          const access = await this.#access(hasContactApp ? 'contact' : 'loket', module);
          if (access !== 'ready') return { status: access };
          const [view, sites] = await Promise.all([
            onDemand(import('./contacts-view.js'), PART).then(async (view) => (await view.ready(this, this.uiLang), view)),
            hasContactApp
              ? this.#contactgegevens().then(async ({ loadSites }) => loadSites(this.clientOf('contact'), this.#id, (await this.#organisation()).primarySiteId, options))
              : onDemand(import('../../src/profile/loket-contacts.js'), PART).then(({ loadContactinfo }) => loadContactinfo(this.client, this.#id, options)),
          ]);
          this.#contactsView = view;
          return { status: 'ready', data: sites };
        });
      case 'bodies':
        await guard('bodies', async () => ({ status: 'ready', data: await loadBodies(this.client, this.#id, formatCalendarDate(this.now ?? new Date()), options) }));
        if (run === this.#run && this.parts.bodies.status === 'ready' && this.config.mandatesApiBase) await this.#load('counts', run);
        return;
      case 'counts': {
        const bodies = this.parts.bodies.data ?? [];
        return guard('counts', async () => {
          const access = await this.#access('mandates', 'mandaten');
          if (access !== 'ready') return { status: access };
          const client = this.clientOf('mandates');
          const now = this.now ?? new Date();
          // Lokaal Mandatenbeheer is a mode of its own (`mandates-api-base`): its code is a chunk.
          const { countCurrentMandatarissen } = await onDemand(import('../../src/profile/mandates.js'), PART);
          const entries = await Promise.all(
            bodies
              .map((body) => body.current?.id)
              .filter((id): id is string => !!id)
              .map(async (id) => [id, await countCurrentMandatarissen(client, id, now, options)] as const),
          );
          return { status: 'ready', data: Object.fromEntries(entries) };
        });
      }
      case 'preference':
        await guard('preference', async () => ({ status: await this.#access('loket', 'berichten') }));
        if (run === this.#run) this.#restorePreferenceDraft();
        return;
    }
  }

  #retry(section: Section): () => void {
    return () => {
      // The shared error state refreshed the Loket's client; the other apps' reads start afresh too.
      for (const app of ['contact', 'mandates'] as const) this.clientOf(app).refresh();
      if (section === 'organisation') this.#organisationRead = undefined;
      void this.#load(section);
    };
  }

  /** The editors (preference form, correction form) are code for a user's action: a chunk of their own. */
  async #withEditing(use: (editing: ProfileEditing) => void | Promise<void>): Promise<void> {
    try {
      const editors = await onDemand(import('./editors.js'), PART);
      await editors.ready(this.uiLang);
      // What the forms need that is not public: the rest they read from the element itself.
      this.#editing ??= new editors.ProfileEditing(this, {
        client: () => this.client,
        signal: () => this.connectionSignal,
        reportError: (error) => this.reportError(error),
        emit: (name, detail, options) => this.emit(name, detail, options),
        announce: (text) => this.#announce(text),
        bestuurseenheid: () => this.#id,
        account: () => this.#account,
        bestuur: () => this.parts.core.data,
        updateBestuur: (data) => this.#set('core', { status: 'ready', data }),
      });
    } catch (error) {
      this.reportError(error);
      return;
    }
    await use(this.#editing);
  }

  #announce(text: string): void {
    // Cleared first, so the same text twice is announced twice.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  /** An unsaved preference of this user and bestuur reopens the form with it, once core data and access are known. */
  #restorePreferenceDraft(): void {
    const { core, preference } = this.parts;
    if (this.#restoreTried || core.status !== 'ready' || preference.status !== 'ready' || !this.#account) return;
    this.#restoreTried = true;
    if (preferenceDraftWaits(this.#account, this.#id)) void this.#withEditing((editing) => editing.editPreference());
  }

  #context(): ViewContext {
    const level = Number.isInteger(this.headingLevel) ? Math.min(5, Math.max(1, this.headingLevel)) : 2;
    return {
      lang: this.uiLang,
      title: (name) => this.#msg(SECTION_TITLES[name]),
      level,
      correcting: this.#editing?.correcting,
      correction: () => this.#editing?.correctionForm() ?? nothing,
      openCorrection: (ref, button) => void this.#withEditing((editing) => editing.toggleCorrection(ref, button)),
      noAccess: (label, module) => this.renderNoAccess(label, module),
      error: (error, retry) => this.renderError(error, retry),
      retry: (section) => this.#retry(section),
    };
  }

  protected override render(): TemplateResult {
    const { parts } = this;
    // A language chosen after the contact section loaded: its texts follow.
    this.#contactsView?.ready(this, this.uiLang)?.then(() => this.requestUpdate());
    const context = this.#context();
    const view = this.#view;
    // Until the view chunk is in, every section shows as loading; a failure of the whole profile
    // (no bestuur known) shows no sections, so nothing is busy then.
    const busy = !parts.top && (!view || Object.values(parts).some((part) => (part as Part<unknown> | undefined)?.status === 'loading'));
    const sections = view
      ? [
          view.renderCore(context, parts.core, parts.organisation, parts.identifiers),
          view.renderBodies(context, parts.bodies, parts.counts),
          view.renderPreference(context, parts.preference, parts.core, this.#editing?.preferenceForm(), () => void this.#withEditing((editing) => editing.editPreference())),
          view.renderContacts(context, parts.contacts, this.config.contactApiBase ? 'contactgegevens' : 'leidinggevenden', this.#contactsView && ((sites) => this.#contactsView!.renderSites(context, sites))),
        ]
      : SECTIONS.map((name) => section(context, name, skeleton()));
    return html`<article class="profile" part="profile" aria-busy=${busy ? 'true' : 'false'} aria-labelledby="profile-title">
      <div role="heading" aria-level=${context.level} class="title" part="title" id="profile-title">${parts.core.data?.naam ?? this.coreMsg('loading')}</div>
      ${parts.top
        ? this.renderError(parts.top, () => this.reload())
        : html`<div class="sections">${sections}</div>`}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </article>`;
  }
}

defineElement('loket-bestuur-profile', LoketBestuurProfile);

declare global {
  interface HTMLElementTagNameMap {
    'loket-bestuur-profile': LoketBestuurProfile;
  }
}
