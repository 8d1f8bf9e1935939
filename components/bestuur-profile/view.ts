/**
 * The profile's sections as templates over plain data: core data, contact points, bodies and the
 * notification preference. The element (bestuur-profile.ts) owns the state; these functions only
 * render what they are handed, through a small context of shared pieces. A chunk of its own,
 * fetched alongside the first reads: until it is in, the element shows the sections loading
 * (sections.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addStyles } from '../../src/add-styles.js';
import type { Module } from '../../src/access.js';
import { parseCalendarDate } from '../../src/api/dates.js';
import { formatDate } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import { loadLanguage, translate, type Params } from '../../src/i18n/translate.js';
import type { Bestuur, Body, Organisation, Site, Source } from '../../src/profile/model.js';
import { viewMessages, type ViewMessageKey } from './view.messages.js';
import { section, skeleton, type FieldRef, type Part, type ViewContext } from './sections.js';
import { viewStyles } from './view.styles.js';

export { viewMessages };

/** The sections' styles in the widget, after its own, and their texts in `lang`, before they first show. */
export function attach(host: { readonly renderRoot: HTMLElement | DocumentFragment }, lang: Lang): Promise<void> | undefined {
  addStyles(host, viewStyles);
  return loadLanguage(viewMessages, lang);
}

const msg = (context: ViewContext, key: ViewMessageKey, params?: Params): string => translate(viewMessages, context.lang, key, params);

const APP_NAMES: Record<Source['app'], ViewMessageKey> = { loket: 'appLoket', contactgegevens: 'appContactgegevens', lmb: 'appLmb' };
const REGISTER_NAMES: Record<NonNullable<Source['register']>, ViewMessageKey> = {
  op: 'registerOp',
  kbo: 'registerKbo',
  ovo: 'registerOvo',
  adressenregister: 'registerAdressenregister',
};

/** "Loket voor Lokale Besturen, uit het Organisatieportaal". */
export function sourceText(context: ViewContext, source: Source): string {
  const app = msg(context, APP_NAMES[source.app]);
  return source.register ? msg(context, 'sourceRegister', { app, register: msg(context, REGISTER_NAMES[source.register]) }) : app;
}

export function sourceLine(context: ViewContext, source: Source): TemplateResult {
  return html`<span class="source" part="source">${msg(context, 'source', { source: sourceText(context, source) })}</span>`;
}

/**
 * A `dt`/`dd` pair with the value, where it comes from (unless a group of fields says it once:
 * `withSource` false), and "Is iets niet juist?".
 */
export function field(
  context: ViewContext,
  ref: FieldRef,
  shown: string | TemplateResult | undefined = ref.value || undefined,
  extra: TemplateResult | typeof nothing = nothing,
  withSource = true,
): TemplateResult {
  const open = context.correcting === ref.field;
  return html`<div class="field" part="field" data-field=${ref.field}>
    <dt>${ref.label}</dt>
    <dd>
      <span class="value ${shown === undefined ? 'unknown' : ''}">${shown ?? msg(context, 'unknown')}</span>${extra}
      ${withSource ? sourceLine(context, ref.source) : nothing}
      <button type="button" class="link correct" part="correction-button" aria-expanded=${String(open)}
        @click=${(event: Event) => context.openCorrection(ref, event.currentTarget as HTMLElement)}>${msg(context, 'correct')}<span class="visually-hidden"> (${ref.label})</span></button>
      ${open ? context.correction(ref.field) : nothing}
    </dd>
  </div>`;
}

const LOKET: Source = { app: 'loket', register: 'op' };

/** Kerngegevens: the Loket's bestuurseenheid, and what the Contactgegevens app adds (status, KBO, OVO). */
export function renderCore(context: ViewContext, core: Part<Bestuur>, organisation: Part<Organisation>, identifiers: Part<true>): TemplateResult {
  const bestuur = core.data;
  const org = organisation.data;
  const contact: Source = { app: 'contactgegevens', register: 'op' };
  const gebied = bestuur?.werkingsgebied;
  // [field, label, value, source]; a row without a value says "Niet gekend", one that is `null` is left out.
  const rows: [string, ViewMessageKey, string | null, Source][] = bestuur
    ? [
        ['naam', 'naam', bestuur.naam ?? '', LOKET],
        ['alternatieve-naam', 'alternatieveNaam', bestuur.alternatieveNamen.join(', ') || null, LOKET],
        ['classificatie', 'classificatie', bestuur.classificatie ?? '', LOKET],
        ['werkingsgebied', 'werkingsgebied', gebied ? (gebied.niveau ? `${gebied.naam} (${gebied.niveau})` : gebied.naam) : '', LOKET],
        ['provincie', 'provincie', bestuur.provincie ?? '', LOKET],
      ]
    : [];
  if (org) {
    rows.push(['legal-name', 'legalName', org.legalName && org.legalName !== bestuur?.naam ? org.legalName : null, contact], ['status', 'status', org.status ?? '', contact]);
    if (identifiers.status === 'ready') {
      rows.push(['kbo', 'kbo', org.kbo ?? '', { app: 'contactgegevens', register: 'kbo' }], ['ovo', 'ovo', org.ovo ?? '', { app: 'contactgegevens', register: 'ovo' }]);
    }
  }
  const fields = rows.filter((row) => row[2] !== null).map(([name, label, value, source]) => field(context, { field: name, label: msg(context, label), value: value!, source }));
  return section(
    context,
    'core',
    html`${core.status === 'error'
      ? context.error(core.error, context.retry('core'))
      : core.status === 'loading'
        ? skeleton()
        : html`<dl class="fields">${fields}</dl>`}
    ${organisation.status === 'error'
      ? context.error(organisation.error, context.retry('organisation'))
      : organisation.status === 'loading' && core.status === 'ready'
        ? skeleton()
        : nothing}
    ${identifiers.status === 'no-access' || identifiers.status === 'own-only' ? gate(context, identifiers, msg(context, 'moduleIdentifiers'), 'contactgegevens', context.retry('organisation')) : nothing}`,
  );
}

