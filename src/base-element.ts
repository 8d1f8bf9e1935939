import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextEvent } from '@lit/context';
import { apiRootOf, getGlobalConfig, mergeConfig, onConfigChange, type FetchLike, type LoketApp, type ResolvedConfig, type TokenProvider } from './config.js';
import { loketConfigContext } from './context.js';
import type { LoketConfig } from './config.js';
import { emit, type EmitOptions, type LoketEventName, type LoketEvents } from './events.js';
import { LocaleController } from './i18n/locale-controller.js';
import { loadLanguage, translate, type Catalog, type KeyOf, type Params } from './i18n/translate.js';
import { coreMessages, type CoreMessageKey } from './i18n/core.messages.js';
import type { Lang } from './i18n/lang.js';
import type { LoketClient } from './api/client.js';
import { LoketError, isLoketError } from './api/errors.js';
import { getSession } from './api/session.js';
import { errorMessages } from './api/errors.messages.js';
import { clientFor } from './client-registry.js';
import { MODULE_ROLES, mayUse, type Module } from './access.js';

/**
 * Internal reactive state (`@state()` without the decorator): `static properties = { ...states('a', 'b') }`.
 * Kept apart from the public properties so the manifest analyzer does not list them as attributes.
 */
export function states(...names: string[]): PropertyDeclarations {
  return Object.fromEntries(names.map((name) => [name, { state: true }]));
}

/**
 * What every Loket widget shares: configuration (attributes > provider > `configure()`), the UI
 * language, translation, typed events and a signal that aborts work when the widget leaves the page.
 */
export class LoketElement extends LitElement {
  /**
   * The message catalogs this widget renders from. Lazily loaded languages of these catalogs are
   * fetched before an update renders, so a French page never flashes Dutch text.
   */
  static catalogs: Catalog[] = [];

  /**
   * The catalogs of the chunks this widget has loaded on demand (a view that came with its data):
   * like `catalogs`, their current language is fetched before an update renders.
   */
  protected get chunkCatalogs(): readonly (Catalog | undefined)[] {
    return [];
  }

