/**
 * What the profile does on a user's action, loaded on first use (a reader never downloads it): the
 * e-mail preference form with its validation, draft and verified save, and the correction form
 * with its three ways out (the host's listener, `correction-url`, an e-mail).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { addStyles } from '../../src/add-styles.js';
import type { LoketClient } from '../../src/api/client.js';
import type { LoketError } from '../../src/api/errors.js';
import type { FetchLike } from '../../src/config.js';
import type { EmitOptions, LoketEventName, LoketEvents } from '../../src/events.js';
import { DraftStore } from '../../src/drafts.js';
import type { Lang } from '../../src/i18n/lang.js';
import { loadLanguage, translate, type Params } from '../../src/i18n/translate.js';
import { coreMessages } from '../../src/i18n/core.messages.js';
import { DEFAULT_CORRECTION_EMAIL, correctionMailto, postCorrection, type CorrectionRequest } from '../../src/profile/correction.js';
import { isValidEmail, savePreference, type Preference } from '../../src/profile/preference.js';
import { safeHttpUrl } from '../../src/safe-url.js';
import { editorMessages, type EditorMessageKey } from './editors.messages.js';
import { editorStyles } from './editors.styles.js';
import type { Bestuur } from '../../src/profile/model.js';
import { PREFERENCE_DRAFTS } from './drafts.js';
import type { FieldRef } from './sections.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The editors' texts in `lang` before they first show: no Dutch flash on a French page. */
export async function ready(lang: Lang): Promise<void> {
  await Promise.all([loadLanguage(editorMessages, lang), loadLanguage(coreMessages, lang)]);
}

function msg(lang: Lang, key: EditorMessageKey, params?: Params): string {
  return translate(editorMessages, lang, key, params);
}

const drafts = new DraftStore<Preference>(PREFERENCE_DRAFTS, (raw) => {
  if (!raw || typeof raw !== 'object') return undefined;
  const { wilMailOntvangen, mailAdres } = raw as Record<string, unknown>;
  return typeof wilMailOntvangen === 'boolean' && typeof mailAdres === 'string' && mailAdres.length <= 254 ? { wilMailOntvangen, mailAdres } : undefined;
});

interface PreferenceContext {
  host: Host;
  lang(): Lang;
  client(): LoketClient;
  signal(): AbortSignal;
  reportError(error: unknown): LoketError;
  /** The form closed: with what the Loket kept, or without a change. */
  done(saved: Preference | undefined): void;
  announce(text: string): void;
}

interface PreferenceTarget {
  account: string;
  bestuur: { id: string; type: string };
  stored: Preference;
}

/** The preference form: a checkbox and, when checked, the address; every change is kept as a draft. */
class PreferenceEditor {
  #value: Preference;
  readonly #restored: boolean;
  readonly #key: string;
  #attempted = false;
  #saving = false;
  #failure?: LoketError;

