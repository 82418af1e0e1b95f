/**
 * `layout="pathway"`: a learner's stack as one ordered list of steps. Each credential is
 * verified on its own (a CLR 2.0 record and each credential it holds); a CLR's associations
 * order the steps, else shared skills group them and the kind of achievement and the date
 * order them; the skills the verified steps prove are listed once with their evidence; against
 * a listing, the skills still missing, each with a link to find a mentor.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { StoryObj } from '@storybook/web-components-vite';
import { sendKeys } from '@web/test-runner-commands';
import type { CredentialBadge } from '../../../packages/micropath/src/credential-badge/credential-badge.ts';
import { $, $$, badge, text } from '../../support/badge-helpers.ts';
import {
  DATA_LISTING,
  DATA_STEPS,
  FIRST_AID,
  PYTHON,
  pathwayAdapter,
  signRecord,
  signStack,
} from '../../../stories/support/pathway-data.ts';
import * as stories from '../../../stories/credential-badge-pathway.stories.ts';
import type { PathwayArgs } from '../../../stories/credential-badge-pathway.stories.ts';

const clean = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const stepNames = (el: CredentialBadge) => $$(el, '[part~=step-name]').map(clean);
const stepVerdicts = (el: CredentialBadge) => $$(el, '[part~=step-verdict]').map(clean);
const proven = (el: CredentialBadge) => $$(el, '[part~=proven-skill]').map(clean);

async function shown(el: CredentialBadge) {
  await waitUntil(() => $(el, '[part~=pathway]'), 'no pathway shown', { timeout: 8000 });
  await el.updateComplete;
}

describe('<credential-badge layout="pathway">', () => {
  it('shows several src links as one path: grouped by shared skills, ordered by kind, then date', async () => {
    const stack = await signStack([...DATA_STEPS, FIRST_AID]);
    const el = await badge(
      html`<credential-badge
        layout="pathway"
        src=${stack.urls.join(' ')}
        .adapter=${pathwayAdapter(Promise.resolve(stack))}
      ></credential-badge>`,
    );
    await shown(el);
    // The first-aid badge shares no skill: it stands apart, after the group.
    expect($$(el, '[part~=pathway-group] h3').map(clean)).to.deep.equal([
      'Steps sharing SQL',
      'Other steps',
    ]);
    // Courses before the certificate, though the certificate is the oldest.
    expect(stepNames(el)).to.deep.equal([
      'Data Visualisation',
      'SQL Basics',
      'Data Analyst Certificate',
      'First Aid at Work',
    ]);
    expect(stepVerdicts(el)).to.deep.equal(['Verified', 'Verified', 'Verified', 'Verified']);
    // Read as ordered lists of steps, numbered on across groups.
    const lists = $$<HTMLOListElement>(el, 'ol[part~=steps]');
    expect(lists.map((list) => list.start)).to.deep.equal([1, 4]);
    expect(text(el, '[part~=pathway-summary]')).to.equal('4 of 4 steps verified.');
    expect(proven(el)).to.deep.equal([
      'Data visualisation — in ‘Data Visualisation’, Riverside Community College, verified',
      'SQL — in ‘Data Visualisation’, Riverside Community College; ‘SQL Basics’, Riverside Community College; ‘Data Analyst Certificate’, Riverside Community College, verified',
      'Data analysis — in ‘Data Analyst Certificate’, Riverside Community College, verified',
    ]);
    await expect(el).to.be.accessible();
  });

  it('follows a CLR record’s associations: what precedes comes first, parts before the whole', async () => {
    const stack = await signStack(DATA_STEPS);
    const record = await signRecord(stack.jwts);
    const el = await badge(
      html`<credential-badge
        layout="pathway"
        .credential=${record}
        .adapter=${pathwayAdapter(Promise.resolve(stack))}
      ></credential-badge>`,
    );
    await shown(el);
    // SQL Basics precedes the visualisation course (which is older); both are part of the certificate.
    expect(stepNames(el)).to.deep.equal([
      'SQL Basics',
      'Data Visualisation',
      'Data Analyst Certificate',
    ]);
    expect($$(el, '[part~=step-relations]').map(clean)).to.deep.equal([
      'Before ‘Data Visualisation’. Part of ‘Data Analyst Certificate’.',
      'After ‘SQL Basics’. Part of ‘Data Analyst Certificate’.',
      'Made of ‘SQL Basics’ and ‘Data Visualisation’.',
    ]);
    expect($$(el, 'ol[part~=steps]')).to.have.length(1);
    expect(text(el, 'h2[part~=pathway-title]')).to.equal('Ada’s learner record');
    expect(text(el, '[part~=pathway-record]')).to.equal(
      'A learner record from Northfield Registry: Verified.',
    );
    await expect(el).to.be.accessible();
  });

  it('a tampered credential inside a CLR: that step is Invalid, the pathway says so, nothing counts from it', async () => {
    const stack = await signStack(DATA_STEPS);
    const record = await signRecord(stack.jwts, { forge: true });
    const el = await badge(
      html`<credential-badge
        layout="pathway"
        .credential=${record}
        .adapter=${pathwayAdapter(Promise.resolve(stack))}
        .listing=${DATA_LISTING}
      ></credential-badge>`,
    );
    await shown(el);
    expect(stepNames(el)).to.deep.equal([
      'SQL Basics',
      'Data Visualisation',
      'Data Analyst Certificate',
    ]);
    expect(stepVerdicts(el)).to.deep.equal(['Verified', 'Invalid', 'Verified']);
    expect($(el, '[part~=step].verdict-invalid')).not.to.equal(null);
    expect(text(el, '[part~=pathway-summary]')).to.equal('2 of 3 steps verified.');
    expect(text(el, '[part~=pathway-problems]')).to.equal(
      '‘Data Visualisation’ is Invalid: nothing it claims counts.',
    );
    // Python (added by the forger) and data visualisation come only from the forged step.
    const skills = proven(el).join('\n');
    expect(skills).not.to.contain('Python');
    expect(skills).not.to.contain('Data visualisation');
    expect($$(el, '[part~=gap-skill]').map(clean)).to.deep.equal([
      'Data visualisation — in ‘Data Visualisation’, Riverside Community College, but Invalid (not counted)',
      'Python — in ‘Data Visualisation’, Riverside Community College, but Invalid (not counted)',
      'Spreadsheets — not shown by a credential yet',
    ]);
    await expect(el).to.be.accessible();
  });

  it('one step revoked: shown with its verdict, counting for nothing', async () => {
    const stack = await signStack(DATA_STEPS, { revoke: 'data-analyst' });
    const el = await badge(
      html`<credential-badge
        layout="pathway"
        holder="ada"
        .adapter=${pathwayAdapter(Promise.resolve(stack))}
      ></credential-badge>`,
    );
    await shown(el);
    expect(stepVerdicts(el)).to.deep.equal(['Verified', 'Verified', 'Revoked']);
    expect(text(el, '[part~=pathway-problems]')).to.equal(
      '‘Data Analyst Certificate’ is Revoked: nothing it claims counts.',
    );
    expect(proven(el).join('\n')).not.to.contain('Data analysis');
    await expect(el).to.be.accessible();
  });

  it('against a listing (for-listing): the skills still missing, each with a mentor link, by keyboard', async () => {
    const stack = await signStack(DATA_STEPS);
    const el = await badge(
      html`<credential-badge
        layout="pathway"
        src=${stack.urls.join(' ')}
        for-listing="data-apprentice"
        mentor-url="/mentoring.html?skill={skill}"
        .adapter=${pathwayAdapter(Promise.resolve(stack))}
      ></credential-badge>`,
    );
    await shown(el);
    await waitUntil(() => $(el, '[part~=pathway-gaps]'), 'no listing shown', { timeout: 4000 });
    expect(text(el, '[part~=pathway-gaps] h3')).to.equal('Against ‘Data apprentice’');
    expect(text(el, '[part~=gap-summary]')).to.equal(
      '2 of 3 required skills shown by verified credentials',
    );
    expect($$(el, '[part~=gap-met]').map(clean)).to.deep.equal([
      'SQL — in ‘Data Visualisation’, Riverside Community College, verified',
      'Data visualisation — in ‘Data Visualisation’, Riverside Community College, verified',
    ]);
    const links = $$<HTMLAnchorElement>(el, '[part~=mentor-link]');
    expect(links.map(clean)).to.deep.equal([
      'Find a mentor for Python',
      'Find a mentor for Spreadsheets',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      `/mentoring.html?skill=${encodeURIComponent(PYTHON)}`,
      '/mentoring.html?skill=Spreadsheets',
    ]);
    await expect(el).to.be.accessible();
    // The mentor links are the only stops, in reading order.
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links[0]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links[1]);
    before.remove();
  });

  it('without mentor-url, a missing skill is named without a link', async () => {
    const stack = await signStack(DATA_STEPS);
    const el = await badge(
      html`<credential-badge
        layout="pathway"
        .credential=${stack.jwts}
        .listing=${DATA_LISTING}
        .adapter=${pathwayAdapter(Promise.resolve(stack))}
      ></credential-badge>`,
    );
    await shown(el);
    expect($$(el, '[part~=mentor-link]')).to.have.length(0);
    expect($$(el, '[part~=gap-skill]').map(clean)).to.deep.equal([
      'Python — not shown by a credential yet',
      'Spreadsheets — not shown by a credential yet',
    ]);
  });
});

describe('pathway stories', () => {
  const summaries: [string, StoryObj<PathwayArgs>, string][] = [
    ['Verified', stories.Verified, '4 of 4 steps verified.'],
    ['LinkedRecord', stories.LinkedRecord, '3 of 3 steps verified.'],
    ['OneStepRevoked', stories.OneStepRevoked, '2 of 3 steps verified.'],
    ['ForgedStepInRecord', stories.ForgedStepInRecord, '2 of 3 steps verified.'],
    ['AgainstListing', stories.AgainstListing, '3 of 3 steps verified.'],
  ];
  for (const [name, story, summary] of summaries)
    it(`${name} reads "${summary}", axe clean`, async () => {
      const host = fixtureSync<HTMLElement>(
        stories.renderPathway({ ...stories.default.args, ...story.args } as PathwayArgs),
      );
      const el = host.querySelector('credential-badge')!;
      await shown(el);
      expect(text(el, '[part~=pathway-summary]')).to.equal(summary);
      await expect(el).to.be.accessible();
    });
});
