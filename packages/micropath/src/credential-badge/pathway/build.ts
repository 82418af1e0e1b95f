/**
 * From what the page gave (links, credentials, a holder's list, one CLR 2.0 record) to a
 * pathway: each credential read and verified on its own by the badge's verifier, a CLR record
 * and then each credential it holds (`verifyEnvelope`), its steps ordered (`order.ts`), and the
 * skills its verified steps prove, each listed once with the steps that show it.
 */
import { msg } from '@lit/localize';
import type { CredentialView, Verdict } from '../../core/models/credential.ts';
import {
  credentialDocument,
  distinctIds,
  envelopeClaims,
  verifyEnvelope,
  type CredentialClaims,
  type SkillClaim,
} from '../../core/skills/index.ts';
import { isAbort } from '../../core/errors.ts';
import { readCredential } from '../read-credential.ts';
import { verifyCredential } from '../verify/verify-credential.ts';
import {
  counts,
  orderSteps,
  skillKey,
  type Association,
  type Step,
  type StepGroup,
} from './order.ts';

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** A CLR 2.0 record the path came in: its name, issuer and verdict. */
export interface RecordInfo {
  name: string;
  issuer?: string;
  verdict: Verdict;
  view: CredentialView;
}

export interface ProvenSkill {
  label: string;
  /** The verified steps that show it, in the path's order. */
  shownIn: CredentialClaims[];
}

export interface Pathway {
  record?: RecordInfo;
  groups: StepGroup[];
  /** Every step, in the path's order. */
  steps: Step[];
  /** What each step's verifier said (absent when it could not be read). */
  views: Map<string, CredentialView>;
  proven: ProvenSkill[];
}

export interface PathwayOptions {
  fetch: Fetch;
  trustedIssuers: readonly string[];
}

let counter = 0;

/** The achievement's id and the credential's: what a CLR's associations may name. */
function idsOf(raw: unknown): string[] {
  const document = credentialDocument(raw);
  const subject = list(document?.credentialSubject).find(isObject);
  const achievement = isObject(subject?.achievement) ? subject.achievement : undefined;
  return [text(achievement?.id), text(document?.id)].filter((id): id is string => !!id);
}

function associationsOf(raw: unknown): Association[] {
  const document = credentialDocument(raw);
  return list(document?.credentialSubject)
    .filter(isObject)
    .flatMap((subject) => list(subject.association))
    .filter(isObject)
    .flatMap((a) => {
      const associationType = text(a.associationType);
      const sourceId = text(a.sourceId);
      const targetId = text(a.targetId);
      return associationType && sourceId && targetId
        ? [{ associationType, sourceId, targetId }]
        : [];
    });
}

const isClr = (raw: unknown) =>
  list(credentialDocument(raw)?.type).some((type) => type === 'ClrCredential');

function stepOf(raw: unknown, claims: CredentialClaims, view: CredentialView | undefined): Step {
  const step: Step = {
    key: `step-${++counter}`,
    ids: idsOf(raw),
    // The page chose whose stack this is: a step counts when it verifies (see decisions).
    claims: { ...claims, bound: true },
  };
  if (view?.achievementType) step.achievementType = view.achievementType;
  const date = view?.validFrom ?? view?.issuedOn;
  if (date) step.date = date;
  return step;
}

/** An input that could not be read at all: a step of its own, Invalid, with nothing to count. */
function unreadable(message: string): Step {
  return {
    key: `step-${++counter}`,
    ids: [],
    claims: {
      credentialId: `unreadable-${counter}`,
      name: message,
      verdict: 'invalid',
      bound: false,
      claims: [],
    },
  };
}

export async function buildPathway(
  inputs: readonly unknown[],
  options: PathwayOptions,
): Promise<Pathway> {
  const verify = (raw: unknown) =>
    verifyCredential(raw, { fetch: options.fetch, trustedIssuers: options.trustedIssuers });
  const views = new Map<string, CredentialView>();
  let record: RecordInfo | undefined;
  const associations: Association[] = [];
  const read = await Promise.all(
    inputs.map(async (input, i) => {
      try {
        const loaded = await readCredential(input, options.fetch);
        const checked = await verifyEnvelope(loaded.credential, verify);
        return { loaded, checked, i };
      } catch (error) {
        if (isAbort(error)) throw error;
        return { error: error instanceof Error ? error.message : String(error), i };
      }
    }),
  );
  const steps: Step[] = [];
  for (const item of read) {
    if (!('checked' in item) || !item.checked) {
      steps.push(unreadable(msg('Unreadable credential')));
      continue;
    }
    const { loaded, checked } = item;
    const [own, ...held] = envelopeClaims(checked, `credential-${item.i + 1}`);
    if (isClr(loaded.credential)) {
      const view = checked.verified.view;
      // One record is the path's title; a second is a step like any other credential.
      if (!record && inputs.length === 1) {
        record = {
          name: view.name,
          verdict: checked.verified.report.verdict,
          view,
          ...(view.issuer.name ? { issuer: view.issuer.name } : {}),
        };
      }
      associations.push(...associationsOf(loaded.credential));
      checked.held.forEach((h, j) => {
        const step = stepOf(h.raw, held[j]!, h.verified?.view);
        if (!h.verified) step.claims = { ...step.claims, name: msg('Unreadable credential') };
        if (h.verified) views.set(step.key, h.verified.view);
        steps.push(step);
      });
      if (record) continue;
    }
    const step = stepOf(loaded.credential, own!, checked.verified.view);
    views.set(step.key, checked.verified.view);
    steps.push(step);
  }
  // A credential given twice, or a forged copy keeping an id, is told apart in the evidence.
  const distinct = distinctIds(steps.map((s) => s.claims));
  steps.forEach((step, i) => (step.claims = distinct[i]!));
  const groups = orderSteps(steps, associations);
  const ordered = groups.flatMap((group) => group.steps.map((placed) => placed.step));
  return {
    groups,
    steps: ordered,
    views,
    proven: provenSkills(ordered),
    ...(record ? { record } : {}),
  };
}

/** Each skill the verified steps claim, once, with every step that shows it. */
export function provenSkills(steps: readonly Step[]): ProvenSkill[] {
  const skills = new Map<string, ProvenSkill>();
  for (const step of steps) {
    if (!counts(step.claims)) continue;
    for (const claim of step.claims.claims as SkillClaim[]) {
      const key = skillKey(claim);
      if (!key) continue;
      let skill = skills.get(key);
      if (!skill) {
        skill = { label: claim.label ?? claim.code ?? claim.id ?? key, shownIn: [] };
        skills.set(key, skill);
      }
      if (!skill.shownIn.includes(step.claims)) skill.shownIn.push(step.claims);
    }
  }
  return [...skills.values()];
}
