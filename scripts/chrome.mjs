// Where Chrome is and how we start it headless, for the test runner, the bench and the Node-side
// browser tests alike.
import { existsSync } from 'node:fs';

/** CHROME_PATH first, then the usual install paths; undefined when none is there. */
export function findChrome() {
  return [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ]
    .filter(Boolean)
    .find((path) => existsSync(path));
}

export const NO_CHROME_HINT =
  'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH.';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  // The machine's network is closed: no background calls home.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Pages run side by side in tabs; a background tab must keep its timers and frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
