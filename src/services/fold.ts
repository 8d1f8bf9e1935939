/** Word matching for the index and the highlighter: small, so the finder's first bundle keeps it. */

/** Lower case without diacritics: "Café" and "cafe" must find each other. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most words are plain ASCII: they skip the costly normalisation (the index folds every word).
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Words as the index and the highlighter see them: runs of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;
