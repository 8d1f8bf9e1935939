/**
 * Code that cannot load, as offline: while set, every module request whose path contains
 * `fragment` answers 503 (web-test-runner.config.mjs, `failModules`). Use it in a test file of its
 * own, before the page has loaded that module.
 */
export function failModules(fragment: string): void {
  document.cookie = `wtr-fail-modules=${encodeURIComponent(fragment)}; path=/`;
}

/** Back online. */
export function restoreModules(): void {
  document.cookie = 'wtr-fail-modules=; path=/; max-age=0';
}

/**
 * Whether this browser fetches a module again after its fetch failed (whatwg/html#10327). Where it
 * does not (Chromium 156 keeps the failure in its module map for the page's life), no retry on the
 * page can bring that chunk back, and a test can only ask that the retry fails as clearly again.
 */
export async function refetchesFailedModules(): Promise<boolean> {
  failModules('/test/support/probe-module.');
  const failed = await import('./probe-module.js').then(
    () => false,
    () => true,
  );
  restoreModules();
  if (!failed) throw new Error('the failModules middleware is not installed (web-test-runner.config.mjs)');
  return import('./probe-module.js').then(
    () => true,
    () => false,
  );
}
