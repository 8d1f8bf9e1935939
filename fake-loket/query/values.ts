import type { AttributeKind, LanguageString } from '../schema.js';

/**
 * The lexical forms of a stored value, as `str(?v)` gives them: what plain `filter[x]` (a
 * case-insensitive CONTAINS) and `:exact:` on text compare against, for every attribute type.
 */
export function lexicalTextsOf(value: unknown, kind: AttributeKind): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  if (kind === 'language-string-set' || kind === 'language-string') {
    return items.map((entry) => String((entry as LanguageString)?.content ?? ''));
  }
  return items.map(String);
}

/**
 * A value reduced to something `<` orders like the triple store would: numbers and instants as
 * numbers, everything else as text. `undefined` when the record has no value.
 */
export function comparableOf(value: unknown, kind: AttributeKind, noCase = false): number | string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (kind) {
    case 'number': {
      const number = Number(value);
      return Number.isNaN(number) ? undefined : number;
    }
    case 'date':
    case 'datetime': {
      const time = Date.parse(String(value));
      return Number.isNaN(time) ? undefined : time;
    }
    case 'boolean':
      return value === true || value === 'true' ? 1 : 0;
    default: {
      const text = pickText(value, kind);
      if (text === undefined) return undefined;
      return noCase ? text.toLowerCase() : text;
    }
  }
}

/** Parses a filter operand for comparison with values of `kind`. */
export function comparableOperand(operand: string, kind: AttributeKind): number | string | undefined {
  if (kind === 'number' || kind === 'date' || kind === 'datetime' || kind === 'boolean') {
    return comparableOf(operand, kind);
  }
  return operand;
}

/** The text a multi-valued attribute sorts by: Dutch first, as the Loket's own views do. */
function pickText(value: unknown, kind: AttributeKind): string | undefined {
  if ((kind === 'language-string-set' || kind === 'language-string') && value !== null) {
    const entries = (Array.isArray(value) ? value : [value]) as LanguageString[];
    const preferred = entries.find((entry) => entry?.language === 'nl') ?? entries[0];
    return preferred ? String(preferred.content) : undefined;
  }
  if (Array.isArray(value)) return value.length > 0 ? String(value[0]) : undefined;
  return String(value);
}

export function compareComparables(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
