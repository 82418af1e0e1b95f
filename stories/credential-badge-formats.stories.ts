import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/micropath/src/credential-badge/define.ts';
import { renderBadge, type BadgeArgs } from './credential-badge.stories.ts';
import { dccAdapter, ecdsaAdapter, sample, sampleBlob } from './support/badge-data.ts';

/** The 1EdTech validator's recorded samples, in every format the badge reads. */
const meta: Meta<BadgeArgs> = {
  title: 'Credential badge/Formats',
  component: 'credential-badge',
  args: {
    layout: 'full',
    allowUpload: false,
    trustedIssuers: '',
    lang: 'en',
    width: '40rem',
    colorScheme: 'light',
    dir: 'ltr',
  },
  argTypes: { adapter: { control: false }, credential: { control: false } },
  render: renderBadge,
};
export default meta;

type Story = StoryObj<BadgeArgs>;

/**
 * OB 3.0 as a VC-JWT (RS256) whose key is only in its own header: the signature holds, but
 * nothing ties the key to the issuer, so it is not verified.
 */
export const VcJwt: Story = { args: { credential: sample('ob3-vcjwt-rs256.jwt').text } };
/**
 * OB 3.0 JSON with an embedded eddsa-rdfc-2022 proof: the signature holds, but the key is a
 * did:key the issuer (an https profile that cannot be reached) does not list: not verified.
 */
export const Ob3Json: Story = { args: { credential: sample('ob30/simple.json').json } };
/** Ed25519Signature2020 with a did:key issuer signing with its own key: verified offline (DCC). */
export const DataIntegrity: Story = {
  args: { adapter: dccAdapter('dcc/v2/v2NoStatus'), credentialId: 'dcc' },
};
/** ecdsa-rdfc-2019 (P-256), a did:key issuer signing with its own key: verified offline. */
export const EcdsaP256: Story = {
  args: { adapter: ecdsaAdapter(), credentialId: 'ecdsa' },
};
/**
 * Ed25519Signature2020 whose status list has 100,000 entries, under the Bitstring Status List
 * minimum of 131,072 (the DCC's test list): the list is read, and revokes it; the checklist
 * notes that so short a list weakens holders' privacy.
 */
export const ShortStatusList: Story = {
  args: { adapter: dccAdapter('dcc/v2/v2Revoked'), credentialId: 'dcc' },
};
/** The OB 3.0 specification's complete example: every field the display knows. */
export const Ob3Complete: Story = { args: { credential: sample('ob30/complete.json').json } };
/** An OB 2.0 signed assertion (JWS); the issuer's key is not reachable offline. */
export const Ob2Signed: Story = { args: { credential: sample('ob20/simple.jwt').text } };
/** An OB 2.0 hosted assertion with its badge class and issuer inline. */
export const Ob2Hosted: Story = {
  args: { credential: sample('ob20/basic-assertion.json').json },
};
/** A baked PNG (iTXt `openbadgecredential`). */
export const BakedPng: Story = {
  args: { credential: sampleBlob('ob30/simple-json.png', 'image/png') },
};
/** A baked SVG (`openbadges:credential`). */
export const BakedSvg: Story = {
  args: { credential: new Blob([sample('ob30/simple-json.svg').text!], { type: 'image/svg+xml' }) },
};
/** HTML in every field: shown as text, markdown sanitized, links dropped. */
export const HostileContent: Story = {
  args: {
    credential: {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://x.example', name: '<b>Evil</b> <img src=x onerror=alert(1)>' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: {
        achievement: {
          name: '<script>alert(1)</script>Hacker badge',
          description: '<iframe src="javascript:alert(1)"></iframe>',
          criteria: { narrative: '**Bold** <img src=x onerror=alert(1)> [x](javascript:alert(1))' },
          tag: ['<svg onload=alert(1)>'],
        },
      },
    },
  },
};
