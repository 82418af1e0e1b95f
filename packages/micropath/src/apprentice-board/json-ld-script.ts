/**
 * Puts JSON-LD into a script element under `require-trusted-types-for 'script'`. The policy
 * is private to this module and only ever given our own JSON, escaped by scriptSafeJson.
 */
import { scriptSafeJson } from './job-posting.ts';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

function jsonPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const factory = (
      globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }
    ).trustedTypes;
    try {
      policy =
        factory?.createPolicy('micropath-json-ld', { createScript: (json: string) => json }) ??
        null;
    } catch {
      policy = null; // the page's policy does not allow this name: fall back to plain text
    }
  }
  return policy;
}

export function jsonLdScript(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  const json = scriptSafeJson(data);
  const trusted = jsonPolicy()?.createScript(json);
  (script as unknown as { text: unknown }).text = trusted ?? json;
  return script;
}
