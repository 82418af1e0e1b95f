// `npm run analyze` writes custom-elements.json from the elements' JSDoc. The manifest is the
// public API: it feeds Storybook's controls, editors' completions and the framework types
// written at build time (scripts/framework-types.mjs), so it holds public members only.

/**
 * Keeps what a page can use: public members, the elements that have a tag (not their abstract
 * base), and one definition export per tag (the analyzer took the `define` helper's own
 * `customElements.define(name, constructor)` call for a definition named "name").
 */
function publicApiOnly() {
  return {
    name: 'micropath-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter(
          (e) => e.kind !== 'custom-element-definition' || e.name.includes('-'),
        );
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // `lang` and `dir` are observed by the base class; they are HTMLElement's own properties.
          for (const attribute of declaration.attributes ?? [])
            if ((attribute.name === 'lang' || attribute.name === 'dir') && !attribute.fieldName)
              attribute.fieldName = attribute.name;
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          if (declaration.members)
            declaration.members = declaration.members.filter(
              (m) => (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'),
            );
          if (declaration.tagName)
            mod.exports.push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: mod.path },
            });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/cdn/**'],
  litelement: true,
  // package.json's `customElements` field is written by hand; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
