/**
 * Only `http:` and `https:` URLs may become links: API data is not trusted, and `javascript:`,
 * `data:` or `vbscript:` in an href would run in the host page. Relative URLs are resolved against
 * `base` (the API root or the page) so that what is checked is what the browser would follow.
 */
export function safeHttpUrl(raw: unknown, base: string = globalThis.location?.href ?? 'https://invalid.example/'): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Fills a `{id}`-style template (e.g. `dossier-url="https://loket…/{id}"`) with encoded values. */
export function fillUrlTemplate(template: string, values: Record<string, string>): string | undefined {
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : encodeURIComponent(values[name]!),
  );
  return safeHttpUrl(filled);
}
