/** `@micropath/server`: the reference backend of the Micropath REST contract. */
export { startServer } from './server.ts';
export type { StartOptions, RunningServer } from './server.ts';
export { createApp } from './app.ts';
export type { AppOptions } from './app.ts';
export { configFromEnv } from './config.ts';
export type { ServerConfig } from './config.ts';
export { openDatabase } from './db/database.ts';
export type { Database, DatabaseOptions } from './db/database.ts';
export { seedOnce } from './seed.ts';
export { openApiDocument } from './openapi.ts';
export { jsonLogger, silentLogger } from './logger.ts';
export type { Logger } from './logger.ts';
