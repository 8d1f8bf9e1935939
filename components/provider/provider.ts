import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextRoot, consume, provide } from '@lit/context';
import { loketConfigContext } from '../../src/context.js';
import type { FetchLike, LoketConfig, TokenProvider } from '../../src/config.js';
import { defineElement } from '../../src/define.js';

/**
 * Hands configuration to every Loket widget inside it, so a page sets the API root, the
 * bestuurseenheid or a token provider once. Nested providers refine their outer provider.
 * A widget's own attributes still win over the provider.
 *
 * @slot - The widgets (and any other content).
 */
export class LoketProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Root URL of the Loket app's API, on the page's own origin (e.g. `/loket-api`). */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Root URL of Lokaal Mandatenbeheer's API (e.g. `/lmb-api`); default `api-base`. */
  @property({ attribute: 'mandates-api-base' }) mandatesApiBase?: string;

  /** Root URL of Subsidiepunt's API (e.g. `/subsidiepunt-api`); default `api-base`. */
  @property({ attribute: 'subsidies-api-base' }) subsidiesApiBase?: string;

  /** Root URL of the Contactgegevens app's API; default `api-base`. */
  @property({ attribute: 'contact-api-base' }) contactApiBase?: string;

  /** Id of the bestuurseenheid for the widgets inside. */
  @property() bestuurseenheid?: string;

  /** Request timeout in milliseconds. */
  @property({ type: Number }) timeout?: number;

  /** Transport override for every widget inside. */
  @property({ attribute: false }) fetch?: FetchLike;

  /** Bearer-token provider for every widget inside. */
  @property({ attribute: false }) tokenProvider?: TokenProvider;

  @consume({ context: loketConfigContext, subscribe: true })
  private outerConfig?: LoketConfig;

  @provide({ context: loketConfigContext })
  protected providedConfig: LoketConfig = {};

  override connectedCallback(): void {
    // Widgets inside connect right after this element, before its first update: hand them the
    // configuration now, or their first requests would go out without it.
    super.connectedCallback();
    this.provideConfig();
  }

  protected override willUpdate(): void {
    this.provideConfig();
  }

  private provideConfig(): void {
    const own: LoketConfig = {
      apiBase: this.apiBase,
      mandatesApiBase: this.mandatesApiBase,
      subsidiesApiBase: this.subsidiesApiBase,
      contactApiBase: this.contactApiBase,
      bestuurseenheid: this.bestuurseenheid,
      timeout: this.timeout,
      fetch: this.fetch,
      tokenProvider: this.tokenProvider,
    };
    const inherited = { ...this.outerConfig };
    for (const [key, value] of Object.entries(own)) if (value !== undefined) Object.assign(inherited, { [key]: value });
    const current = this.providedConfig as Record<string, unknown>;
    const keys = new Set([...Object.keys(current), ...Object.keys(inherited)]);
    // A new object notifies every widget inside; only send one when something changed.
    if ([...keys].some((key) => current[key] !== (inherited as Record<string, unknown>)[key])) this.providedConfig = inherited;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

// Widgets registered before the provider (separate bundles, any load order) find it once it
// upgrades: the context root replays their unanswered requests.
if (defineElement('loket-provider', LoketProvider)) new ContextRoot().attach(document.documentElement);

declare global {
  interface HTMLElementTagNameMap {
    'loket-provider': LoketProvider;
  }
}
