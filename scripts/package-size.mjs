// `npm run size` (last): the npm package's unpacked size as `npm pack` counts it, against
// MAX_UNPACKED. Over it, the report says where the bytes are: by kind of file (source maps,
// precompressed copies, CDN files, npm modules, types…) and the largest files.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** 3.7 MB, in npm's units (npm prints 1,000,000 bytes as "1.0 MB"); see docs/decisions.md. */
export const MAX_UNPACKED = 3_700_000;

/** What `npm pack --dry-run --json` says of the kit: sizes and every file it would publish. */
export function packKitDryRun() {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--workspace', 'micropath'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  return pack;
}

/** The kind of a published file, by its path inside the package. */
export function kindOf(path) {
  if (path.endsWith('.map'))
    return path.startsWith('dist/cdn/') ? 'source maps of CDN files' : 'source maps of npm modules';
  if (/\.(br|gz)$/.test(path)) return 'precompressed copies (.br, .gz)';
  if (path.startsWith('dist/cdn/')) return 'CDN files (dist/cdn)';
  if (path.startsWith('dist/types/')) return 'types (dist/types)';
  if (path.startsWith('dist/frameworks/')) return 'framework types, editor data (dist/frameworks)';
  if (path.startsWith('dist/')) return 'npm modules (dist)';
  if (path.endsWith('.json')) return 'manifests (package.json, custom-elements.json)';
  return 'other (README, LICENSE)';
}

/**
 * @param {{ size: number, unpackedSize: number, files: { path: string, size: number }[] }} pack
 *   what `npm pack --json` answers for one package
 */
export function packageReport(pack, max = MAX_UNPACKED, largest = 10) {
  const kinds = new Map();
  for (const file of pack.files) {
    const kind = kindOf(file.path);
    const sum = kinds.get(kind) ?? { kind, bytes: 0, count: 0 };
    sum.bytes += file.size;
    sum.count++;
    kinds.set(kind, sum);
  }
  return {
    unpacked: pack.unpackedSize,
    packed: pack.size,
    count: pack.files.length,
    max,
    kinds: [...kinds.values()].sort((a, b) => b.bytes - a.bytes),
    largest: [...pack.files].sort((a, b) => b.size - a.size).slice(0, largest),
    ok: pack.unpackedSize < max,
  };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const kb = (bytes) => `${(bytes / 1e3).toFixed(1)} kB`;

export function formatPackageReport(report) {
  const lines = [
    `npm package: ${mb(report.unpacked)} unpacked (limit: under ${mb(report.max)}), ` +
      `${mb(report.packed)} packed, ${report.count} files   ${report.ok ? 'ok' : 'OVER'}`,
    'by kind:',
    ...report.kinds.map(
      ({ kind, bytes, count }) =>
        `  ${kind.padEnd(48)} ${kb(bytes).padStart(9)}  ${String(count).padStart(4)} files`,
    ),
  ];
  if (!report.ok)
    lines.push(
      'largest files:',
      ...report.largest.map(({ path, size }) => `  ${path.padEnd(48)} ${kb(size).padStart(9)}`),
    );
  return lines.join('\n');
}
