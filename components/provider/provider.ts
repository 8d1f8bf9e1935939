import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { consume, provide } from '@lit/context';
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

  /** Root URL of the Loket API. */
  @property({ attribute: 'api-base' }) apiBase?: string;

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

  protected override willUpdate(): void {
    const own: LoketConfig = {
      apiBase: this.apiBase,
      bestuurseenheid: this.bestuurseenheid,
      timeout: this.timeout,
      fetch: this.fetch,
      tokenProvider: this.tokenProvider,
    };
    const inherited = { ...this.outerConfig };
    for (const [key, value] of Object.entries(own)) if (value !== undefined) Object.assign(inherited, { [key]: value });
    this.providedConfig = inherited;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

defineElement('loket-provider', LoketProvider);

declare global {
  interface HTMLElementTagNameMap {
    'loket-provider': LoketProvider;
  }
}