/** The section's state when it is not data: no access, own bestuur only, an error, loading; else undefined. */
export function gate(context: ViewContext, part: Part<unknown>, label: string, module: Module, retry: () => void): TemplateResult | undefined {
  if (part.status === 'no-access') return context.noAccess(label, module);
  if (part.status === 'own-only') return html`<p class="notice" role="status" part="no-access">${msg(context, 'ownOnly')}</p>`;
  if (part.status === 'error') return context.error(part.error, retry);
  if (part.status === 'loading') return skeleton();
  return undefined;
}

/** The contact section; its sites are rendered by `contacts-view.ts`, loaded with the data. */
export function renderContacts(context: ViewContext, contacts: Part<Site[]>, module: Module, sites: ((sites: Site[]) => TemplateResult) | undefined): TemplateResult {
  const body =
    gate(context, contacts, msg(context, 'moduleContact'), module, context.retry('contacts')) ??
    (sites ? sites(contacts.data ?? []) : skeleton());
  return section(context, 'contact', body);
}

function period(context: ViewContext, body: Body): string {
  const current = body.current;
  const date = (day: string) => formatDate(context.lang, parseCalendarDate(day) ?? new Date(NaN));
  if (!current?.start) return msg(context, 'periodNone');
  return current.end ? msg(context, 'periodRange', { start: date(current.start), end: date(current.end) }) : msg(context, 'periodFrom', { start: date(current.start) });
}

function bodiesList(context: ViewContext, bodies: Body[], counts: Part<Record<string, number>>): TemplateResult {
  const count = (body: Body) => {
    const value = body.current && counts.data?.[body.current.id];
    return counts.status === 'ready' && typeof value === 'number' ? html`<p class="count" part="count">${msg(context, 'mandatarissen', { count: value })}</p>` : nothing;
  };
  return html`<ul class="body-list" part="bodies">
      ${bodies.map(
        (body) => html`<li class="body" part="body">
          <p class="body-name">${body.naam ?? msg(context, 'unknown')}</p>
          ${body.classificatie && !body.naam?.startsWith(body.classificatie) ? html`<p class="muted">${body.classificatie}</p>` : nothing}
          <p class="period">${period(context, body)}</p>
          ${count(body)}
        </li>`,
      )}
    </ul>
    <p class="source" part="source">${msg(context, 'source', { source: sourceText(context, LOKET) })}</p>
    ${counts.status === 'ready'
      ? html`<p class="source" part="source">${msg(context, 'countsSource', { source: sourceText(context, { app: 'lmb' }) })}</p>`
      : (gate(context, counts, msg(context, 'moduleMandates'), 'mandaten', context.retry('counts')) ?? nothing)}`;
}

/** The bodies with their current period (Loket), and their current number of mandataries (LMB) once counted. */
export function renderBodies(context: ViewContext, bodies: Part<Body[]>, counts: Part<Record<string, number>>): TemplateResult {
  const content =
    gate(context, bodies, '', 'mandaten', context.retry('bodies')) ??
    (bodies.data?.length ? bodiesList(context, bodies.data, counts) : html`<p class="empty" part="empty">${msg(context, 'noBodies')}</p>`);
  return section(context, 'bodies', content);
}

function preferenceText(context: ViewContext, bestuur: Bestuur, edit: () => void): TemplateResult {
  const text = bestuur.wilMailOntvangen
    ? bestuur.mailAdres
      ? msg(context, 'preferenceOn', { address: bestuur.mailAdres })
      : msg(context, 'preferenceOnNoAddress')
    : msg(context, 'preferenceOff');
  return html`<p class="preference" part="preference">${text}</p>
    <p class="source" part="source">${msg(context, 'source', { source: sourceText(context, { app: 'loket' }) })}</p>
    <button type="button" class="secondary edit" part="edit-preference" @click=${edit}>${msg(context, 'change')}</button>`;
}

/**
 * The preference as text, and "Wijzigen" for a user who may change it (or the open form). Its
 * values come with the core data, so that read's state is this section's too.
 */
export function renderPreference(context: ViewContext, access: Part<true>, core: Part<Bestuur>, form: TemplateResult | undefined, edit: () => void): TemplateResult {
  const content =
    gate(context, access, msg(context, 'moduleBerichten'), 'berichten', context.retry('preference')) ??
    gate(context, core, '', 'berichten', context.retry('core')) ??
    form ??
    preferenceText(context, core.data!, edit);
  return section(context, 'preference', content);
}
