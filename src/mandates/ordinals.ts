/**
 * Dutch ordinal words from "eerste" to "honderdste", as the Flemish tools require at the start of a
 * `rangorde` ("Eerste schepen", "Tweeëntwintigste gemeenteraadslid"). Generated rather than listed
 * so the hundred words cost a few bytes in the bundle.
 */
const FIRST_NINETEEN = [
  'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende',
  'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende',
  'negentiende',
];
const UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

function buildOrdinals(): Map<string, number> {
  const words = new Map<string, number>();
  FIRST_NINETEEN.forEach((word, index) => words.set(word, index + 1));
  TENS.forEach((tens, tensIndex) => {
    const base = (tensIndex + 2) * 10;
    words.set(`${tens}ste`, base);
    // "ën" after a word ending in e (tweeën, drieën), "en" otherwise.
    UNITS.forEach((unit, unitIndex) => words.set(`${unit}${unit.endsWith('e') ? 'ën' : 'en'}${tens}ste`, base + unitIndex + 1));
  });
  words.set('honderdste', 100);
  return words;
}

const ORDINALS = buildOrdinals();

/** Case- and diaeresis-insensitive: "TWEEENTWINTIGSTE" and "tweeëntwintigste" are the same word. */
const fold = (word: string): string => word.toLowerCase().replace(/ë/g, 'e');
const FOLDED = new Map([...ORDINALS].map(([word, value]) => [fold(word), value]));

/** 1…100 when `rangorde` starts with a Dutch ordinal word, else undefined. */
export function ordinalValue(rangorde: string | undefined): number | undefined {
  const first = rangorde?.trim().split(/\s+/)[0];
  return first ? FOLDED.get(fold(first)) : undefined;
}

/** "Eerste", "Tweede" … for 1…100 (used to suggest the next free rangorde). */
export function ordinalWord(value: number): string | undefined {
  for (const [word, number] of ORDINALS) {
    if (number === value) return word[0]!.toUpperCase() + word.slice(1);
  }
  return undefined;
}
