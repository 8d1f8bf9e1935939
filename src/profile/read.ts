/** Small readers the profile's mappers share. */
import type { ResourceView } from '../api/document.js';
import { safeHttpUrl } from '../safe-url.js';

/** A string attribute, trimmed; undefined when absent, blank or not a string. */
export function text(view: ResourceView | null | undefined, name: string): string | undefined {
  return (view?.resolved && view.string(name)?.trim()) || undefined;
}

/** An http(s) URL attribute (website, address register URI); anything else is dropped. */
export function httpUrl(view: ResourceView | null | undefined, name: string): string | undefined {
  const raw = text(view, name);
  // Absolute only: a relative value would resolve against the host page, which the data never means.
  return raw && /^https?:\/\//i.test(raw) ? safeHttpUrl(raw) : undefined;
}

/** A `:date` (or `:datetime`) attribute as its `YYYY-MM-DD` day; undefined when malformed. */
export function day(view: ResourceView, name: string): string | undefined {
  const raw = view.string(name);
  if (!raw) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return view.date(name) ? raw : undefined;
  const instant = view.dateTime(name);
  return instant ? instant.toISOString().slice(0, 10) : undefined;
}

/** `{ a: 1, b: undefined }` → `{ a: 1 }`, so models hold only what the data has. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
