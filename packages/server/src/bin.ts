#!/usr/bin/env node
/**
 * `micropath-server`: the reference backend, configured by environment variables (see the
 * package README). Stops gracefully on SIGINT / SIGTERM.
 */
import { configFromEnv } from './config.ts';
import { startServer } from './server.ts';

try {
  const config = configFromEnv();
  const running = await startServer(config);
  const stop = (signal: string) => {
    process.stdout.write(
      `${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'stopping', signal })}\n`,
    );
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(`micropath-server could not start: ${(error as Error).message}`);
  process.exit(1);
}
