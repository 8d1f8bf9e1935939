// The contactgegevens app's domain, in the read order of lblod/app-contactgegevens-loket
// config/resources/domain.lisp (master 1abd7b4f = v1.10.0 config), which also sets
// `*include-count-in-paginated-responses* t` (l.3).
//
//   l.6  (read-domain-file "domain.json")                -> domain-json.ts
//   l.7  (read-domain-file "file-service.json")          -> file-service-json.ts
//   l.8  (read-domain-file "change-events.json")         -> change-events-json.ts
//
// Not transcribed (the rest of domain.lisp, in its order):
//   l.9  (read-domain-file "master-job-domain.lisp")     job (cogs:Job, "jobs"), task (task:Task, "tasks"),
//                                                        job-error (oslc:Error, "job-errors"),
//                                                        data-container (nfo:DataContainer, "data-containers")
//   l.10 (read-domain-file "master-reports-domain.lisp") report (reporting:Report, "reports")
//   l.11 (read-domain-file "master-log-domain.lisp")     log-entry ("log-entries"), log-level ("log-levels"),
//                                                        status-code ("status-codes"), log-source ("log-sources")
//   l.12 (read-domain-file "dcat.json")                  catalogs, datasets, distributions
import type { DomainFile } from '../../../domain.js';
import { changeEventsJson } from './change-events-json.js';
import { domainJson } from './domain-json.js';
import { fileServiceJson } from './file-service-json.js';

export const domain: DomainFile[] = [domainJson, fileServiceJson, changeEventsJson];
