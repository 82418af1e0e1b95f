import { expect } from '@open-wc/testing';
import {
  unbake,
  unbakeSvg,
  classifyBakedText,
  MAX_BAKED_BYTES,
} from '../../../packages/micropath/src/credential-badge/bake/unbake.ts';
import {
  detectFormat,
  decodeJws,
} from '../../../packages/micropath/src/credential-badge/bake/detect-format.ts';
import type { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import { rejection } from '../../support/rejection.ts';
import samples from '../../fixtures/badges/validator-samples.json';

type Sample = { base64?: string; text?: string; json?: unknown };
const files = (samples as { files: Record<string, Sample> }).files;
const png = (name: string) => Uint8Array.from(atob(files[name]!.base64!), (c) => c.charCodeAt(0));
const blob = (bytes: Uint8Array | string, type: string) =>
  new Blob([typeof bytes === 'string' ? bytes : bytes.slice()], { type });

/** A PNG with one iTXt chunk, optionally compressed (CRCs are not checked by readers here). */
async function bakedPng(keyword: string, text: string, compress: boolean): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  let body = encoder.encode(text);
  if (compress) {
    const stream = new Blob([body]).stream().pipeThrough(new CompressionStream('deflate'));
    body = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  const data = new Uint8Array([...encoder.encode(keyword), 0, compress ? 1 : 0, 0, 0, 0, ...body]);
  const chunk = (type: string, payload: Uint8Array) => {
    const out = new Uint8Array(12 + payload.length);
    new DataView(out.buffer).setUint32(0, payload.length);
    out.set(encoder.encode(type), 4);
    out.set(payload, 8);
    return out;
  };
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return new Uint8Array([...signature, ...chunk('iTXt', data), ...chunk('IEND', new Uint8Array())]);
}

describe('unbaking badge images', () => {
  it('reads an Open Badges 2.0 PNG (iTXt "openbadges")', async () => {
    const baked = await unbake(blob(png('ob20/simple-badge.png'), 'image/png'));
    expect(baked.kind).to.equal('json');
    const assertion = baked.value as Record<string, unknown>;
    expect(assertion.type).to.equal('Assertion');
    expect(detectFormat(assertion).format).to.equal('ob2-hosted');
  });

  it('reads an Open Badges 3.0 PNG (iTXt "openbadgecredential")', async () => {
    const baked = await unbake(blob(png('ob30/simple-json.png'), 'image/png'));
    expect(detectFormat(baked.value).format).to.equal('ob3-json');
  });

  it('reads compressed iTXt chunks', async () => {
    const baked = await unbake(
      blob(
        await bakedPng(
          'openbadgecredential',
          JSON.stringify(files['ob30/simple.json']!.json),
          true,
        ),
        'image/png',
      ),
    );
    expect(detectFormat(baked.value).format).to.equal('ob3-json');
  });

  it('reads SVGs with a JSON body and with a JWT in verify', async () => {
    const json = await unbake(blob(files['ob30/simple-json.svg']!.text!, 'image/svg+xml'));
    expect(detectFormat(json.value).format).to.equal('ob3-json');
    const jwt = await unbake(blob(files['ob30/simple-jwt.svg']!.text!, 'image/svg+xml'));
    expect(jwt.kind).to.equal('jwt');
    const detected = detectFormat(jwt.value);
    expect(detected.format).to.equal('ob3-jwt');
    expect(detected.jws).to.equal(jwt.value);
  });

  it('reads a hosted-assertion URL and never runs an SVG’s scripts', async () => {
    const hostile = `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__svgRan=1"><script>window.__svgRan=2</script>
      <openbadges:assertion verify="https://example.org/assertions/1?a=1&amp;b=2"/></svg>`;
    expect(await unbake(blob(hostile, 'image/svg+xml'))).to.deep.equal({
      kind: 'url',
      value: 'https://example.org/assertions/1?a=1&b=2',
    });
    expect(unbakeSvg('<svg><text>no badge</text></svg>')).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __svgRan?: number }).__svgRan).to.equal(undefined);
  });

  it('explains an image without a credential, a truncated PNG, a non-image and an oversized file', async () => {
    const plain = (
      await rejection<AdapterError>(
        unbake(blob(png('ob20/assets/robotics-badge.png'), 'image/png')),
      )
    ).message;
    expect(plain).to.contain('no credential baked');
    const whole = png('ob20/simple-badge.png');
    const truncated = await rejection<AdapterError>(unbake(blob(whole.slice(0, 200), 'image/png')));
    expect(truncated.code).to.equal('invalid-response');
    expect(truncated.message).to.contain('truncated');
    expect(
      (await rejection<AdapterError>(unbake(blob('GIF89a…', 'image/gif')))).message,
    ).to.contain('no credential');
    const huge = {
      size: MAX_BAKED_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('must not read')),
    } as unknown as Blob;
    expect((await rejection<AdapterError>(unbake(huge))).message).to.contain('too large');
    const broken = await bakedPng('openbadges', '{not json', false);
    expect((await rejection<AdapterError>(unbake(blob(broken, 'image/png')))).message).to.contain(
      'not valid JSON',
    );
  });

  it('classifies baked text', () => {
    expect(classifyBakedText(' https://example.org/a ').kind).to.equal('url');
    expect(classifyBakedText('eyJ.eyJ.sig').kind).to.equal('jwt');
    expect(() => classifyBakedText('hello')).to.throw('neither');
  });
});

describe('credential format detection', () => {
  it('tells OB 2.0 hosted and signed from OB 3.0 JSON and VC-JWT', () => {
    expect(detectFormat(files['ob20/basic-assertion.json']!.json).format).to.equal('ob2-hosted');
    expect(detectFormat(files['ob30/simple.json']!.json).format).to.equal('ob3-json');
    expect(detectFormat(files['ob20/simple.jwt']!.text!).format).to.equal('ob2-signed');
    const ob3 = detectFormat(files['ob30/simple.jwt']!.text!);
    expect(ob3.format).to.equal('ob3-jwt');
    expect(ob3.credential.type).to.include('OpenBadgeCredential');
  });

  it('decodes a JWS header without verifying it, and rejects damaged or foreign input', () => {
    expect(decodeJws(files['ob30/simple.jwt']!.text!).header.alg).to.equal('RS256');
    expect(() => detectFormat('only.two')).to.throw('three parts');
    expect(() => detectFormat('a.b.c')).to.throw('damaged');
    expect(() => detectFormat({ hello: 'world' })).to.throw('not an Open Badges');
    expect(() => detectFormat(`${btoa('{"alg":"none"}')}.${btoa('{"sub":"x"}')}.`)).to.throw(
      'not an Open Badges',
    );
  });
});
