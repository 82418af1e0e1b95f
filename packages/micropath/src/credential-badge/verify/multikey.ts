/**
 * Ed25519 public keys as Data Integrity names them: multibase base58btc (`z…`) with the
 * multicodec prefix `0xed 0x01`, whether in a `did:key`, a `Multikey` /
 * `Ed25519VerificationKey2020` document, or a key URL's fragment.
 */
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Bytes of base58btc text (Bitcoin alphabet); throws on any other character. */
export function base58Bytes(text: string): Uint8Array<ArrayBuffer> {
  const bytes: number[] = [];
  for (const char of text) {
    let carry = ALPHABET.indexOf(char);
    if (carry < 0) throw new Error('not base58btc text');
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry; carry >>= 8) bytes.push(carry & 0xff);
  }
  for (const char of text) {
    if (char !== '1') break;
    bytes.push(0);
  }
  return Uint8Array.from(bytes.reverse());
}

/** Bytes of a multibase base58btc value (`z…`), such as a proof value. */
export function multibaseBytes(value: unknown): Uint8Array<ArrayBuffer> {
  if (typeof value !== 'string' || !value.startsWith('z'))
    throw new Error('not a multibase base58btc value');
  return base58Bytes(value.slice(1));
}

/** The 32 raw bytes of a multibase Ed25519 public key (`z6Mk…`), or undefined. */
export function ed25519Multikey(value: unknown): Uint8Array<ArrayBuffer> | undefined {
  try {
    const bytes = multibaseBytes(value);
    return bytes.length === 34 && bytes[0] === 0xed && bytes[1] === 0x01
      ? bytes.slice(2)
      : undefined;
  } catch {
    return undefined;
  }
}
