/**
 * Which kind of credential a value is, before any check of its proof: Open Badges 2.0 (hosted
 * or signed), Open Badges 3.0 as JSON, or OB 3.0 as a VC-JWT (with a `vc` claim or the whole
 * payload as the credential).
 */
import type { CredentialFormat } from '../../core/models/credential.ts';
import { msg } from '@lit/localize';
import { failure, type Reason } from '../reasons.ts';
import { assertReasonableJson, base64UrlJson } from '../json-values.ts';

const invalid = (reason: Reason) => failure('invalid-response', reason);

export interface Detected {
  format: CredentialFormat;
  /** The credential object (for JWTs, the decoded `vc` claim or payload). */
  credential: Record<string, unknown>;
  /** The compact JWS, for signed formats. */
  jws?: string;
}

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** Longer compact JWS text is refused before decoding: a signed badge is a few kilobytes. */
export const MAX_JWS_CHARS = 2_000_000;

/** The header and payload of a compact JWS, without verifying anything. */
export function decodeJws(jws: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  if (jws.length > MAX_JWS_CHARS)
    throw invalid(() => msg('The signed credential is larger than 2 MB, so it was not read.'));
  const parts = jws.trim().split('.');
  if (parts.length !== 3)
    throw invalid(() => msg('A signed credential has three parts separated by dots.'));
  let decoded: { header: Record<string, unknown>; payload: Record<string, unknown> };
  try {
    decoded = {
      header: base64UrlJson(parts[0]!) as Record<string, unknown>,
      payload: base64UrlJson(parts[1]!) as Record<string, unknown>,
    };
  } catch {
    throw invalid(() =>
      msg('The signed credential is damaged: its header or payload cannot be read.'),
    );
  }
  assertReasonableJson(decoded);
  return decoded;
}

function isOb3(value: Record<string, unknown>): boolean {
  const types = asArray(value.type).map(String);
  return (
    types.includes('VerifiableCredential') ||
    types.includes('OpenBadgeCredential') ||
    types.includes('AchievementCredential')
  );
}

function isOb2(value: Record<string, unknown>): boolean {
  const contexts = asArray(value['@context']).map(String);
  return (
    contexts.some((c) => c.includes('w3id.org/openbadges')) ||
    asArray(value.type).map(String).includes('Assertion')
  );
}

export function detectFormat(raw: unknown): Detected {
  if (typeof raw === 'string') {
    const { payload } = decodeJws(raw);
    if (isOb2(payload)) return { format: 'ob2-signed', credential: payload, jws: raw.trim() };
    const vc = payload.vc;
    const credential = vc && typeof vc === 'object' ? (vc as Record<string, unknown>) : payload;
    if (isOb3(credential)) return { format: 'ob3-jwt', credential, jws: raw.trim() };
    throw invalid(() => msg('This signed data is not an Open Badges credential.'));
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const value = raw as Record<string, unknown>;
    if (isOb3(value)) return { format: 'ob3-json', credential: value };
    if (isOb2(value)) return { format: 'ob2-hosted', credential: value };
  }
  throw invalid(() => msg('This is not an Open Badges 2.0 or 3.0 credential.'));
}
