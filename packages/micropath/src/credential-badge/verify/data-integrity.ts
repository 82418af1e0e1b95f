/**
 * Embedded Data Integrity proofs on Open Badges 3.0 JSON credentials: `DataIntegrityProof`
 * with the `eddsa-rdfc-2022` cryptosuite (and its earlier name `eddsa-2022`), and the older
 * `Ed25519Signature2020` suite. Both sign `SHA-256(canonical proof options) ‖ SHA-256(canonical
 * credential)`, where "canonical" is the credential read as JSON-LD (with bundled contexts
 * only, see contexts.ts) and put into RDF Dataset Canonicalization (RDFC-1.0) form by `jsonld`.
 * The Ed25519 signature is checked with WebCrypto. Loaded lazily: only credentials with such a
 * proof pay for JSON-LD processing.
 */
import { msg, str } from '@lit/localize';
import jsonld from 'jsonld';
import { bundledContext, UnknownContextError } from './contexts.ts';
import { didWebUrl } from './did-web.ts';
import { ed25519Multikey, multibaseBytes } from './multikey.ts';
import { credentialValidity, issuerKeyCheck, keyNotFound, type KeySource } from './checks.ts';
import { check, type CheckResult } from './verdict.ts';
import { failure } from '../reasons.ts';
import { base64UrlBytes, issuerIdOf, obj, type Json } from '../json-values.ts';

export interface ProofLookup {
  /** Fetches JSON for key lookups (through the adapter's fetch hook, https only). */
  fetchJson(url: string): Promise<unknown>;
  now?: Date;
}

interface FoundKey {
  publicKey: Uint8Array<ArrayBuffer>;
  /** Where the key came from, for the visitor. */
  source: KeySource;
  ownedByIssuer: boolean;
}

/** The name of a proof's suite: its cryptosuite, or its type for the older suites. */
export const suiteOf = (proof: Json): string =>
  String(proof.type === 'DataIntegrityProof' ? (proof.cryptosuite ?? proof.type) : proof.type);

const SUPPORTED = new Set(['eddsa-rdfc-2022', 'eddsa-2022', 'Ed25519Signature2020']);

/** The Ed25519 key of a verification method object (Multikey, 2020 key or JWK). */
function methodKey(method: Json | undefined): Uint8Array<ArrayBuffer> | undefined {
  const jwk = obj(method?.publicKeyJwk);
  if (jwk?.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string')
    return base64UrlBytes(jwk.x);
  return ed25519Multikey(method?.publicKeyMultibase);
}

const methods = (document: Json): Json[] =>
  [document.verificationMethod]
    .flat()
    .map(obj)
    .filter((m): m is Json => Boolean(m));

async function findKey(
  method: string,
  issuer: string | undefined,
  lookup: ProofLookup,
): Promise<FoundKey> {
  const [controller = '', fragment] = method.split('#');
  if (controller.startsWith('did:key:')) {
    const publicKey = ed25519Multikey(controller.slice('did:key:'.length));
    if (!publicKey)
      throw failure('invalid-response', () =>
        msg('The proof names a did:key that is not an Ed25519 key.'),
      );
    return {
      publicKey,
      source: { kind: 'did', at: 'did:key' },
      ownedByIssuer: issuer === controller,
    };
  }
  if (controller.startsWith('did:web:')) {
    const document = obj(await lookup.fetchJson(didWebUrl(controller))) ?? {};
    const found = methods(document).find(
      (m) => m.id === method || `${controller}${String(m.id)}` === method,
    );
    const publicKey = methodKey(found);
    if (!publicKey)
      throw failure('invalid-response', () =>
        msg(str`The DID document of ${controller} has no Ed25519 key ${method}.`),
      );
    return {
      publicKey,
      source: { kind: 'did-document', at: controller },
      ownedByIssuer: issuer === controller,
    };
  }
  if (/^https:\/\//i.test(method)) {
    try {
      // A key document (Multikey, Ed25519VerificationKey2020) or a controller document.
      const document = obj(await lookup.fetchJson(controller)) ?? {};
      const listed = methods(document);
      const found = methodKey(document)
        ? document
        : (listed.find((m) => m.id === method) ?? (listed.length === 1 ? listed[0] : undefined));
      const publicKey = methodKey(found);
      if (publicKey)
        return {
          publicKey,
          source: { kind: 'url', at: method },
          ownedByIssuer: found?.controller === issuer,
        };
    } catch {
      // Fall through to a key written into the URL itself, as some issuers do.
    }
    const publicKey = ed25519Multikey(fragment);
    if (publicKey)
      return {
        publicKey,
        source: { kind: 'key-address' },
        ownedByIssuer: false,
      };
    throw failure('invalid-response', () => msg(str`No Ed25519 key was found at ${method}.`));
  }
  const named = method || '—';
  throw failure('invalid-response', () =>
    msg(str`This kind of key (${named}) cannot be looked up here.`),
  );
}

const sha256 = async (text: string) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

const canonize = (document: Json) =>
  jsonld.canonize(document, {
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
    documentLoader: bundledContext,
    safe: true,
  });

/** What the issuer signed: SHA-256 of the proof options, then of the credential. */
async function signedBytes(credential: Json, proof: Json): Promise<Uint8Array<ArrayBuffer>> {
  const unsecured = { ...credential };
  delete unsecured.proof;
  const options = { ...proof };
  delete options.proofValue;
  // Proof options may carry their own context, which must begin the credential's (DI 1.0).
  const context = options['@context'] ?? unsecured['@context'];
  const listed = [unsecured['@context']].flat();
  if (![context].flat().every((c, i) => JSON.stringify(c) === JSON.stringify(listed[i])))
    throw failure('invalid-response', () =>
      msg('The proof’s context does not match the credential’s.'),
    );
  const [optionsHash, documentHash] = await Promise.all([
    canonize({ ...options, '@context': context }).then(sha256),
    canonize({ ...unsecured, '@context': context }).then(sha256),
  ]);
  const bytes = new Uint8Array(64);
  bytes.set(optionsHash);
  bytes.set(documentHash, 32);
  return bytes;
}

async function ed25519Verify(
  publicKey: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
) {
  const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, [
    'verify',
  ]);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, data);
}

