// What the gateway test checks per widget on the demo page, loaded through nginx. One entry per
// widget on the page.
//   ready   an arrow function run in the page on the widget's shadow root (its source is sent, so
//           it may use nothing from here): true once the widget shows data
//   reads   requests (path and query below the page's origin) the widget must have sent through the
//           gateway and got a 2xx for; the app each prefix reaches is checked for all of them
//   act     a user's action through the gateway (a write, a download): `run(page, gateway)` asserts
//   todo    why the entry cannot pass on this branch yet: node:test runs it and reports it as TODO
//           without failing the run. Remove it once the widget works against the fake.
import assert from 'node:assert/strict';

/**
 * Polls `check()` (async, in Node) until it gives something truthy. No clock: each check returns
 * as soon as the outcome is known either way (the data, or the widget's error message).
 */
export async function until(check) {
  for (;;) {
    const value = await check();
    if (value) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** In the page (sent as source): the text of a widget's error messages (`role="alert"`), or ''. */
export const alertOf = (shadow) => [...shadow.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent.replace(/\s+/g, ' ').trim()).join(' | ');

export const WIDGETS = [
  {
    tag: 'loket-notification-bell',
    app: 'loket',
    shows: 'the bell with the number of unread conversations; its popover lists the latest ones',
    ready: (shadow) => {
      const badge = shadow.querySelector('[part="badge"]');
      return Boolean(shadow.querySelector('button[part="button"]') && badge && /\d/.test(badge.textContent));
    },
    reads: [/^\/loket-api\/sessions\/current$/, /^\/loket-api\/conversaties\?/],
    act: {
      does: 'opens the popover: the latest conversations, read through /loket-api',
      async run(page) {
        await page.click('loket-notification-bell >>> button[part="button"]');
        const shown = await until(() =>
          page.$eval('loket-notification-bell', (bell) => {
            const popover = bell.shadowRoot.querySelector('[popover]:popover-open');
            const items = popover?.querySelector('[part="list"]')?.children.length ?? 0;
            const alert = popover ? [...popover.querySelectorAll('[role="alert"]')].map((a) => a.textContent.trim()).join(' | ') : '';
            return items > 0 || alert ? { items, alert } : null;
          }),
        );
        assert.equal(shown.alert, '', 'the popover shows an error');
        assert.ok(shown.items > 0);
        await page.keyboard.press('Escape');
      },
    },
  },
  {
    tag: 'loket-service-finder',
    app: 'loket',
    shows: 'search results from the catalogue',
    ready: (shadow) => shadow.querySelectorAll('[part="result"]').length > 0,
    reads: [/^\/loket-api\/public-services\/search\?/, /^\/loket-api\/concepts\?/, /^\/loket-api\/bookmarks$/],
    act: {
      does: 'bookmarks the first service: a write through /loket-api (ipdc-bookmarks)',
      async run(page, gateway) {
        const mark = gateway.mark();
        const state = () =>
          page.$eval('loket-service-finder', (finder) => ({
            pressed: finder.shadowRoot.querySelector('[part="result"] button[part="bookmark"]')?.getAttribute('aria-pressed'),
            alert: [...finder.shadowRoot.querySelectorAll('[role="alert"]')].map((a) => a.textContent.trim()).join(' | '),
          }));
        const before = (await state()).pressed;
        await page.click('loket-service-finder >>> [part="result"] button[part="bookmark"]');
        const after = await until(async () => {
          const now = await state();
          return now.pressed !== before || now.alert ? now : null;
        });
        assert.equal(after.alert, '', 'the finder shows an error');
        const writes = gateway.requestsSince(mark).filter((request) => request.method !== 'GET');
        assert.ok(writes.some((request) => /^\/loket-api\/(public-services\/[^/]+\/bookmarks|bookmarks\/[^/]+)$/.test(request.path) && request.status < 300), JSON.stringify(writes));
      },
    },
  },
  {
    tag: 'loket-dossier-list',
    app: 'loket',
    shows: 'rows of supervision submissions',
    ready: (shadow) => shadow.querySelectorAll('[part="row"]').length > 0,
    reads: [/^\/loket-api\/submissions\?/, /^\/loket-api\/concepts\?/, /^\/subsidiepunt-api\/sessions\/current$/],
    act: {
      does: 'shows the subsidy applications tab: read from Subsidiepunt through /subsidiepunt-api',
      async run(page, gateway) {
        const mark = gateway.mark();
        await page.click('loket-dossier-list >>> [part="sources"] [role="tab"]:last-child');
        const shown = await until(() =>
          page.$eval('loket-dossier-list', (list) => {
            // A subsidy application's row shows its deadline (a submission's does not).
            const rows = list.shadowRoot.querySelectorAll('[part="row"] .deadline').length;
            const alert = [...list.shadowRoot.querySelectorAll('[role="alert"]')].map((a) => a.textContent.trim()).join(' | ');
            return rows > 0 || alert ? { rows, alert } : null;
          }),
        );
        assert.equal(shown.alert, '', 'the dossier list shows an error');
        const reads = await until(() => {
          const sent = gateway.requestsSince(mark).filter((request) => /^\/subsidiepunt-api\/subsidy-measure-consumptions\?/.test(request.path));
          return sent.length && sent.every((request) => request.status) ? sent : null;
        });
        assert.ok(reads.some((request) => request.status === 200), JSON.stringify(reads));
      },
    },
  },
  {
    tag: 'loket-mandate-editor',
    app: 'lmb',
    shows: 'the mandataries of a body, read from Lokaal Mandatenbeheer',
    ready: (shadow) => (shadow.querySelector('table')?.querySelectorAll('tbody tr').length ?? 0) > 0,
    reads: [/^\/lmb-api\/sessions\/current$/, /^\/lmb-api\/bestuursorganen\?/, /^\/lmb-api\/mandatarissen\?/],
  },
  {
    tag: 'loket-inbox',
    app: 'loket',
    shows: 'the conversations of the berichtencentrum',
    ready: (shadow) => shadow.querySelectorAll('[part~="row"]').length > 0,
    reads: [/^\/loket-api\/conversaties\?/],
    act: {
      does: 'opens the first conversation: its thread, read through /loket-api',
      async run(page, gateway) {
        const mark = gateway.mark();
        await page.click('loket-inbox >>> [part~="row"] a, loket-inbox >>> [part~="row"] button');
        const shown = await until(() =>
          page.$eval('loket-inbox', (inbox) => {
            const all = [inbox.shadowRoot, ...[...inbox.shadowRoot.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
            const messages = all.reduce((count, root) => count + root.querySelectorAll('[part~="message"]').length, 0);
            const alert = [...inbox.shadowRoot.querySelectorAll('[role="alert"]')].map((a) => a.textContent.trim()).join(' | ');
            return messages > 0 || alert ? { messages, alert } : null;
          }),
        );
        assert.equal(shown.alert, '', 'the inbox shows an error');
        assert.ok(shown.messages > 0);
        const reads = gateway.requestsSince(mark).filter((request) => /^\/loket-api\/conversaties\/[^/?]+\?/.test(request.path));
        assert.ok(reads.some((request) => request.status === 200), JSON.stringify(reads));
      },
    },
  },
  {
    tag: 'loket-bestuur-profile',
    app: 'loket',
    shows: "the bestuur's core data, contact data and bodies, from the Loket, Contactgegevens and LMB",
    ready: (shadow) => /Aalst/.test(shadow.textContent ?? '') && shadow.querySelectorAll('[part~="field"]').length > 0,
    reads: [/^\/loket-api\/bestuurseenheden\/[^/?]+/, /^\/contactgegevens-api\/administrative-units\/[^/?]+/, /^\/loket-api\/bestuursorganen\?/],
  },
];