  // `static properties` rather than decorators: the decorator helpers cost every widget bundle
  // about 0.4 KB min+gzip, and the two forms declare the same reactive properties.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base', reflect: true },
    mandatesApiBase: { attribute: 'mandates-api-base' },
    subsidiesApiBase: { attribute: 'subsidies-api-base' },
    contactApiBase: { attribute: 'contact-api-base' },
    bestuurseenheid: { reflect: true },
    fetch: { attribute: false },
    tokenProvider: { attribute: false },
    ...states('providerConfig'),
  };

  /** Root URL of the Loket app's API, on the page's own origin (e.g. `/loket-api`). */
  apiBase?: string;

  /** Root URL of Lokaal Mandatenbeheer's API (e.g. `/lmb-api`); default `api-base`. */
  mandatesApiBase?: string;

  /** Root URL of Subsidiepunt's API (e.g. `/subsidiepunt-api`); default `api-base`. */
  subsidiesApiBase?: string;

  /** Root URL of the Contactgegevens app's API; default `api-base`. */
  contactApiBase?: string;

  /** Id of the bestuurseenheid; default: the session's group. */
  bestuurseenheid?: string;

  /** Transport override (a host's fetch, or the fake Loket in demos and tests). */
  fetch?: FetchLike;

  /** For hosts that front the API with bearer tokens. */
  tokenProvider?: TokenProvider;

  /** The nearest `<loket-provider>`'s configuration, kept current through the context protocol. */
  protected providerConfig?: LoketConfig;
  #unsubscribeProvider?: () => void;

  readonly #locale = new LocaleController(this);
  #connection = new AbortController();
  #unsubscribeConfig?: () => void;

  /** The UI language, from the nearest `[lang]`; Dutch by default. */
  get uiLang(): Lang {
    return this.#locale.lang;
  }

  /** The configuration in force for this widget. */
  get config(): ResolvedConfig {
    return mergeConfig(getGlobalConfig(), this.providerConfig, {
      apiBase: this.apiBase,
      mandatesApiBase: this.mandatesApiBase,
      subsidiesApiBase: this.subsidiesApiBase,
      contactApiBase: this.contactApiBase,
      bestuurseenheid: this.bestuurseenheid,
      fetch: this.fetch,
      tokenProvider: this.tokenProvider,
    });
  }

  /** The Loket client for this widget's configuration (shared with widgets configured alike). */
  protected get client(): LoketClient {
    return clientFor(this.config);
  }

  /** The client of one app of the Loket family (its own root and session). */
  protected clientOf(app: LoketApp): LoketClient {
    const config = this.config;
    return clientFor({ ...config, apiBase: apiRootOf(config, app) });
  }

  /** The bestuurseenheid to show: the configured one, else the session's group. */
  protected async resolveBestuurseenheid(signal?: AbortSignal): Promise<string> {
    const configured = this.config.bestuurseenheid;
    if (configured) return configured;
    return (await getSession(this.client, { signal })).groupId;
  }

  /** Roles of the current session (empty when there is none). */
  protected async sessionRoles(signal?: AbortSignal): Promise<readonly string[]> {
    return (await getSession(this.client, { signal })).roles;
  }

  /**
   * Whether the session of `app` may use `module` (see src/access.ts): a widget asks this before
   * it reads, because without the role the apps answer with empty lists, not a refusal.
   */
  protected async mayUse(module: Module, app: LoketApp = 'loket', signal?: AbortSignal): Promise<boolean> {
    return mayUse(await getSession(this.clientOf(app), { signal }), module);
  }

  /**
   * The shared "no access" state: what the widget would show, and the role the host's
   * administrator grants for it. A status, not an alert: nothing failed. `part="no-access"`.
   */
  protected renderNoAccess(module: string, moduleKey: Module): TemplateResult {
    return html`<p class="notice" role="status" part="no-access">${this.coreMsg('noAccess', { module, role: MODULE_ROLES[moduleKey].join(' / ') })}</p>`;
  }

  /**
   * Tells the host that a request failed (`loket-error`), unless it was aborted on purpose.
   * Returns the error as a LoketError for the widget to show.
   */
  protected reportError(error: unknown): LoketError {
    const loketError = isLoketError(error)
      ? error
      : new LoketError('bad-response', { message: error instanceof Error ? error.message : String(error), cause: error });
    if (loketError.kind !== 'aborted') this.emit('loket-error', { error: loketError });
    return loketError;
  }

  /**
   * The shared error state: a translated message in an alert and a way on (retry, which asks the
   * Loket afresh; after an expired session the user is told to sign in again). `part="error"` lets hosts restyle it.
   */
  protected renderError(error: unknown, retry: () => void): TemplateResult {
    const message = isLoketError(error) ? error.userMessage(this.uiLang) : this.coreMsg('errorTitle');
    return html`<div class="alert" role="alert" part="error">
      <span>${message}</span>
      <button type="button" class="secondary" @click=${() => {
          this.client.refresh();
          retry();
        }}>${this.coreMsg('retry')}</button>
    </div>`;
  }

  /** Aborted when the widget is removed from the page; pass it (or combine it) into every request. */
  protected get connectionSignal(): AbortSignal {
    return this.#connection.signal;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
    this.#unsubscribeConfig = onConfigChange(() => this.requestUpdate());
    this.#requestProviderConfig();
  }

  /**
   * Asks the nearest provider for its configuration and stays subscribed, as @lit/context's
   * ContextConsumer does, in a few lines instead of its controller (-0.3 KB per widget bundle).
   * A provider that appears later answers through the ContextRoot the provider module attaches.
   */
  #requestProviderConfig(): void {
    this.dispatchEvent(
      new ContextEvent(
        loketConfigContext,
        this,
        (value, unsubscribe) => {
          // A different provider now answers (the element moved, or a nearer one appeared).
          if (this.#unsubscribeProvider && this.#unsubscribeProvider !== unsubscribe) this.#unsubscribeProvider();
          this.#unsubscribeProvider = unsubscribe;
          this.providerConfig = value;
        },
        true,
      ),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection.abort();
    this.#unsubscribeConfig?.();
    this.#unsubscribeProvider?.();
    this.#unsubscribeProvider = undefined;
  }

  /** Waits, when it must, for the current language of the widget's catalogs before rendering. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const catalogs = [coreMessages, errorMessages, ...(this.constructor as typeof LoketElement).catalogs, ...this.chunkCatalogs];
    const loads = catalogs.map((catalog) => catalog && loadLanguage(catalog, this.uiLang)).filter((load) => load !== undefined);
    if (loads.length === 0) return super.scheduleUpdate();
    return Promise.all(loads).then(() => super.scheduleUpdate());
  }

  /** Translates a shared string (retry, loading, …). */
  protected coreMsg(key: CoreMessageKey, params?: Params): string {
    return translate(coreMessages, this.uiLang, key, params);
  }

  /** Translates from a widget's own catalog in the current UI language. */
  protected msgFrom<C extends Catalog>(catalog: C, key: KeyOf<C>, params?: Params): string {
    // A catalog not declared in `static catalogs`: show Dutch now, the right language once loaded.
    loadLanguage(catalog, this.uiLang)?.then(() => this.requestUpdate());
    return translate(catalog, this.uiLang, key, params);
  }

  /** Fires a typed, bubbling, composed `loket-*` event. Returns false if the host cancelled it. */
  protected emit<K extends LoketEventName>(name: K, detail: LoketEvents[K], options?: EmitOptions): boolean {
    return emit(this, name, detail, options);
  }
}
