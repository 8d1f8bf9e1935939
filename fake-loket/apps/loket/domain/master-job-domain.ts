// Transcribed from lblod/app-digitaal-loket config/resources/master-job-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const masterJobDomain: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/master-job-domain.lisp',
  resources: [
    // line 1: (define-resource job () …)
    {
      name: 'job',
      path: 'jobs',
      class: 'cogs:Job',
      base: 'http://redpencil.data.gift/id/job/',
      features: ['include-uri'],
      properties: {
        created: ['datetime', 'dct:created'],
        modified: ['datetime', 'dct:modified'],
        creator: ['url', 'dct:creator'],
        status: ['url', 'adms:status'],
        operation: ['url', 'task:operation'],
      },
      hasOne: {
        error: ['job-error', 'task:error'],
      },
      hasMany: {
        tasks: ['task', 'dct:isPartOf', 'inverse'],
      },
    },
    // line 20: (define-resource task () …)
    {
      name: 'task',
      path: 'tasks',
      class: 'task:Task',
      base: 'http://redpencil.data.gift/id/task/',
      features: ['include-uri'],
      properties: {
        created: ['datetime', 'dct:created'],
        modified: ['datetime', 'dct:modified'],
        status: ['url', 'adms:status'],
        operation: ['url', 'task:operation'],
        index: ['string', 'task:index'],
      },
      hasOne: {
        error: ['job-error', 'task:error'],
        job: ['job', 'dct:isPartOf'],
      },
      hasMany: {
        'parent-tasks': ['task', 'cogs:dependsOn'],
        'results-containers': ['data-container', 'task:resultsContainer'],
        'input-containers': ['data-container', 'task:inputContainer'],
      },
    },
    // line 45: (define-resource job-error () …)
    {
      name: 'job-error',
      path: 'job-errors',
      class: 'oslc:Error',
      base: 'http://redpencil.data.gift/id/jobs/error/',
      features: ['include-uri'],
      properties: {
        message: ['string', 'oslc:message'],
      },
    },
    // line 52: (define-resource data-container () …)
    {
      name: 'data-container',
      path: 'data-containers',
      class: 'nfo:DataContainer',
      base: 'http://redpencil.data.gift/id/dataContainers/',
      features: ['include-uri'],
      properties: {
        'has-graph': ['url', 'task:hasGraph'],
      },
      hasMany: {
        files: ['file', 'task:hasFile'],
        'harvesting-collections': ['harvesting-collection', 'task:hasHarvestingCollection'],
        'result-from-tasks': ['task', 'task:resultsContainer', 'inverse'],
        'input-from-tasks': ['task', 'task:inputContainer', 'inverse'],
      },
    },
  ],
};
