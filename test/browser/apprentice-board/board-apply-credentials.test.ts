/**
 * Applying with credentials: the applicant pastes or uploads Open Badges, each is verified in
 * the page by the badge's own verifier, and the form shows which of the listing's required
 * skills they prove, and how. A credential counts only when it verifies and its recipient is
 * the e-mail typed; someone else's, a tampered one or an unreadable paste is shown, not
 * counted, and nothing typed is lost. The credentials go with the application.
 */
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { board, $, $$, titles, settled, sample } from '../../support/board-helpers.ts';
import { emailIdentifier, signedCredential, tamperClaim } from '../../support/sign-credential.ts';

const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';

const listings = [
  sample({
    id: 'data',
    title: 'Data apprentice',
    skills: [
      { label: 'Structured Query Language', id: SQL, framework: 'ESCO' },
      'Python',
      { label: 'Spreadsheets', importance: 'preferred' },
    ],
    applyUrl: 'https://example.org/apply',
  }),
];

/** A credential Example College issued to `email`, stating SQL by its ESCO URI. */
async function credentialFor(email: string) {
  return signedCredential({
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: await emailIdentifier(email),
      achievement: {
        type: ['Achievement'],
        name: 'Data Analysis Fundamentals',
        alignment: [{ type: ['Alignment'], targetName: 'SQL', targetUrl: `${SQL}/` }],
        tag: ['spreadsheets'],
      },
    },
  });
}

/** A CLR 2.0 envelope Northfield Registry issued to `email`, signed over the credentials it holds. */
async function transcriptFor(email: string, held: string[]) {
  return signedCredential(
    {
      id: 'urn:uuid:ada-transcript',
      type: ['VerifiableCredential', 'ClrCredential'],
      name: 'Ada’s transcript',
      credentialSubject: {
        type: ['ClrSubject'],
        identifier: await emailIdentifier(email),
        verifiableCredential: held,
      },
    },
    { issuerName: 'Northfield Registry' },
  );
}

const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const field = (el: ApprenticeBoard, id: string) =>
  $<HTMLInputElement & HTMLTextAreaElement>(el, `#${id}`)!;
function type(el: ApprenticeBoard, id: string, value: string) {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
}
const credentials = (el: ApprenticeBoard) => $$(el, '[part~=applied-credential]').map(text);
const skillLines = (el: ApprenticeBoard) => $$(el, '[part~=skill-report]').map(text);
const summary = (el: ApprenticeBoard) => text($(el, '.match-summary'));

async function openForm(adapter = createMemoryAdapter({ listings })) {
  const el = await board(adapter, { detail: 'inline' });
  await settled(el, () => titles(el).length === 1);
  $$(el, '[part~=card] .open')[0]!.click();
  await settled(el, () => $(el, '[part=apply-here]') !== null);
  $(el, '[part=apply-here]')!.click();
  await settled(el, () => $(el, '[part=application]') !== null);
  return { el, adapter };
}

async function paste(el: ApprenticeBoard, value: string) {
  type(el, 'apply-credential-paste', value);
  await el.updateComplete;
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.credentials button')]
    .find((b) => b.textContent!.trim() === 'Add')!
    .click();
}

