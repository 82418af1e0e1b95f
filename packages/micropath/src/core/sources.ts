/**
 * The declarative `source="prefix:argument"` attribute, for pages that cannot run JavaScript
 * of their own (CMS blocks). Prefixes map to adapter factories; `registerSource` adds more.
 */
import { AdapterError } from './errors.ts';
import { lazyRestAdapter } from './lazy-rest.ts';

export type SourceFactory = (argument: string) => unknown;

/** `rest:` is built in; ATS and scheduling prefixes are registered by the widgets using them. */
const factories = new Map<string, SourceFactory>([
  ['rest', (baseUrl) => lazyRestAdapter({ baseUrl })],
]);
/** One adapter per source string, so elements on a page share caches and whole-board fetches. */
const adapters = new Map<string, unknown>();

export function registerSource(prefix: string, factory: SourceFactory): void {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) {
    throw new TypeError(`Source prefix "${prefix}" must be lower-case letters, digits or "-".`);
  }
  factories.set(prefix, factory);
  for (const key of adapters.keys()) if (key.startsWith(`${prefix}:`)) adapters.delete(key);
}

export function registeredSources(): string[] {
  return [...factories.keys()].sort();
}

/** The adapter a `source` attribute names; throws a `not-configured` AdapterError if none. */
export function adapterFromSource(source: string): unknown {
  const trimmed = source.trim();
  const cached = adapters.get(trimmed);
  if (cached) return cached;
  const colon = trimmed.indexOf(':');
  const prefix = colon > 0 ? trimmed.slice(0, colon) : '';
  const argument = colon > 0 ? trimmed.slice(colon + 1).trim() : '';
  const factory = factories.get(prefix);
  if (!factory) {
    const known =
      registeredSources()
        .map((p) => `"${p}:"`)
        .join(', ') || 'none';
    throw new AdapterError(
      'not-configured',
      `source="${trimmed}" has no known prefix (known: ${known}).`,
    );
  }
  if (!argument) {
    throw new AdapterError('not-configured', `source="${trimmed}" names no ${prefix} source.`);
  }
  const adapter = factory(argument);
  adapters.set(trimmed, adapter);
  return adapter;
}
