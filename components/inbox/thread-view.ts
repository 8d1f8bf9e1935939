/**
 * The open conversation: every bericht oldest first with its sender, author, dates, text and
 * attachments; the reply deadline with its calendar export; and the reply form. Loaded when a
 * conversation is first opened, so a page that only lists conversations never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isLoketError, type LoketError } from '../../src/api/errors.js';
import type { ResourceIdentifier } from '../../src/api/jsonapi-schema.js';
import type { UploadedFile } from '../../src/api/writes.js';
import { formatDay, localDate } from '../../src/calendar/days.js';
import { parsePeriod } from '../../src/calendar/working-days.js';
import { DraftStore } from '../../src/drafts.js';
import { formatDate, formatDateTime } from '../../src/i18n/format.js';
import { INTL_LOCALE, type Lang } from '../../src/i18n/lang.js';
import { loadLanguage, translate, type Params } from '../../src/i18n/translate.js';
import { replyDeadline, type Deadline } from '../../src/inbox/deadline.js';
import { fileKind, formatSize } from '../../src/inbox/files.js';
import { deadlineCalendar } from '../../src/inbox/ics.js';
import { fetchBestuur, fetchUser, type Bestuur } from '../../src/inbox/identity.js';
import { canSend, originator, parseDraft, sendReply, type ReplyDraft } from '../../src/inbox/reply.js';
import { downloadPath, fetchThread, type Attachment, type Thread, type ThreadMessage } from '../../src/inbox/thread.js';
import { safeHttpUrl } from '../../src/safe-url.js';
import type { ThreadContext } from './thread-context.js';
import { threadMessages, type ThreadMessageKey } from './thread.messages.js';

export { threadStyles } from './thread.styles.js';
export { threadMessages } from './thread.messages.js';

/** The Loket's own limit (`@maxFileSizeMB="1024"` on its upload field). */
const MAX_BYTES = 1024 * 1024 * 1024;

type Load = { status: 'loading' } | { status: 'ready'; thread: Thread } | { status: 'error'; error: unknown };

interface Upload {
  key: number;
  file: File;
  /** 0-1; undefined while the browser cannot tell. */
  progress?: number;
  controller: AbortController;
  problem?: 'failed' | 'empty' | 'too-large';
}

interface Sender {
  own: Bestuur;
  author: ResourceIdentifier | null;
}

const drafts = new DraftStore<ReplyDraft>('loket-inbox:reply', parseDraft);
const EMPTY: ReplyDraft = { text: '', files: [] };

let uploadSerial = 0;

const formatPercent = (share: number, lang: Lang) => new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'percent' }).format(share);

export class ThreadView {
  /** The conversation shown (or being loaded). */
  id?: string;
  #load: Load = { status: 'loading' };
  #run = 0;
  #expanded = false;
  #draft: ReplyDraft = EMPTY;
  #uploads: Upload[] = [];
  #sending = false;
  #sendError?: unknown;
  #sender?: Promise<Sender>;
  #senderValue?: Sender;
  #senderError?: unknown;

  constructor(private readonly context: ThreadContext) {}

