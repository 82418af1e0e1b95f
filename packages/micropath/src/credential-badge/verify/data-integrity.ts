/**
 * Embedded Data Integrity proofs on Open Badges 3.0 JSON credentials (VC Data Integrity 1.0):
 * `DataIntegrityProof` with `eddsa-rdfc-2022` (and its earlier name `eddsa-2022`) or
 * `ecdsa-rdfc-2019` (P-256, P-384), and the older `Ed25519Signature2020`. Each signs
 * `hash(canonical proof options) ‖ hash(canonical credential)`, where "canonical" is the
 * credential read as JSON-LD (bundled contexts only, see contexts.ts) in RDF Dataset
 * Canonicalization (RDFC-1.0) form; signatures are checked with WebCrypto.
 *
 * Every proof in a proof set must hold, and a proof naming `previousProof` is checked over the
 * credential with those proofs attached (DI 1.0, "Verify Proof Sets and Chains"). The work is
 * bounded: at most MAX_PROOFS proofs, and MAX_LD_VALUES values, MAX_LD_CHARS characters and
 * MAX_STATEMENTS statements of credential reach the canonicalizer, whose own deep-iteration limit stays on. Loaded lazily: only
 * credentials with such a proof pay for JSON-LD processing.
 */
import { msg, str } from '@lit/localize';
import jsonld from 'jsonld';
import { bundledContext, UnknownContextError } from './contexts.ts';
import { didWebUrl } from './did-web.ts';
import { multibaseBytes, multikey, type PublicKeyBytes } from './multikey.ts';
import { credentialValidity, issuerKeyCheck, keyNotFound, noIssuer } from './checks.ts';
import {
  didDocumentTie,
  issuerAuthorises,
  MAX_ID_CHARS,
  methodsOf,
  NOT_IN_ISSUER_DOCUMENT,
  urlKeyTie,
  type DocumentLookup,
  type KeySource,
  type KeyTie,
} from './issuer-keys.ts';
import { assertUsableKey, UnusableKeyReference } from './key-reference.ts';
import { proofTimeProblem } from './proof-times.ts';
import { check, type CheckResult } from './verdict.ts';
import { failure, type Reason } from '../reasons.ts';
import {
  assertReasonableJson,
  base64UrlBytes,
  issuerIdOf,
  obj,
  type Json,
} from '../json-values.ts';

export interface ProofLookup extends DocumentLookup {
  now?: Date;
}

/** More proofs than this on one credential are refused rather than checked. */
export const MAX_PROOFS = 8;
/** The most JSON text the JSON-LD processor is given (a credential with an embedded image fits). */
export const MAX_LD_CHARS = 1_000_000;
/** The most JSON values the JSON-LD processor is given. */
export const MAX_LD_VALUES = 5_000;
/** The most RDF statements canonicalized for one document. */
export const MAX_STATEMENTS = 5_000;

interface FoundKey {
  publicKey?: PublicKeyBytes;
  /** Where the key came from, for the visitor. */
  source: KeySource;
  tie: KeyTie;
}

/** The name of a proof's suite: its cryptosuite, or its type for the older suites. */
export const suiteOf = (proof: Json): string =>
  String(proof.type === 'DataIntegrityProof' ? (proof.cryptosuite ?? proof.type) : proof.type);

/** Each suite, with the curves its keys may use. */
export const SUITES: Record<string, readonly PublicKeyBytes['curve'][]> = {
  'eddsa-rdfc-2022': ['Ed25519'],
  'eddsa-2022': ['Ed25519'],
  Ed25519Signature2020: ['Ed25519'],
  'ecdsa-rdfc-2019': ['P-256', 'P-384'],
};

const invalid = (reason: Reason) => failure('invalid-response', reason);

