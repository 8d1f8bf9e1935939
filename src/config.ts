/**
 * Configuration, strongest first: the widget's own attributes/properties, the nearest
 * `<loket-provider>`, then the page-wide `configure({...})`.
 */
export type TokenProvider = () => Promise<string | null | undefined>;
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export interface LoketConfig {
  /** Root URL of the Loket app's API on the page's own origin, e.g. `/loket-api` (see deploy/). */
  apiBase?: string;
  /** Root of Lokaal Mandatenbeheer (the mandates since 2024), e.g. `/lmb-api`; default `apiBase`. */
  mandatesApiBase?: string;
  /** Root of Subsidiepunt (subsidy applications), e.g. `/subsidiepunt-api`; default `apiBase`. */
  subsidiesApiBase?: string;
  /** Root of the Contactgegevens app (the bestuur's own core and contact data); default `apiBase`. */
  contactApiBase?: string;
  /** Id of the bestuurseenheid; default: the session's group from `/sessions/current`. */
  bestuurseenheid?: string;
  /** Request credentials; the Loket's session lives in a cookie, hence `include`. */
  credentials?: RequestCredentials;
  /** For hosts that front the API with bearer tokens instead of the session cookie. */
  tokenProvider?: TokenProvider;
  /** Transport override: a host's own fetch, or the fake Loket's handler in demos and tests. */
  fetch?: FetchLike;
  /** Request timeout in milliseconds. */
  timeout?: number;
}

export interface ResolvedConfig extends LoketConfig {
  apiBase: string;
  credentials: RequestCredentials;
  timeout: number;
}

/**
 * The apps of the Loket family a widget may talk to, each on its own root: the Loket itself,
 * Lokaal Mandatenbeheer, Subsidiepunt and Contactgegevens. Each app keeps its own session.
 */
export type LoketApp = 'loket' | 'mandates' | 'subsidies' | 'contact';

const APP_ROOTS = { mandates: 'mandatesApiBase', subsidies: 'subsidiesApiBase', contact: 'contactApiBase' } as const;

/** The API root of one app: its own setting, else the Loket's `apiBase`. */
export function apiRootOf(config: ResolvedConfig, app: LoketApp): string {
  return (app === 'loket' ? undefined : config[APP_ROOTS[app]]) || config.apiBase;
}

export const DEFAULTS: ResolvedConfig = {
  apiBase: '',
  credentials: 'include',
  timeout: 15000,
};

let globalConfig: LoketConfig = {};
const listeners = new Set<() => void>();

/** Sets page-wide defaults for every widget; widgets already on the page pick the change up. */
export function configure(config: LoketConfig): void {
  globalConfig = { ...globalConfig, ...withoutUndefined(config) };
  for (const listener of listeners) listener();
}

export function getGlobalConfig(): Readonly<LoketConfig> {
  return globalConfig;
}

/** Test and teardown helper: forget everything `configure()` set. */
export function resetConfig(): void {
  globalConfig = {};
  for (const listener of listeners) listener();
}

export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Layers configurations; an `undefined` in a stronger layer never hides a weaker layer's value. */
export function mergeConfig(...layersWeakestFirst: (LoketConfig | undefined)[]): ResolvedConfig {
  let merged: LoketConfig = { ...DEFAULTS };
  for (const layer of layersWeakestFirst) if (layer) merged = { ...merged, ...withoutUndefined(layer) };
  return merged as ResolvedConfig;
}

function withoutUndefined(config: LoketConfig): LoketConfig {
  return Object.fromEntries(
    Object.entries(config).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as LoketConfig;
}
