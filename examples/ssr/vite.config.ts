import { defineConfig } from 'vite';

// `vite build`: the browser half (hydration support, the elements, the data source) as
// dist/client.js. `vite build --ssr`: the page for the server, as dist/server/page.js.
export default defineConfig(({ isSsrBuild }) => ({
  build: isSsrBuild
    ? {
        outDir: 'dist/server',
        rolldownOptions: { input: 'src/page.ts', output: { entryFileNames: 'page.js' } },
      }
    : {
        outDir: 'dist',
        rolldownOptions: { input: 'src/client.ts', output: { entryFileNames: 'client.js' } },
      },
}));
