// Transcribed from lblod/app-digitaal-loket config/resources/master-email-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const masterEmailDomain: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/master-email-domain.lisp',
  resources: [
    // line 1: (define-resource mailbox () …)
    {
      name: 'mailbox',
      path: 'mailboxes',
      class: 'nmo:Mailbox',
      base: 'http://data.lblod.info/id/mailboxes/',
      features: ['include-uri'],
      properties: {
        id: ['string', 'nie:identifier'],
      },
      hasMany: {
        folders: ['folder', 'nie:hasPart'],
      },
    },
    // line 10: (define-resource folder () …)
    {
      name: 'folder',
      path: 'mail-folders',
      class: 'nfo:Folder',
      base: 'http://data.lblod.info/id/mail-folders/',
      features: ['include-uri'],
      properties: {
        name: ['string', 'nie:title'],
        description: ['string', 'nie:description'],
      },
      hasMany: {
        emails: ['email', 'email:hasEmail'],
        folders: ['folder', 'email:hasFolder'],
      },
    },
    // line 22: (define-resource email () …)
    {
      name: 'email',
      path: 'emails',
      class: 'nmo:Email',
      base: 'http://data.lblod.info/id/emails/',
      features: ['include-uri'],
      properties: {
        'message-id': ['string', 'nmo:messageId'],
        from: ['string', 'nmo:messageFrom'],
        to: ['string', 'nmo:emailTo'],
        cc: ['string', 'nmo:emailCc'],
        bcc: ['string', 'nmo:emailBcc'],
        subject: ['string', 'nmo:messageSubject'],
        content: ['string', 'nmo:plainTextMessageContent'],
        'html-content': ['string', 'nmo:htmlMessageContent'],
        'is-read': ['boolean', 'nmo:isRead'],
        'content-mime-type': ['string', 'nmo:contentMimeType'],
        'received-date': ['datetime', 'nmo:receivedDate'],
        'sent-date': ['datetime', 'nmo:sentDate'],
        'number-of-retries': ['number', 'task:numberOfRetries'],
      },
      hasOne: {
        'in-reply-to': ['email', 'nmo:inReplyTo'],
        folder: ['folder', 'nmo:isPartOf', 'inverse'],
      },
      hasMany: {
        headers: ['email-header', 'nmo:messageHeader'],
        attachments: ['file', 'nmo:hasAttachment'],
        // commented out in the source (lines 46-47): (email :via nmo:references :as "references")
      },
    },
    // line 52: (define-resource email-header () …)
    {
      name: 'email-header',
      path: 'email-headers',
      class: 'nmo:MessageHeader',
      base: 'http://data.lblod.info/id/email-headers/',
      features: ['include-uri'],
      properties: {
        'header-name': ['string', 'nmo:headerName'],
        'header-value': ['string', 'nmo:headerValue'],
      },
      hasOne: {
        email: ['email', 'nmo:messageHeader', 'inverse'],
      },
    },
  ],
};
