/**
 * How a skill's evidence reads, wherever a page shows it: the board's match panel and the
 * badge's pathway say "SQL — in ‘Data Analysis Fundamentals’, Example College, verified" alike.
 */
import { msg, str } from '@lit/localize';
import type { CredentialClaims, RequirementReport } from '../core/skills/match.ts';
import { verdictLabel } from './verdict-label.ts';

export const claimsName = (claims: CredentialClaims) => claims.name ?? claims.credentialId;

/** A credential's name in the UI language's quotation marks: ‘SQL Basics’, « SQL Basics ». */
export const quotedName = (claims: CredentialClaims) =>
  msg(str`‘${claimsName(claims)}’`, { id: 'quoted-name' });

/** ‘Data Analysis Fundamentals’, Example College */
export const whereShown = (claims: CredentialClaims) =>
  `${quotedName(claims)}${claims.issuer ? `, ${claims.issuer}` : ''}`;

/** A skill shown by credentials that count: "SQL — in ‘A’, Issuer; ‘B’, Issuer, verified". */
export const provenLine = (label: string, shownIn: readonly CredentialClaims[]) => {
  const where = shownIn.map(whereShown).join('; ');
  return msg(str`${label} — in ${where}, verified`);
};

/** One requirement's report in words: met, perhaps, or missing (and why, when shown). */
export function skillLine(report: RequirementReport, byId: Map<string, CredentialClaims>) {
  const label = report.requirement.label;
  const shown = report.credentialId ? byId.get(report.credentialId) : undefined;
  const where = shown ? whereShown(shown) : '';
  if (report.status === 'met') return msg(str`${label} — in ${where}, verified`);
  if (report.status === 'possible')
    return msg(str`${label} — perhaps, in ${where} (similar words only; not counted)`);
  if (shown) {
    const why =
      shown.verdict === 'verified' ? msg('not shown to be yours') : verdictLabel(shown.verdict);
    return msg(str`${label} — in ${where}, but ${why} (not counted)`);
  }
  return msg(str`${label} — not shown by a credential yet`);
}
