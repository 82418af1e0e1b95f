/**
 * The DCC suite's Data Integrity samples with the status list they name, served by an
 * adapter's `fetch` hook: what the verification-worker tests check, on the page or in the
 * worker. Recorded data: see test/fixtures/badges (data-integrity-samples.json and
 * validator-samples.json, each with its source).
 */
import samples from '../fixtures/badges/data-integrity-samples.json';
import validator from '../fixtures/badges/validator-samples.json';

type Json = Record<string, unknown>;

/** A fresh copy of one sample ("dcc/v2/v2Revoked"…). */
export const sample = (name: string) =>
  structuredClone((samples as { files: Record<string, Json> }).files[name]!);

/** The signed status list the samples name. */
export const DCC_LIST = (validator as { files: Record<string, { json?: Json }> }).files[
  'dcc/status/e5WK8CbZ1GjycuPombrj'
]!.json!;

/** Serves the samples' status list; any other lookup is a 404. */
export const statusAdapter = {
  getCredential: async () => null,
  fetch: async (url: string) =>
    url.endsWith('/e5WK8CbZ1GjycuPombrj')
      ? Response.json(DCC_LIST)
      : new Response('not here', { status: 404 }),
};
