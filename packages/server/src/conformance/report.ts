/** The run's report: one line per clause for people, JUnit XML for CI. */
import type { ClauseResult } from './clause.ts';

const CONTRACT = 'docs/rest-contract.md';

export const citation = (result: ClauseResult) =>
  `${CONTRACT}#${result.section.anchor}${result.section.rule ? ` (${result.section.rule})` : ''}`;

/** `PASS listings.paging  Paging by cursor …  [docs/rest-contract.md#shapes]`, and for a failure what failed. */
export function reportLine(result: ClauseResult): string {
  const head = `${result.status.toUpperCase().padEnd(4)} ${result.id.padEnd(24)} ${result.title}  [${citation(result)}]`;
  if (result.status === 'pass') return head;
  const lines = [
    head,
    `       ${result.status === 'skip' ? 'skipped' : 'failed'}: ${result.message}`,
  ];
  if (result.exchange)
    lines.push(
      `       request: ${result.exchange.request}`,
      `       answer:  ${result.exchange.answer}`,
    );
  return lines.join('\n');
}

export function summaryLine(results: readonly ClauseResult[]): string {
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`;
}

const xml = (text: string) =>
  text
    // XML 1.0 has no place for most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** One test suite, one test case per clause (`classname` its contract section). */
export function junitXml(results: readonly ClauseResult[], baseUrl: string): string {
  const failures = results.filter((r) => r.status === 'fail').length;
  const skipped = results.filter((r) => r.status === 'skip').length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const cases = results.map((result) => {
    const open = `  <testcase name="${xml(`${result.id}: ${result.title}`)}" classname="${xml(`rest-contract.${result.section.anchor}`)}" time="${seconds(result.ms)}"`;
    if (result.status === 'pass') return `${open} />`;
    if (result.status === 'skip')
      return `${open}>\n    <skipped message="${xml(result.message ?? '')}" />\n  </testcase>`;
    const detail = result.exchange
      ? `request: ${result.exchange.request}\nanswer: ${result.exchange.answer}\n`
      : '';
    return `${open}>\n    <failure message="${xml(result.message ?? '')}">${xml(`${detail}contract: ${citation(result)}`)}</failure>\n  </testcase>`;
  });
  const time = seconds(results.reduce((sum, r) => sum + r.ms, 0));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="${xml(`micropath-conformance ${baseUrl}`)}" tests="${results.length}" failures="${failures}" skipped="${skipped}" errors="0" time="${time}">\n${cases.join('\n')}\n</testsuite>\n</testsuites>\n`;
}
