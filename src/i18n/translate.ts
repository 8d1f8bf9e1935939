import { INTL_LOCALE, type Lang } from './lang.js';

/** A message is plain text, or plural forms chosen by `Intl.PluralRules` on the `count` parameter. */
export type Message = string | { zero?: string; one?: string; other: string };
export type Messages<K extends string = string> = Record<K, Message>;
/** Dutch is complete by type; other languages fall back to Dutch per key. */
export type Catalog<K extends string = string> = { nl: Messages<K> } & Partial<Record<Exclude<Lang, 'nl'>, Partial<Messages<K>>>>;
export type Params = Record<string, string | number>;

const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralCategory(lang: Lang, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])));
  return rules.select(count);
}

function pick(message: Message, lang: Lang, params: Params | undefined): string {
  if (typeof message === 'string') return message;
  const count = Number(params?.count ?? 0);
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = pluralCategory(lang, count);
  return (category === 'one' ? message.one : undefined) ?? message.other;
}

/** Replaces `{name}` with the parameter (numbers formatted for the language). Unknown names stay. */
function interpolate(text: string, lang: Lang, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(INTL_LOCALE[lang]) : value;
  });
}

export function translate<K extends string>(catalog: Catalog<K>, lang: Lang, key: K, params?: Params): string {
  const localized = (catalog[lang] as Partial<Messages<K>> | undefined)?.[key];
  const message: Message = localized ?? catalog.nl[key];
  return interpolate(pick(message, lang, params), lang, params);
}