/** The public key of a verification method object (Multikey, 2020 key or JWK). */
function methodKey(method: Json | undefined): PublicKeyBytes | undefined {
  const jwk = obj(method?.publicKeyJwk);
  try {
    if (jwk?.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string')
      return { curve: 'Ed25519', bytes: base64UrlBytes(jwk.x) };
    if (jwk?.kty === 'EC' && (jwk.crv === 'P-256' || jwk.crv === 'P-384')) {
      const [x, y] = [jwk.x, jwk.y].map((v) => base64UrlBytes(String(v)));
      const bytes = new Uint8Array(1 + x!.length + y!.length);
      bytes[0] = 4;
      bytes.set(x!, 1);
      bytes.set(y!, 1 + x!.length);
      return { curve: jwk.crv, bytes };
    }
  } catch {
    return undefined;
  }
  return multikey(method?.publicKeyMultibase);
}

async function findKey(
  method: string,
  issuer: string | undefined,
  lookup: ProofLookup,
): Promise<FoundKey> {
  if (method.length > MAX_ID_CHARS)
    throw invalid(() => msg('The proof’s key address is too long to be read.'));
  assertUsableKey(method);
  const [controller = '', fragment] = method.split('#');
  if (controller.startsWith('did:key:')) {
    // A did:key of a type this viewer does not read (secp256k1, say); its fragment was checked.
    const publicKey = multikey(controller.slice('did:key:'.length));
    if (!publicKey)
      throw invalid(() => msg('The proof names a did:key that is not a key this viewer reads.'));
    const tie = await issuerAuthorises(issuer, method, lookup);
    return { publicKey, source: { kind: 'did', at: 'did:key' }, tie };
  }
  if (controller.startsWith('did:web:')) {
    const document = obj(await lookup.fetchJson(didWebUrl(controller))) ?? {};
    const publicKey = methodKey(methodsOf(document, controller).find((m) => m.id === method));
    const source: KeySource = { kind: 'did-document', at: controller };
    if (!publicKey) {
      if (controller === issuer) return { source, tie: NOT_IN_ISSUER_DOCUMENT };
      throw invalid(() => msg(str`The DID document of ${controller} has no key ${method}.`));
    }
    return {
      publicKey,
      source,
      tie: await didDocumentTie(issuer, controller, method, document, lookup),
    };
  }
  if (/^https:\/\//i.test(method)) {
    let document: Json | undefined;
    try {
      // A key document (Multikey, Ed25519VerificationKey2020) or a controller document.
      document = obj(await lookup.fetchJson(controller));
    } catch {
      // Unreachable: only the issuer's own documents can vouch for a key written into the URL.
    }
    if (document) {
      const own = methodKey(document);
      const found = own ? document : methodsOf(document, controller).find((m) => m.id === method);
      const publicKey = methodKey(found);
      if (publicKey) {
        const declared = own ? document.controller : (found?.controller ?? document.id);
        const tie = await urlKeyTie(issuer, method, declared, lookup);
        return { publicKey, source: { kind: 'url', at: method }, tie };
      }
    }
    const publicKey = multikey(fragment);
    if (publicKey)
      return {
        publicKey,
        source: { kind: 'key-address' },
        tie: await issuerAuthorises(issuer, method, lookup),
      };
    throw invalid(() => msg(str`No key was found at ${method}.`));
  }
  const named = method.slice(0, 200) || '—';
  throw invalid(() => msg(str`This kind of key (${named}) cannot be looked up here.`));
}

const digest = async (algorithm: 'SHA-256' | 'SHA-384', text: string) =>
  new Uint8Array(await crypto.subtle.digest(algorithm, new TextEncoder().encode(text)));

class TooLarge extends Error {}

/** RDFC-1.0 canonical N-Quads of a document, within the limits above. */
async function canonize(document: Json): Promise<string> {
  try {
    assertReasonableJson(document, MAX_LD_VALUES);
  } catch {
    throw new TooLarge();
  }
  if (JSON.stringify(document).length > MAX_LD_CHARS) throw new TooLarge();
  const quads = await jsonld.toRDF(document, {
    format: 'application/n-quads',
    documentLoader: bundledContext,
    safe: true,
  });
  let lines = 0;
  for (let at = quads.indexOf('\n'); at >= 0; at = quads.indexOf('\n', at + 1))
    if (++lines > MAX_STATEMENTS) throw new TooLarge();
  return jsonld.canonize(quads, {
    inputFormat: 'application/n-quads',
    format: 'application/n-quads',
    canonizeOptions: { algorithm: 'RDFC-1.0', maxWorkFactor: 1 },
  });
}

/** What the issuer signed: hash of the proof options, then of the credential (with chained proofs). */
export async function signedBytes(
  credential: Json,
  proof: Json,
  previous: Json[],
  hash: 'SHA-256' | 'SHA-384',
): Promise<Uint8Array<ArrayBuffer>> {
  const unsecured = { ...credential };
  delete unsecured.proof;
  if (previous.length) unsecured.proof = previous;
  const options = { ...proof };
  delete options.proofValue;
  // Proof options may carry their own context, which must begin the credential's (DI 1.0).
  const context = options['@context'] ?? unsecured['@context'];
  const listed = [unsecured['@context']].flat();
  if (![context].flat().every((c, i) => JSON.stringify(c) === JSON.stringify(listed[i])))
    throw invalid(() => msg('The proof’s context does not match the credential’s.'));
  const [optionsHash, documentHash] = await Promise.all([
    canonize({ ...options, '@context': context }).then((t) => digest(hash, t)),
    canonize({ ...unsecured, '@context': context }).then((t) => digest(hash, t)),
  ]);
  const bytes = new Uint8Array(optionsHash.length + documentHash.length);
  bytes.set(optionsHash);
  bytes.set(documentHash, optionsHash.length);
  return bytes;
}

export async function signatureHolds(
  key: PublicKeyBytes,
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  if (key.curve === 'Ed25519') {
    if (signature.length !== 64) return false;
    const publicKey = await crypto.subtle.importKey('raw', key.bytes, { name: 'Ed25519' }, false, [
      'verify',
    ]);
    return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, data);
  }
  const size = key.curve === 'P-256' ? 64 : 96;
  if (signature.length !== size) return false;
  const publicKey = await crypto.subtle.importKey(
    'raw',
    key.bytes,
    { name: 'ECDSA', namedCurve: key.curve },
    false,
    ['verify'],
  );
  const hash = key.curve === 'P-256' ? 'SHA-256' : 'SHA-384';
  return crypto.subtle.verify({ name: 'ECDSA', hash }, publicKey, signature, data);
}

