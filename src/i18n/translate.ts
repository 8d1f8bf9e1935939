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

/** The keys of a catalog, taken from its (complete) Dutch texts. */
export type KeyOf<C extends Catalog> = keyof C['nl'] & string;

export function translate<C extends Catalog>(catalog: C, lang: Lang, key: KeyOf<C>, params?: Params): string {
  const localized = (catalog[lang] as Partial<Messages> | undefined)?.[key];
  const message: Message = localized ?? (catalog.nl as Messages)[key]!;
  return interpolate(pick(message, lang, params), lang, params);
}

type LanguagePack<K extends string> = () => Promise<{ default: Partial<Messages<K>> }>;
type OtherLang = Exclude<Lang, 'nl'>;

const packLoaders = new WeakMap<object, Partial<Record<OtherLang, LanguagePack<string>>>>();
const packLoads = new WeakMap<object, Map<OtherLang, Promise<void>>>();

/**
 * A catalog whose French, German and English texts are separate chunks (`import()`), fetched the
 * first time a widget needs that language. Most users read Dutch; this keeps three quarters of
 * every widget's text out of its bundle.
 *
 * One layout everywhere: a part's catalog is `<part>.messages.ts` beside it (the Dutch texts and
 * this call), its other languages are `translations/<part>.<lang>.ts` in the same folder.
 */
export function lazyCatalog<K extends string>(nl: Messages<K>, packs: Partial<Record<OtherLang, LanguagePack<K>>>): Catalog<K> {
  const catalog: Catalog<K> = { nl };
  packLoaders.set(catalog, packs as Partial<Record<OtherLang, LanguagePack<string>>>);
  return catalog;
}

/**
 * Makes `lang` of a catalog available. Returns undefined when nothing needs loading (Dutch, eager
 * catalogs, or loaded already), so callers only wait when they must. A pack that fails to load
 * leaves the Dutch fallback in place.
 */
export function loadLanguage(catalog: Catalog, lang: Lang): Promise<void> | undefined {
  if (lang === 'nl' || catalog[lang]) return undefined;
  const loader = packLoaders.get(catalog)?.[lang];
  if (!loader) return undefined;
  let loads = packLoads.get(catalog);
  if (!loads) packLoads.set(catalog, (loads = new Map()));
  let load = loads.get(lang);
  if (!load) {
    load = loader().then(
      (module) => {
        catalog[lang] = module.default;
      },
      (error: unknown) => {
        loads.delete(lang);
        console.warn(`[loket-elements] no "${lang}" texts; showing Dutch`, error);
      },
    );
    loads.set(lang, load);
  }
  return load;
}
