/** The server's settings, read from the environment (documented in the package README). */
import { resolve } from 'node:path';
import type { RateLimit } from './rate-limit.ts';
import { parseFeed } from './feeds/feed-adapters.ts';
import { parseTrustProxy, type TrustProxy } from './client-address.ts';

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
  /** Reads per client (GET). */
  readRate: RateLimit;
  trustProxy: TrustProxy;
  manageUrl?: string;
  /** `MICROPATH_SMTP_URL`: e-mails are sent through it (else kept in the outbox). */
  smtpUrl?: string;
  /** `MICROPATH_MAIL_FROM`: the e-mails' sender. */
  mailFrom?: string;
  /** `MICROPATH_NOTIFY_EMAIL`: the organization's inbox, told of every booking and application. */
  notifyEmail?: string;
  /** `MICROPATH_WEBHOOK_URL`: signed events are posted here. */
  webhookUrl?: string;
  /** `MICROPATH_WEBHOOK_SECRET`: the key of their signature. */
  webhookSecret?: string;
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

/** Every `MICROPATH_*` setting the server reads; any other is a misspelling. */
export const SETTINGS = [
  'MICROPATH_PUBLIC_URL',
  'MICROPATH_DATA_DIR',
  'MICROPATH_SEED',
  'MICROPATH_ADMIN_TOKEN',
  'MICROPATH_ALLOWED_ORIGINS',
  'MICROPATH_BODY_LIMIT',
  'MICROPATH_WRITES_PER_MINUTE',
  'MICROPATH_READS_PER_MINUTE',
  'MICROPATH_TRUST_PROXY',
  'MICROPATH_MANAGE_URL',
  'MICROPATH_FEEDS',
  'MICROPATH_JOBS',
  'MICROPATH_ORGANIZATION_NAME',
  'MICROPATH_ORGANIZATION_LOGO',
  'MICROPATH_SMTP_URL',
  'MICROPATH_MAIL_FROM',
  'MICROPATH_NOTIFY_EMAIL',
  'MICROPATH_WEBHOOK_URL',
  'MICROPATH_WEBHOOK_SECRET',
] as const;
/** Variables of the project's own test tooling, which share the prefix. */
const TOOLING = /^MICROPATH_(TEST_|BROWSER_RESULTS$)/;
const MIN_ADMIN_TOKEN = 16;

const httpUrl = (name: string, value: string) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(
      `${name} must be an http(s) address without query or fragment; it is "${value}".`,
    );
  return value.replace(/\/+$/, '');
};

/**
 * The settings from the environment, checked all at once: one error names every bad or unknown
 * `MICROPATH_*` variable, each on its own line.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const problems: string[] = [];
  const read = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (error) {
      problems.push((error as Error).message);
      return fallback;
    }
  };
  for (const name of Object.keys(env))
    if (
      name.startsWith('MICROPATH_') &&
      !TOOLING.test(name) &&
      !(SETTINGS as readonly string[]).includes(name)
    )
      problems.push(`${name} is not a setting of micropath-server (see its README for the list).`);

  const port = read(() => positive('PORT', env.PORT, 8080), 8080);
  const host = env.HOST || '127.0.0.1';
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const adminToken = env.MICROPATH_ADMIN_TOKEN;
  if (adminToken !== undefined && adminToken.length < MIN_ADMIN_TOKEN)
    problems.push(
      `MICROPATH_ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN} characters (a long random value; \`openssl rand -hex 32\`).`,
    );
  const config: ServerConfig = {
    port,
    host,
    publicUrl: env.MICROPATH_PUBLIC_URL
      ? read(() => httpUrl('MICROPATH_PUBLIC_URL', env.MICROPATH_PUBLIC_URL!), '')
      : `http://${shownHost}:${port}`,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: resolve(env.MICROPATH_DATA_DIR || '.data'),
    ...(env.MICROPATH_SEED ? { seedFile: resolve(env.MICROPATH_SEED) } : {}),
    ...(adminToken ? { adminToken } : {}),
    allowedOrigins: (env.MICROPATH_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean)
      .map((o) => (o === '*' ? o : read(() => httpUrl('MICROPATH_ALLOWED_ORIGINS', o), o))),
    bodyLimitBytes: read(
      () => positive('MICROPATH_BODY_LIMIT', env.MICROPATH_BODY_LIMIT, 64 * 1024),
      0,
    ),
    writeRate: {
      limit: read(
        () => positive('MICROPATH_WRITES_PER_MINUTE', env.MICROPATH_WRITES_PER_MINUTE, 60),
        0,
      ),
      windowMs: 60_000,
    },
    readRate: {
      limit: read(
        () => positive('MICROPATH_READS_PER_MINUTE', env.MICROPATH_READS_PER_MINUTE, 600),
        0,
      ),
      windowMs: 60_000,
    },
    trustProxy: read(() => parseTrustProxy(env.MICROPATH_TRUST_PROXY), false),
    ...(env.MICROPATH_MANAGE_URL
      ? { manageUrl: read(() => checkManageUrl(env.MICROPATH_MANAGE_URL!), '') }
      : {}),
    ...read(() => careersFromEnv(env), { feeds: [], careers: false as const }),
    ...read(() => notificationsFromEnv(env), {}),
  };
  if (problems.length) throw new Error(`The settings need fixing:\n- ${problems.join('\n- ')}`);
  return config;
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

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** E-mail through SMTP, the organization's inbox, and signed webhooks. */
function notificationsFromEnv(env: NodeJS.ProcessEnv) {
  const problems: string[] = [];
  const smtpUrl = env.MICROPATH_SMTP_URL?.trim();
  if (smtpUrl && !/^smtps?:\/\/\S+$/i.test(smtpUrl))
    problems.push('MICROPATH_SMTP_URL must be an smtp:// or smtps:// address.');
  const mailFrom = env.MICROPATH_MAIL_FROM?.trim();
  if (smtpUrl && !mailFrom)
    problems.push('MICROPATH_MAIL_FROM must be set with MICROPATH_SMTP_URL (the sender address).');
  const notifyEmail = env.MICROPATH_NOTIFY_EMAIL?.trim();
  if (notifyEmail && !EMAIL.test(notifyEmail))
    problems.push(`MICROPATH_NOTIFY_EMAIL must be an e-mail address; it is "${notifyEmail}".`);
  const webhookUrl = env.MICROPATH_WEBHOOK_URL?.trim();
  if (webhookUrl && !/^https?:\/\/\S+$/i.test(webhookUrl))
    problems.push(`MICROPATH_WEBHOOK_URL must be an http(s) address; it is "${webhookUrl}".`);
  const webhookSecret = env.MICROPATH_WEBHOOK_SECRET;
  if (webhookUrl && (!webhookSecret || webhookSecret.length < 16))
    problems.push(
      'MICROPATH_WEBHOOK_SECRET must be set with MICROPATH_WEBHOOK_URL, at least 16 characters (receivers check the signature with it).',
    );
  if (problems.length) throw new Error(problems.join('\n- '));
  return {
    ...(smtpUrl ? { smtpUrl } : {}),
    ...(mailFrom ? { mailFrom } : {}),
    ...(notifyEmail ? { notifyEmail } : {}),
    ...(webhookUrl ? { webhookUrl } : {}),
    ...(webhookSecret ? { webhookSecret } : {}),
  };
}
