import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../../packages/micropath/src/core/sanitize.ts';
import xss from '../../fixtures/xss-payloads.json';

/** 3,000 published XSS payloads; the source line is inside the file. */
const payloads = async () => (xss as { payloads: string[] }).payloads;

describe('sanitizer', () => {
  it('keeps safe markup and makes links safe to follow', async () => {
    const fragment = await sanitizeHtml(
      '<h2>Role</h2><p>Work with <strong>SQL</strong> &amp; <em>Python</em>.</p><ul><li>One</li></ul>' +
        '<a href="https://example.org/team">Team</a><a href="mailto:jobs@example.org">Mail</a>' +
        '<img src="https://example.org/a.png" alt="Team photo">',
    );
    const host = document.createElement('div');
    host.append(fragment);
    expect(host.querySelector('h2')!.textContent).to.equal('Role');
    expect(host.querySelector('strong')!.textContent).to.equal('SQL');
    expect(host.textContent).to.contain('SQL & Python.');
    const [team, mail] = host.querySelectorAll('a');
    expect(team!.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
    expect(team!.getAttribute('target')).to.equal('_blank');
    expect(mail!.getAttribute('href')).to.equal('mailto:jobs@example.org');
    expect(host.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
  });

  it('repairs list structure: lists hold list items, list items sit in lists', async () => {
    const shown = async (html: string) => {
      const host = document.createElement('div');
      host.append(await sanitizeHtml(html));
      return host.innerHTML;
    };
    // Lever's lists as feeds send them: a <div> between the list and its items.
    expect(await shown('<ul><div>\n<li><p>One</p></li>\n<li>Two</li></div></ul>')).to.equal(
      '<ul>\n<li><p>One</p></li>\n<li>Two</li></ul>',
    );
    expect(
      await shown('<ul><div>One</div><p>Two</p>loose <b>text</b><br><li>Three</li></ul>'),
    ).to.equal(
      '<ul><li><div>One</div></li><li><p>Two</p></li><li>loose <b>text</b></li><li>Three</li></ul>',
    );
    expect(await shown('<ol><li>A</li><ul><li>nested</li></ul></ol>')).to.equal(
      '<ol><li>A</li><li><ul><li>nested</li></ul></li></ol>',
    );
    expect(await shown('<p>Intro</p><li>Alone</li><li>Together</li><p>End</p>')).to.equal(
      '<p>Intro</p><ul><li>Alone</li><li>Together</li></ul><p>End</p>',
    );
    expect(await shown('<dl><dt>Term</dt><p>Said</p></dl><dd>Orphan</dd>')).to.equal(
      '<dl><dt>Term</dt><dd><p>Said</p></dd></dl><div>Orphan</div>',
    );
  });

  it('removes scripts, handlers, styles, forms, frames, ids and unsafe URLs', async () => {
    const host = document.createElement('div');
    host.append(
      await sanitizeHtml(
        '<p id="x" class="y" style="position:fixed" onclick="alert(1)">t</p><script>alert(1)</script>' +
          '<style>*{display:none}</style><form action="https://evil.example"><input name="q"></form>' +
          '<iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">j</a>' +
          '<a href="data:text/html,x">d</a><img src="data:image/png;base64,AAAA"><img src="relative.png">',
      ),
    );
    expect(host.innerHTML).to.equal('<p>t</p><a>j</a><a>d</a>');
  });

  it('runs none of 3,000 published XSS payloads and leaves no handler or script behind', async function () {
    this.timeout(60_000);
    const win = window as { __xssRan?: boolean };
    const originals = { alert: window.alert, prompt: window.prompt, confirm: window.confirm };
    const tripwire = () => void (win.__xssRan = true);
    Object.assign(window, { alert: tripwire, prompt: tripwire, confirm: tripwire });
    try {
      const host = document.createElement('div');
      document.body.append(host);
      const list = await payloads();
      expect(list).to.have.length(3000);
      for (const payload of list) {
        host.replaceChildren(await sanitizeHtml(payload));
        for (const element of host.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            expect(attribute.name, payload).to.not.match(/^on/i);
            expect(attribute.value, payload).to.not.match(/^\s*(javascript|vbscript|data):/i);
          }
        }
        expect(
          host.querySelector('script, iframe, object, embed, svg, math, style, form'),
          payload,
        ).to.equal(null);
      }
      host.remove();
      // Give any event (onerror, onload, onfocus) a chance to fire.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(win.__xssRan).to.equal(undefined);
    } finally {
      Object.assign(window, originals);
    }
  });
});
