import type { LoketClient } from '../api/client.js';
import type { DocumentType, Dossier, DossierStatus, Organ } from '../api/dossiers.js';
import type { DossierKind, DossierListState } from './list-state.js';
import type { StatusKind } from './status.js';

/**
 * A status to filter on, with its kind worked out by the source: the status mapping (status.ts)
 * then loads with the source's code, not with the widget's first render.
 */
export interface StatusOption extends DossierStatus {
  kind: StatusKind;
}

/**
 * The filter choices, each code list on its own: `null` where it failed to load (that filter says
 * so and cannot be used; the list itself is not affected).
 */
export interface DossierOptions {
  statuses: StatusOption[] | null;
  types: DocumentType[] | null;
  /** The bodies to filter on (submissions); empty: no filter (the Loket hides it too). */
  organs: Organ[] | null;
  /** What failed this time (reported as `loket-error`); a failed list is asked again next time. */
  failures: unknown[];
}

export const NO_OPTIONS: DossierOptions = { statuses: [], types: [], organs: [], failures: [] };

export interface DossierPage {
  items: Dossier[];
  /** Total matches; the Loket's `meta.count`, or a lower bound when a server leaves it out. */
  count: number;
}

/**
 * Where the list's dossiers come from: a Loket collection, or dossiers a host handed in. The
 * widget asks the same three questions of either.
 */
export interface DossierSource {
  /**
   * The filter choices: never rejects (see DossierOptions). A list that loaded is shared by every
   * call after (so the first caller's signal counts; the widget passes the one of its own life).
   */
  options(signal: AbortSignal): Promise<DossierOptions>;
  page(state: DossierListState, number: number, size: number, signal: AbortSignal): Promise<DossierPage>;
  /** Every dossier of the current view and filters, for the CSV export. */
  all(state: DossierListState, signal: AbortSignal): Promise<Dossier[]>;
}

/**
 * Dossiers a host handed in, filtered and sorted in memory. The sources' code loads on first use
 * (most pages never need it); the widget keeps the promise.
 */
export async function localSource(dossiers: readonly Dossier[]): Promise<DossierSource> {
  return (await import('./local.js')).memorySource(dossiers);
}

/**
 * A collection of the Loket family: supervision submissions from the Loket, or subsidy
 * applications from Subsidiepunt (`client` is that app's). Query building and mapping load with
 * the first request; the first render (a skeleton) does not need them.
 */
export async function loketSource(client: LoketClient, bestuurseenheid: () => Promise<string>, kind: DossierKind): Promise<DossierSource> {
  const [{ remoteSource }, { collection }] = await Promise.all([
    import('./remote.js'),
    kind === 'subsidies' ? import('./subsidies.js') : import('./submissions.js'),
  ]);
  return remoteSource(client, bestuurseenheid, collection);
}
