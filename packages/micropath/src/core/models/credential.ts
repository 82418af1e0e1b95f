import * as v from '../valibot.ts';
import { text, httpUrl, dateOrInstant } from '../schema-helpers.ts';
import { VERDICTS } from './verdicts.ts';

export { VERDICTS };
export const CREDENTIAL_FORMATS = ['ob2-hosted', 'ob2-signed', 'ob3-json', 'ob3-jwt'] as const;
/** The checks, in the order they run and are shown. */
export const CHECK_IDS = [
  'format',
  'schema',
  'proof',
  'issuer-key',
  'status',
  'validity',
  'issuer-trust',
  'recipient',
] as const;
export const CHECK_STATUSES = ['pass', 'fail', 'warn', 'skip', 'unknown'] as const;

const ImageSchema = v.object({ url: v.string(), alt: v.optional(v.string()) });

export const IssuerViewSchema = v.object({
  id: v.optional(v.string()),
  name: text(),
  url: v.optional(httpUrl()),
  email: v.optional(v.string()),
  image: v.optional(ImageSchema),
});

export const AlignmentViewSchema = v.object({
  name: text(),
  framework: v.optional(v.string()),
  code: v.optional(v.string()),
  url: v.optional(httpUrl()),
  description: v.optional(v.string()),
});

export const EvidenceViewSchema = v.object({
  name: v.optional(v.string()),
  description: v.optional(v.string()),
  narrative: v.optional(v.string()),
  url: v.optional(httpUrl()),
});

export const ResultViewSchema = v.object({
  name: v.optional(v.string()),
  value: v.optional(v.string()),
  status: v.optional(v.string()),
});

export const CredentialViewSchema = v.object({
  format: v.picklist(CREDENTIAL_FORMATS),
  id: v.optional(v.string()),
  name: text(),
  description: v.optional(v.string()),
  image: v.optional(ImageSchema),
  achievementType: v.optional(v.string()),
  issuer: IssuerViewSchema,
  issuedOn: v.optional(dateOrInstant()),
  validFrom: v.optional(dateOrInstant()),
  validUntil: v.optional(dateOrInstant()),
  /** Markdown narrative: rendered only through the sanitizer. */
  criteria: v.optional(v.object({ narrative: v.optional(v.string()), url: v.optional(httpUrl()) })),
  alignments: v.optional(v.array(AlignmentViewSchema), []),
  tags: v.optional(v.array(v.string()), []),
  evidence: v.optional(v.array(EvidenceViewSchema), []),
  recipient: v.optional(
    v.object({
      name: v.optional(v.string()),
      identity: v.optional(v.string()),
      hashed: v.optional(v.boolean()),
      salt: v.optional(v.string()),
      type: v.optional(v.string()),
    }),
  ),
  results: v.optional(v.array(ResultViewSchema), []),
  creditsEarned: v.optional(v.finiteNumber()),
});

export const VerificationCheckSchema = v.object({
  id: v.picklist(CHECK_IDS),
  status: v.picklist(CHECK_STATUSES),
  /** A plain-language reason a visitor can read. */
  message: v.string(),
});

export const VerificationReportSchema = v.object({
  verdict: v.picklist(VERDICTS),
  checks: v.array(VerificationCheckSchema),
  /** When the checks ran (an instant). */
  checkedAt: v.string(),
  /** Shown beside the verdict without changing it, such as an unknown issuer. */
  warnings: v.optional(v.array(v.string()), []),
});

export type CredentialFormat = (typeof CREDENTIAL_FORMATS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type CheckId = (typeof CHECK_IDS)[number];
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export type CredentialView = v.InferOutput<typeof CredentialViewSchema>;
export type VerificationCheck = v.InferOutput<typeof VerificationCheckSchema>;
export type VerificationReport = v.InferOutput<typeof VerificationReportSchema>;
