// `npm run analyze` writes custom-elements.json from the elements' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/cdn/**'],
  litelement: true,
  // package.json's `customElements` field is written by hand; the analyzer must not rewrite it.
  packagejson: false,
};
