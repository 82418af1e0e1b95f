/**
 * Whether the issuer has revoked (or suspended) a credential, from the status it names:
 * `BitstringStatusListEntry` / `StatusList2021Entry` (a gzipped bitstring in a status list
 * credential) or `1EdTechRevocationList` (a list of revoked ids). A list that cannot be read
 * makes the status "could not be checked", never "valid". The status list credential's own
 * signature is not checked yet: messages say "according to the issuer's status list".
 */
import { REVOKED, type CheckResult } from './verdict.ts';
import { base64UrlBytes, obj, requireJson, type Json } from '../json-values.ts';

export interface StatusLookup {
  fetch(url: string): Promise<Response>;
}

/** The bits of an encoded list: optional multibase `u`, base64url, gzip. */
export async function decodeStatusList(encoded: string): Promise<Uint8Array> {
  const bytes = base64UrlBytes(encoded.startsWith('u') ? encoded.slice(1) : encoded);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

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
    const list = await requireJson(lookup, listUrl);
    const subject = obj(list.credentialSubject);
    const encoded = subject?.encodedList;
    if (typeof encoded !== 'string' || !Number.isInteger(index))
      throw new Error('the status list cannot be read');
    const set = bitAt(await decodeStatusList(encoded), index);
    const purpose = String(entry.statusPurpose ?? subject?.statusPurpose ?? 'revocation');
    if (!set)
      return {
        id: 'status',
        status: 'pass',
        message: 'Not revoked, according to the issuer’s status list.',
      };
    return purpose === 'suspension'
      ? {
          id: 'status',
          status: 'fail',
          message: 'Suspended, according to the issuer’s status list.',
          reason: REVOKED,
        }
      : {
          id: 'status',
          status: 'fail',
          message: 'Revoked, according to the issuer’s status list.',
          reason: REVOKED,
        };
  }
  if (type === '1EdTechRevocationList') {
    const list = await requireJson(lookup, String(entry.id ?? ''));
    const revoked = (Array.isArray(list.revokedCredentials) ? list.revokedCredentials : []).map(
      obj,
    );
    const match = revoked.find((r) => r?.id === credential.id);
    return match
      ? {
          id: 'status',
          status: 'fail',
          message: `Revoked by the issuer${typeof match.revocationReason === 'string' ? `: ${match.revocationReason}` : '.'}`,
          reason: REVOKED,
        }
      : { id: 'status', status: 'pass', message: 'Not on the issuer’s revocation list.' };
  }
  return {
    id: 'status',
    status: 'unknown',
    message: `This kind of status (${type || 'unnamed'}) cannot be checked here.`,
  };
}

export async function checkStatus(credential: Json, lookup: StatusLookup): Promise<CheckResult> {
  const entries = [credential.credentialStatus]
    .flat()
    .map(obj)
    .filter((e): e is Json => Boolean(e));
  if (!entries.length)
    return {
      id: 'status',
      status: 'skip',
      message: 'The issuer publishes no status for this credential.',
    };
  const results: CheckResult[] = [];
  for (const entry of entries) {
    try {
      results.push(await checkEntry(entry, credential, lookup));
    } catch {
      results.push({
        id: 'status',
        status: 'unknown',
        message:
          'The issuer’s status list could not be reached, so revocation could not be checked.',
      });
    }
  }
  return (
    results.find((r) => r.status === 'fail') ??
    results.find((r) => r.status === 'unknown') ??
    results[0]!
  );
}
