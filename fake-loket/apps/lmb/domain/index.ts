// The LMB domain, in the `read-domain-file` order of lblod/app-lokaal-mandatenbeheer
// config/resources/domain.lisp:14-24 at 1e320810 (2026-07-16).
//
// Every file domain.lisp reads is transcribed; none is skipped. (forms.lisp, feature.lisp and
// shacl-report.lisp were optional in the brief but are small.) repository.lisp holds only
// `add-prefix` calls.
//
// domain.lisp settings that are not resources: *include-count-in-paginated-responses* t (meta.count),
// *supply-cache-headers-p* t, *cache-count-queries* nil, and a `before (:list file)` guard
// (see files.ts).
import type { DomainFile } from '../../../domain.js';
import { conceptScheme } from './concept-scheme.js';
import { files } from './files.js';
import { user } from './user.js';
import { externalBesluit } from './external-besluit.js';
import { externalContact } from './external-contact.js';
import { externalMandaat } from './external-mandaat.js';
import { forms } from './forms.js';
import { verkiezingen } from './verkiezingen.js';
import { systemNotification } from './system-notification.js';
import { feature } from './feature.js';
import { shaclReport } from './shacl-report.js';

export const domain: DomainFile[] = [
  conceptScheme, // domain.lisp:14
  files, // domain.lisp:15
  user, // domain.lisp:16
  externalBesluit, // domain.lisp:17
  externalContact, // domain.lisp:18
  externalMandaat, // domain.lisp:19
  forms, // domain.lisp:20
  verkiezingen, // domain.lisp:21
  systemNotification, // domain.lisp:22
  feature, // domain.lisp:23
  shaclReport, // domain.lisp:24
];
