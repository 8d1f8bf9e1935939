// loket-elements: importing this module registers every widget and exposes the shared API.
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

export * from '../components/provider/provider.js';
export * from '../components/service-finder/service-finder.js';
export * from '../components/dossier-list/dossier-list.js';
export * from '../components/notification-bell/notification-bell.js';
export * from '../components/mandate-editor/mandate-editor.js';
