/**
 * Whether the issuer has revoked (or suspended) a credential, from the status it names:
 * `BitstringStatusListEntry` / `StatusList2021Entry` (a gzipped bitstring in a status list
 * credential) or `1EdTechRevocationList` (a list of revoked ids). A list that cannot be read
 * makes the status "could not be checked", never "valid". A status list credential is only
 * believed when its own proof holds (an embedded Data Integrity proof or a VC-JWT) and it
 * comes from the credential's issuer; otherwise revocation "could not be checked" either way.
 * A list shorter than the standard's 131,072 entries is read all the same, its answer noted
 * (a warning when not revoked) as weakening holders' privacy; an index past its end is an error.
 */
import { msg, str } from '@lit/localize';
import { check, REVOKED, type CheckResult } from './verdict.ts';
import { notOnRevocationList, revokedByIssuer } from './checks.ts';
import type { Reason } from '../reasons.ts';
import {
  base64UrlBytes,
  base64UrlJson,
  issuerIdOf,
  obj,
  parseJson,
  requireJson,
  type Json,
} from '../json-values.ts';
import { verifyVcJwt } from './vc-jwt.ts';
import { inflateCapped } from '../inflate.ts';

export interface StatusLookup {
  fetch(url: string): Promise<Response>;
  now?: Date;
}

/** The status list credential at `url`, once its proof holds and its issuer is the credential's. */
async function trustedList(url: string, credential: Json, lookup: StatusLookup): Promise<Json> {
  const response = await lookup.fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  const text = (await response.text()).trim();
  const keys = {
    fetchJson: (u: string) => requireJson(lookup, u),
    ...(lookup.now ? { now: lookup.now } : {}),
  };
  let list: Json;
  let checks: CheckResult[];
  if (text.startsWith('{')) {
    list = obj(parseJson(text)) ?? {};
    if (!list.proof)
      throw new UntrustedList(() =>
        msg('The issuer’s status list is not signed, so revocation could not be checked.'),
      );
    const { verifyDataIntegrity } = await import('./data-integrity.ts');
    checks = await verifyDataIntegrity(list, keys);
  } else {
    const payload = obj(base64UrlJson(text.split('.')[1] ?? '')) ?? {};
    list = obj(payload.vc) ?? payload;
    checks = await verifyVcJwt(text, list, keys);
  }
  const status = (id: string) => checks.find((c) => c.id === id)?.status;
  const types = [list.type].flat();
  if (
    !types.includes('BitstringStatusListCredential') &&
    !types.includes('StatusList2021Credential')
  )
    throw new UntrustedList(() => msg('The issuer’s status list is not a status list credential.'));
  if (status('proof') === 'fail')
    throw new UntrustedList(() =>
      msg(
        'The signature on the issuer’s status list does not hold, so revocation could not be checked.',
      ),
    );
  if (status('proof') !== 'pass')
    throw new UntrustedList(() =>
      msg(
        'The signature on the issuer’s status list could not be checked, so revocation could not be either.',
      ),
    );
  if (status('validity') === 'fail')
    throw new UntrustedList(() =>
      msg('The issuer’s status list is outside its validity period, so it is not believed.'),
    );
  const listIssuer = issuerIdOf(list);
  if (!listIssuer || listIssuer !== issuerIdOf(credential) || status('issuer-key') !== 'pass')
    throw new UntrustedList(() =>
      msg(
        'The status list was signed by someone other than the issuer, so revocation could not be checked.',
      ),
    );
  return list;
}

/** A status list that was reached but cannot be believed; `reason` says why, for the visitor. */
class UntrustedList extends Error {
  constructor(readonly reason: Reason) {
    super('untrusted status list');
  }
}

/**
 * The shortest list the standard asks for (Bitstring Status List 1.0 §2.1, "minimum of 131,072
 * entries"), for herd privacy. A shorter list is the issuer's privacy shortcoming, not a reason
 * to doubt its bits: it is read, with a note (docs/decisions.md, "What Verified means").
 */
export const MIN_LIST_BYTES = 131_072 / 8;
/** The longest list read: 16 MiB is 134 million entries, beyond any issuer's needs. */
export const MAX_LIST_BYTES = 16 * 1024 * 1024;

