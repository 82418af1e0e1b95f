/**
 * Whether the page's Content-Security-Policy lets the badge connect to a URL, asked before a
 * lookup is made. A request the policy blocks is refused by the browser with a red console
 * error the page cannot silence; asked first, the badge makes no such request and says in its
 * checklist why that check could not run.
 *
 * Only policies the page can read are known: `<meta http-equiv="Content-Security-Policy">`.
 * A policy sent as an HTTP header is invisible to scripts; a lookup it blocks still fails
 * with the browser's console error, and `blockedByPolicy` recognises it afterwards from the
 * `securitypolicyviolation` event, so the checklist gives the same reason.
 */

/** Source expressions of `connect-src` (or `default-src`) of each readable policy. */
function connectSources(doc: Document): string[][] {
  const lists: string[][] = [];
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[http-equiv]')) {
    if (meta.httpEquiv.toLowerCase() !== 'content-security-policy') continue;
    const directives = new Map<string, string[]>();
    for (const part of meta.content.split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
    }
    const list = directives.get('connect-src') ?? directives.get('default-src');
    if (list) lists.push(list);
  }
  return lists;
}

const PORTS: Record<string, string> = {
  'http:': '80',
  'https:': '443',
  'ws:': '80',
  'wss:': '443',
};

/** CSP3 host-source matching (https://www.w3.org/TR/CSP3/#match-url-to-source-expression). */
function matchesHost(source: string, url: URL, page: URL): boolean {
  const parsed = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[^/:]+)(?::(\d+|\*))?(\/.*)?$/i.exec(
    source,
  );
  if (!parsed) return false;
  const [, scheme, host, port, path] = parsed;
  if (scheme) {
    const s = `${scheme.toLowerCase()}:`;
    const upgraded =
      (s === 'http:' && url.protocol === 'https:') || (s === 'ws:' && url.protocol === 'wss:');
    if (s !== url.protocol && !upgraded) return false;
  } else if (
    url.protocol !== page.protocol &&
    !(page.protocol === 'http:' && url.protocol === 'https:')
  )
    return false;
  const wanted = host!.toLowerCase();
  const hostname = url.hostname.toLowerCase();
  if (wanted === '*') {
    // a lone `*` host matches any host
  } else if (wanted.startsWith('*.')) {
    if (!hostname.endsWith(wanted.slice(1))) return false;
  } else if (wanted !== hostname) return false;
  const actualPort = url.port || PORTS[url.protocol] || '';
  if (port !== '*') {
    const expected = port ?? PORTS[scheme ? `${scheme.toLowerCase()}:` : url.protocol] ?? '';
    const defaultUpgrade = !port && expected === '80' && actualPort === '443';
    if (expected !== actualPort && !defaultUpgrade) return false;
  }
  if (path && path !== '/') {
    const wantedPath = decodeURIComponent(path);
    const actualPath = decodeURIComponent(url.pathname);
    return wantedPath.endsWith('/') ? actualPath.startsWith(wantedPath) : actualPath === wantedPath;
  }
  return true;
}

function allows(list: readonly string[], url: URL, page: URL): boolean {
  return list.some((raw) => {
    const source = raw.toLowerCase();
    if (source === "'none'") return false;
    if (source === "'self'")
      return (
        url.origin === page.origin ||
        (url.host === page.host && page.protocol === 'http:' && url.protocol === 'https:')
      );
    if (source === '*') return /^(https?|wss?):$/.test(url.protocol);
    if (/^[a-z][a-z0-9+.-]*:$/.test(source))
      return source === url.protocol || (source === 'http:' && url.protocol === 'https:');
    if (source.startsWith("'")) return false; // nonces, hashes, 'unsafe-…': not about URLs
    return matchesHost(raw, url, page);
  });
}

/** False when a policy the page declares forbids connecting to `url`. */
export function connectAllowed(url: URL, doc: Document = document): boolean {
  const page = new URL(doc.baseURI);
  return connectSources(doc).every((list) => allows(list, url, page));
}

/** URLs the page's policies refused, as the browser reported them. */
const refused = new Set<string>();
let listening = false;

/** Starts noting refused connections (once per page). */
export function watchPolicy(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('securitypolicyviolation', (event) => {
    if (/^(connect-src|default-src)/.test(event.effectiveDirective)) refused.add(event.blockedURI);
  });
}

/**
 * Whether the failed request to `url` was refused by the page's policy. The browser reports
 * the violation in a task of its own, so this waits one task before it looks.
 */
export async function blockedByPolicy(url: string): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const origin = new URL(url).origin;
  return refused.has(url) || refused.has(origin);
}
