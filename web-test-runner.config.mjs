// Browser tests: TypeScript through esbuild, run in a real Chromium (Debian's, or any Chrome found).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, NO_CHROME_HINT, findChrome } from './scripts/chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_CHROME_HINT);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
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
