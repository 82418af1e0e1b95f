import * as z from '../zod.ts';
import { text, httpUrl, dateOrInstant } from '../schema-helpers.ts';

export const CREDENTIAL_FORMATS = ['ob2-hosted', 'ob2-signed', 'ob3-json', 'ob3-jwt'] as const;
export const VERDICTS = ['verified', 'expired', 'revoked', 'unverified', 'invalid'] as const;
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

const ImageSchema = z.object({ url: z.string(), alt: z.optional(z.string()) });

export const IssuerViewSchema = z.object({
  id: z.optional(z.string()),
  name: text(),
  url: z.optional(httpUrl()),
  email: z.optional(z.string()),
  image: z.optional(ImageSchema),
});

export const AlignmentViewSchema = z.object({
  name: text(),
  framework: z.optional(z.string()),
  code: z.optional(z.string()),
  url: z.optional(httpUrl()),
  description: z.optional(z.string()),
});

export const EvidenceViewSchema = z.object({
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  narrative: z.optional(z.string()),
  url: z.optional(httpUrl()),
});

export const ResultViewSchema = z.object({
  name: z.optional(z.string()),
  value: z.optional(z.string()),
  status: z.optional(z.string()),
});

export const CredentialViewSchema = z.object({
  format: z.enum(CREDENTIAL_FORMATS),
  id: z.optional(z.string()),
  name: text(),
  description: z.optional(z.string()),
  image: z.optional(ImageSchema),
  achievementType: z.optional(z.string()),
  issuer: IssuerViewSchema,
  issuedOn: z.optional(dateOrInstant()),
  validFrom: z.optional(dateOrInstant()),
  validUntil: z.optional(dateOrInstant()),
  /** Markdown narrative: rendered only through the sanitizer. */
  criteria: z.optional(z.object({ narrative: z.optional(z.string()), url: z.optional(httpUrl()) })),
  alignments: z._default(z.array(AlignmentViewSchema), []),
  tags: z._default(z.array(z.string()), []),
  evidence: z._default(z.array(EvidenceViewSchema), []),
  recipient: z.optional(
    z.object({
      name: z.optional(z.string()),
      identity: z.optional(z.string()),
      hashed: z.optional(z.boolean()),
      salt: z.optional(z.string()),
      type: z.optional(z.string()),
    }),
  ),
  results: z._default(z.array(ResultViewSchema), []),
  creditsEarned: z.optional(z.number()),
});

export const VerificationCheckSchema = z.object({
  id: z.enum(CHECK_IDS),
  status: z.enum(CHECK_STATUSES),
  /** A plain-language reason a visitor can read. */
  message: z.string(),
});

export const VerificationReportSchema = z.object({
  verdict: z.enum(VERDICTS),
  checks: z.array(VerificationCheckSchema),
  /** When the checks ran (an instant). */
  checkedAt: z.string(),
  /** Shown beside the verdict without changing it, such as an unknown issuer. */
  warnings: z._default(z.array(z.string()), []),
});

export type CredentialFormat = (typeof CREDENTIAL_FORMATS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type CheckId = (typeof CHECK_IDS)[number];
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export type CredentialView = z.infer<typeof CredentialViewSchema>;
export type VerificationCheck = z.infer<typeof VerificationCheckSchema>;
export type VerificationReport = z.infer<typeof VerificationReportSchema>;
