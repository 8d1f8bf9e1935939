// A minimal widget built on the shared base, used to test the base pieces through a real element.
import { css, html } from 'lit';
import { LoketElement } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { sharedStyles, themeTokens } from '../../src/theme.js';
import type { Catalog } from '../../src/i18n/translate.js';
import type { LoketApp } from '../../src/config.js';
import type { Module } from '../../src/access.js';

declare module '../../src/events.js' {
  interface LoketEvents {
    'loket-probe': { value: number };
  }
}

export const probeMessages = {
  nl: { greeting: 'Welkom', items: { zero: 'Geen dossiers', one: '{count} dossier', other: '{count} dossiers' } },
  fr: { greeting: 'Bienvenue', items: { zero: 'Aucun dossier', one: '{count} dossier', other: '{count} dossiers' } },
  de: { greeting: 'Willkommen', items: { zero: 'Keine Akten', one: '{count} Akte', other: '{count} Akten' } },
  en: { greeting: 'Welcome' },
} satisfies Catalog<'greeting' | 'items'>;

export class LoketProbe extends LoketElement {
  static override styles = [themeTokens, sharedStyles, css``];
  count = 0;

  fire(value: number, cancelable = false): boolean {
    return this.emit('loket-probe', { value }, { cancelable });
  }

  failure?: unknown;
  retried = 0;

  fail(error: unknown) {
    this.failure = this.reportError(error);
    this.requestUpdate();
  }

  get sharedClient() {
    return this.client;
  }

  appClient(app: LoketApp) {
    return this.clientOf(app);
  }

  access(module: Module, app?: LoketApp) {
    return this.mayUse(module, app);
  }

  noAccess?: Module;

  bestuurseenheidId(): Promise<string> {
    return this.resolveBestuurseenheid();
  }

  get signal(): AbortSignal {
    return this.connectionSignal;
  }

  protected override render() {
    return html`<p class="greeting">${this.msgFrom(probeMessages, 'greeting')}</p>
      <p class="items">${this.msgFrom(probeMessages, 'items', { count: this.count })}</p>
      <button type="button">${this.coreMsg('retry')}</button>
      ${this.failure ? this.renderError(this.failure, () => this.retried++) : ''}
      ${this.noAccess ? this.renderNoAccess('de berichten', this.noAccess) : ''}`;
  }
}

defineElement('loket-probe', LoketProbe);

declare global {
  interface HTMLElementTagNameMap {
    'loket-probe': LoketProbe;
  }
}
