/**
 * Public keys and signatures as Data Integrity writes them: multibase base58btc (`z…`) with a
 * multicodec prefix (Ed25519 `0xed 0x01`, P-256 `0x80 0x24`, P-384 `0x81 0x24`), in a
 * `did:key`, a `Multikey` / `Ed25519VerificationKey2020` document, or a key URL's fragment.
 *
 * Base58 decoding is quadratic in the length of its input, so every value is measured before
 * it is decoded: a key or a signature is at most a few hundred characters, and anything longer
 * is refused at once instead of holding the page (a 300 kB "proofValue" would take seconds).
 */
import { base58 } from '@scure/base';

/** Longest multibase text decoded: a P-384 signature (96 bytes) is 132 base58 characters. */
export const MAX_MULTIBASE_CHARS = 256;

/** A public key with its curve: raw Ed25519 bytes, or an uncompressed P-256 / P-384 point. */
export type PublicKeyBytes =
  | { curve: 'Ed25519'; bytes: Uint8Array<ArrayBuffer> }
  | { curve: 'P-256' | 'P-384'; bytes: Uint8Array<ArrayBuffer> };

/** Bytes of a multibase base58btc value (`z…`), such as a proof value; throws otherwise. */
export function multibaseBytes(value: unknown): Uint8Array<ArrayBuffer> {
  if (typeof value !== 'string' || !value.startsWith('z'))
    throw new Error('not a multibase base58btc value');
  if (value.length > MAX_MULTIBASE_CHARS) throw new Error('multibase value too long');
  return Uint8Array.from(base58.decode(value.slice(1)));
}

const CURVES = {
  'P-256': {
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
    size: 32,
  },
  'P-384': {
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
    size: 48,
  },
} as const;

const power = (base: bigint, exponent: bigint, modulus: bigint) => {
  let result = 1n;
  for (let b = base % modulus, e = exponent; e > 0n; e >>= 1n, b = (b * b) % modulus)
    if (e & 1n) result = (result * b) % modulus;
  return result;
};

const toBigInt = (bytes: Uint8Array) =>
  bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);

const toBytes = (value: bigint, size: number) =>
  Uint8Array.from({ length: size }, (_, i) => Number((value >> BigInt(8 * (size - 1 - i))) & 255n));

/**
 * The uncompressed form (0x04 ‖ x ‖ y) of a compressed NIST point, which WebCrypto imports.
 * Both curves have p ≡ 3 (mod 4), so y = (x³ − 3x + b)^((p+1)/4) mod p.
 */
function uncompress(curve: keyof typeof CURVES, point: Uint8Array): Uint8Array<ArrayBuffer> {
  const { p, b, size } = CURVES[curve];
  if (point.length !== size + 1 || (point[0] !== 2 && point[0] !== 3))
    throw new Error('not a compressed point');
  const x = toBigInt(point.subarray(1));
  let y = power((x ** 3n - 3n * x + b) % p, (p + 1n) / 4n, p);
  if ((y & 1n) !== BigInt(point[0]! & 1)) y = p - y;
  const out = new Uint8Array(1 + 2 * size);
  out[0] = 4;
  out.set(point.subarray(1), 1);
  out.set(toBytes(y, size), 1 + size);
  return out;
}

/** The public key of a multibase Multikey (`z6Mk…`, `zDn…`, `z82…`), or undefined. */
export function multikey(value: unknown): PublicKeyBytes | undefined {
  try {
    const bytes = multibaseBytes(value);
    if (bytes.length === 34 && bytes[0] === 0xed && bytes[1] === 0x01)
      return { curve: 'Ed25519', bytes: bytes.slice(2) };
    if (bytes[1] === 0x24 && (bytes[0] === 0x80 || bytes[0] === 0x81)) {
      const curve = bytes[0] === 0x80 ? 'P-256' : 'P-384';
      return { curve, bytes: uncompress(curve, bytes.subarray(2)) };
    }
  } catch {
    // not a key this viewer reads
  }
  return undefined;
}
