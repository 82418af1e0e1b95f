/**
 * Random identifiers from `crypto.getRandomValues`, which (unlike `crypto.randomUUID`) also
 * exists on pages served over plain http.
 */
export function randomId(prefix = ''): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