  #msg(key: ThreadMessageKey, params?: Params): string {
    const lang = this.context.lang();
    loadLanguage(threadMessages, lang)?.then(() => this.context.update());
    return translate(threadMessages, lang, key, params);
  }

  get #draftKey(): string {
    const scope = this.context.scope();
    return drafts.key(scope.account, scope.bestuurseenheid, this.id);
  }

  /** Shows a conversation; `force` reads it again even when it is the one shown. */
  open(id: string, force = false): void {
    if (id === this.id && !force && this.#load.status !== 'error') return;
    const changed = id !== this.id;
    this.id = id;
    if (changed) {
      this.#load = { status: 'loading' };
      this.#uploads.forEach((upload) => upload.controller.abort());
      this.#uploads = [];
      this.#sendError = undefined;
      const stored = drafts.load(this.#draftKey)?.value;
      this.#draft = stored ?? EMPTY;
      this.#expanded = !!stored;
      if (stored) {
        this.#loadSender();
        this.context.announce(this.#msg('draftRestored'));
      }
    }
    void this.#read(id, changed);
  }

  async #read(id: string, focus: boolean): Promise<void> {
    const run = ++this.#run;
    if (this.#load.status === 'error') this.#load = { status: 'loading' };
    this.context.update();
    try {
      const thread = await fetchThread(this.context.client(), id, { lang: this.context.lang() });
      if (run !== this.#run) return;
      this.#load = { status: 'ready', thread };
      const latestId = thread.conversation.latest?.id ?? thread.messages.at(-1)?.id;
      if (latestId) void this.context.readState.markRead({ id, latest: { id: latestId } });
      this.context.update();
      if (focus) {
        await this.context.rendered();
        this.context.renderRoot.querySelector<HTMLElement>('.thread h2')?.focus();
      }
    } catch (error) {
      if (run !== this.#run) return;
      this.#load = { status: 'error', error: this.context.reportError(error) };
      this.context.update();
    }
  }

  #saveDraft(draft: ReplyDraft): void {
    this.#draft = draft;
    if (draft.text === '' && draft.files.length === 0 && !draft.sending) drafts.remove(this.#draftKey);
    else drafts.save(this.#draftKey, draft);
    this.context.update();
  }

  /** The bestuur's name and type and the user, for "Van" and the reply's `van` and `auteur`. */
  #loadSender(): void {
    if (this.#sender) return;
    const client = this.context.client();
    const scope = this.context.scope();
    this.#senderError = undefined;
    const asked = (this.#sender = Promise.all([fetchBestuur(client, scope.bestuurseenheid), fetchUser(client, scope.account)]).then(([own, author]) => ({ own, author })));
    asked.then(
      (sender) => {
        this.#senderValue = sender;
        this.context.update();
      },
      (error: unknown) => {
        if (this.#sender === asked) this.#sender = undefined;
        this.#senderError = this.context.reportError(error);
        this.context.update();
      },
    );
  }

  #expand(): void {
    this.#expanded = true;
    this.#loadSender();
    this.context.update();
    void this.context.rendered().then(() => this.context.renderRoot.querySelector<HTMLElement>('.reply textarea')?.focus());
  }

  #collapse(): void {
    this.#expanded = false;
    this.context.update();
    void this.context.rendered().then(() => this.context.renderRoot.querySelector<HTMLElement>('.reply-open')?.focus());
  }

  #discard(): void {
    this.#uploads.forEach((upload) => upload.controller.abort());
    this.#uploads = [];
    this.#sendError = undefined;
    this.#saveDraft(EMPTY);
    this.#collapse();
  }

  #onFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    for (const file of input.files ?? []) this.#upload(file);
    input.value = '';
  }

  #upload(file: File, retry?: Upload): void {
    const upload: Upload = retry ?? { key: ++uploadSerial, file, controller: new AbortController() };
    if (retry) {
      upload.controller = new AbortController();
      upload.problem = undefined;
      upload.progress = undefined;
    } else this.#uploads = [...this.#uploads, upload];
    if (file.size === 0 || file.size > MAX_BYTES) {
      upload.problem = file.size === 0 ? 'empty' : 'too-large';
      this.context.announce(this.#msg(file.size === 0 ? 'emptyFile' : 'tooLarge', { name: file.name }));
      this.context.update();
      return;
    }
    const conversation = this.id;
    this.context.update();
    this.context
      .client()
      .upload(file, {
        signal: upload.controller.signal,
        onProgress: ({ percent }) => {
          upload.progress = percent;
          this.context.update();
        },
      })
      .then(
        (uploaded) => {
          this.#uploads = this.#uploads.filter((other) => other !== upload);
          // The user may have moved on to another conversation meanwhile: the file stays theirs.
          if (conversation !== this.id) return;
          this.#saveDraft({ ...this.#draft, files: [...this.#draft.files, uploaded] });
          this.context.announce(this.#msg('uploaded', { name: uploaded.filename }));
        },
        (error: unknown) => {
          if (upload.controller.signal.aborted) return;
          upload.problem = 'failed';
          this.context.reportError(error);
          this.context.announce(this.#msg('uploadFailed', { name: file.name }));
          this.context.update();
        },
      );
  }

  #removeUpload(upload: Upload): void {
    upload.controller.abort();
    this.#uploads = this.#uploads.filter((other) => other !== upload);
    this.context.update();
  }

  /** Before sending, only here: the Loket's reply removes an attachment locally too, the file stays on the server. */
  #removeFile(file: UploadedFile): void {
    this.#saveDraft({ ...this.#draft, files: this.#draft.files.filter((other) => other !== file) });
    void this.context.rendered().then(() => this.context.renderRoot.querySelector<HTMLElement>('.reply input[type=file]')?.focus());
  }

  async #send(thread: Thread): Promise<void> {
    if (this.#sending || !canSend(this.#draft) || this.#uploads.some((upload) => !upload.problem)) return;
    this.#sending = true;
    this.#sendError = undefined;
    this.context.update();
    const id = thread.conversation.id;
    try {
      const sender = await (this.#sender ?? (this.#loadSender(), this.#sender!));
      await sendReply(
        this.context.client(),
        {
          conversation: thread.conversation,
          messageIds: thread.messageIds,
          own: { type: sender.own.type, id: sender.own.id },
          author: sender.author,
          recipient: originator(thread.messages, sender.own.id),
        },
        this.#draft,
        { progressed: (sending) => this.id === id && this.#saveDraft({ ...this.#draft, sending }) },
      );
      if (this.id !== id) return;
      this.#uploads = [];
      this.#saveDraft(EMPTY);
      this.#expanded = false;
      this.context.announce(this.#msg('sentOk'));
      this.context.sent(id);
      void this.#read(id, false);
    } catch (error) {
      this.#sendError = this.context.reportError(error);
    } finally {
      this.#sending = false;
      this.context.update();
    }
  }

  #exportDeadline(thread: Thread, deadline: Deadline): void {
    const { conversation } = thread;
    const subject = conversation.subject ?? conversation.dossierNumber ?? '';
    const ics = deadlineCalendar({
      uid: `${conversation.id}-${deadline.askedBy}@loket-elements`,
      due: deadline.due,
      summary: this.#msg('icsSummary', { subject }),
      description: [conversation.dossierNumber ? this.#msg('icsDossier', { number: conversation.dossierNumber }) : '', conversation.type ?? ''].filter(Boolean).join('\n'),
      url: this.context.conversationUrl(conversation.id),
      reminder: this.#msg('icsReminder'),
    });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.#msg('icsFile')}-${(conversation.dossierNumber ?? conversation.id).replace(/[^\w.-]+/g, '-')}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.context.announce(this.#msg('calendarSaved'));
  }

  /** Lit calls listeners on its host element, so this one is bound here. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || (event.target as Element).closest('input, textarea, select')) return;
    event.preventDefault();
    this.context.back();
  };

  render(): TemplateResult {
    const load = this.#load;
    return html`<section class="thread" part="thread" aria-labelledby="thread-title" @keydown=${this.#onKeydown}>
      <button type="button" class="secondary back" @click=${() => this.context.back()}>← ${this.#msg('back')}</button>
      ${load.status === 'error'
        ? this.context.renderError(load.error, () => this.open(this.id!, true))
        : load.status === 'loading'
          ? html`<h2 id="thread-title" tabindex="-1" class="visually-hidden">${this.context.coreMsg('loading')}</h2>
              <span class="skeleton"></span><span class="skeleton short"></span>`
          : this.#renderThread(load.thread)}
    </section>`;
  }

  #renderThread(thread: Thread): TemplateResult {
    const { conversation } = thread;
    const rules = this.context.deadlineRules();
    const deadline = replyDeadline(conversation.responsePeriod, thread.messages.map((message) => ({ id: message.id, sentAt: message.sentAt, senderId: message.sender?.id })), rules);
    return html`<header class="head">
        ${conversation.type ? html`<p class="kind">${conversation.type}</p>` : nothing}
        <h2 id="thread-title" tabindex="-1">${conversation.subject ?? conversation.dossierNumber ?? this.#msg('noName')}</h2>
        ${conversation.dossierNumber ? html`<p class="badge">${this.#msg('dossier', { number: conversation.dossierNumber })}</p>` : nothing}
        ${conversation.responsePeriod ? this.#renderDeadline(thread, deadline) : nothing}
      </header>
      <ol class="messages" aria-label=${this.#msg('messagesLabel')}>
        ${thread.messages.map((message) => this.#renderMessage(message, rules.own))}
      </ol>
      ${this.#renderReply(thread)}`;
  }

  #renderDeadline(thread: Thread, deadline: Deadline | undefined): TemplateResult {
    if (!deadline) return html`<p class="deadline-box" part="deadline">${this.#msg('answered')}</p>`;
    const lang = this.context.lang();
    const period = parsePeriod(deadline.period);
    const days = period && !period.years && !period.months && !period.weeks ? this.#msg('days', { count: period.days }) : deadline.period;
    const left = deadline.status === 'passed' ? this.#msg('deadline.passed', { count: deadline.workingDaysLate }) : deadline.workingDaysLeft === 0 ? this.#msg('deadline.today') : this.#msg('deadline.open', { count: deadline.workingDaysLeft });
    return html`<div class="deadline-box ${deadline.status}" part="deadline">
      <p>
        <strong>${this.#msg('deadlineTitle')}:</strong>
        ${this.#msg('deadlineDue', { date: formatDate(lang, localDate(deadline.due), { dateStyle: 'full' }) })}
        <span class="badge">${left}</span>
      </p>
      <p class="muted">${this.#msg('deadlineFrom', { period: days, date: formatDate(lang, deadline.askedAt) })}</p>
      <button type="button" class="secondary" data-due=${formatDay(deadline.due)} @click=${() => this.#exportDeadline(thread, deadline)}>${this.#msg('addToCalendar')}</button>
    </div>`;
  }

  #renderMessage(message: ThreadMessage, own: string): TemplateResult {
    const lang = this.context.lang();
    const sender = message.sender;
    // As the Loket heads a bericht: the sender's kind and name ("Gemeente Aalst"), unless the name says the kind.
    const kind = sender?.classification && !sender.name?.toLowerCase().startsWith(sender.classification.toLowerCase()) ? sender.classification : undefined;
    const name = [kind, sender?.name].filter(Boolean).join(' ') || this.#msg('unknownSender');
    return html`<li class="message ${sender?.id === own ? 'own' : ''}" part="message">
      <article aria-labelledby="m-${message.id}">
        <h3 id="m-${message.id}">
          <span class="text">${name}</span>${sender?.id === own ? html` <span class="muted">(${this.#msg('own')})</span>` : nothing}${message.author?.name
            ? html` — <span class="text">${message.author.name}</span>`
            : nothing}
        </h3>
        <p class="dates muted">
          ${message.type ? html`<span class="text">${message.type}</span> · ` : nothing}${this.#msg('sent')}:
          ${message.sentAt ? html`<time datetime=${message.sentAt.toISOString()}>${formatDateTime(lang, message.sentAt)}</time>` : '—'}
          ${message.receivedAt ? html` · ${this.#msg('received')}: <time datetime=${message.receivedAt.toISOString()}>${formatDateTime(lang, message.receivedAt)}</time>` : nothing}
        </p>
        ${message.text ? html`<p class="content">${message.text}</p>` : html`<p class="content muted">${this.#msg('noContent')}</p>`}
        ${message.attachments.length
          ? html`<ul class="files" aria-label=${this.#msg('attachments', { count: message.attachments.length })}>
              ${message.attachments.map((attachment) => this.#renderFile(attachment))}
            </ul>`
          : nothing}
      </article>
    </li>`;
  }

  /** A file card: kind, name, size and the Loket's download link (`/files/:id/download?name=`). */
  #renderFile(attachment: Attachment | UploadedFile, remove?: () => void): TemplateResult {
    const lang = this.context.lang();
    const name = attachment.filename ?? this.#msg('noName');
    const href = safeHttpUrl(this.context.client().url(downloadPath(attachment)));
    const kind = fileKind(attachment) ?? this.#msg('file');
    return html`<li class="file" part="attachment">
      <span class="kind" aria-hidden="true">${kind}</span>
      <span class="file-body">
        ${href ? html`<a href=${href} class="text">${name}<span class="visually-hidden"> (${this.#msg('download')})</span></a>` : html`<span class="text">${name}</span>`}
        <span class="muted">${kind}${attachment.size !== undefined ? html` · ${formatSize(attachment.size, lang)}` : nothing}</span>
      </span>
      ${remove
        ? html`<button type="button" class="secondary" @click=${remove}>${this.#msg('remove')}<span class="visually-hidden"> ${name}</span></button>`
        : nothing}
    </li>`;
  }

  #renderReply(thread: Thread): TemplateResult {
    if (!this.#expanded) {
      return html`<div class="reply-bar"><button type="button" class="reply-open" @click=${() => this.#expand()}>${this.#msg('reply')}</button></div>`;
    }
    const sender = this.#senderValue;
    const recipient = originator(thread.messages, this.context.scope().bestuurseenheid);
    const recipientName = recipient ? thread.messages.find((message) => message.sender?.id === recipient.id)?.sender?.name : undefined;
    const draft = this.#draft;
    const busy = this.#uploads.some((upload) => !upload.problem);
    const blocked = this.#sending || busy || !canSend(draft) || !sender;
    return html`<form class="reply" part="reply" aria-labelledby="reply-title" @submit=${(event: Event) => {
      event.preventDefault();
      void this.#send(thread);
    }}>
      <h3 id="reply-title">${this.#msg('replyTitle')}</h3>
      <dl class="address">
        <dt>${this.#msg('to')}</dt>
        <dd class="text">${recipient ? (recipientName ?? recipient.id) : this.#msg('nobody')}</dd>
        <dt>${this.#msg('from')}</dt>
        <dd class="text">${sender ? (sender.own.name ?? sender.own.id) : this.context.coreMsg('loading')}</dd>
      </dl>
      ${this.#senderError ? this.context.renderError(this.#senderError, () => this.#loadSender()) : nothing}
      <label class="field">
        ${this.#msg('text')}
        <textarea rows="6" .value=${draft.text} @input=${(event: Event) => this.#saveDraft({ ...this.#draft, text: (event.target as HTMLTextAreaElement).value })}></textarea>
      </label>
      <label class="field">
        ${this.#msg('attach')}
        <input type="file" multiple aria-describedby="attach-hint" @change=${(event: Event) => this.#onFiles(event)} />
      </label>
      <p id="attach-hint" class="muted">${this.#msg('attachHint')} ${this.#msg('draftKept')}</p>
      ${draft.files.length || this.#uploads.length
        ? html`<ul class="files" aria-label=${this.#msg('attached')}>
            ${draft.files.map((file) => this.#renderFile(file, () => this.#removeFile(file)))} ${this.#uploads.map((upload) => this.#renderUpload(upload))}
          </ul>`
        : nothing}
      ${this.#sendError
        ? html`<div class="alert" role="alert" part="error">
            <span>${this.#msg('sendFailed')} ${isLoketError(this.#sendError) ? (this.#sendError as LoketError).userMessage(this.context.lang()) : ''}</span>
          </div>`
        : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${blocked} aria-describedby="attach-hint">${this.#sending ? this.#msg('sending') : this.#sendError ? this.#msg('sendAgain') : this.#msg('send')}</button>
        <button type="button" class="secondary" @click=${() => this.#collapse()}>${this.#msg('closeForm')}</button>
        <button type="button" class="link" ?disabled=${this.#sending} @click=${() => this.#discard()}>${this.#msg('discard')}</button>
      </div>
    </form>`;
  }

  #renderUpload(upload: Upload): TemplateResult {
    const name = upload.file.name;
    const percent = upload.progress === undefined ? undefined : Math.round(upload.progress * 100);
    const problem = upload.problem === 'empty' ? 'emptyFile' : upload.problem === 'too-large' ? 'tooLarge' : upload.problem === 'failed' ? 'uploadFailed' : undefined;
    return html`<li class="file uploading ${problem ? 'problem' : ''}" part="attachment">
      <span class="kind" aria-hidden="true">${fileKind({ extension: name.includes('.') ? name.split('.').pop() : undefined }) ?? this.#msg('file')}</span>
      <span class="file-body">
        <span class="text">${name}</span>
        ${problem
          ? html`<span class="problem-text">${this.#msg(problem, { name })}</span>`
          : html`<progress max="100" value=${percent ?? nothing} aria-label=${this.#msg('uploadingName', { name })}></progress>
              <span class="muted">${upload.progress === undefined ? this.#msg('uploadingName', { name }) : this.#msg('progress', { name, percent: formatPercent(upload.progress, this.context.lang()) })}</span>`}
      </span>
      ${upload.problem === 'failed' ? html`<button type="button" class="secondary" @click=${() => this.#upload(upload.file, upload)}>${this.#msg('retryUpload')}</button>` : nothing}
      <button type="button" class="secondary" @click=${() => this.#removeUpload(upload)}>${this.#msg('remove')}<span class="visually-hidden"> ${name}</span></button>
    </li>`;
  }
}
