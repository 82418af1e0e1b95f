/** The server's settings, read from the environment (documented in the package README). */
import { resolve } from 'node:path';
import type { RateLimit } from './rate-limit.ts';
import { parseFeed } from './feeds/feed-adapters.ts';

export interface ServerConfig {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl?: string;
  dataDir: string;
  seedFile?: string;
  adminToken?: string;
  allowedOrigins: readonly string[];
  bodyLimitBytes: number;
  writeRate: RateLimit;
  trustProxy: boolean;
  manageUrl?: string;
  feeds: readonly string[];
  careers: false | { feed?: string; organizationName?: string; organizationLogo?: string };
}

/**
 * `MICROPATH_MANAGE_URL`: the page where a visitor manages a booking, with `{id}` and `{token}`
 * where the booking's id and manage token go, such as
 * `https://example.org/mentoring/manage?booking={id}&token={token}`.
 */
export function checkManageUrl(template: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(template.replaceAll('{id}', 'id').replaceAll('{token}', 'token'));
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !template.includes('{token}'))
    throw new Error(
      `MICROPATH_MANAGE_URL must be an http(s) address holding {token} (and usually {id}); it is "${template}".`,
    );
  return template;
}

const positive = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number (it is "${value}").`);
  return n;
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = positive('PORT', env.PORT, 8080);
  const host = env.HOST || '127.0.0.1';
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    port,
    host,
    publicUrl: (env.MICROPATH_PUBLIC_URL || `http://${shownHost}:${port}`).replace(/\/+$/, ''),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: resolve(env.MICROPATH_DATA_DIR || '.data'),
    ...(env.MICROPATH_SEED ? { seedFile: resolve(env.MICROPATH_SEED) } : {}),
    ...(env.MICROPATH_ADMIN_TOKEN ? { adminToken: env.MICROPATH_ADMIN_TOKEN } : {}),
    allowedOrigins: (env.MICROPATH_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    bodyLimitBytes: positive('MICROPATH_BODY_LIMIT', env.MICROPATH_BODY_LIMIT, 64 * 1024),
    writeRate: {
      limit: positive('MICROPATH_WRITES_PER_MINUTE', env.MICROPATH_WRITES_PER_MINUTE, 60),
      windowMs: 60_000,
    },
    trustProxy: env.MICROPATH_TRUST_PROXY === 'true',
    ...(env.MICROPATH_MANAGE_URL ? { manageUrl: checkManageUrl(env.MICROPATH_MANAGE_URL) } : {}),
    ...careersFromEnv(env),
  };
}

/**
 * `MICROPATH_FEEDS` (ATS boards served under `/api/feeds`), `MICROPATH_JOBS` (`off`, or the feed
 * the careers pages show; default: the server's own listings) and the employer's name and logo.
 */
function careersFromEnv(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'feeds' | 'careers'> {
  const feeds = (env.MICROPATH_FEEDS ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const feed of feeds) {
    try {
      parseFeed(feed);
    } catch (error) {
      throw new Error(`MICROPATH_FEEDS: ${(error as Error).message}`);
    }
  }
  const jobs = env.MICROPATH_JOBS?.trim();
  if (jobs === 'off') return { feeds, careers: false };
  if (jobs && !feeds.includes(jobs))
    throw new Error(
      `MICROPATH_JOBS must be "off" or one of MICROPATH_FEEDS (${feeds.join(', ') || 'none'}); it is "${jobs}".`,
    );
  const logo = env.MICROPATH_ORGANIZATION_LOGO?.trim();
  if (logo && !/^https?:\/\/\S+$/i.test(logo))
    throw new Error(`MICROPATH_ORGANIZATION_LOGO must be an http(s) address; it is "${logo}".`);
  return {
    feeds,
    careers: {
      ...(jobs ? { feed: jobs } : {}),
      ...(env.MICROPATH_ORGANIZATION_NAME?.trim()
        ? { organizationName: env.MICROPATH_ORGANIZATION_NAME.trim() }
        : {}),
      ...(logo ? { organizationLogo: logo } : {}),
    },
  };
}
