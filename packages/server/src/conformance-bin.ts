#!/usr/bin/env node
/**
 * `micropath-conformance <base-url>`: runs the REST contract's clauses against a backend and
 * prints one line per clause; exits 1 when a clause fails, 2 when it was called wrongly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runConformance, DEFAULT_ORIGIN } from './conformance/run-conformance.ts';
import { junitXml, reportLine, summaryLine } from './conformance/report.ts';

const USAGE = `Usage: micropath-conformance <base-url> [options]

Checks a backend against the Micropath REST contract (docs/rest-contract.md). Reads only,
unless --write is given.

  --write               also run the checks that write: bookings (then cancelled),
                        reschedule, cancel, applications, wallet exchanges
  --mentor <id>         the mentor to read and book (default: the first listed)
  --listing <id>        the listing to read and apply to (default: the first listed)
  --credential <id>     a credential to read (GET /credentials/{id})
  --holder <holder>     a holder whose credentials to list
  --origin <origin>     the page origin sent by the cross-origin checks (default ${DEFAULT_ORIGIN})
  --same-origin         the widgets are served from the backend's origin: skip the CORS checks
  --openapi <url|file>  the OpenAPI document to hold answers against (default: the backend's
                        <base-url>/openapi.json, else the contract's own)
  --junit <file>        also write the results as JUnit XML
  --timeout <seconds>   how long one request may take (default 30)
  --help                this text`;

function fail(message: string): never {
  console.error(`micropath-conformance: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      write: { type: 'boolean' },
      mentor: { type: 'string' },
      listing: { type: 'string' },
      credential: { type: 'string' },
      holder: { type: 'string' },
      origin: { type: 'string' },
      'same-origin': { type: 'boolean' },
      openapi: { type: 'string' },
      junit: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail('give one base URL, such as https://api.example.org/v1');
const baseUrl = positionals[0]!;
if (!/^https?:\/\/[^/]/.test(baseUrl)) fail(`"${baseUrl}" is not an http(s) URL`);
const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
if (!(timeout > 0)) fail('--timeout takes a number of seconds');

async function openApiFrom(where: string): Promise<object> {
  if (/^https?:/.test(where)) return (await (await fetch(where)).json()) as object;
  return JSON.parse(readFileSync(where, 'utf8')) as object;
}

try {
  console.log(
    `micropath-conformance ${baseUrl}${values.write ? ' (with writes)' : ' (reads only)'}`,
  );
  const results = await runConformance(
    {
      baseUrl,
      write: values.write ?? false,
      ...(values.mentor ? { mentor: values.mentor } : {}),
      ...(values.listing ? { listing: values.listing } : {}),
      ...(values.credential ? { credential: values.credential } : {}),
      ...(values.holder ? { holder: values.holder } : {}),
      origin: values['same-origin'] ? false : (values.origin ?? DEFAULT_ORIGIN),
      ...(values.openapi ? { openapi: await openApiFrom(values.openapi) } : {}),
      requestTimeoutMs: timeout * 1000,
    },
    (result) => console.log(reportLine(result)),
  );
  console.log(summaryLine(results));
  if (values.junit) writeFileSync(values.junit, junitXml(results, baseUrl));
  process.exit(results.some((r) => r.status === 'fail') ? 1 : 0);
} catch (error) {
  console.error(`micropath-conformance could not run: ${(error as Error).message}`);
  process.exit(2);
}