const causeOf = (error: unknown): unknown => {
  for (let e = error, depth = 0; e && depth < 8; depth++) {
    if (e instanceof UnknownContextError) return e;
    const next = (e as { cause?: unknown; details?: { cause?: unknown } }).details?.cause;
    e = next ?? (e as { cause?: unknown }).cause;
  }
  return error;
};

/** One proof's outcome: `proof` pass | fail | unknown with its reason, and its key's tie. */
interface ProofOutcome {
  status: 'pass' | 'fail' | 'unknown';
  reason: Reason;
  key?: FoundKey;
  keyError?: unknown;
}

const outcome = (status: ProofOutcome['status'], reason: Reason, key?: FoundKey): ProofOutcome => ({
  status,
  reason,
  ...(key ? { key } : {}),
});

/** The ids a proof's `previousProof` names, or undefined when it is not a string or strings. */
function previousIds(proof: Json): string[] | undefined {
  const value = proof.previousProof;
  if (value === undefined) return [];
  const ids = [value].flat();
  return ids.every((id) => typeof id === 'string') ? (ids as string[]) : undefined;
}

async function checkProof(
  credential: Json,
  proof: Json,
  all: Json[],
  issuer: string | undefined,
  lookup: ProofLookup,
  now: Date,
): Promise<ProofOutcome> {
  const suite = suiteOf(proof);
  const curves = SUITES[suite];
  if (!curves)
    return outcome('unknown', () =>
      msg(str`Proofs of this kind (${suite}) cannot be checked here.`),
    );
  if (typeof proof.verificationMethod !== 'string' || typeof proof.proofValue !== 'string')
    return outcome('fail', () => msg('The proof has no key address or no signature value.'));
  if (proof.proofPurpose !== 'assertionMethod')
    return outcome('fail', () =>
      msg('The proof is not meant for issuing credentials (assertionMethod).'),
    );
  const timeProblem = proofTimeProblem(proof, now);
  if (timeProblem) return outcome('fail', timeProblem);
  const ids = previousIds(proof);
  const previous = ids?.map((id) => all.find((p) => p.id === id));
  if (!previous || previous.some((p) => !p))
    return outcome('fail', () =>
      msg('The proof builds on an earlier proof that the credential does not carry.'),
    );

  let key: FoundKey;
  try {
    key = await findKey(proof.verificationMethod, issuer, lookup);
  } catch (error) {
    if (error instanceof UnusableKeyReference)
      return { ...outcome('fail', error.reason), keyError: error };
    return {
      ...outcome('unknown', () =>
        msg('The signature could not be checked without the issuer’s key.'),
      ),
      keyError: error,
    };
  }
  if (!key.publicKey)
    return outcome(
      'unknown',
      () => msg('The signature could not be checked without the issuer’s key.'),
      key,
    );
  if (!curves.includes(key.publicKey.curve))
    return outcome('fail', () => msg('The key does not fit the kind of proof.'), key);
  try {
    const signature = multibaseBytes(proof.proofValue);
    const hash = key.publicKey.curve === 'P-384' ? 'SHA-384' : 'SHA-256';
    const data = await signedBytes(credential, proof, previous as Json[], hash);
    return (await signatureHolds(key.publicKey, signature, data))
      ? outcome('pass', () => msg('The signature matches the credential.'), key)
      : outcome(
          'fail',
          () =>
            msg('The signature does not match its content: the credential may have been changed.'),
          key,
        );
  } catch (error) {
    const cause = causeOf(error);
    if (cause instanceof UnknownContextError)
      return outcome(
        'unknown',
        () =>
          msg(
            str`The credential uses a JSON-LD context this viewer does not carry (${cause.url}).`,
          ),
        key,
      );
    if (error instanceof TooLarge)
      return outcome(
        'unknown',
        () => msg('The credential is too large to check its signature in the browser.'),
        key,
      );
    if ((error as Error).name === 'NotSupportedError')
      return outcome(
        'unknown',
        () => msg('This browser cannot check this kind of signature.'),
        key,
      );
    return outcome(
      'fail',
      () => msg('The credential’s content or proof is malformed, so its signature cannot hold.'),
      key,
    );
  }
}

