import { fold, WORD } from './fold.js';

export interface TextPart {
  text: string;
  /** The word matched the query and is shown marked. */
  match: boolean;
}

/**
 * Splits text into plain and matched parts, for a template to wrap the matched parts in `<mark>`.
 * Words are compared folded (case and diacritics ignored), so "cafe" marks "Café". The parts are
 * text: the caller renders them through template bindings, never as HTML.
 */
export function highlightParts(text: string, terms: ReadonlySet<string>): TextPart[] {
  if (terms.size === 0 || text === '') return [{ text, match: false }];
  const parts: TextPart[] = [];
  let plainStart = 0;
  for (const word of text.matchAll(WORD)) {
    if (!terms.has(fold(word[0]))) continue;
    const start = word.index;
    if (start > plainStart) parts.push({ text: text.slice(plainStart, start), match: false });
    parts.push({ text: word[0], match: true });
    plainStart = start + word[0].length;
  }
  if (plainStart < text.length) parts.push({ text: text.slice(plainStart), match: false });
  return parts;
}
