import type { FakeApp } from './app.js';
import type { FakeLoket } from './index.js';
import type { LanguageString, StoredResource } from './schema.js';

/**
 * A hostile Loket: every text the widgets could show is replaced by an XSS payload, every URL by a
 * non-http scheme, while ids and relationships stay intact (so the widgets still find their data).
 * A payload that ever runs sets `window.__xss = true`; an element a payload would create carries
 * `data-xss`, so a test can look for both.
 */

export interface HostilePayloads {
  /** Put before a text's original value (which is kept, so search and sort still have words). */
  text: readonly string[];
  /** Put in place of a URL-ish value. */
  url: readonly string[];
  /** Put before an HTML description's original value (it is sanitised HTML, not text). */
  html: readonly string[];
}

const RAN = 'window.__xss=true';
/** Right-to-left override: text after it renders mirrored unless the widget isolates it. */
const RTL_OVERRIDE = '\u202E';

export const XSS_PAYLOADS: HostilePayloads = {
  text: [
    `<img src=x onerror="${RAN}" data-xss>`,
    `<script data-xss>${RAN}</script>`,
    `"><svg onload="${RAN}" data-xss>`,
    `'><iframe src="javascript:${RAN}" data-xss></iframe>`,
    `<a href="javascript:${RAN}" data-xss>klik</a>`,
    `<details open ontoggle="${RAN}" data-xss>`,
    `${RTL_OVERRIDE}gnp.exe ${RTL_OVERRIDE}`,
    `{{constructor.constructor('${RAN}')()}} \${${RAN}}`,
    `${'Zeer lange tekst zonder einde '.repeat(120)}<img src=x onerror="${RAN}" data-xss>`,
  ],
  url: [
    `javascript:${RAN}`,
    ` JaVaScRiPt:${RAN}`,
    `\tjava\nscript:${RAN}`,
    `data:text/html,<script>${RAN}</script>`,
    `vbscript:msgbox(1)`,
    `javascript://%0a${RAN}`,
  ],
  html: [
    `<p><a href="javascript:${RAN}" data-xss>Meer info</a></p>`,
    `<p><a href=" JaVaScRiPt:${RAN}">Meer info</a></p>`,
    `<p><a href="data:text/html,&lt;script&gt;${RAN}&lt;/script&gt;">Meer info</a></p>`,
    `<img src=x onerror="${RAN}" data-xss><script data-xss>${RAN}</script>`,
    `<svg><animate onbegin="${RAN}" attributeName=x dur=1s data-xss></svg>`,
    `<iframe srcdoc="<script>parent.${RAN}</script>" data-xss></iframe>`,
  ],
};

/** Attribute names whose values become links (or could): they get URL payloads. */
const URL_ATTRIBUTE = /(^|-)(url|href|website|link|uri-link|mail-adres|email)$/;
/** Language-string sets that the catalogue serves as HTML. */
const HTML_ATTRIBUTE = /^(description|additional-description|regulations|exceptions)$/;

function pick(list: readonly string[], counter: { n: number }): string {
  const value = list[counter.n % list.length]!;
  counter.n += 1;
  return value;
}

function hostileText(original: unknown, list: readonly string[], counter: { n: number }): string {
  const payload = pick(list, counter);
  return typeof original === 'string' && original !== '' ? `${payload} ${original}` : payload;
}

function rewriteRecord(record: StoredResource, kinds: Record<string, string>, payloads: HostilePayloads, counter: { n: number }): void {
  for (const [name, kind] of Object.entries(kinds)) {
    const value = record.attributes[name];
    if (value === undefined) continue;
    if (kind === 'url') {
      record.attributes[name] = pick(payloads.url, counter);
    } else if (kind === 'string') {
      record.attributes[name] = URL_ATTRIBUTE.test(name) ? pick(payloads.url, counter) : hostileText(value, payloads.text, counter);
    } else if (kind === 'language-string' && value && typeof value === 'object') {
      const entry = value as LanguageString;
      record.attributes[name] = { ...entry, content: hostileText(entry.content, payloads.text, counter) };
    } else if (kind === 'language-string-set' && Array.isArray(value)) {
      const list = HTML_ATTRIBUTE.test(name) ? payloads.html : payloads.text;
      record.attributes[name] = (value as LanguageString[]).map((entry) => ({
        ...entry,
        content: hostileText(entry?.content, list, counter),
      }));
    } else if (kind === 'string-set' && Array.isArray(value)) {
      record.attributes[name] = value.map((entry) => hostileText(entry, payloads.text, counter));
    }
  }
}

/**
 * Rewrites every text attribute (`string`, `string-set`, language strings) of every stored record
 * of every app (or of one app) with hostile values, and every `url` attribute with a non-http one, then tells the
 * fake its stores changed. Returns how many records were touched. `uri`, dates, numbers, ids and
 * relationships are left alone.
 */
export function makeHostile(target: FakeLoket | FakeApp, payloads: HostilePayloads = XSS_PAYLOADS): number {
  const counter = { n: 0 };
  let touched = 0;
  const apps = 'apps' in target ? Object.values(target.apps) : [target];
  for (const app of apps) {
    for (const [type, table] of app.store) {
      const kinds = app.types.get(type)?.attributes;
      if (!kinds) continue;
      for (const record of table.values()) {
        rewriteRecord(record, kinds, payloads, counter);
        touched += 1;
      }
    }
  }
  target.changed();
  return touched;
}