  constructor(
    private readonly context: PreferenceContext,
    private readonly target: PreferenceTarget,
  ) {
    this.#key = drafts.key(target.account, target.bestuur.id);
    const draft = drafts.load(this.#key);
    this.#value = draft?.value ?? { ...target.stored };
    this.#restored = !!draft;
  }

  get #problem(): EditorMessageKey | undefined {
    if (!this.#value.wilMailOntvangen) return undefined;
    const address = this.#value.mailAdres.trim();
    return address === '' ? 'mailRequired' : isValidEmail(address) ? undefined : 'mailInvalid';
  }

  #change(next: Partial<Preference>): void {
    this.#value = { ...this.#value, ...next };
    drafts.save(this.#key, this.#value);
    this.context.host.requestUpdate();
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#saving) return;
    this.#attempted = true;
    this.#failure = undefined;
    if (this.#problem) {
      this.context.host.requestUpdate();
      await this.context.host.updateComplete;
      this.context.host.renderRoot.querySelector<HTMLElement>('#pref-mail')?.focus();
      return;
    }
    this.#saving = true;
    this.context.host.requestUpdate();
    const lang = this.context.lang();
    try {
      const saved = await savePreference(this.context.client(), this.target.bestuur, this.#value, { signal: this.context.signal(), lang });
      drafts.remove(this.#key);
      this.context.announce(msg(lang, 'saved'));
      this.context.done(saved);
    } catch (error) {
      // The draft stays (it was kept on every change): a reload or a retry starts from this input.
      this.#failure = this.context.reportError(error);
      this.#saving = false;
      this.context.host.requestUpdate();
    }
  }

  #cancel(): void {
    drafts.remove(this.#key);
    this.context.done(undefined);
  }

  render(): TemplateResult {
    const lang = this.context.lang();
    const problem = this.#attempted ? this.#problem : undefined;
    const { wilMailOntvangen, mailAdres } = this.#value;
    return html`<form class="editor" part="preference-form" novalidate @submit=${(event: Event) => void this.#submit(event)}>
      ${this.#restored ? html`<p class="notice" part="draft-restored">${msg(lang, 'restored')}</p>` : nothing}
      <div class="check">
        <input type="checkbox" id="pref-wil" .checked=${wilMailOntvangen} ?disabled=${this.#saving}
          @change=${(event: Event) => this.#change({ wilMailOntvangen: (event.target as HTMLInputElement).checked })} />
        <label for="pref-wil">${msg(lang, 'wilMail')}</label>
      </div>
      ${wilMailOntvangen
        ? html`<div class="control">
            <label for="pref-mail">${msg(lang, 'mailAdres')}</label>
            <input id="pref-mail" type="email" autocomplete="email" maxlength="254" .value=${mailAdres} ?disabled=${this.#saving}
              aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? 'pref-mail-error pref-mail-help' : 'pref-mail-help'}
              @input=${(event: Event) => this.#change({ mailAdres: (event.target as HTMLInputElement).value })} />
            <p class="help" id="pref-mail-help">${msg(lang, 'mailHelp')}</p>
            ${problem ? html`<p class="field-error" id="pref-mail-error">${msg(lang, problem)}</p>` : nothing}
          </div>`
        : nothing}
      ${this.#failure
        ? html`<div class="alert" role="alert" part="error">${this.#failure.userMessage(lang)} ${msg(lang, 'inputKept')}</div>`
        : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${this.#saving}>${msg(lang, this.#saving ? 'saving' : 'save')}</button>
        <button type="button" class="secondary" ?disabled=${this.#saving} @click=${() => this.#cancel()}>${translate(coreMessages, lang, 'cancel')}</button>
      </div>
    </form>`;
  }
}

interface CorrectionContext {
  host: Host;
  lang(): Lang;
  bestuurseenheid(): string;
  bestuurNaam(): string;
  correctionUrl(): string | undefined;
  correctionEmail(): string | undefined;
  transport(): FetchLike | undefined;
  signal(): AbortSignal;
  /** Fires `loket-correction-request`; false when the host cancelled it (and takes it over). */
  request(request: CorrectionRequest): boolean;
  reportError(error: unknown): LoketError;
  close(): void;
  announce(text: string): void;
}

/** "Is iets niet juist?" for one field: what it should be and what is wrong, sent the way the host chose. */
class CorrectionEditor {
  #proposed = '';
  #comment = '';
  #attempted = false;
  #sending = false;
  #failure?: LoketError;
  /** The prepared e-mail, once the request goes out that way. */
  #mailto?: { href: string; address: string };

  constructor(
    private readonly context: CorrectionContext,
    private readonly ref: FieldRef,
  ) {}

  focus(): void {
    this.context.host.renderRoot.querySelector<HTMLElement>('#correction-proposed, #correction-mail')?.focus();
  }

  #request(): CorrectionRequest {
    const { field, label, value, source } = this.ref;
    return { field, label, oldValue: value, proposedValue: this.#proposed.trim(), comment: this.#comment.trim(), bestuurseenheid: this.context.bestuurseenheid(), source };
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#sending) return;
    this.#attempted = true;
    this.#failure = undefined;
    const lang = this.context.lang();
    const { host } = this.context;
    if (!this.#proposed.trim()) {
      host.requestUpdate();
      await host.updateComplete;
      this.focus();
      return;
    }
    const request = this.#request();
    if (!this.context.request(request)) {
      this.context.announce(msg(lang, 'handed', { label: this.ref.label }));
      this.context.close();
      return;
    }
    const url = safeHttpUrl(this.context.correctionUrl());
    if (!url) {
      this.#mailto = this.#mail(request, lang);
      host.requestUpdate();
      await host.updateComplete;
      this.focus();
      return;
    }
    this.#sending = true;
    host.requestUpdate();
    try {
      await postCorrection(url, request, this.context.transport(), this.context.signal());
      this.context.announce(msg(lang, 'sent', { label: this.ref.label }));
      this.context.close();
    } catch (error) {
      this.#failure = this.context.reportError(error);
      this.#sending = false;
      host.requestUpdate();
    }
  }

  #mail(request: CorrectionRequest, lang: Lang): { href: string; address: string } {
    const configured = this.context.correctionEmail()?.trim();
    const address = configured && isValidEmail(configured) ? configured : DEFAULT_CORRECTION_EMAIL;
    const bestuur = this.context.bestuurNaam();
    const lines: [string, string][] = [
      [msg(lang, 'mailBestuur'), `${bestuur} (${request.bestuurseenheid})`],
      [msg(lang, 'mailField'), `${request.label} (${request.field})`],
      [msg(lang, 'mailOld'), request.oldValue],
      [msg(lang, 'mailNew'), request.proposedValue],
      [msg(lang, 'mailComment'), request.comment],
      [msg(lang, 'mailSource'), request.source.register ? `${request.source.app}, ${request.source.register}` : request.source.app],
    ];
    return { href: correctionMailto(address, msg(lang, 'mailSubject', { label: request.label, bestuur }), lines), address };
  }

  render(): TemplateResult {
    const lang = this.context.lang();
    const { label, value } = this.ref;
    if (this.#mailto) {
      return html`<div class="editor correction" part="correction-form" @keydown=${(event: KeyboardEvent) => this.#escape(event)}>
        <p>${msg(lang, 'mailIntro', { address: this.#mailto.address })}</p>
        <div class="actions">
          <a class="button" id="correction-mail" part="correction-mail" href=${this.#mailto.href} @click=${() => this.context.announce(msg(lang, 'handed', { label }))}>${msg(lang, 'mailOpen')}</a>
          <button type="button" class="secondary" @click=${() => this.context.close()}>${translate(coreMessages, lang, 'close')}</button>
        </div>
      </div>`;
    }
    const missing = this.#attempted && !this.#proposed.trim();
    return html`<form class="editor correction" part="correction-form" novalidate aria-labelledby="correction-title"
      @submit=${(event: Event) => void this.#submit(event)} @keydown=${(event: KeyboardEvent) => this.#escape(event)}>
      <p class="editor-title" id="correction-title">${msg(lang, 'correctTitle', { label })}</p>
      ${value ? html`<p class="muted">${msg(lang, 'currentValue', { value })}</p>` : nothing}
      <div class="control">
        <label for="correction-proposed">${msg(lang, 'proposed')}</label>
        <input id="correction-proposed" .value=${this.#proposed} ?disabled=${this.#sending} maxlength="1000"
          aria-invalid=${missing ? 'true' : 'false'} aria-describedby=${missing ? 'correction-error' : nothing}
          @input=${(event: Event) => (this.#proposed = (event.target as HTMLInputElement).value)} />
        ${missing ? html`<p class="field-error" id="correction-error">${msg(lang, 'proposedRequired')}</p>` : nothing}
      </div>
      <div class="control">
        <label for="correction-comment">${msg(lang, 'comment')}</label>
        <textarea id="correction-comment" rows="3" maxlength="4000" .value=${this.#comment} ?disabled=${this.#sending}
          @input=${(event: Event) => (this.#comment = (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      ${this.#failure ? html`<div class="alert" role="alert" part="error">${this.#failure.userMessage(lang)} ${msg(lang, 'inputKept')}</div>` : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${this.#sending}>${msg(lang, this.#sending ? 'sending' : 'send')}</button>
        <button type="button" class="secondary" ?disabled=${this.#sending} @click=${() => this.context.close()}>${translate(coreMessages, lang, 'cancel')}</button>
      </div>
    </form>`;
  }

  #escape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.#sending) return;
    event.stopPropagation();
    this.context.close();
  }
}

/** The profile element as the forms see it: its public side. */
export interface ProfileElement extends Host {
  readonly uiLang: Lang;
  correctionUrl?: string;
  correctionEmail?: string;
  readonly config: { fetch?: FetchLike };
}

/** What the forms need of the element that is not public. */
export interface EditingContext {
  client(): LoketClient;
  signal(): AbortSignal;
  reportError(error: unknown): LoketError;
  emit<K extends LoketEventName>(name: K, detail: LoketEvents[K], options?: EmitOptions): boolean;
  announce(text: string): void;
  bestuurseenheid(): string;
  account(): string;
  /** The bestuurseenheid, once loaded (the element offers the preference form only to a user who may change it). */
  bestuur(): Bestuur | undefined;
  updateBestuur(bestuur: Bestuur): void;
}

/**
 * The profile's forms: at most one preference form and one correction form open, focus moved into
 * a form when it opens and back to what opened it when it closes.
 */
export class ProfileEditing {
  #preference?: PreferenceEditor;
  #correction?: CorrectionEditor;
  /** The field whose correction form is open. */
  correcting?: string;
  /** The button that opened the correction form. */
  #opener?: HTMLElement;

  constructor(
    private readonly element: ProfileElement,
    private readonly context: EditingContext,
  ) {
    addStyles(element, editorStyles);
  }

  /** Closes every form (the element read everything again). */
  reset(): void {
    this.#preference = undefined;
    this.#correction = undefined;
    this.correcting = undefined;
  }

  preferenceForm(): TemplateResult | undefined {
    return this.#preference?.render();
  }

  correctionForm(): TemplateResult | typeof nothing {
    return this.#correction?.render() ?? nothing;
  }

  async #focusAfterUpdate(find: () => HTMLElement | null | undefined): Promise<void> {
    this.element.requestUpdate();
    await this.element.updateComplete;
    find()?.focus();
  }

  async editPreference(): Promise<void> {
    const { context, element } = this;
    const bestuur = context.bestuur();
    if (!bestuur || this.#preference) return;
    this.#preference = new PreferenceEditor(
      {
        host: element,
        lang: () => element.uiLang,
        client: context.client,
        signal: context.signal,
        reportError: context.reportError,
        announce: context.announce,
        done: (saved) => {
          this.#preference = undefined;
          const current = context.bestuur();
          if (saved && current) {
            context.updateBestuur({ ...current, wilMailOntvangen: saved.wilMailOntvangen, mailAdres: saved.mailAdres || undefined });
            context.emit('loket-preference-save', { bestuurseenheid: context.bestuurseenheid(), ...saved });
          }
          void this.#focusAfterUpdate(() => element.renderRoot.querySelector<HTMLElement>('[part="edit-preference"]'));
        },
      },
      { account: context.account(), bestuur: { id: bestuur.id, type: bestuur.type }, stored: { wilMailOntvangen: bestuur.wilMailOntvangen ?? false, mailAdres: bestuur.mailAdres ?? '' } },
    );
    await this.#focusAfterUpdate(() => element.renderRoot.querySelector<HTMLElement>('#pref-wil'));
  }

  /** Opens the correction form of a field (closing another one), or closes it when it is open. */
  async toggleCorrection(ref: FieldRef, opener: HTMLElement): Promise<void> {
    if (this.correcting === ref.field) return this.#closeCorrection();
    const { context, element } = this;
    this.#opener = opener;
    this.correcting = ref.field;
    this.#correction = new CorrectionEditor(
      {
        host: element,
        lang: () => element.uiLang,
        bestuurseenheid: context.bestuurseenheid,
        bestuurNaam: () => context.bestuur()?.naam ?? context.bestuurseenheid(),
        correctionUrl: () => element.correctionUrl,
        correctionEmail: () => element.correctionEmail,
        transport: () => element.config.fetch,
        signal: context.signal,
        request: (request) => context.emit('loket-correction-request', request, { cancelable: true }),
        reportError: context.reportError,
        announce: context.announce,
        close: () => void this.#closeCorrection(),
      },
      ref,
    );
    await this.#focusAfterUpdate(() => element.renderRoot.querySelector<HTMLElement>('#correction-proposed'));
  }

  async #closeCorrection(): Promise<void> {
    const field = this.correcting;
    this.correcting = undefined;
    this.#correction = undefined;
    const root = this.element.renderRoot;
    // The button that opened it, or the one that took its place after a re-render.
    await this.#focusAfterUpdate(
      () => (field ? root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"] [part="correction-button"]`) : null) ?? this.#opener,
    );
  }
}
