/** Where an unsaved notification preference waits (`DraftStore` keys: prefix, account, bestuur). */
export const PREFERENCE_DRAFTS = 'loket-bestuur-profile:preference';

/**
 * Whether a draft waits for this account and bestuur, read without the editors' code, so a reader
 * with nothing pending never downloads the forms. The editors validate the draft before using it.
 */
export function preferenceDraftWaits(account: string, bestuur: string): boolean {
  try {
    return !!globalThis.localStorage?.getItem(`${PREFERENCE_DRAFTS}:${account}:${bestuur}`);
  } catch {
    return false;
  }
}
