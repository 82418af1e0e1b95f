/**
 * Untrusted HTML (listing descriptions) becomes a sanitized DocumentFragment. DOMPurify is
 * loaded on first use, so pages that never open a description never download it. Returning a
 * fragment instead of a string means no `innerHTML` sink is touched when it is shown, so it
 * works under `require-trusted-types-for 'script'` (DOMPurify parses through its own policy).
 */
import type { DOMPurify as Purifier, Config } from 'dompurify';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'svg', 'math'],
  // Ids and names could clash with the widget's own ARIA references; styles are the theme's job.
  FORBID_ATTR: ['style', 'id', 'name', 'class'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
};

interface Sanitizer {
  purifier: Purifier;
  repair: (root: DocumentFragment) => DocumentFragment;
}
let sanitizer: Promise<Sanitizer> | undefined;

function loadSanitizer(): Promise<Sanitizer> {
  sanitizer ??= Promise.all([import('dompurify'), import('./list-structure.ts')]).then(
    ([{ default: createPurifier }, { repairListStructure }]) => {
      // A private instance: our hooks never touch a DOMPurify the page itself uses.
      const instance = createPurifier(window);
      instance.addHook('afterSanitizeAttributes', (node) => {
        if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer nofollow');
        }
        if (node instanceof HTMLImageElement) {
          // DOMPurify lets `data:` through on images; a feed's image must be an absolute http(s) URL.
          if (!/^https?:/i.test(node.getAttribute('src') ?? '')) node.remove();
          else node.setAttribute('loading', 'lazy');
        }
      });
      return { purifier: instance, repair: repairListStructure };
    },
  );
  return sanitizer;
}

/** Sanitized, with its lists repaired (list-structure.ts): feeds send `<ul><div>…</div></ul>`. */
export async function sanitizeHtml(html: string): Promise<DocumentFragment> {
  const { purifier, repair } = await loadSanitizer();
  return repair(purifier.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }));
}
