import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/micropath/src/credential-badge/define.ts';
import type { CredentialsAdapter } from '../packages/micropath/src/core/contracts.ts';
import type { ListingSkills } from '../packages/micropath/src/credential-badge/credential-badge.ts';
import {
  DATA_LISTING,
  DATA_STEPS,
  FIRST_AID,
  pathwayAdapter,
  signRecord,
  signStack,
} from './support/pathway-data.ts';

export interface PathwayArgs {
  adapter: CredentialsAdapter;
  src?: string;
  credentialId?: string;
  holder?: string;
  forListing?: string;
  listing?: ListingSkills;
  mentorUrl?: string;
  lang: string;
  width: string;
}

export const renderPathway = (args: PathwayArgs) =>
  html`<div style="inline-size: ${args.width}; padding: 1rem">
    <credential-badge
      layout="pathway"
      .adapter=${args.adapter}
      src=${ifDefined(args.src)}
      credential-id=${ifDefined(args.credentialId)}
      holder=${ifDefined(args.holder)}
      for-listing=${ifDefined(args.forListing)}
      .listing=${args.listing}
      mentor-url=${ifDefined(args.mentorUrl)}
      lang=${ifDefined(args.lang || undefined)}
    ></credential-badge>
  </div>`;

const ALL = [...DATA_STEPS, FIRST_AID];
/** The links of the college's credentials, as `src` lists them. */
const links = (specs: typeof ALL) =>
  specs.map((spec) => `https://riverside.example/credentials/${spec.slug}.jwt`).join(' ');

/** An adapter whose credential "record" is a CLR 2.0 record over the three data steps. */
function recordAdapter(forge: boolean) {
  const stack = signStack(DATA_STEPS);
  const record = stack.then((s) => signRecord(s.jwts, { forge }));
  return pathwayAdapter(stack, { getCredential: () => record });
}

const meta: Meta<PathwayArgs> = {
  title: 'Credential badge/Pathway',
  component: 'credential-badge',
  args: { adapter: pathwayAdapter(signStack(ALL)), src: links(ALL), lang: '', width: '40rem' },
  render: renderPathway,
};
export default meta;
type Story = StoryObj<PathwayArgs>;

/** Four links, no record: grouped by the skill they share, courses before the certificate. */
export const Verified: Story = {};

/** One CLR 2.0 record: its associations order the steps (SQL Basics first, the whole last). */
export const LinkedRecord: Story = {
  args: { adapter: recordAdapter(false), src: undefined, credentialId: 'record' },
};

/** A holder's credentials, one of them revoked: shown with its verdict, counting for nothing. */
export const OneStepRevoked: Story = {
  args: {
    adapter: pathwayAdapter(signStack(DATA_STEPS, { revoke: 'data-analyst' })),
    src: undefined,
    holder: 'ada',
  },
};

/** A record holding a credential edited after it was signed: that step is Invalid. */
export const ForgedStepInRecord: Story = {
  args: {
    adapter: recordAdapter(true),
    src: undefined,
    credentialId: 'record',
    listing: DATA_LISTING,
  },
};

/** Held against an opening (`for-listing`): the skills still missing, each with a mentor link. */
export const AgainstListing: Story = {
  args: {
    adapter: pathwayAdapter(signStack(DATA_STEPS)),
    src: links(DATA_STEPS),
    forListing: 'data-apprentice',
    mentorUrl: '/mentoring.html?skill={skill}',
  },
};

export const Narrow: Story = { args: { width: '320px' } };
export const German: Story = { args: { ...AgainstListing.args, lang: 'de' } };
