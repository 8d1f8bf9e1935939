// React wrappers (`loket-elements/react`): properties become props and `loket-*` events become
// `onLoket…` callbacks, made with @lit/react. Importing this module registers every widget.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { LoketProvider } from './provider/provider.js';
import { LoketServiceFinder } from './service-finder/service-finder.js';
import { LoketDossierList } from './dossier-list/dossier-list.js';
import { LoketNotificationBell } from './notification-bell/notification-bell.js';
import { LoketMandateEditor } from './mandate-editor/mandate-editor.js';
import { LoketInbox } from './inbox/inbox.js';
import { LoketBestuurProfile } from './bestuur-profile/bestuur-profile.js';
import type { LoketEvents } from '../src/events.js';

const event = <K extends keyof LoketEvents>(name: K) => name as EventName<CustomEvent<LoketEvents[K]>>;
const onError = { onLoketError: event('loket-error') };

export const LoketProviderReact = createComponent({ react: React, tagName: 'loket-provider', elementClass: LoketProvider });

export const LoketServiceFinderReact = createComponent({
  react: React,
  tagName: 'loket-service-finder',
  elementClass: LoketServiceFinder,
  events: { ...onError, onLoketServiceSelect: event('loket-service-select') },
});

export const LoketDossierListReact = createComponent({
  react: React,
  tagName: 'loket-dossier-list',
  elementClass: LoketDossierList,
  events: { ...onError, onLoketDossierSelect: event('loket-dossier-select') },
});

export const LoketNotificationBellReact = createComponent({
  react: React,
  tagName: 'loket-notification-bell',
  elementClass: LoketNotificationBell,
  events: {
    ...onError,
    onLoketUnreadChange: event('loket-unread-change'),
    onLoketMessageSelect: event('loket-message-select'),
  },
});

export const LoketMandateEditorReact = createComponent({
  react: React,
  tagName: 'loket-mandate-editor',
  elementClass: LoketMandateEditor,
  events: { ...onError, onLoketMandateSave: event('loket-mandate-save') },
});

export const LoketInboxReact = createComponent({
  react: React,
  tagName: 'loket-inbox',
  elementClass: LoketInbox,
  events: { ...onError, onLoketDeadline: event('loket-deadline') },
});

export const LoketBestuurProfileReact = createComponent({
  react: React,
  tagName: 'loket-bestuur-profile',
  elementClass: LoketBestuurProfile,
  events: {
    ...onError,
    onLoketCorrectionRequest: event('loket-correction-request'),
    onLoketPreferenceSave: event('loket-preference-save'),
  },
});

// The names a React app expects: `import { LoketServiceFinder } from 'loket-elements/react'`.
export {
  LoketProviderReact as LoketProvider,
  LoketServiceFinderReact as LoketServiceFinder,
  LoketDossierListReact as LoketDossierList,
  LoketNotificationBellReact as LoketNotificationBell,
  LoketMandateEditorReact as LoketMandateEditor,
  LoketInboxReact as LoketInbox,
  LoketBestuurProfileReact as LoketBestuurProfile,
};