describe('<apprentice-board>: applying with credentials', () => {
  it('a verified credential of the applicant’s shows the required skills it proves, and is sent', async () => {
    const { el, adapter } = await openForm();
    type(el, 'apply-name', 'Ada Lindqvist');
    type(el, 'apply-email', 'ada@example.org');
    const { jws } = await credentialFor('ada@example.org');
    await paste(el, jws);
    await settled(el, () => credentials(el).length === 1);
    expect(credentials(el)[0]).to.contain('Checking…');
    await expect(el).to.be.accessible();
    await settled(el, () => !credentials(el)[0]!.includes('Checking'), 'not verified in time');
    expect(credentials(el)[0]).to.match(
      /^Data Analysis Fundamentals · Example College Verified Remove$/,
    );
    expect(summary(el)).to.equal('1 of 2 required skills shown by verified credentials');
    expect(skillLines(el)).to.deep.equal([
      'Structured Query Language — in ‘Data Analysis Fundamentals’, Example College, verified',
      'Python — not shown by a credential yet',
      'Spreadsheets — in ‘Data Analysis Fundamentals’, Example College, verified',
    ]);
    // The paste field is free again; what else was typed is still there.
    expect(field(el, 'apply-credential-paste').value).to.equal('');
    expect(field(el, 'apply-name').value).to.equal('Ada Lindqvist');
    await expect(el).to.be.accessible();

    field(el, 'apply-consent').checked = true;
    field(el, 'apply-consent').dispatchEvent(new Event('change'));
    $(el, '[part=submit]')!.click();
    await settled(el, () => $(el, '[part=receipt]') !== null);
    expect(adapter.applications).to.have.length(1);
    expect(adapter.applications[0]!.credentials).to.deep.equal([jws]);
    // What the page's verifier said goes along, for the server to compare.
    expect(adapter.applications[0]!.credentialVerdicts).to.deep.equal(['verified']);
  });

  it('a CLR 2.0 envelope is one credential; each it holds is verified on its own, and its skills shown', async () => {
    const { el, adapter } = await openForm();
    type(el, 'apply-name', 'Ada Lindqvist');
    type(el, 'apply-email', 'ada@example.org');
    const sql = (await credentialFor('ada@example.org')).jws;
    const { jws: python } = await signedCredential({
      id: 'urn:uuid:python',
      validUntil: '2025-02-01T00:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: await emailIdentifier('ada@example.org'),
        achievement: {
          type: ['Achievement'],
          name: 'Python Basics',
          alignment: [{ type: ['Alignment'], targetName: 'Python', targetUrl: 'urn:x:python' }],
        },
      },
    });
    const { jws } = await transcriptFor('ada@example.org', [sql, python]);
    await paste(el, jws);
    await settled(el, () => credentials(el)[0]?.includes('Verified') ?? false, 'not verified');
    expect(credentials(el)).to.deep.equal([
      'Ada’s transcript · Northfield Registry Verified Remove ' +
        'Data Analysis Fundamentals · Example College Verified ' +
        'Python Basics · Example College Expired',
    ]);
    expect(summary(el)).to.equal('1 of 2 required skills shown by verified credentials');
    expect(skillLines(el)).to.deep.equal([
      'Structured Query Language — in ‘Data Analysis Fundamentals’, Example College, verified',
      'Python — in ‘Python Basics’, Example College, but Expired (not counted)',
      'Spreadsheets — in ‘Data Analysis Fundamentals’, Example College, verified',
    ]);
    await expect(el).to.be.accessible();

    field(el, 'apply-consent').checked = true;
    field(el, 'apply-consent').dispatchEvent(new Event('change'));
    $(el, '[part=submit]')!.click();
    await settled(el, () => $(el, '[part=receipt]') !== null);
    expect(adapter.applications[0]!.credentials).to.deep.equal([jws]);
    expect(adapter.applications[0]!.credentialVerdicts).to.deep.equal(['verified']);
  });

  it('a CLR envelope and what it holds are bound again when the e-mail changes', async () => {
    const { el } = await openForm();
    type(el, 'apply-email', 'mo@example.org');
    const { jws: sql } = await credentialFor('ada@example.org');
    await paste(el, (await transcriptFor('ada@example.org', [sql])).jws);
    await settled(el, () => credentials(el)[0]?.includes('not shown to be yours') ?? false);
    expect(summary(el)).to.equal('0 of 2 required skills shown by verified credentials');
    type(el, 'apply-email', 'ada@example.org');
    await settled(el, () => summary(el).startsWith('1 of 2'), 'not bound again');
    expect(credentials(el)[0]).to.not.contain('not shown to be yours');
  });

  it('a credential changed inside a CLR envelope counts for nothing; the envelope changed, none does', async () => {
    const { el } = await openForm();
    type(el, 'apply-email', 'ada@example.org');
    const { jws: sql } = await credentialFor('ada@example.org');
    const forged = tamperClaim(sql, (vc) => {
      vc.credentialSubject.achievement.alignment[0].targetName = 'Python';
      vc.credentialSubject.achievement.alignment[0].targetUrl = 'urn:x:python';
    });
    const { jws } = await transcriptFor('ada@example.org', [forged]);
    await paste(el, jws);
    await settled(el, () => credentials(el)[0]?.includes('Verified') ?? false, 'not verified');
    expect(credentials(el)[0]).to.match(/Verified Remove Data Analysis Fundamentals · .+ Invalid$/);
    expect(summary(el)).to.equal('0 of 2 required skills shown by verified credentials');
    expect(skillLines(el)[1]).to.equal(
      'Python — in ‘Data Analysis Fundamentals’, Example College, but Invalid (not counted)',
    );
    $(el, '[part~=applied-credential] button')!.click();
    await settled(el, () => credentials(el).length === 0);
    await paste(
      el,
      tamperClaim((await transcriptFor('ada@example.org', [sql])).jws, (vc) => {
        vc.name = 'Transcript with honours';
      }),
    );
    await settled(el, () => credentials(el)[0]?.includes('Remove Data') ?? false, 'not shown');
    expect(credentials(el)[0]).to.match(/Invalid Remove Data Analysis Fundamentals · .+ Invalid$/);
    expect(summary(el)).to.equal('0 of 2 required skills shown by verified credentials');
  });

  it('a send made while a credential is still being checked waits for it, and carries it', async () => {
    const { el, adapter } = await openForm();
    type(el, 'apply-name', 'Ada Lindqvist');
    type(el, 'apply-email', 'ada@example.org');
    field(el, 'apply-consent').checked = true;
    field(el, 'apply-consent').dispatchEvent(new Event('change'));
    const { jws } = await credentialFor('ada@example.org');
    await paste(el, jws);
    $(el, '[part=submit]')!.click();
    await settled(el, () => $(el, '[part=receipt]') !== null);
    expect(adapter.applications[0]!.credentials).to.deep.equal([jws]);
  });

  it('someone else’s credential is shown, not counted, and counts once the e-mail is theirs', async () => {
    const { el } = await openForm();
    type(el, 'apply-email', 'mo@example.org');
    await paste(el, (await credentialFor('ada@example.org')).jws);
    await settled(el, () => credentials(el)[0]?.includes('not shown to be yours') ?? false);
    expect(summary(el)).to.equal('0 of 2 required skills shown by verified credentials');
    expect(skillLines(el)[0]).to.equal(
      'Structured Query Language — in ‘Data Analysis Fundamentals’, Example College, but not shown to be yours (not counted)',
    );
    type(el, 'apply-email', 'ada@example.org');
    await settled(el, () => summary(el).startsWith('1 of 2'), 'not bound again');
    expect(credentials(el)[0]).to.not.contain('not shown to be yours');
  });

  it('a tampered credential is Invalid and counts for nothing', async () => {
    const { el } = await openForm();
    type(el, 'apply-email', 'ada@example.org');
    const { jws } = await credentialFor('ada@example.org');
    const forged = tamperClaim(jws, (vc) => {
      vc.credentialSubject.achievement.alignment[0].targetName = 'Python';
    });
    await paste(el, forged);
    await settled(el, () => credentials(el)[0]?.includes('Invalid') ?? false);
    expect(summary(el)).to.equal('0 of 2 required skills shown by verified credentials');
    expect(skillLines(el)[0]).to.contain('but Invalid (not counted)');
  });

  it('a forged copy keeping the original’s id never lends it its name', async () => {
    const { el } = await openForm();
    type(el, 'apply-email', 'ada@example.org');
    const { jws } = await credentialFor('ada@example.org');
    await paste(el, jws);
    await settled(el, () => credentials(el)[0]?.includes('Verified') ?? false);
    await paste(
      el,
      tamperClaim(jws, (vc) => {
        vc.credentialSubject.achievement.name = 'SQL Mastery';
      }),
    );
    await settled(el, () => credentials(el)[1]?.includes('Invalid') ?? false);
    expect(skillLines(el)[0]).to.equal(
      'Structured Query Language — in ‘Data Analysis Fundamentals’, Example College, verified',
    );
  });

  it('an unreadable paste says why and keeps what was pasted; Remove takes a credential away', async () => {
    const { el } = await openForm();
    await paste(el, 'not a credential');
    await settled(el, () => !(credentials(el)[0]?.includes('Checking') ?? true));
    expect(credentials(el)[0]).to.match(/^Pasted credential .+ Remove$/);
    expect(field(el, 'apply-credential-paste').value).to.equal('not a credential');
    const remove = $(el, '[part~=applied-credential] button')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove Pasted credential');
    remove.click();
    await settled(el, () => credentials(el).length === 0);
    expect(el.shadowRoot!.activeElement!.id).to.equal('apply-credential-paste');
    expect($(el, '.match-summary')).to.equal(null);
  });

  it('uploads a credential file', async () => {
    const { el } = await openForm();
    type(el, 'apply-email', 'ada@example.org');
    const { jws } = await credentialFor('ada@example.org');
    const input = field(el, 'apply-credential-file');
    const files = new DataTransfer();
    files.items.add(new File([jws], 'data-analysis.jwt', { type: 'text/plain' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await settled(el, () => credentials(el)[0]?.includes('Verified') ?? false);
    expect(summary(el)).to.equal('1 of 2 required skills shown by verified credentials');
  });
});
