import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/micropath/src/apprentice-board/define.ts';
import type { ApprenticeBoard } from '../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { openApplication } from './support/open-application.ts';
import { createMemoryAdapter } from '../packages/micropath/src/adapters/memory/memory-adapter.ts';
import {
  emailIdentifier,
  signedCredential,
  statusListCredential,
  tamperClaim,
} from '../test/support/sign-credential.ts';
import { answer, neverFinishing } from './support/story-web.ts';

/**
 * Applying with credentials: the applicant pastes Open Badges (here signed on the spot by a
 * fictional college), each is verified in the page, and the form says which of the opening's
 * required skills they show.
 */
const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const opening = {
  id: 'data-apprentice',
  title: 'Data apprentice',
  organization: { name: 'Northwind Labs' },
  kind: 'micro-apprenticeship' as const,
  skills: [
    { label: 'Structured Query Language', id: SQL, framework: 'ESCO' },
    'Spreadsheets',
    { label: 'Python', importance: 'preferred' as const },
  ],
  applyUrl: 'https://example.org/apply',
};

interface Shown {
  name: string;
  skills: { label: string; url?: string }[];
  to?: string;
  validUntil?: string;
  tampered?: boolean;
  /**
   * Its entry in the college's status list: `revoked` (the list, signed by the college, has
   * its bit set) or `held` (the list never finishes arriving).
   */
  status?: 'revoked' | 'held';
}

let lists = 0;

/** A credential Northfield Community College issued to `to` (ada@example.org). */
async function credential({
  name,
  skills,
  to = 'ada@example.org',
  validUntil,
  tampered,
  status,
}: Shown) {
  // Each credential is signed with a key of its own, so a revoked one gets a list of its own.
  const list = status === 'held' ? 'status/held' : `status/${++lists}`;
  const statusEntry = {
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: '8',
    statusListCredential: `https://northfield.example/${list}`,
  };
  const { jws, sign, credential } = await signedCredential(
    {
      ...(validUntil ? { validUntil } : {}),
      ...(status ? { credentialStatus: statusEntry } : {}),
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: await emailIdentifier(to),
        achievement: {
          type: ['Achievement'],
          name,
          alignment: skills
            .filter((s) => s.url)
            .map((s) => ({ type: ['Alignment'], targetName: s.label, targetUrl: s.url })),
          tag: skills.filter((s) => !s.url).map((s) => s.label),
        },
      },
    },
    { issuerName: 'Northfield Community College' },
  );
  if (status === 'held') answer(list, neverFinishing);
  if (status === 'revoked')
    answer(list, async () => {
      const url = statusEntry.statusListCredential;
      return new Response(await sign(await statusListCredential(url, credential.issuer, [8])));
    });
  return tampered
    ? tamperClaim(jws, (vc) => {
        vc.credentialSubject.achievement.name = `${name} (edited)`;
      })
    : jws;
}

const dataAnalysis: Shown = {
  name: 'Data Analysis Fundamentals',
  skills: [{ label: 'SQL', url: SQL }, { label: 'Spreadsheets' }],
};

/** The form open on the opening, the e-mail typed and `shown` pasted one by one. */
const applying =
  (shown: (Shown | string)[], email = 'ada@example.org') =>
  () =>
    html`<apprentice-board
      .adapter=${createMemoryAdapter({ listings: [opening] })}
      detail="inline"
      lang="en"
      ${ref((node) => {
        const board = node as ApprenticeBoard | undefined;
        if (!board || board.dataset.started) return;
        board.dataset.started = 'yes';
        void board.openListing(opening.id).then(async () => {
          await board.updateComplete;
          const root = await openApplication(board);
          const type = (id: string, value: string) => {
            const field = root.querySelector<HTMLInputElement>(`#${id}`)!;
            field.value = value;
            field.dispatchEvent(new InputEvent('input'));
          };
          type('apply-name', 'Ada Lindqvist');
          type('apply-email', email);
          for (const one of shown) {
            type('apply-credential-paste', typeof one === 'string' ? one : await credential(one));
            await board.updateComplete;
            [...root.querySelectorAll<HTMLButtonElement>('.credentials button')]
              .find((b) => b.textContent!.trim() === 'Add')
              ?.click();
          }
        });
      })}
    ></apprentice-board>`;

const meta: Meta = {
  title: 'Apprentice board/Applying with credentials',
  component: 'apprentice-board',
};
export default meta;
type Story = StoryObj;

/** The form before any credential is added. */
export const NoneAdded: Story = { render: applying([]) };
/** Every required skill shown by a verified credential of the applicant's. */
export const AllMet: Story = { render: applying([dataAnalysis]) };
/** One of the two required skills shown; the other still missing. */
export const SomeMet: Story = {
  render: applying([{ name: 'SQL Basics', skills: [{ label: 'SQL', url: SQL }] }]),
};
/** A verified credential that states none of the opening's skills. */
export const NoneMet: Story = {
  render: applying([{ name: 'Workshop Safety', skills: [{ label: 'Workshop safety' }] }]),
};
/** Someone else's credential: verified, but its recipient is not the e-mail typed. */
export const NotYours: Story = { render: applying([dataAnalysis], 'mo@example.org') };
/** An expired credential: shown with its verdict, not counted. */
export const Expired: Story = {
  render: applying([{ ...dataAnalysis, validUntil: '2025-06-01T00:00:00Z' }]),
};
/**
 * A credential still being checked: "Checking…", and nothing counted yet. Its status list
 * never finishes arriving (see story-web.ts), so the check stays pending.
 */
export const Verifying: Story = { render: applying([{ ...dataAnalysis, status: 'held' }]) };
/** A credential its issuer revoked (its bit is set in the signed status list): not counted. */
export const Revoked: Story = { render: applying([{ ...dataAnalysis, status: 'revoked' }]) };
/** A credential edited after signing: Invalid, not counted. */
export const Tampered: Story = { render: applying([{ ...dataAnalysis, tampered: true }]) };
/** A paste that is no credential: the reason, and the paste kept. */
export const Unreadable: Story = { render: applying(['not a credential']) };