/** The proofs' overall `proof` check: every proof must hold. */
function proofCheck(outcomes: ProofOutcome[]): CheckResult {
  const worst =
    outcomes.find((o) => o.status === 'fail') ??
    outcomes.find((o) => o.status === 'unknown') ??
    outcomes[0]!;
  if (outcomes.length === 1) return check('proof', worst.status, worst.reason);
  const count = outcomes.length;
  const place = outcomes.indexOf(worst) + 1;
  return worst.status === 'pass'
    ? check('proof', 'pass', () => msg(str`All ${count} signatures match the credential.`))
    : check(
        'proof',
        worst.status,
        () => `${msg(str`Proof ${place} of ${count}:`)} ${worst.reason()}`,
      );
}

/**
 * The `issuer-key` check over every proof: the issuer's when a proof that holds was made with
 * a key the issuer's documents tie to it; otherwise invalid when a key is shown to be someone
 * else's, and not verified when nothing ties it either way.
 */
function keyCheck(outcomes: ProofOutcome[]): CheckResult[] {
  const byIssuer = outcomes.find((o) => o.status === 'pass' && o.key?.tie.binding === 'issuer');
  if (byIssuer) return [issuerKeyCheck(byIssuer.key!.source, byIssuer.key!.tie)];
  const other = outcomes.find((o) => o.key?.tie.binding === 'not-issuer');
  if (other) return [issuerKeyCheck(other.key!.source, other.key!.tie)];
  const unknown = outcomes.find((o) => o.key);
  if (unknown) return [issuerKeyCheck(unknown.key!.source, unknown.key!.tie)];
  const failed = outcomes.find((o) => o.keyError !== undefined);
  if (failed) return keyNotFound(failed.keyError).filter((c) => c.id === 'issuer-key');
  return [
    check('issuer-key', 'unknown', () => msg('The signing key was not looked up for this proof.')),
  ];
}

/** The proofs' checks (`format`, `proof`, `issuer-key`) and the validity window. */
export async function verifyDataIntegrity(
  credential: Json,
  lookup: ProofLookup,
): Promise<CheckResult[]> {
  const now = lookup.now ?? new Date();
  const validity = credentialValidity(credential, now);
  const listed = [credential.proof].flat().filter((p) => p !== undefined);
  const proofs = listed.map(obj).filter((p): p is Json => Boolean(p));
  if (!proofs.length || proofs.length !== listed.length)
    return [
      check('format', 'pass', () => msg('An Open Badges 3.0 credential.')),
      proofs.length !== listed.length
        ? check('proof', 'fail', () => msg('The credential’s proof is not readable.'))
        : check('proof', 'fail', () => msg('The credential carries no proof.')),
      validity,
    ];
  if (proofs.length > MAX_PROOFS)
    return [
      check('format', 'pass', () => msg('An Open Badges 3.0 credential.')),
      check('proof', 'fail', () => msg('The credential carries more proofs than can be checked.')),
      validity,
    ];
  const suites = [...new Set(proofs.map(suiteOf))].join(', ');
  const format = check('format', 'pass', () =>
    msg(str`An Open Badges 3.0 credential with an embedded proof (${suites}).`),
  );
  const issuer = issuerIdOf(credential);
  const outcomes: ProofOutcome[] = [];
  for (const proof of proofs)
    outcomes.push(await checkProof(credential, proof, proofs, issuer, lookup, now));
  return [format, proofCheck(outcomes), ...(issuer ? keyCheck(outcomes) : [noIssuer()]), validity];
}
