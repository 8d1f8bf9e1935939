/** One value of a mu-cl-resources language-string set. */
export interface LanguageString {
  content: string;
  /** Lower-cased BCP 47 tag; absent when the server sent none. */
  language?: string;
}

/** The Loket's content is Dutch; these stand in, best first, when the asked language is missing. */
const DUTCH_CHAIN = ['nl', 'nl-be-x-formal', 'nl-be-x-informal', 'nl-be'];

/**
 * Keeps the well-formed entries of a `:language-string-set`; a single `:language-string` object
 * and a plain string count as one value.
 */
export function languageStrings(value: unknown): LanguageString[] {
  if (typeof value === 'string') return [{ content: value }];
  const entries: unknown[] = Array.isArray(value) ? value : [value];
  const strings: LanguageString[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') {
      strings.push({ content: entry });
    } else if (isLanguageString(entry)) {
      const language = typeof entry.language === 'string' ? entry.language.toLowerCase() : undefined;
      strings.push(language ? { content: entry.content, language } : { content: entry.content });
    }
  }
  return strings;
}

/**
 * Picks the value for `lang`: the exact tag, then the same primary language (`fr-be` for `fr`),
 * then the Dutch chain (`nl` ← `nl-be-x-formal` ← `nl-be-x-informal` ← `nl-be` ← other `nl-*`),
 * then an untagged value, then whatever there is.
 */
export function pickLanguage(strings: readonly LanguageString[], lang: string): string | undefined {
  if (!strings.length) return undefined;
  const wanted = lang.toLowerCase();
  const primary = wanted.split('-')[0];
  const exact = strings.find((s) => s.language === wanted);
  if (exact) return exact.content;
  const preferred = primary === 'nl' ? DUTCH_CHAIN : [primary];
  for (const tag of preferred) {
    const hit = strings.find((s) => s.language === tag);
    if (hit) return hit.content;
  }
  const sameLanguage = strings.find((s) => s.language?.split('-')[0] === primary);
  if (sameLanguage) return sameLanguage.content;
  if (primary !== 'nl') {
    const dutch = pickLanguage(strings.filter((s) => s.language?.split('-')[0] === 'nl'), 'nl');
    if (dutch !== undefined) return dutch;
  }
  return (strings.find((s) => s.language === undefined) ?? strings[0])!.content;
}

function isLanguageString(entry: unknown): entry is { content: string; language?: unknown } {
  return typeof entry === 'object' && entry !== null && typeof (entry as { content?: unknown }).content === 'string';
}
