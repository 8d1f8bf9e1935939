import { sleep } from './abort.js';
import type { LoketError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** First backoff delay in ms, doubled each retry (default 300). */
  baseDelay?: number;
  /** No wait is longer; a `Retry-After` beyond it is not waited for at all (default 10000). */
  maxDelay?: number;
  /** How to wait; tests inject an instant one that records the delays. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type RetryPolicy = Required<RetryOptions>;

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  return { limit: 2, baseDelay: 300, maxDelay: 10_000, sleep, ...options };
}

const RETRYABLE_STATUSES = new Set([502, 503, 504]);

/**
 * How long to wait before retrying a failed idempotent read, or undefined to give up. Only
 * transient failures are retried: the network (unless the browser knows it is offline), the
 * gateway statuses and 429. A server's `Retry-After` wins over the backoff; one longer than
 * `maxDelay` ends the retries, so the widget can tell the user instead of hanging.
 */
export function retryDelay(error: LoketError, retriesDone: number, policy: RetryPolicy): number | undefined {
  if (retriesDone >= policy.limit) return undefined;
  const transient =
    (error.kind === 'network' && globalThis.navigator?.onLine !== false) ||
    error.kind === 'rate-limited' ||
    (error.kind === 'server' && RETRYABLE_STATUSES.has(error.status ?? 0));
  if (!transient) return undefined;
  if (error.retryAfter !== undefined) return error.retryAfter <= policy.maxDelay ? error.retryAfter : undefined;
  return Math.min(policy.baseDelay * 2 ** retriesDone, policy.maxDelay);
}
