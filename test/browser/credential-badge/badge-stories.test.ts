/** The badge stories show the verdicts their names promise (stories.test.ts checks axe). */
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import type { StoryObj } from '@storybook/web-components-vite';
import * as verdicts from '../../../stories/credential-badge.stories.ts';
import * as formats from '../../../stories/credential-badge-formats.stories.ts';
import type { BadgeArgs } from '../../../stories/credential-badge.stories.ts';
import { $, text, verdictOf } from '../../support/badge-helpers.ts';
import type { CredentialBadge } from '../../../packages/micropath/src/credential-badge/credential-badge.ts';

/** The story rendered synchronously (its wrapper <div> would make `fixture` wait for a frame). */
async function render(meta: { args?: Partial<BadgeArgs> }, story: StoryObj<BadgeArgs>) {
  const host = fixtureSync<HTMLElement>(
    verdicts.renderBadge({ ...meta.args, ...story.args } as BadgeArgs),
  );
  await (badgeIn(host) as CredentialBadge).updateComplete;
  return host;
}

const badgeIn = (host: HTMLElement) =>
  (host.matches('credential-badge') ? host : host.querySelector('credential-badge'))!;

const expected: [string, { args?: Partial<BadgeArgs> }, StoryObj<BadgeArgs>, string][] = [
  ['Verified', verdicts.default, verdicts.Verified, 'Verified'],
  ['Revoked', verdicts.default, verdicts.Revoked, 'Revoked'],
  ['CheckedStatus', verdicts.default, verdicts.CheckedStatus, 'Verified'],
  ['Invalid', verdicts.default, verdicts.Invalid, 'Invalid'],
  ['NotVerified', verdicts.default, verdicts.NotVerified, 'Not verified'],
  ['NotYetValid', verdicts.default, verdicts.NotYetValid, 'Not valid yet'],
  ['SignedBySomeoneElse', verdicts.default, verdicts.SignedBySomeoneElse, 'Invalid'],
  ['CompactForged', verdicts.default, verdicts.CompactForged, 'Invalid'],
  ['CompactNotVerified', verdicts.default, verdicts.CompactNotVerified, 'Not verified'],
  ['Formats/DataIntegrity', formats.default, formats.DataIntegrity, 'Verified'],
  ['Formats/EcdsaP256', formats.default, formats.EcdsaP256, 'Verified'],
  ['Formats/ShortStatusList', formats.default, formats.ShortStatusList, 'Revoked'],
  ['Formats/Ob3Json', formats.default, formats.Ob3Json, 'Not verified'],
  ['Formats/VcJwt', formats.default, formats.VcJwt, 'Not verified'],
];

describe('credential badge stories', () => {
  for (const [name, meta, story, verdict] of expected)
    it(`${name} reads "${verdict}"`, async () => {
      const el = badgeIn(await render(meta, story)) as CredentialBadge;
      expect(await verdictOf(el)).to.equal(verdict);
    });

  it('the compact layout shows a forged or unconfirmed issuer in red or grey, and only as a claim', async () => {
    for (const story of [verdicts.CompactForged, verdicts.CompactNotVerified]) {
      const el = badgeIn(await render(verdicts.default, story)) as CredentialBadge;
      await verdictOf(el);
      expect(text(el, '[part=issuer]')).to.equal('Claims to be from “Riverside Community College”');
      const icon = getComputedStyle($(el, '.verdict-icon')!).backgroundColor;
      const [r, g, b] = icon.match(/\d+/g)!.map(Number);
      // Not green: green dominates neither red nor blue by much.
      expect(g! > r! + 40 && g! > b! + 40, icon).to.equal(false);
    }
  });

  it('German gives the verdict and every reason in German', async () => {
    const el = badgeIn(await render(verdicts.default, verdicts.German)) as CredentialBadge;
    await waitUntil(() => text(el, '[part=verdict]') === 'Verifiziert', 'no German verdict');
    $(el, 'summary')!.click();
    await el.updateComplete;
    expect(text(el, '[part=checks]')).to.contain('Die Signatur passt zum Nachweis.');
    expect(text(el, '[part=checks]')).to.contain('Diese Seite nennt keine vertrauenswürdigen');
  });
});
