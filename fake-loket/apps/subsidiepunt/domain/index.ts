// The Subsidiepunt domain: lblod/app-subsidiepunt config/resources/domain.lisp at v2.26.0-1-gb3cee9a
// (b3cee9ab, 2026-05-08), the transcribed files in its `read-domain-file` order (domain.lisp:24-34).
//
// Not transcribed (read by domain.lisp, left out of the fake):
//   master-submissions-domain.lisp (l.24) — note: it defines submission-document-status, the target of
//                                            application-form "status" and of the dispatcher's
//                                            /submission-document-statuses route (dispatcher.ex:36)
//   master-reports-domain.lisp     (l.30)
//   master-job-domain.lisp         (l.32) — defines data-container, the target of file "data-container"
//   master-log-domain.lisp         (l.33)
//   dcat.json                      (l.34)
//
// domain.lisp:3-12 also sets *include-count-in-paginated-responses* t (lists carry meta.count),
// *supply-cache-headers-p* t, *cache-model-properties-p* t, *max-group-sorted-properties* t,
// *fetch-all-types-in-construct-queries* t; *default-page-size* is not set (mu-cl-resources' 20).
import type { DomainFile } from '../../../domain.js';
import { slaveBesluitDomain } from './slave-besluit-domain.js';
import { organisation } from './organisation.js';
import { conceptScheme } from './concept-scheme.js';
import { masterUsersDomain } from './master-users-domain.js';
import { masterFilesDomain } from './master-files-domain.js';
import { masterSubsidiesDomain } from './master-subsidies-domain.js';

export const domain: DomainFile[] = [
  slaveBesluitDomain, // domain.lisp:25
  organisation, // domain.lisp:26
  conceptScheme, // domain.lisp:27
  masterUsersDomain, // domain.lisp:28
  masterFilesDomain, // domain.lisp:29
  masterSubsidiesDomain, // domain.lisp:31
];

// FORMAT: hooks are not part of DomainFile; this is an extra export next to `domain`.
/**
 * domain.lisp:36-57, `(before (:list file) (resource) …)` (the form is l.38-57): ";; Extra security layer to
 * return 403 on GET /files". The Loket has the very same hook, character for character (lblod/app-digitaal-loket
 * config/resources/domain.lisp:51-72 at v1.227.0, bb4942a6, form l.53-72), and `fake-loket/apps/loket/domain/index.ts`
 * exports it as `filesListHook` too; this one has the same `path`, `allow`, `status` and `body`, plus a
 * structured `allowWhen`.
 *
 * It runs inside mu-cl-resources' list call of the `file` resource (`with-surrounding-hook (:list …)`,
 * call-implementation.lisp:283 at d03f906, the branch the image `feature-differently-stable-luckless`
 * is built from, docker-compose.yml:108), i.e. only for `GET /files`, not `GET /files/:id` or
 * `GET /<type>/:id/files`. `extract-filters-from-request` (response-generation.lisp:269-282 at d03f906)
 * turns every query parameter whose name starts with `filter` into its bracket components
 * (`filter[data-container][input-from-tasks][:id:]` → `data-container`, `input-from-tasks`, `:id:`);
 * the list goes through when AT LEAST ONE filter (others may be present too) is
 *   - any 3-component filter whose third component is `:id:` (l.43-47), or
 *   - exactly `filter[:uri:]` (1 component; l.49-52).
 * `filter[:id:]=…` alone (1 component) is refused. Otherwise it signals
 * `(error 'access-denied :operation :list :resource resource :id :none)` (l.57), which the list handler answers
 * (call-specification.lisp:5-12, 21-22; request-parsing.lisp:164-174, at d03f906 and at HEAD) with 403 and
 * `(format nil "Access for ~A operation on ~A ~@[with id ~A ~]was denied." :list "files" :none)` as title
 * (keywords print upcased, without the colon). Key order in the body is not meaningful.
 */
export const filesListHook = {
  path: 'files',
  allow: ['filter[:uri:]', '3-component filter ending in [:id:]'],
  /** The same, structured: a filter with `count` components whose component `index` is `equals`. */
  allowWhen: [
    { count: 3, index: 2, equals: ':id:' },
    { count: 1, index: 0, equals: ':uri:' },
  ],
  status: 403,
  body: {
    errors: { status: 'Access Denied', code: '403', title: 'Access for LIST operation on files with id NONE was denied.' },
  },
  source: 'lblod/app-subsidiepunt config/resources/domain.lisp',
  lines: [36, 57],
} as const;