const causeOf = (error: unknown): unknown => {
  for (let e = error, depth = 0; e && depth < 8; depth++) {
    if (e instanceof UnknownContextError) return e;
    const next = (e as { cause?: unknown; details?: { cause?: unknown } }).details?.cause;
    e = next ?? (e as { cause?: unknown }).cause;
  }
  return error;
};

/** The proof's checks (`format`, `proof`, `issuer-key`) and the validity window. */
export async function verifyDataIntegrity(
  credential: Json,
  lookup: ProofLookup,
): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  const now = lookup.now ?? new Date();
  const validity = () => credentialValidity(credential, now);
  const proofs = [credential.proof]
    .flat()
    .map(obj)
    .filter((p): p is Json => Boolean(p));
  const proof = proofs.find((p) => SUPPORTED.has(suiteOf(p)));
  if (!proof) {
    const suites = proofs.map(suiteOf).join(', ');
    checks.push(
      check('format', 'pass', () => msg('An Open Badges 3.0 credential.')),
      proofs.length
        ? check('proof', 'unknown', () =>
            msg(str`Proofs of this kind (${suites}) cannot be checked here.`),
          )
        : check('proof', 'fail', () => msg('The credential carries no proof.')),
      validity(),
    );
    return checks;
  }
  const suite = suiteOf(proof);
  checks.push(
    check('format', 'pass', () =>
      msg(str`An Open Badges 3.0 credential with an embedded proof (${suite}).`),
    ),
  );
  const issuer = issuerIdOf(credential);
  let key: FoundKey;
  try {
    if (proof.proofPurpose !== 'assertionMethod')
      throw failure('invalid-response', () =>
        msg('The proof is not meant for issuing credentials (assertionMethod).'),
      );
    key = await findKey(String(proof.verificationMethod ?? ''), issuer, lookup);
  } catch (error) {
    checks.push(...keyNotFound(error), validity());
    return checks;
  }
  let holds: boolean;
  try {
    const signature = multibaseBytes(proof.proofValue);
    holds =
      signature.length === 64 &&
      (await ed25519Verify(key.publicKey, signature, await signedBytes(credential, proof)));
  } catch (error) {
    const cause = causeOf(error);
    checks.push(
      cause instanceof UnknownContextError
        ? check('proof', 'unknown', () =>
            msg(
              str`The credential uses a JSON-LD context this viewer does not carry (${cause.url}).`,
            ),
          )
        : (error as Error).name === 'NotSupportedError'
          ? check('proof', 'unknown', () => msg('This browser cannot check Ed25519 signatures.'))
          : check('proof', 'fail', () =>
              msg('The credential’s content or proof is malformed, so its signature cannot hold.'),
            ),
      validity(),
    );
    return checks;
  }
  checks.push(
    holds
      ? check('proof', 'pass', () => msg('The signature matches the credential.'))
      : check('proof', 'fail', () =>
          msg('The signature does not match its content: the credential may have been changed.'),
        ),
    issuerKeyCheck(key.source, key.ownedByIssuer),
    validity(),
  );
  return checks;
}
