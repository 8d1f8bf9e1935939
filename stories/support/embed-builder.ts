// Storybook's "Embed" page: a webmaster picks a widget and its attributes and copies the snippet.
// The attributes and their descriptions come from custom-elements.json, so the page never drifts
// from the code.
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../src/define.js';

interface Attribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: Attribute[];
}

const COMMON = new Set(['api-base', 'bestuurseenheid']);

export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const widgetsOf = (manifest: Manifest): Declaration[] =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName && declaration.tagName !== 'loket-provider')
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export class LoketEmbedBuilder extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 16px;
      max-width: 760px;
      font: 16px/1.5 system-ui, sans-serif;
      color: #333332;
    }
    fieldset {
      display: grid;
      gap: 10px;
      border: 1px solid #cfd5dd;
      padding: 12px 16px;
    }
    label {
      display: grid;
      gap: 2px;
      font-weight: 600;
    }
    label.check {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    small {
      font-weight: 400;
      color: #5d6670;
    }
    input,
    select {
      font: inherit;
      padding: 6px;
      border: 1px solid #687483;
    }
    pre {
      margin: 0;
      padding: 12px;
      overflow: auto;
      background: #f3f5f6;
      border: 1px solid #cfd5dd;
      white-space: pre-wrap;
    }
    button {
      justify-self: start;
      padding: 8px 14px;
      font: inherit;
      color: #fff;
      background: #0055cc;
      border: 0;
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid #ffe615;
      box-shadow: 0 0 0 5px #333332;
    }
  `;

  /** custom-elements.json (the story passes it in). */
  @property({ attribute: false }) manifest: Manifest = { modules: [] };

  @state() private chosen = '';
  @state() private apiBase = 'https://loket.lokaalbestuur.vlaanderen.be';
  @state() private scriptUrl = 'https://YOUR-CDN/loket-elements/dist/cdn/loket-elements.js';
  @state() private language = 'nl';
  @state() private values: Record<string, string | boolean> = {};
  @state() private copied = '';

  private get widgets(): Declaration[] {
    return widgetsOf(this.manifest);
  }

  private get tag(): string {
    return this.chosen || this.widgets[0]?.tagName || '';
  }

  private get widget(): Declaration | undefined {
    return this.widgets.find((widget) => widget.tagName === this.tag);
  }

  private get ownAttributes(): Attribute[] {
    return (this.widget?.attributes ?? []).filter((attribute) => !COMMON.has(attribute.name));
  }

  get snippet(): string {
    const attributes = [`api-base="${escapeAttribute(this.apiBase)}"`];
    if (this.language !== 'nl') attributes.push(`lang="${this.language}"`);
    for (const attribute of this.ownAttributes) {
      const value = this.values[attribute.name];
      if (value === true) attributes.push(attribute.name);
      else if (typeof value === 'string' && value.trim() !== '') attributes.push(`${attribute.name}="${escapeAttribute(value.trim())}"`);
    }
    return `<script type="module" src="${escapeAttribute(this.scriptUrl)}"></script>\n<${this.tag}\n  ${attributes.join('\n  ')}\n></${this.tag}>`;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copied = 'Gekopieerd.';
    } catch {
      this.copied = 'Kopiëren lukte niet: selecteer de code en kopieer ze zelf.';
    }
  }

  private renderAttribute(attribute: Attribute) {
    const isBoolean = attribute.type?.text === 'boolean';
    const help = attribute.description ? html`<small>${attribute.description}</small>` : '';
    if (isBoolean) {
      return html`<label class="check"
        ><input
          type="checkbox"
          .checked=${this.values[attribute.name] === true}
          @change=${(event: Event) => (this.values = { ...this.values, [attribute.name]: (event.target as HTMLInputElement).checked })}
        />${attribute.name} ${help}</label
      >`;
    }
    return html`<label
      >${attribute.name} ${help}
      <input
        .value=${String(this.values[attribute.name] ?? '')}
        placeholder=${attribute.default ? `standaard: ${attribute.default.replace(/'/g, '')}` : ''}
        @input=${(event: Event) => (this.values = { ...this.values, [attribute.name]: (event.target as HTMLInputElement).value })}
    /></label>`;
  }

  protected override render() {
    return html`
      <fieldset>
        <legend>Widget</legend>
        <label
          >Welke widget?
          <select @change=${(event: Event) => ((this.chosen = (event.target as HTMLSelectElement).value), (this.values = {}))}>
            ${this.widgets.map((widget) => html`<option .value=${widget.tagName!} ?selected=${widget.tagName === this.tag}>${widget.tagName}</option>`)}
          </select>
        </label>
        ${this.widget?.description ? html`<small>${this.widget.description.split('\n')[0]}</small>` : ''}
      </fieldset>
      <fieldset>
        <legend>Voor elke widget</legend>
        <label>Adres van het script <input .value=${this.scriptUrl} @input=${(event: Event) => (this.scriptUrl = (event.target as HTMLInputElement).value)} /></label>
        <label>api-base <small>adres van de Loket-API</small><input .value=${this.apiBase} @input=${(event: Event) => (this.apiBase = (event.target as HTMLInputElement).value)} /></label>
        <label
          >Taal
          <select @change=${(event: Event) => (this.language = (event.target as HTMLSelectElement).value)}>
            ${['nl', 'fr', 'de', 'en'].map((lang) => html`<option ?selected=${lang === this.language}>${lang}</option>`)}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Eigenschappen van ${this.tag}</legend>
        ${this.ownAttributes.map((attribute) => this.renderAttribute(attribute))}
      </fieldset>
      <pre aria-label="Code om te plakken"><code>${this.snippet}</code></pre>
      <button type="button" @click=${this.copy}>Kopiëren</button>
      <p role="status">${this.copied}</p>
    `;
  }
}

defineElement('loket-embed-builder', LoketEmbedBuilder);