/** The bits of an encoded list: optional multibase `u`, base64url, gzip; at most MAX_LIST_BYTES. */
export async function decodeStatusList(encoded: string): Promise<Uint8Array> {
  if (encoded.length > MAX_LIST_BYTES) throw new Error('the status list is too large');
  const bytes = base64UrlBytes(encoded.startsWith('u') ? encoded.slice(1) : encoded);
  return inflateCapped(bytes, 'gzip', MAX_LIST_BYTES);
}

/** `reason`, followed by the note on a list shorter than the standard asks when `short`. */
const noted =
  (reason: Reason, short: boolean): Reason =>
  () =>
    short
      ? `${reason()} ${msg('The issuer’s status list is shorter than the standard asks, which weakens holders’ privacy.')}`
      : reason();

/** Bit `index`, counting from the most significant bit of the first byte. */
export const bitAt = (bits: Uint8Array, index: number): boolean =>
  index >= 0 && index < bits.length * 8 && ((bits[index >> 3]! >> (7 - (index & 7))) & 1) === 1;

async function checkEntry(
  entry: Json,
  credential: Json,
  lookup: StatusLookup,
): Promise<CheckResult> {
  const type = String(entry.type ?? '');
  if (type === 'BitstringStatusListEntry' || type === 'StatusList2021Entry') {
    const listUrl = String(entry.statusListCredential ?? '');
    const index = Number(entry.statusListIndex);
    const list = await trustedList(listUrl, credential, lookup);
    const subject = obj(list.credentialSubject);
    const encoded = subject?.encodedList;
    if (typeof encoded !== 'string') throw new Error('the status list cannot be read');
    const purpose = String(entry.statusPurpose ?? subject?.statusPurpose ?? 'revocation');
    const listPurposes = [subject?.statusPurpose].flat().filter((p) => p !== undefined);
    if (listPurposes.length && !listPurposes.includes(purpose))
      throw new UntrustedList(() =>
        msg('The issuer’s status list is for another purpose, so it is not believed.'),
      );
    const bits = await decodeStatusList(encoded);
    if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8)
      throw new UntrustedList(() =>
        msg('The credential’s place in the status list is outside the list.'),
      );
    const short = bits.length < MIN_LIST_BYTES;
    if (!bitAt(bits, index))
      return check(
        'status',
        short ? 'warn' : 'pass',
        noted(() => msg('Not revoked, according to the issuer’s signed status list.'), short),
      );
    return check(
      'status',
      'fail',
      noted(
        purpose === 'suspension'
          ? () => msg('Suspended, according to the issuer’s signed status list.')
          : () => msg('Revoked, according to the issuer’s signed status list.'),
        short,
      ),
      REVOKED,
    );
  }
  if (type === '1EdTechRevocationList') {
    const list = await requireJson(lookup, String(entry.id ?? ''));
    const revoked = (Array.isArray(list.revokedCredentials) ? list.revokedCredentials : []).map(
      obj,
    );
    const match = revoked.find((r) => r?.id === credential.id);
    return match ? revokedByIssuer(match.revocationReason) : notOnRevocationList();
  }
  const named = type || '—';
  return check('status', 'unknown', () =>
    msg(str`This kind of status (${named}) cannot be checked here.`),
  );
}

export async function checkStatus(credential: Json, lookup: StatusLookup): Promise<CheckResult> {
  const entries = [credential.credentialStatus]
    .flat()
    .map(obj)
    .filter((e): e is Json => Boolean(e));
  if (!entries.length)
    return check('status', 'skip', () =>
      msg('The issuer publishes no status for this credential.'),
    );
  const results: CheckResult[] = [];
  for (const entry of entries) {
    try {
      results.push(await checkEntry(entry, credential, lookup));
    } catch (error) {
      results.push(
        check(
          'status',
          'unknown',
          error instanceof UntrustedList
            ? error.reason
            : () =>
                msg(
                  'The issuer’s status list could not be reached or read, so revocation could not be checked.',
                ),
        ),
      );
    }
  }
  return (
    results.find((r) => r.status === 'fail') ??
    results.find((r) => r.status === 'unknown') ??
    results.find((r) => r.status === 'warn') ??
    results[0]!
  );
}
