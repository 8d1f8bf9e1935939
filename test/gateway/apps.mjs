// The fake Loket's four apps as the gateway meets the real ones: each a separate Node HTTP server on
// its own loopback port, answering at its own root (`/sessions/current`, not `/lmb-api/sessions/…`),
// as each real app is its own host. One fake behind them keeps one world and one request log.
import { createServer } from 'node:http';
import { answerFromLoket, loadFakeLoket } from '../../demo/http.mjs';

/**
 * Starts the apps. Each request is recorded as the app received it (method, path, the headers the
 * gateway must get right; `finished` once answered) in `received`, beside the fake's own
 * `loket.requests`.
 * @returns {Promise<{ loket, ports: Record<string, number>, received: object[], appOfPort(port: number): string | undefined, close(): Promise<void> }>}
 */
export async function serveAppsOnPorts() {
  const { startFakeLoket, GATEWAY_ROOTS } = await loadFakeLoket();
  const loket = await startFakeLoket();
  const received = [];
  const servers = [];
  const ports = {};
  for (const [app, mount] of Object.entries(GATEWAY_ROOTS)) {
    const server = createServer(async (req, res) => {
      const { cookie, authorization, host, accept } = req.headers;
      const entry = {
        app,
        method: req.method,
        url: req.url,
        host,
        cookie,
        authorization,
        accept,
        contentType: req.headers['content-type'],
        forwardedPrefix: req.headers['x-forwarded-prefix'],
        forwardedHost: req.headers['x-forwarded-host'],
        forwardedProto: req.headers['x-forwarded-proto'],
        finished: false,
      };
      received.push(entry);
      res.once('close', () => (entry.finished = true));
      try {
        await answerFromLoket(loket, req, res, { mount });
      } catch {
        // The client went away (or a drop fault): nobody is left to answer.
        if (!res.headersSent) res.destroy();
      }
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    ports[app] = server.address().port;
    servers.push(server);
  }
  return {
    loket,
    ports,
    received,
    appOfPort: (port) => Object.keys(ports).find((app) => ports[app] === port),
    async close() {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise((done) => server.close(() => done()));
      }
      await loket.close();
    },
  };
}
