// The Loket's mu-cl-resources domain, in the read order of lblod/app-digitaal-loket config/resources/domain.lisp
// (lines 24-49) at v1.227.0 (bb4942a6).
//
// Files of domain.lisp NOT transcribed (their resources are undefined link targets here):
//   post.lisp (line 27), master-validations-domain.lisp (29), master-dynamic-forms-domain.lisp (31),
//   master-bbcdr-domain.lisp (34), master-personeelsdatabank-domain.lisp (35), master-log-domain.lisp (36),
//   slave-mandaat-domain.lisp (37), slave-publicatie-gn-domain.lisp (42;
//   also read by the last line, 218, of slave-besluit-domain.lisp), master-reports-domain.lisp (43),
//   master-harvest-domain.lisp (46), dcat.json (47), invalidation.lisp (49).
//
// domain.lisp:3-12 also sets *include-count-in-paginated-responses* t (meta.count on every list),
// *supply-cache-headers-p* t, *cache-model-properties-p* t, *max-group-sorted-properties* t,
// *fetch-all-types-in-construct-queries* t and *cache-count-queries* nil.
import type { DomainFile } from '../../../domain.js';
import { agentInPosition } from './agent-in-position.js';
import { conceptScheme } from './concept-scheme.js';
import { ipdc } from './ipdc.js';
import { masterEmailDomain } from './master-email-domain.js';
import { masterFilesDomain } from './master-files-domain.js';
import { masterJobDomain } from './master-job-domain.js';
import { masterMessagesDomain } from './master-messages-domain.js';
import { masterSubmissionsDomain } from './master-submissions-domain.js';
import { masterUsersDomain } from './master-users-domain.js';
import { organisation } from './organisation.js';
import { slaveBesluitDomain } from './slave-besluit-domain.js';
import { slaveContactDomain } from './slave-contact-domain.js';
import { slaveLeidinggevendenDomain } from './slave-leidinggevenden-domain.js';
import { worshipUnits } from './worship-units.js';

export const domain: DomainFile[] = [
  agentInPosition, // domain.lisp:24
  organisation, // :25
  conceptScheme, // :26
  masterUsersDomain, // :28
  masterFilesDomain, // :30
  masterMessagesDomain, // :32
  masterEmailDomain, // :33
  worshipUnits, // :38
  slaveBesluitDomain, // :39
  slaveLeidinggevendenDomain, // :40
  slaveContactDomain, // :41
  masterSubmissionsDomain, // :44
  masterJobDomain, // :45
  ipdc, // :48
];

/**
 * domain.lisp:51-72, `(before (:list file) (resource) …)`: "Extra security layer to return 403 on GET /files".
 * The hook runs inside mu-cl-resources' list call of the `file` resource, i.e. only for `GET /files` (not for
 * `GET /<type>/:id/files` or `GET /files/:id`). It looks at every filter of the request
 * (`extract-filters-from-request`, components = the bracket parts of `filter[a][b]…`) and lets the list through when
 * AT LEAST ONE filter (others may be present too) is either
 *   - exactly `filter[:uri:]` (1 component, `:uri:`; lines 64-67), or
 *   - any 3-component filter whose third component is `:id:`, e.g. `filter[data-container][input-from-tasks][:id:]`
 *     (lines 59-62).
 * Otherwise it signals `access-denied` (line 72), which the list handler answers (mu-cl-resources d03f906
 * `call-specification.lisp:5-12, 21-22`; `request-parsing.lisp:164-174`) with 403 and
 *   {"errors":{"status":"Access Denied","code":"403","title":"Access for LIST operation on files with id NONE was denied."}}
 * (`(format nil "Access for ~A operation on ~A ~@[with id ~A ~]was denied." :list "files" :none)`).
 * Note `filter[:id:]=…` alone (1 component) is refused.
 */
export const filesListHook = {
  path: 'files',
  allow: ['filter[:uri:]', '3-component filter ending in [:id:]'],
  status: 403,
  body: {
    errors: { status: 'Access Denied', code: '403', title: 'Access for LIST operation on files with id NONE was denied.' },
  },
} as const;
