// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/system-notification.lisp at 1e320810 (2026-07-16).
import type { DomainFile } from '../../../domain.js';

export const systemNotification: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/system-notification.lisp',
  resources: [
    {
      // system-notification.lisp:1-18
      name: 'system-notification',
      path: 'system-notifications',
      class: 'ext:SystemNotification',
      // sic: no trailing slash
      base: 'http://data.lblod.info/id/SystemNotification',
      features: ['include-uri'],
      properties: {
        subject: ['string', 'dct:subject'],
        message: ['string', 'schema:description'],
        'created-at': ['datetime', 'dct:created'],
        'read-at': ['datetime', 'ext:readAt'],
        'archived-at': ['datetime', 'ext:archivedAt'],
      },
      hasOne: {
        gebruiker: ['gebruiker', 'ext:notificationFor'],
        code: ['notification-code', 'dct:type'],
      },
      hasMany: {
        'linked-items': ['system-notification-link', 'ext:notificationLink'],
      },
    },
    {
      // system-notification.lisp:20-31
      name: 'system-notification-link',
      path: 'system-notification-links',
      class: 'ext:SystemNotificationLink',
      // sic: no trailing slash
      base: 'http://data.lblod.info/id/SystemNotificationLink',
      features: ['include-uri'],
      properties: {
        kind: ['string', 'ext:linkedType'],
        target: ['url', 'ext:linkedTo'],
      },
      hasOne: {
        // sic: the target is `gebruiker`, not `system-notification` (system-notification.lisp:26-28).
        notification: ['gebruiker', 'ext:notificationLink', 'inverse'],
      },
    },
    {
      // system-notification.lisp:33-38
      name: 'notification-code',
      path: 'system-notification-codes',
      class: 'ext:SystemNotificationCode',
      base: 'http://data.lblod.info/id/concept/SystemNotificationCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // system-notification.lisp:40-48
      name: 'global-system-message',
      path: 'global-system-messages',
      class: 'ext:GlobalSystemMessage',
      base: 'http://data.lblod.info/id/GlobalSystemMessage/',
      features: ['include-uri'],
      properties: {
        message: ['string', 'schema:description'],
        'is-active': ['string', 'dct:status'],
      },
    },
  ],
};
