// `npm run size`: builds (via the npm script), prints the gzip sizes of the CDN files and
// fails when one is over its DESIGN.md budget, when an app built from the packed npm
// package ships more than 1.15× the CDN bytes for the same element (consumer-size.mjs), or
// when the npm package is 3.7 MB or more unpacked (package-size.mjs); then the critical path
// as a page sees it, in Chromium (critical-path.mjs), failing over an element's budget.
import { readFileSync } from 'node:fs';
import { sizeReport, formatReport } from './size-report.mjs';
import { consumerReport, formatConsumerReport } from './consumer-size.mjs';
import { packKitDryRun, packageReport, formatPackageReport } from './package-size.mjs';
import { criticalPathReport, formatCriticalPath } from './critical-path.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const report = sizeReport('packages/micropath/dist/cdn', budgets);
console.log(formatReport(report));
const consumer = await consumerReport('packages/micropath/dist/cdn');
console.log(`\n${formatConsumerReport(consumer)}`);
const pack = packageReport(packKitDryRun());
console.log(`\n${formatPackageReport(pack)}`);
const critical = await criticalPathReport(budgets.criticalPath);
console.log(`\n${formatCriticalPath(critical)}`);
const criticalOk = Object.values(critical).every((row) => row.met !== false);
if (!report.ok) console.error('\nA CDN file is over its budget (size-budgets.json).');
if (!consumer.ok) console.error('\nAn npm build of an element is over 1.15× its CDN file.');
if (!pack.ok) console.error('\nThe npm package is over its unpacked size limit.');
if (!criticalOk) console.error('\nA critical path is over its budget (size-budgets.json).');
if (!report.ok || !consumer.ok || !pack.ok || !criticalOk) process.exit(1);
