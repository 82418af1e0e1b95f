/**
 * A web-test-runner plugin that runs the real reference server (PGlite in memory, the test
 * seed) beside the test pages, so browser tests use the REST adapter against it over real
 * HTTP. Pages find it at `/__live-server` ({ url, adminToken }); it is another origin than
 * the pages, so CORS is exercised too.
 */
import { startServer, type RunningServer } from '../../packages/server/src/index.ts';
import { ADMIN_TOKEN, writeSeed } from './server-harness.ts';

export function liveServerPlugin() {
  let live: RunningServer | undefined;
  return {
    name: 'micropath-live-server',
    async serverStart() {
      live = await startServer({
        port: 0,
        inMemory: true,
        seedFile: writeSeed(),
        adminToken: ADMIN_TOKEN,
        allowedOrigins: ['*'],
        writeRate: { limit: 1000, windowMs: 60_000 },
        readRate: { limit: 100_000, windowMs: 60_000 },
        log: () => undefined,
      });
    },
    async serverStop() {
      await live?.close();
    },
    serve(context: { path: string }) {
      if (context.path !== '/__live-server') return undefined;
      return { body: JSON.stringify({ url: live!.url, adminToken: ADMIN_TOKEN }), type: 'json' };
    },
  };
}
