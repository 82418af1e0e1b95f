// Here so svelte-check does not read the repository's vite.config.ts.
export default {};
