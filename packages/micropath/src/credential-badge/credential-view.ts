/**
 * What a visitor sees of a credential, from any supported format: Open Badges 3.0 (credential,
 * subject, achievement) or 2.0 (assertion, badge class, issuer profile). Pure mapping, before
 * and apart from verification. Links that are not http(s) are left out field by field, so one
 * bad link never hides the rest; the result passes the CredentialView schema.
 */
import { readOne } from '../core/boundary.ts';
import { CredentialViewSchema, type CredentialView } from '../core/models/credential.ts';
import type { Detected } from './bake/detect-format.ts';
import { obj, type Json } from './json-values.ts';

/** For OB 2.0 hosted assertions: the badge class and issuer profile, fetched by the caller. */
export interface ResolvedParts {
  badge?: Json;
  issuer?: Json;
}

const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;
const httpUrl = (value: unknown): string | undefined => {
  const text = str(value);
  return text && /^https?:\/\/[^\s]+$/i.test(text) ? text : undefined;
};
/** Drops undefined properties, so optional schema fields stay absent. */
const compact = <T extends Json>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

function image(value: unknown, fallbackAlt?: string) {
  const url = str(value) ?? str(obj(value)?.id);
  if (!url || !/^(https?:|data:image\/)/i.test(url)) return undefined;
  return compact({ url, alt: str(obj(value)?.caption) ?? fallbackAlt });
}

function issuerView(value: unknown) {
  const issuer = obj(value);
  const id = str(value) ?? str(issuer?.id);
  return compact({
    id,
    name: str(issuer?.name) ?? id ?? 'Unknown issuer',
    url: httpUrl(issuer?.url),
    email: str(issuer?.email),
    image: image(issuer?.image, str(issuer?.name)),
  });
}

function alignmentView(value: unknown) {
  const a = obj(value);
  const name = str(a?.targetName);
  if (!name) return [];
  return [
    compact({
      name,
      framework: str(a?.targetFramework),
      code: str(a?.targetCode),
      url: httpUrl(a?.targetUrl),
      description: str(a?.targetDescription),
    }),
  ];
}

function evidenceView(value: unknown) {
  const e = obj(value);
  if (!e) return httpUrl(value) ? [{ url: httpUrl(value) }] : [];
  return [
    compact({
      name: str(e.name),
      description: str(e.description),
      narrative: str(e.narrative),
      url: httpUrl(e.id),
    }),
  ];
}

function criteriaView(value: unknown) {
  const c = obj(value);
  const view = compact({ narrative: str(c?.narrative), url: httpUrl(c?.id) ?? httpUrl(value) });
  return Object.keys(view).length ? view : undefined;
}

function fromOb3(detected: Detected): Json {
  const credential = detected.credential;
  const subject = obj(list(credential.credentialSubject)[0]) ?? {};
  const achievement = obj(subject.achievement) ?? {};
  const identifier = obj(list(subject.identifier)[0]);
  const descriptions = new Map(
    list(achievement.resultDescription).flatMap((d) =>
      str(obj(d)?.id) ? [[str(obj(d)?.id)!, str(obj(d)?.name)]] : [],
    ),
  );
  return {
    format: detected.format,
    id: str(credential.id),
    name: str(achievement.name) ?? str(credential.name) ?? 'Credential',
    description: str(achievement.description) ?? str(credential.description),
    image: image(achievement.image) ?? image(credential.image) ?? image(subject.image),
    achievementType: str(achievement.achievementType),
    issuer: issuerView(credential.issuer),
    issuedOn:
      str(credential.awardedDate) ?? str(credential.issuanceDate) ?? str(credential.validFrom),
    validFrom: str(credential.validFrom) ?? str(credential.issuanceDate),
    validUntil: str(credential.validUntil) ?? str(credential.expirationDate),
    criteria: criteriaView(achievement.criteria),
    alignments: list(achievement.alignment).flatMap(alignmentView),
    tags: list(achievement.tag).flatMap((t) => (str(t) ? [t as string] : [])),
    evidence: list(credential.evidence).flatMap(evidenceView),
    recipient: identifier
      ? compact({
          name: str(subject.name),
          identity: str(identifier.identityHash),
          hashed: typeof identifier.hashed === 'boolean' ? identifier.hashed : undefined,
          salt: str(identifier.salt),
          type: str(identifier.identityType),
        })
      : str(subject.name)
        ? { name: str(subject.name) }
        : undefined,
    results: list(subject.result).flatMap((r) => {
      const result = obj(r);
      if (!result) return [];
      return [
        compact({
          name: descriptions.get(str(result.resultDescription) ?? '') ?? undefined,
          value: str(result.value),
          status: str(result.status),
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
    id: str(assertion.id),
    name: str(badge.name) ?? 'Badge',
    description: str(badge.description),
    image: image(assertion.image) ?? image(badge.image),
    issuer: issuerView(issuer),
    issuedOn: str(assertion.issuedOn),
    validUntil: str(assertion.expires),
    criteria: criteriaView(badge.criteria),
    alignments: list(badge.alignment).flatMap(alignmentView),
    tags: list(badge.tags).flatMap((t) => (str(t) ? [t as string] : [])),
    evidence: list(assertion.evidence).flatMap(evidenceView),
    recipient: recipient
      ? compact({
          identity: str(recipient.identity),
          hashed: typeof recipient.hashed === 'boolean' ? recipient.hashed : undefined,
          salt: str(recipient.salt),
          type: str(recipient.type),
        })
      : undefined,
    results: [],
  };
}

export function toCredentialView(detected: Detected, resolved: ResolvedParts = {}): CredentialView {
  const raw = detected.format.startsWith('ob3') ? fromOb3(detected) : fromOb2(detected, resolved);
  return readOne(CredentialViewSchema, compact(raw), 'credential');
}
