/**
 * Sharing a credential: LinkedIn's "add to profile" link and a download of the credential as
 * it was received (baked image, JWT or JSON).
 */
import type { CredentialView } from '../core/models/credential.ts';

/** Year and month (1–12) of a date; date-only values are calendar days, read in UTC. */
function yearMonth(value: string | undefined): [number, number] | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const utc = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return utc
    ? [date.getUTCFullYear(), date.getUTCMonth() + 1]
    : [date.getFullYear(), date.getMonth() + 1];
}

/** LinkedIn's documented "Add to profile" link for a certification. */
export function linkedInAddUrl(view: CredentialView, certUrl?: string): string {
  const url = new URL('https://www.linkedin.com/profile/add');
  const params = url.searchParams;
  params.set('startTask', 'CERTIFICATION_NAME');
  params.set('name', view.name);
  params.set('organizationName', view.issuer.name);
  const issued = yearMonth(view.issuedOn ?? view.validFrom);
  if (issued) {
    params.set('issueYear', String(issued[0]));
    params.set('issueMonth', String(issued[1]));
  }
  const expires = yearMonth(view.validUntil);
  if (expires) {
    params.set('expirationYear', String(expires[0]));
    params.set('expirationMonth', String(expires[1]));
  }
  if (certUrl) params.set('certUrl', certUrl);
  if (view.id) params.set('certId', view.id);
  return url.href;
}

/** The credential as a file: its original image, or the JWT / JSON as text. */
export function credentialFile(
  original: Blob | string | Record<string, unknown>,
  name: string,
): File {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'credential';
  if (original instanceof Blob) {
    const svg = original.type.includes('svg');
    return new File([original], `${base}.${svg ? 'svg' : 'png'}`, {
      type: svg ? 'image/svg+xml' : 'image/png',
    });
  }
  if (typeof original === 'string')
    return new File([original], `${base}.jwt`, { type: 'application/jwt' });
  return new File([JSON.stringify(original, null, 2)], `${base}.json`, {
    type: 'application/json',
  });
}
