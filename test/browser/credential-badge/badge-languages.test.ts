import { expect, html, waitUntil } from '@open-wc/testing';
import {
  $,
  $$,
  badge,
  fakeWeb,
  signedCredential,
  statusListCredential,
  tamperClaim,
  text,
  verdictOf,
} from '../../support/badge-helpers.ts';

const statusUrl = 'https://status.example/lists/9';
const reasons = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('[part=checks] li > span:last-child')].map((s) =>
    s.textContent!.trim(),
  );

describe('<credential-badge> in Spanish and German', () => {
  it('gives every check its reason in the page’s language, and follows a change of lang', async () => {
    const { jws, credential, sign } = await signedCredential({
      validUntil: '2099-12-31T00:00:00Z',
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '4',
        statusListCredential: statusUrl,
      },
    });
    const web = fakeWeb({
      [statusUrl]: await sign(await statusListCredential(statusUrl, credential.issuer, [4])),
    });
    const el = await badge(
      html`<credential-badge
        lang="es"
        .adapter=${{ getCredential: async () => jws, fetch: web.fetch }}
        credential-id="x"
      ></credential-badge>`,
    );
    // The page's first verification starts the verification worker, which loads the verifier
    // as dozens of modules from the test server (one chunk in a build): allow it the time.
    await waitUntil(() => text(el, '[part=verdict]') === 'Revocada', 'no Spanish verdict', {
      timeout: 15_000,
    });
    $(el, 'summary')!.click();
    await el.updateComplete;
    expect(reasons(el)).to.deep.equal([
      'Una credencial de Open Badges 3.0 firmada como JWT (ES256).',
      'La credencial tiene todo lo que una insignia necesita.',
      'La firma coincide con la credencial.',
      'La clave es el propio identificador del emisor (did:jwk).',
      'Revocada, según la lista de estado firmada del emisor.',
      'Válida hasta el 2099-12-31.',
      'Esta página no indica emisores de confianza.',
      'La credencial no indica a quién se emitió.',
    ]);
    const lookups = web.calls.length;

    // The same report, read again in German: nothing is checked twice.
    el.lang = 'de';
    await waitUntil(() => text(el, '[part=verdict]') === 'Widerrufen', 'no German verdict');
    await el.updateComplete;
    expect(reasons(el)[2]).to.equal('Die Signatur passt zum Nachweis.');
    expect(reasons(el)[4]).to.equal('Widerrufen laut der signierten Statusliste des Ausstellers.');
    expect(web.calls.length).to.equal(lookups);
    const copied = JSON.parse(JSON.stringify(el.report)) as { checks: { message: string }[] };
    expect(copied.checks[5]!.message).to.equal('Gültig bis zum 2099-12-31.');
    await expect(el).to.be.accessible();
  });

  it('explains a damaged credential and a key it cannot find in Spanish', async () => {
    const el = await badge(
      html`<credential-badge lang="es" .credential=${'abc.def.ghi'}></credential-badge>`,
    );
    await waitUntil(() => $(el, '[part=message]'), 'no error shown');
    await waitUntil(() => text(el, '[part=message]').includes('cabecera'), 'no Spanish error');
    expect(text(el, '[part=message]')).to.contain('Esta credencial no se puede mostrar.');

    const { jws } = await signedCredential({}, { issuer: () => 'https://college.example' });
    const web = fakeWeb({});
    const keyless = await badge(
      html`<credential-badge
        lang="es"
        .adapter=${{ getCredential: async () => jws, fetch: web.fetch }}
        credential-id="y"
      ></credential-badge>`,
    );
    expect(await verdictOf(keyless)).to.equal('No verificada');
    $(keyless, 'summary')!.click();
    await keyless.updateComplete;
    const [, , proof, key] = $$(keyless, '[part=checks] li > span:last-child').map(
      (s) => s.textContent,
    );
    expect(proof).to.equal('Sin la clave del emisor no se pudo comprobar la firma.');
    expect(key).to.equal('https://college.example/.well-known/jwks.json respondió con HTTP 404.');
  });

  it('quotes an issuer it could not confirm in the marks of the language (French, Japanese)', async () => {
    const { jws } = await signedCredential();
    const forged = tamperClaim(jws, (vc) => (vc.credentialSubject.achievement.name = 'Surgeon'));
    for (const [lang, expected] of [
      ['fr', 'Se dit émise par « Example College »'], // text() makes its narrow spaces plain
      ['ja', '発行元とされる組織：「Example College」'],
    ] as const) {
      const el = await badge(
        html`<credential-badge lang=${lang} .credential=${forged}></credential-badge>`,
      );
      await waitUntil(() => text(el, '[part=issuer]') === expected, `the issuer in ${lang}`, {
        timeout: 15_000,
      }).catch(() => expect(text(el, '[part=issuer]')).to.equal(expected));
    }
  });
});
