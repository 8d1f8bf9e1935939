import type { LoketClient } from '../api/client.js';
import type { DocumentType, Dossier, DossierStatus } from '../api/dossiers.js';
import type { DossierListState } from './list-state.js';
import type { StatusKind } from './status.js';

/**
 * A status to filter on, with its kind worked out by the source: the status mapping (status.ts)
 * then loads with the source's code, not with the widget's first render.
 */
export interface StatusOption extends DossierStatus {
  kind: StatusKind;
}

export interface DossierOptions {
  statuses: StatusOption[];
  types: DocumentType[];
}

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
   * The filter choices: asked once and shared by every call after (so the first caller's signal
   * counts; the widget passes the one of its own life). A failure is forgotten: the next call asks again.
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
 * A Loket collection: supervision submissions, or subsidy applications where the Loket offers
 * them. Query building and mapping load with the first request; the first render (a skeleton)
 * does not need them.
 */
export async function loketSource(client: LoketClient, bestuurseenheid: () => Promise<string>, subsidies = false): Promise<DossierSource> {
  const [{ remoteSource, SUBMISSIONS }, collection] = await Promise.all([
    import('./remote.js'),
    subsidies ? import('./subsidies.js').then((module) => module.SUBSIDIES) : undefined,
  ]);
  return remoteSource(client, bestuurseenheid, collection ?? SUBMISSIONS);
}
