// The badge's verification worker (src/credential-badge/verify/verify-worker.ts) as an entry of
// the build that holds the badge, sharing its chunks with the page's lazy verifier.
//
// Left to itself, Vite builds a worker it finds in `new Worker(new URL('…', import.meta.url))`
// as a bundle of its own: a second copy of the whole verifier (JSON-LD processing, contexts,
// jose) for the npm modules and each CDN group, which would take the package far over its
// size limit. This plugin hides that address from Vite's worker plugin, adds the worker as an
// entry of the same build instead (`verify-worker.js`, or `<group>-verify-worker.js` on the
// CDN, where groups share no chunks), and writes the address back in each output chunk,
// relative to the chunk: `new Worker(new URL("../verify-worker.js", import.meta.url), …)`,
// the form an app's bundler builds a worker from when it bundles the npm modules.
import { fileURLToPath } from 'node:url';
import { dirname, relative } from 'node:path';

const CLIENT = /\/src\/credential-badge\/verify\/worker-client\.ts$/;
const SOURCE_ADDRESS = /new URL\(\s*'\.\/verify-worker\.ts',\s*import\.meta\.url\s*\)/;
const MARK = '__MICROPATH_VERIFY_WORKER__';
/** The mark as the output writes it, with or without the concatenation that hid it. */
const OUTPUT_MARK = new RegExp(`(["'\`])${MARK}\\1(?:\\s*\\+\\s*(["'\`])\\2)?`, 'g');

const workerSource = fileURLToPath(
  new URL('../packages/micropath/src/credential-badge/verify/verify-worker.ts', import.meta.url),
);

/**
 * @param {{ fileName: string, bundlerForm?: boolean }} options `fileName`: where the worker
 *   entry is written, in the output folder; `bundlerForm`: fail unless the output keeps the
 *   `new Worker(new URL(…))` form an app's bundler needs (the unminified npm modules).
 */
export function verifyWorker({ fileName, bundlerForm = false }) {
  let reference;
  return {
    name: 'micropath-verify-worker',
    enforce: 'pre',
    buildStart() {
      reference = undefined;
    },
    transform(code, id) {
      if (!CLIENT.test(id)) return undefined;
      if (!SOURCE_ADDRESS.test(code))
        this.error('worker-client.ts no longer names ./verify-worker.ts as the build expects');
      reference ??= this.emitFile({ type: 'chunk', id: workerSource, fileName });
      // Concatenated, so that neither Vite's worker plugin nor its asset plugin takes it.
      return {
        code: code.replace(SOURCE_ADDRESS, `new URL('${MARK}' + '', import.meta.url)`),
        map: null,
      };
    },
    renderChunk(code, chunk) {
      if (!code.includes(MARK)) return null;
      const target = this.getFileName(reference);
      let path = relative(dirname(chunk.fileName), target).replaceAll('\\', '/');
      if (!path.startsWith('.')) path = `./${path}`;
      const out = code.replace(OUTPUT_MARK, JSON.stringify(path));
      const form = `new Worker(new URL(${JSON.stringify(path)}, import.meta.url)`;
      if (bundlerForm && !out.includes(form))
        this.error(`${chunk.fileName} does not start the verification worker as \`${form}\``);
      return { code: out, map: null };
    },
  };
}
