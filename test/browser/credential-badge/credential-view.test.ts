import { expect } from '@open-wc/testing';
import { detectFormat } from '../../../packages/micropath/src/credential-badge/bake/detect-format.ts';
import { toCredentialView } from '../../../packages/micropath/src/credential-badge/credential-view.ts';
import samples from '../../fixtures/badges/validator-samples.json';

const files = (
  samples as { files: Record<string, { json?: Record<string, unknown>; text?: string }> }
).files;
const json = (name: string) => structuredClone(files[name]!.json!);

describe('credential view', () => {
  it('shows everything the complete OB 3.0 example carries', () => {
    const view = toCredentialView(detectFormat(json('ob30/complete.json')));
    expect(view.format).to.equal('ob3-json');
    expect(view.name).to.equal('1EdTech University Degree');
    expect(view.issuer.name).to.be.a('string').and.have.length.greaterThan(0);
    expect(view.image).to.deep.equal({
      url: 'https://1edtech.edu/achievements/degree/image',
      alt: '1EdTech University Degree',
    });
    expect(view.validFrom).to.equal('2010-01-01T00:00:00Z');
    expect(view.validUntil).to.equal('2030-01-01T00:00:00Z');
    expect(view.criteria!.narrative).to.contain('Degree Requirements');
    expect(view.alignments[0]).to.deep.include({
      name: '1EdTech University Degree',
      code: 'degree',
      url: 'https://1edtech.edu/catalog/degree',
    });
    expect(view.evidence[0]).to.deep.include({
      name: 'Final Project Report',
      url: 'https://1edtech.edu/credentials/3732/evidence/1',
    });
    expect(view.recipient).to.deep.include({
      identity: 'student@1edtech.edu',
      hashed: false,
      type: 'emailAddress',
    });
    expect(view.results.length).to.be.greaterThan(0);
    expect(view.creditsEarned).to.be.a('number');
    expect(view.achievementType).to.be.a('string');
  });

  it('reads an OB 3.0 VC-JWT the same way', () => {
    const view = toCredentialView(detectFormat(files['ob30/simple.jwt']!.text!));
    expect(view.format).to.equal('ob3-jwt');
    expect(view.name).to.be.a('string').and.have.length.greaterThan(0);
    expect(view.issuer.id).to.equal('https://example.edu/issuers/565049');
  });

  it('combines an OB 2.0 assertion with its badge class and issuer', () => {
    const view = toCredentialView(detectFormat(json('ob20/basic-assertion.json')), {
      badge: json('ob20/assets/robotics-badge.json'),
      issuer: json('ob20/assets/organization.json'),
    });
    expect(view).to.deep.include({
      format: 'ob2-hosted',
      name: 'Awesome Robotics Badge',
      issuedOn: '2016-12-31T23:59:59Z',
    });
    expect(view.issuer).to.deep.include({
      name: 'An Example Badge Issuer',
      url: 'https://example.org',
      email: 'contact@example.org',
    });
    expect(view.image!.url).to.equal('https://example.org/beths-robot-badge.png');
    expect(view.criteria!.url).to.equal('https://example.org/badgecriteria.json');
    expect(view.evidence).to.deep.equal([{ url: 'https://example.org/beths-robot-work.html' }]);
    expect(view.recipient).to.deep.include({ hashed: true, salt: 'deadsea', type: 'email' });
  });

  it('keeps hostile text as data and leaves out unsafe links, without losing the credential', () => {
    const credential = json('ob30/complete.json');
    const subject = credential.credentialSubject as Record<string, Record<string, unknown>>;
    subject.achievement!.name = '<img src=x onerror=alert(1)>';
    (credential.issuer as Record<string, unknown>).url = 'javascript:alert(1)';
    (subject.achievement!.alignment as Record<string, unknown>[])[0]!.targetUrl =
      'data:text/html,x';
    const view = toCredentialView(detectFormat(credential));
    expect(view.name).to.equal('<img src=x onerror=alert(1)>');
    expect(view.issuer).to.not.have.property('url');
    expect(view.alignments[0]).to.not.have.property('url');
  });
});
