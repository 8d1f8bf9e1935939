// Browser tests: TypeScript through esbuild, run in a real Chromium (Debian's, or any Chrome found).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, NO_CHROME_HINT, findChrome } from './scripts/chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_CHROME_HINT);
  process.exit(1);
}

/**
 * Code that cannot load, as offline: a test sets the cookie `wtr-fail-modules` to a path fragment
 * (`document.cookie = 'wtr-fail-modules=/results-view.'`) and every module request whose path
 * contains it answers 503 until the cookie is cleared. For the widgets' "chunk failed, retry" tests.
 */
async function failModules(context, next) {
  const fragment = context.cookies.get('wtr-fail-modules');
  if (fragment && context.path.includes(decodeURIComponent(fragment))) {
    context.status = 503;
    context.body = 'failing on purpose (wtr-fail-modules)';
    // Never kept: the runner's cache headers would otherwise hand this 503 to later test pages.
    context.set('Cache-Control', 'no-store');
    context.vary('Cookie');
    return;
  }
  await next();
  // The runner lets the browser keep every file for a year: with the cookie set, a module an
  // earlier test file's page loaded is asked for again (and failed) rather than taken from the cache.
  context.vary('Cookie');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [failModules],
  // One page at a time: Chromium pauses requestAnimationFrame in background tabs, which makes
  // parallel test pages time out at random (modernweb-dev/web#2588).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  coverage: true,
  coverageConfig: {
    include: ['src/**', 'components/**', 'fake-loket/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
};
