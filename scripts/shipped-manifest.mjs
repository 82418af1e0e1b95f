// The Custom Elements Manifest as the npm package ships it (`customElements` in package.json):
// what tools read of it — each element's module (its tag, attributes, properties, events,
// slots, parts and CSS properties, inherited members included, as the analyzer writes them)
// and the modules its class extends — without indentation. The committed file keeps every
// module (the kit's functions and types too), for Storybook and for people.

/**
 * @param {{ modules: { path: string, declarations?: { customElement?: boolean, superclass?: { module?: string } }[] }[] }} manifest
 */
export function shippedManifest(manifest) {
  const keep = new Set();
  const visit = (path) => {
    if (!path || keep.has(path)) return;
    const module = manifest.modules.find((m) => m.path === path);
    if (!module) return;
    keep.add(path);
    for (const declaration of module.declarations ?? [])
      visit(declaration.superclass?.module?.replace(/^\//, ''));
  };
  for (const module of manifest.modules)
    if (module.declarations?.some((d) => d.customElement)) visit(module.path);
  return { ...manifest, modules: manifest.modules.filter((m) => keep.has(m.path)) };
}
