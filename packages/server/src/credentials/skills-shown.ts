/**
 * "Skills shown (verified)" in one line, for the employer's e-mail, the webhook, the admin
 * reads and the CSV: the required skills met, then each skill with how it was shown
 * ("SQL: met (in ‘SQL Basics’)"), and the credentials that did not count, with why.
 */
import type { CheckedCredentials } from './application-credentials.ts';

export function skillsShown(checked: CheckedCredentials): string {
  const names = new Map(checked.credentials.map((c) => [c.credentialId, c.name ?? c.credentialId]));
  const { met, total } = checked.skills.required;
  const skills = checked.skills.requirements.map((r) => {
    const where = r.credentialId ? ` (in ‘${names.get(r.credentialId) ?? r.credentialId}’)` : '';
    return `${r.label}: ${r.status === 'missing' && r.credentialId ? 'not shown by a credential that counts' : r.status}${where}`;
  });
  const uncounted = checked.credentials
    .filter((c) => c.verdict !== 'verified' || !c.bound)
    .map(
      (c) =>
        `‘${c.name ?? c.credentialId}’ ${c.verdict === 'verified' ? 'not shown to be theirs' : c.verdict}`,
    );
  const disputed = checked.credentials
    .filter((c) => c.disputed)
    .map((c) => `‘${c.name ?? c.credentialId}’`);
  return [
    `${met} of ${total} required skills shown by verified credentials`,
    ...skills,
    ...(uncounted.length ? [`Not counted: ${uncounted.join(', ')}`] : []),
    ...(disputed.length
      ? [`The applicant's page called verified what the server did not: ${disputed.join(', ')}`]
      : []),
  ].join('; ');
}
