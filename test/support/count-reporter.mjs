// A web-test-runner reporter that writes how many tests passed, failed and were skipped to a
// JSON file, so `npm test` can close with one summary for the browser and Node suites.
import { writeFileSync } from 'node:fs';

function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      const counts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        countTests(session.testResults, counts);
        // A file that failed to load counts as a failure even though no test ran in it.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.fileErrors++;
      }
      counts.failed += counts.fileErrors;
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
