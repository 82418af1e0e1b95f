/**
 * An application and the server's receipt for it (the credentials it verified, the skills they
 * show). A module apart from the listing schemas: only the apply step reads these, and a
 * board's first cards need only the listing's.
 */
import * as v from '../valibot.ts';
import { text, email, httpUrl, dateOrInstant } from '../schema-helpers.ts';
import { VERDICTS } from './verdicts.ts';
import { MATCH_STATUSES, MATCH_TIERS } from '../skills/match-terms.ts';
import { APPLICATION_CREDENTIALS } from './listing-constants.ts';
import { SKILL_IMPORTANCES } from './skill-importances.ts';

export const ApplicationSchema = v.object({
  name: text(),
  email: email(),
  message: v.optional(v.pipe(v.string(), v.maxLength(5000))),
  links: v.optional(v.array(httpUrl()), []),
  consent: v.literal(true),
  answers: v.optional(v.record(v.string(), v.string())),
  /**
   * Credentials the applicant shows (Open Badges 2.0 / 3.0, CLR 2.0): each a JSON object or a
   * compact JWT, at most APPLICATION_CREDENTIALS of them. A server verifies each again and
   * matches it with the listing's skills; it never takes the page's word for either.
   */
  credentials: v.optional(
    v.pipe(
      v.array(
        v.union([
          v.pipe(v.string(), v.maxLength(APPLICATION_CREDENTIALS.chars)),
          v.pipe(
            v.record(v.string(), v.unknown()),
            v.check(
              (c) => JSON.stringify(c).length <= APPLICATION_CREDENTIALS.chars,
              `longer than ${APPLICATION_CREDENTIALS.chars} characters`,
            ),
          ),
        ]),
      ),
      v.maxLength(APPLICATION_CREDENTIALS.count),
    ),
  ),
  /**
   * What the page's verifier said of each credential, in the same order. Informational: the
   * server verifies again, and flags a credential the page called verified and it did not.
   */
  credentialVerdicts: v.optional(
    v.pipe(v.array(v.picklist(VERDICTS)), v.maxLength(APPLICATION_CREDENTIALS.count)),
  ),
  /**
   * The wallet exchange some of the credentials came from (its id and the page's token): a
   * credential whose subject is the DID that signed the wallet's presentation is the
   * applicant's, whatever its e-mail says.
   */
  exchange: v.optional(v.object({ id: text(), token: text() })),
});

/** A credential shown with an application, as its verifier saw it. */
export const PresentedCredentialSchema = v.object({
  credentialId: text(),
  name: v.optional(v.string()),
  issuer: v.optional(v.string()),
  verdict: v.picklist(VERDICTS),
  /** Shown to be the applicant's (the recipient is the e-mail they gave). */
  bound: v.boolean(),
  /** What the applicant's page said of it, when it said. */
  pageVerdict: v.optional(v.picklist(VERDICTS)),
  /** The page called it verified and the server did not: look closer. */
  disputed: v.optional(v.boolean()),
  /**
   * The `credentialId` of the CLR 2.0 envelope that holds it: it was verified on its own, and
   * counts only when the envelope verified too. Absent for a credential shown as it is.
   */
  within: v.optional(v.string()),
});

/** One skill requirement of the listing, and what the credentials show of it. */
export const SkillReportSchema = v.object({
  label: text(),
  id: v.optional(v.string()),
  importance: v.picklist(SKILL_IMPORTANCES),
  status: v.picklist(MATCH_STATUSES),
  via: v.optional(v.picklist(MATCH_TIERS)),
  credentialId: v.optional(v.string()),
  /** Where in the credential the skill is stated. */
  path: v.optional(v.string()),
  verdict: v.optional(v.picklist(VERDICTS)),
  bound: v.optional(v.boolean()),
  level: v.optional(v.string()),
});

export const ApplicationReceiptSchema = v.object({
  id: text(),
  listingId: text(),
  status: v.picklist(['received', 'pending']),
  receivedAt: v.optional(dateOrInstant()),
  message: v.optional(v.string()),
  /** The credentials shown, as the server verified them. */
  credentials: v.optional(v.array(PresentedCredentialSchema)),
  /** The listing's skills against those credentials, as the server matched them. */
  skills: v.optional(
    v.object({
      required: v.object({ met: v.int(), total: v.int() }),
      requirements: v.array(SkillReportSchema),
    }),
  ),
});

export type Application = v.InferOutput<typeof ApplicationSchema>;
export type ApplicationReceipt = v.InferOutput<typeof ApplicationReceiptSchema>;
export type PresentedCredential = v.InferOutput<typeof PresentedCredentialSchema>;
export type SkillReport = v.InferOutput<typeof SkillReportSchema>;
