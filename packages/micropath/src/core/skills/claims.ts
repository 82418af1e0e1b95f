/**
 * The skills a credential claims, each with the place in the credential it was read from:
 * Open Badges 3.0 `achievement.alignment[]`, `achievement.resultDescription[].alignment[]`
 * (and their rubric levels'), `credentialSubject.result[].alignment[]` with the level reached,
 * and `achievement.tag[]`; Open Badges 2.0 `badge.alignment[]` and `badge.tags[]`. Reads the
 * credential's JSON (a JWT's payload, see `credentialDocument`), never the page.
 */
export interface SkillClaim {
  label?: string;
  id?: string;
  framework?: string;
  code?: string;
  /** The level reached, when the credential's result states one. */
  level?: string;
  /** Where in the credential: `credentialSubject.achievement.alignment[1]`. */
  path: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const str = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** An alignment object (OB 2.0 and 3.0 share the field names) as a claim. */
function alignmentClaim(value: unknown, path: string, level?: string): SkillClaim | undefined {
  if (!isObject(value)) return undefined;
  const claim: SkillClaim = { path };
  const fields = {
    label: str(value.targetName),
    id: str(value.targetUrl),
    framework: str(value.targetFramework),
    code: str(value.targetCode),
    level,
  };
  for (const [key, field] of Object.entries(fields))
    if (field !== undefined) Object.assign(claim, { [key]: field });
  return claim.label || claim.id || claim.code ? claim : undefined;
}

function alignments(holder: unknown, at: string, level?: string): SkillClaim[] {
  if (!isObject(holder)) return [];
  return list(holder.alignment)
    .map((a, i) => alignmentClaim(a, `${at}.alignment[${i}]`, level))
    .filter((claim): claim is SkillClaim => claim !== undefined);
}

const tagClaims = (tags: unknown, at: string): SkillClaim[] =>
  list(tags).flatMap((tag, i) => {
    const label = str(tag);
    return label ? [{ label, path: `${at}[${i}]` }] : [];
  });

/** The name of the rubric level or result a subject's `achievedLevel` points to. */
function levelName(achievement: Json, result: Json): string | undefined {
  const achieved = str(result.achievedLevel);
  for (const description of list(achievement.resultDescription)) {
    if (!isObject(description)) continue;
    for (const level of list(description.rubricCriterionLevel))
      if (isObject(level) && achieved && level.id === achieved) return str(level.name) ?? achieved;
  }
  return achieved ?? str(result.value) ?? str(result.status);
}

function ob3Claims(subject: Json, at: string): SkillClaim[] {
  const achievement = isObject(subject.achievement) ? subject.achievement : undefined;
  const claims: SkillClaim[] = [];
  if (achievement) {
    const base = `${at}.achievement`;
    claims.push(...alignments(achievement, base));
    list(achievement.resultDescription).forEach((description, i) => {
      const place = `${base}.resultDescription[${i}]`;
      claims.push(...alignments(description, place));
      if (isObject(description))
        list(description.rubricCriterionLevel).forEach((level, j) =>
          claims.push(...alignments(level, `${place}.rubricCriterionLevel[${j}]`)),
        );
    });
    claims.push(...tagClaims(achievement.tag, `${base}.tag`));
  }
  list(subject.result).forEach((result, i) => {
    if (!isObject(result)) return;
    const level = achievement ? levelName(achievement, result) : str(result.value);
    claims.push(...alignments(result, `${at}.result[${i}]`, level));
  });
  return claims;
}

/** Every skill the credential document claims, in document order. */
export function claimsOf(document: unknown): SkillClaim[] {
  if (!isObject(document)) return [];
  if (isObject(document.badge)) {
    return [
      ...alignments(document.badge, 'badge'),
      ...tagClaims(document.badge.tags, 'badge.tags'),
    ];
  }
  const subjects = list(document.credentialSubject);
  return subjects.flatMap((subject, i) =>
    isObject(subject)
      ? ob3Claims(subject, subjects.length > 1 ? `credentialSubject[${i}]` : 'credentialSubject')
      : [],
  );
}

/**
 * The JSON a credential's claims are read from: the object itself, or a JWT's payload (its
 * `vc` claim for a VC-JWT of the 1.1 data model). Undefined when a string is no JWT.
 */
export function credentialDocument(credential: unknown): Json | undefined {
  if (isObject(credential)) return credential;
  if (typeof credential !== 'string') return undefined;
  const payload = credential.trim().split('.')[1];
  if (!payload) return undefined;
  try {
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    const decoded: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!isObject(decoded)) return undefined;
    return isObject(decoded.vc) ? decoded.vc : decoded;
  } catch {
    return undefined;
  }
}

/** A credential a CLR 2.0 envelope holds, and where: `credentialSubject.verifiableCredential[1]`. */
export interface HeldPlace {
  credential: unknown;
  path: string;
}

/** The credentials a CLR 2.0 envelope holds (`credentialSubject.verifiableCredential[]`), placed. */
export function heldCredentials(document: unknown): HeldPlace[] {
  if (!isObject(document)) return [];
  const subjects = list(document.credentialSubject);
  return subjects.flatMap((subject, i) => {
    if (!isObject(subject)) return [];
    const at = subjects.length > 1 ? `credentialSubject[${i}]` : 'credentialSubject';
    const held = subject.verifiableCredential;
    return Array.isArray(held)
      ? held.map((credential, j) => ({ credential, path: `${at}.verifiableCredential[${j}]` }))
      : held === undefined
        ? []
        : [{ credential: held, path: `${at}.verifiableCredential` }];
  });
}

/**
 * The credentials a CLR 2.0 envelope holds (`credentialSubject.verifiableCredential[]`): each
 * is verified on its own, and only then do its claims count (see `verifyEnvelope`).
 */
export function nestedCredentials(document: unknown): unknown[] {
  return heldCredentials(document).map((held) => held.credential);
}
