/**
 * Reads the credential baked into a badge image (Open Badges baking): a PNG `iTXt` chunk with
 * the keyword `openbadges` (2.0) or `openbadgecredential` (3.0), a legacy `tEXt` chunk, or an
 * SVG `<openbadges:assertion>` / `<openbadges:credential>` element (JSON body or a `verify`
 * attribute holding a JWT or URL). Pure byte and text work: no DOM is built from the file, so
 * an SVG's scripts can never run here.
 */
import { msg, str } from '@lit/localize';
import { failure, type Reason } from '../reasons.ts';
import { inflateCapped, TooMuchData } from '../inflate.ts';
import { parseJson } from '../json-values.ts';
import { AdapterError } from '../../core/errors.ts';

/** What was baked: a JSON credential, a compact JWS/JWT, or the URL of a hosted assertion. */
export type Baked =
  | { kind: 'json'; value: unknown }
  | { kind: 'jwt'; value: string }
  | { kind: 'url'; value: string };

/** Larger images are refused rather than read: a badge is a few hundred kilobytes. */
export const MAX_BAKED_BYTES = 10 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const KEYWORDS = new Set(['openbadges', 'openbadgecredential']);

const invalid = (reason: Reason) => failure('invalid-response', reason);

/** Classifies baked text: JSON, a compact JWS, or a URL. */
export function classifyBakedText(text: string): Baked {
  const value = text.trim();
  if (value.startsWith('{')) {
    try {
      return { kind: 'json', value: parseJson(value) };
    } catch (error) {
      if (error instanceof AdapterError) throw error;
      throw invalid(() => msg('The baked credential is not valid JSON.'));
    }
  }
  if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(value)) return { kind: 'jwt', value };
  if (/^https?:\/\/\S+$/i.test(value)) return { kind: 'url', value };
  throw invalid(() =>
    msg('The baked data is neither a credential, a signed credential nor a link to one.'),
  );
}

/** The most text a baked chunk may inflate to: far more than any credential, far less than a bomb. */
export const MAX_BAKED_TEXT_BYTES = 4 * 1024 * 1024;

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    return await inflateCapped(bytes, 'deflate', MAX_BAKED_TEXT_BYTES);
  } catch (error) {
    if (error instanceof TooMuchData)
      throw invalid(() =>
        msg('The baked credential expands to more than 4 MB, so it was not read.'),
      );
    throw invalid(() => msg('The PNG’s openbadges chunk is damaged.'));
  }
}

/** The baked text of a PNG: its first `openbadges` or `openbadgecredential` iTXt or tEXt chunk. */
export async function unbakePng(bytes: Uint8Array): Promise<string | undefined> {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b))
    throw invalid(() => msg('This file is not a PNG image.'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = new TextDecoder('latin1');
  const utf8 = new TextDecoder('utf-8', { fatal: false });
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = latin1.decode(bytes.subarray(at + 4, at + 8));
    const start = at + 8;
    const end = start + length;
    if (end + 4 > bytes.length)
      throw invalid(() =>
        msg(str`The PNG is truncated or damaged (its ${type} chunk runs past the end).`),
      );
    if (type === 'iTXt' || type === 'tEXt') {
      const data = bytes.subarray(start, end);
      const nul = data.indexOf(0);
      const keyword = nul > 0 ? latin1.decode(data.subarray(0, nul)) : '';
      if (KEYWORDS.has(keyword)) {
        if (type === 'tEXt') return latin1.decode(data.subarray(nul + 1));
        const compressed = data[nul + 1] === 1;
        // After the compression flag and method: language tag\0 translated keyword\0 text.
        let cursor = nul + 3;
        cursor = data.indexOf(0, cursor) + 1;
        cursor = data.indexOf(0, cursor) + 1;
        if (cursor <= 0) throw invalid(() => msg('The PNG’s openbadges chunk is damaged.'));
        const text = data.subarray(cursor);
        return utf8.decode(compressed ? await inflate(text) : text);
      }
    }
    if (type === 'IEND') break;
    at = end + 4; // skip the CRC
  }
  return undefined;
}

const decodeXmlText = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');

/**
 * The baked text of an SVG: the `verify` attribute, else the element's (CDATA) content. Only
 * the first `openbadges:assertion` / `openbadges:credential` element counts, and it is found
 * with plain searches (linear in the file), never a pattern that rescans the rest of the file
 * from every opening tag.
 */
export function unbakeSvg(text: string): string | undefined {
  const lower = text.toLowerCase();
  const open = /<openbadges:(assertion|credential)\b/.exec(lower);
  if (!open) return undefined;
  const name = `openbadges:${open[1]}`;
  const tagEnd = lower.indexOf('>', open.index);
  if (tagEnd < 0) return undefined;
  const attributes = text.slice(open.index + name.length + 1, tagEnd);
  const verify = /\bverify\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attributes);
  if (verify) return decodeXmlText(verify[2] ?? verify[3] ?? '');
  if (attributes.endsWith('/')) return undefined;
  const close = lower.indexOf(`</${name}`, tagEnd);
  if (close < 0) return undefined;
  const body = text.slice(tagEnd + 1, close);
  const cdataStart = body.indexOf('<![CDATA[');
  const cdataEnd = cdataStart < 0 ? -1 : body.indexOf(']]>', cdataStart);
  return cdataEnd >= 0 ? body.slice(cdataStart + 9, cdataEnd) : decodeXmlText(body);
}

/** Reads a baked badge image (PNG or SVG). */
export async function unbake(file: Blob): Promise<Baked> {
  if (file.size > MAX_BAKED_BYTES) {
    const size = Math.round(file.size / 1048576);
    throw invalid(() =>
      msg(str`The image is too large to be a badge (${size} MB; the limit is 10 MB).`),
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isPng = PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  const text = isPng ? await unbakePng(bytes) : unbakeSvg(new TextDecoder().decode(bytes));
  if (text === undefined) throw invalid(() => msg('This image has no credential baked into it.'));
  return classifyBakedText(text);
}
