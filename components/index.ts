// loket-elements: importing this module registers every widget and exposes the shared API.
export * from '../src/index.js';
export * from './provider/provider.js';
export * from './service-finder/service-finder.js';
export * from './dossier-list/dossier-list.js';
export * from './notification-bell/notification-bell.js';
export * from './mandate-editor/mandate-editor.js';
export * from './inbox/inbox.js';
export * from './bestuur-profile/bestuur-profile.js';
