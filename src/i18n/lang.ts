/** The UI languages shipped. Dutch is the default: the Loket is a Flemish service. */
export const LANGS = ['nl', 'fr', 'de', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

/** BCP 47 tags for Intl formatting: Belgian variants, British English. */
export const INTL_LOCALE: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-GB' };

/** `nl-BE`, `NL`, `fr-be-x-formal` → a shipped language; anything else → undefined. */
export function normalizeLang(raw: string | null | undefined): Lang | undefined {
  const primary = raw?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

/**
 * The language of an element: its own or nearest ancestor's `lang` attribute, crossing shadow
 * roots to their hosts, then `<html lang>`, then Dutch. An unsupported language falls back to Dutch.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return normalizeLang(node.getAttribute('lang')) ?? DEFAULT_LANG;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return normalizeLang(document.documentElement.getAttribute('lang')) ?? DEFAULT_LANG;
}
