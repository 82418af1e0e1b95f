import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/micropath/src/credential-badge/define.ts';
import type { CredentialsAdapter } from '../packages/micropath/src/core/contracts.ts';
import {
  checkingAdapter,
  failingCredentials,
  galleryAdapter,
  pendingCredentials,
  pendingGallery,
  signedAdapter,
  slowAdapter,
} from './support/badge-data.ts';

export interface BadgeArgs {
  adapter?: CredentialsAdapter;
  credential?: unknown;
  credentialId?: string;
  holder?: string;
  layout: 'card' | 'full' | 'compact';
  allowUpload: boolean;
  trustedIssuers: string;
  lang: string;
  width: string;
  colorScheme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
}

export const renderBadge = (args: BadgeArgs) =>
  html`<div
    dir=${args.dir}
    style=${styleMap({
      inlineSize: args.width,
      colorScheme: args.colorScheme,
      background: args.colorScheme === 'dark' ? '#15191e' : 'transparent',
      padding: '1rem',
    })}
  >
    <credential-badge
      .adapter=${args.adapter}
      .credential=${args.credential}
      credential-id=${ifDefined(args.credentialId)}
      holder=${ifDefined(args.holder)}
      layout=${args.layout}
      ?allow-upload=${args.allowUpload}
      .trustedIssuers=${args.trustedIssuers.split(/\s+/).filter(Boolean)}
      lang=${ifDefined(args.lang || undefined)}
    ></credential-badge>
  </div>`;

const meta: Meta<BadgeArgs> = {
  title: 'Credential badge/Verdicts and states',
  component: 'credential-badge',
  args: {
    adapter: signedAdapter(),
    credentialId: 'solar-101',
    layout: 'card',
    allowUpload: false,
    trustedIssuers: '',
    lang: 'en',
    width: '40rem',
    colorScheme: 'light',
    dir: 'ltr',
  },
  argTypes: {
    adapter: { control: false },
    credential: { control: false },
    layout: { control: 'inline-radio', options: ['card', 'full', 'compact'] },
    lang: { control: 'inline-radio', options: ['en', 'es', 'de', 'fr', 'pt-BR', 'ar', 'ja'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: renderBadge,
};
export default meta;

type Story = StoryObj<BadgeArgs>;

/** Signed by the issuer's own key (a did:jwk), not revoked, within its validity period. */
export const Verified: Story = {};
/** The signature holds, but the validity period ended: the content stays visible. */
export const Expired: Story = {
  args: { adapter: signedAdapter({ claims: { validUntil: '2026-06-30T00:00:00Z' } }) },
};
/** Not valid until a future date: "Not valid yet", never "Expired". */
export const NotYetValid: Story = {
  args: { adapter: signedAdapter({ claims: { validFrom: '2099-01-01T00:00:00Z' } }) },
};
/** The issuer's status list marks it revoked. */
export const Revoked: Story = { args: { adapter: signedAdapter({ statusIndex: 8 }) } };
/** Checked against the status list, which says it is not revoked. */
export const CheckedStatus: Story = { args: { adapter: signedAdapter({ statusIndex: 1 }) } };
/** The issuer's keys cannot be fetched: nothing is presented as trusted. */
export const NotVerified: Story = { args: { adapter: signedAdapter({ didIssuer: false }) } };
/**
 * Names the college as issuer but is signed with someone else's key: the signature holds, the
 * key is shown not to be the college's, so it is Invalid, "Signed by someone other than …".
 */
export const SignedBySomeoneElse: Story = {
  args: { adapter: signedAdapter({ forgedIssuer: true }) },
};
/** The forgery in the compact layout: red, and the issuer only "claims to be from". */
export const CompactForged: Story = {
  args: { layout: 'compact', adapter: signedAdapter({ forgedIssuer: true }) },
};
/** Not verified in the compact layout: grey, never green. */
export const CompactNotVerified: Story = {
  args: { layout: 'compact', adapter: signedAdapter({ didIssuer: false }) },
};
/** The name was edited after signing: the signature no longer matches. */
export const Invalid: Story = { args: { adapter: signedAdapter({ tamper: true }) } };
/** The issuer is not on the page's `trusted-issuers` list: a warning beside the verdict. */
export const UntrustedIssuer: Story = { args: { trustedIssuers: 'https://college.example' } };
export const Full: Story = { args: { layout: 'full' } };
export const Compact: Story = { args: { layout: 'compact' } };
/** A holder's credentials; each opens the full view. */
export const Gallery: Story = {
  args: { adapter: galleryAdapter(), credentialId: undefined, holder: 'ada' },
};
/** Visitors can choose, drop or paste a credential to check it. */
export const Upload: Story = {
  args: { adapter: undefined, credentialId: undefined, allowUpload: true },
};
/** While loading, the badge keeps the size micropath.css gave it (`--mp-badge-loading-height`). */
export const Loading: Story = { args: { adapter: pendingCredentials } };
export const LoadingFull: Story = { args: { adapter: pendingCredentials, layout: 'full' } };
export const LoadingCompact: Story = { args: { adapter: pendingCredentials, layout: 'compact' } };
export const LoadingGallery: Story = {
  args: { adapter: pendingGallery, credentialId: undefined, holder: 'ada' },
};
/** Loaded after 1.5 s: the credential takes the reserved place. */
export const SlowAnswer: Story = { args: { adapter: slowAdapter() } };
/** Shown, its checks still running (the issuer's key has not answered): the panel's final shape. */
/** `loading="lazy"`: far down a page, the badge is fetched and checked as the visitor nears it. */
export const LoadsWhenNear: Story = {
  render: (args) =>
    html`<p style="block-size: 120vh">
        Scroll down: the badge below is fetched and checked as it comes near
        (<code>loading="lazy"</code>).
      </p>
      <credential-badge
        .adapter=${args.adapter}
        credential-id=${ifDefined(args.credentialId)}
        loading="lazy"
      ></credential-badge>`,
};
export const Checking: Story = { args: { adapter: checkingAdapter() } };
export const NetworkError: Story = { args: { adapter: failingCredentials } };
/** A `credential-id` with no backend configured. */
export const NotConfigured: Story = { args: { adapter: undefined } };
/** Nothing given at all. */
export const NothingToShow: Story = { args: { adapter: undefined, credentialId: undefined } };
export const Narrow: Story = { args: { width: '320px' } };
export const Dark: Story = { args: { colorScheme: 'dark', layout: 'full' } };
export const RightToLeft: Story = { args: { dir: 'rtl' } };
export const Spanish: Story = { args: { lang: 'es', layout: 'full' } };
export const German: Story = { args: { lang: 'de', layout: 'full' } };
/** Arabic: the verdict, checklist and details mirrored; addresses stay left to right. */
export const Arabic: Story = { args: { lang: 'ar', layout: 'full' } };
export const French: Story = { args: { lang: 'fr', layout: 'full' } };
export const BrazilianPortuguese: Story = { args: { lang: 'pt-BR', layout: 'full' } };
export const Japanese: Story = { args: { lang: 'ja', layout: 'full' } };
