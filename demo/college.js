// The college page: <credential-badge> elements reading credentials this demo's server issued
// (source="rest:/api" in the HTML) and published examples from links. Verification runs in
// the browser. A visitor can also have the demo's server issue them a credential, to take to
// an application on the careers page.
import '/kit/cdn/credential-badge.js';

document.addEventListener('mp-verified', (event) => {
  console.info(`${event.view.name}: ${event.report.verdict}`);
});

const form = document.getElementById('take-form');
const status = document.getElementById('take-status');
const result = document.getElementById('take-result');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const choice = form.elements.achievementId.selectedOptions[0];
  const button = form.querySelector('button');
  button.disabled = true;
  status.textContent = 'Issuing…';
  try {
    // The demo server's own route (npm start turns it on): not part of the REST contract.
    const response = await fetch('/api/demo/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ achievementId: data.get('achievementId'), email: data.get('email') }),
    });
    const body = await response.json();
    if (!response.ok)
      throw new Error(body.error?.message ?? `The server answered ${response.status}.`);
    // Made now: a badge with nothing to show yet would say it is not configured.
    const badge = document.createElement('credential-badge');
    badge.src = new URL(body.url).pathname;
    document.getElementById('take-badge').replaceChildren(badge);
    const download = document.getElementById('take-download');
    download.href = new URL(body.url).pathname;
    download.download = `${data.get('achievementId')}.jwt`;
    document.getElementById('take-text').value = body.credential;
    document.getElementById('take-apply').href = `careers.html?jobs.open=${choice.dataset.opening}`;
    result.hidden = false;
    status.textContent = `Issued: ${choice.textContent.trim()}, for ${data.get('email')}.`;
  } catch (error) {
    status.textContent = `It could not be issued: ${error.message}`;
  } finally {
    button.disabled = false;
  }
});
