import { VERSION } from './version.ts';

/**
 * Registers an element once. A page may load the kit twice (a CDN script and a bundle): the
 * second define is a no-op, with a warning when the versions differ, instead of the
 * "name already used" exception that would stop the rest of that script.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name) as
    (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(name, constructor);
    return;
  }
  if (existing.version !== VERSION) {
    console.warn(
      `[micropath] <${name}> is already defined by Micropath ${existing.version ?? '(unknown version)'}; ` +
        `version ${VERSION} was loaded too and is not used. Load the kit once.`,
    );
  }
}
