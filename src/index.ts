// The core's public API: configuration, the base element, events, theme, the client. It registers
// no widget; the package entry (`components/index.ts`) adds every widget to it.
export { configure, resetConfig } from './config.js';
export type { LoketConfig, FetchLike, TokenProvider } from './config.js';
export { loketConfigContext } from './context.js';
export { defineElement } from './define.js';
export { emit } from './events.js';
export type { LoketEvents, LoketEventName, LoketErrorDetail } from './events.js';
export { LoketElement } from './base-element.js';
export { themeTokens, sharedStyles } from './theme.js';
export { LANGS, type Lang } from './i18n/lang.js';
export { LoketClient, LoketError, isLoketError, query, getSession } from './api/index.js';
export type { LoketErrorKind, LoketSession, LoketClientOptions } from './api/index.js';

