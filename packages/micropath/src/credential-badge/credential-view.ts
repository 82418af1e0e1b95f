/**
 * What a visitor sees of a credential, from any supported format: Open Badges 3.0 (credential,
 * subject, achievement) or 2.0 (assertion, badge class, issuer profile). Pure mapping, before
 * and apart from verification. Links that are not http(s) are left out field by field, so one
 * bad link never hides the rest; the result passes the CredentialView schema.
 */
import { msg, str } from '@lit/localize';
import * as v from '../core/valibot.ts';
import { describeIssues } from '../core/schema-helpers.ts';
import { CredentialViewSchema, type CredentialView } from '../core/models/credential.ts';
import type { Detected } from './bake/detect-format.ts';
import { obj, type Json } from './json-values.ts';
import { failure } from './reasons.ts';

/** For OB 2.0 hosted assertions: the badge class and issuer profile, fetched by the caller. */
export interface ResolvedParts {
  badge?: Json;
  issuer?: Json;
}

const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;
const httpUrl = (value: unknown): string | undefined => {
  const text = textOf(value);
  return text && /^https?:\/\/[^\s]+$/i.test(text) ? text : undefined;
};
/** Drops undefined properties, so optional schema fields stay absent. */
const compact = <T extends Json>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

function image(value: unknown, fallbackAlt?: string) {
  const url = textOf(value) ?? textOf(obj(value)?.id);
  if (!url || !/^(https?:|data:image\/)/i.test(url)) return undefined;
  return compact({ url, alt: textOf(obj(value)?.caption) ?? fallbackAlt });
}

function issuerView(value: unknown) {
  const issuer = obj(value);
  const id = textOf(value) ?? textOf(issuer?.id);
  return compact({
    id,
    name: textOf(issuer?.name) ?? id ?? msg('Unknown issuer'),
    url: httpUrl(issuer?.url),
    email: textOf(issuer?.email),
    image: image(issuer?.image, textOf(issuer?.name)),
  });
}

function alignmentView(value: unknown) {
  const a = obj(value);
  const name = textOf(a?.targetName);
  if (!name) return [];
  return [
    compact({
      name,
      framework: textOf(a?.targetFramework),
      code: textOf(a?.targetCode),
      url: httpUrl(a?.targetUrl),
      description: textOf(a?.targetDescription),
    }),
  ];
}

function evidenceView(value: unknown) {
  const e = obj(value);
  if (!e) return httpUrl(value) ? [{ url: httpUrl(value) }] : [];
  return [
    compact({
      name: textOf(e.name),
      description: textOf(e.description),
      narrative: textOf(e.narrative),
      url: httpUrl(e.id),
    }),
  ];
}

function criteriaView(value: unknown) {
  const c = obj(value);
  const view = compact({ narrative: textOf(c?.narrative), url: httpUrl(c?.id) ?? httpUrl(value) });
  return Object.keys(view).length ? view : undefined;
}

function fromOb3(detected: Detected): Json {
  const credential = detected.credential;
  const subject = obj(list(credential.credentialSubject)[0]) ?? {};
  const achievement = obj(subject.achievement) ?? {};
  const identifier = obj(list(subject.identifier)[0]);
  const descriptions = new Map(
    list(achievement.resultDescription).flatMap((d) =>
      textOf(obj(d)?.id) ? [[textOf(obj(d)?.id)!, textOf(obj(d)?.name)]] : [],
    ),
  );
  return {
    format: detected.format,
    id: textOf(credential.id),
    name: textOf(achievement.name) ?? textOf(credential.name) ?? msg('Credential'),
    description: textOf(achievement.description) ?? textOf(credential.description),
    image: image(achievement.image) ?? image(credential.image) ?? image(subject.image),
    achievementType: textOf(achievement.achievementType),
    issuer: issuerView(credential.issuer),
    issuedOn:
      textOf(credential.awardedDate) ??
      textOf(credential.issuanceDate) ??
      textOf(credential.validFrom),
    validFrom: textOf(credential.validFrom) ?? textOf(credential.issuanceDate),
    validUntil: textOf(credential.validUntil) ?? textOf(credential.expirationDate),
    criteria: criteriaView(achievement.criteria),
    alignments: list(achievement.alignment).flatMap(alignmentView),
    tags: list(achievement.tag).flatMap((t) => (textOf(t) ? [t as string] : [])),
    evidence: list(credential.evidence).flatMap(evidenceView),
    recipient: identifier
      ? compact({
          name: textOf(subject.name),
          identity: textOf(identifier.identityHash),
          hashed: typeof identifier.hashed === 'boolean' ? identifier.hashed : undefined,
          salt: textOf(identifier.salt),
          type: textOf(identifier.identityType),
        })
      : textOf(subject.name)
        ? { name: textOf(subject.name) }
        : undefined,
    results: list(subject.result).flatMap((r) => {
      const result = obj(r);
      if (!result) return [];
      return [
        compact({
          name: descriptions.get(textOf(result.resultDescription) ?? '') ?? undefined,
          value: textOf(result.value),
          status: textOf(result.status),
        }),
      ];
    }),
    creditsEarned: typeof subject.creditsEarned === 'number' ? subject.creditsEarned : undefined,
  };
}

function fromOb2(detected: Detected, resolved: ResolvedParts): Json {
  const assertion = detected.credential;
  const badge = resolved.badge ?? obj(assertion.badge) ?? {};
  const issuer = resolved.issuer ?? obj(badge.issuer) ?? badge.issuer;
  const recipient = obj(assertion.recipient);
  return {
    format: detected.format,
    id: textOf(assertion.id),
    name: textOf(badge.name) ?? msg('Badge'),
    description: textOf(badge.description),
    image: image(assertion.image) ?? image(badge.image),
    issuer: issuerView(issuer),
    issuedOn: textOf(assertion.issuedOn),
    validUntil: textOf(assertion.expires),
    criteria: criteriaView(badge.criteria),
    alignments: list(badge.alignment).flatMap(alignmentView),
    tags: list(badge.tags).flatMap((t) => (textOf(t) ? [t as string] : [])),
    evidence: list(assertion.evidence).flatMap(evidenceView),
    recipient: recipient
      ? compact({
          identity: textOf(recipient.identity),
          hashed: typeof recipient.hashed === 'boolean' ? recipient.hashed : undefined,
          salt: textOf(recipient.salt),
          type: textOf(recipient.type),
        })
      : undefined,
    results: [],
  };
}

export function toCredentialView(detected: Detected, resolved: ResolvedParts = {}): CredentialView {
  const raw = detected.format.startsWith('ob3') ? fromOb3(detected) : fromOb2(detected, resolved);
  const result = v.safeParse(CredentialViewSchema, compact(raw));
  if (result.success) return result.output;
  // The fields at fault are named as the credential names them, untranslated.
  const detail = describeIssues(result.issues, raw);
  throw failure('invalid-response', () =>
    msg(
      str`The credential lacks something a badge needs, or has it in the wrong form (${detail}).`,
    ),
  );
}
