// `npm run size`: builds (via the npm script), prints the gzip sizes of the CDN files and
// fails when one is over its DESIGN.md budget.
import { readFileSync } from 'node:fs';
import { sizeReport, formatReport } from './size-report.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const report = sizeReport('packages/micropath/dist/cdn', budgets);
console.log(formatReport(report));
if (!report.ok) {
  console.error('\nA CDN file is over its budget (size-budgets.json).');
  process.exit(1);
}
