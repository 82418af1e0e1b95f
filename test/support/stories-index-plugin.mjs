// Serves `/__stories__.js`: a module importing every `*.stories.ts` file, so one test can
// render each story without keeping a list by hand.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function storyFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.stories.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

export function storiesIndexPlugin(dir) {
  return {
    name: 'micropath-stories-index',
    serve(context) {
      if (context.path !== '/__stories__.js') return undefined;
      const files = storyFiles(dir);
      const body = files
        .map((file, i) => `import * as s${i} from '/${file}';`)
        .concat(
          `export default { ${files.map((file, i) => `${JSON.stringify(file)}: s${i}`).join(', ')} };`,
        )
        .join('\n');
      return { body, type: 'js' };
    },
  };
}
