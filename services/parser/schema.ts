// One zod schema per concept, used at every boundary: the rule extractor, the LLM's
// structured output, the database mapping and the `dealreg parse` CLI (see
// ../shared/contract/parse-output.md, which this file mirrors exactly).
import { z } from "zod";

export const MESSAGE_KINDS = ["registration", "reply", "auto_reply", "bounce", "other"] as const;
export const MessageKind = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof MessageKind>;

export const STAGES = ["new_intro", "discovery_scheduled", "evaluation"] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const MOTIONS = ["referral", "resale", "marketplace", "services", "technology"] as const;
export const Motion = z.enum(MOTIONS);
export type Motion = z.infer<typeof Motion>;

const text = z.string().nullable();

export const Company = z.object({ name: text, domain: text });
export const Contact = z.object({ name: text, email: text, role: text, phone: text });
export const DealContext = z.object({ problem: text, solutionFit: text, servicesNeeded: text });
export const Money = z.object({ amount: z.number(), currency: z.string().regex(/^[A-Z]{3}$/) });
export type Money = z.infer<typeof Money>;

export const Registration = z.object({
  company: Company,
  contact: Contact,
  context: DealContext,
  stage: Stage.nullable(),
  motion: Motion.nullable(),
  consent: z.boolean().nullable(),
  geography: text,
  estimatedValue: Money.nullable(),
  productInterest: text,
  competitors: z.array(z.string()),
});
export type Registration = z.infer<typeof Registration>;

export const Partner = z.object({ email: text, name: text, organization: text });
export type Partner = z.infer<typeof Partner>;

/** The fields a registration must have before it can be decided. */
export const REQUIRED_FIELDS = ["company.name", "company.domain", "contact.name", "contact.email"] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** The contract object without `file` (the CLI adds it). */
export const ParseOutput = z.object({
  kind: MessageKind,
  confidence: z.number().min(0).max(1),
  partner: Partner,
  registration: Registration.nullable(),
  missing: z.array(z.string()),
  caseRef: z.string().nullable(),
});
export type ParseOutput = z.infer<typeof ParseOutput>;

/** How the rules chose a required field's value, or why they left it open: shown to ops. */
export const FieldEvidence = z.object({
  /** where the value was read ("labelled line", "forwarded header", "prose pattern", …); null when none was taken */
  kind: z.string().nullable(),
  /** 0..1 from the evidence and the cross-field checks */
  confidence: z.number(),
  /** the candidates turned down, each with its reason */
  rejected: z.array(z.string()).optional(),
});
export type FieldEvidence = z.infer<typeof FieldEvidence>;

/** Where a field's value came from: which extractor, and the span of the text it read. */
export const Provenance = z.object({
  source: z.enum(["rules", "llm", "partner_reply", "ops"]),
  /** the exact text the value was read from, as it occurs in `ParsedMessage.text` */
  snippet: z.string().nullable(),
  /** [start, end) offsets of `snippet` in `ParsedMessage.text`, when known */
  span: z.tuple([z.number().int(), z.number().int()]).nullable(),
  /** the rules' evidence and checks, for the required fields */
  evidence: FieldEvidence.optional(),
  /** the value was read from this row of an attached table (then `snippet` and `span` are in the row's text) */
  row: z.object({ file: z.string().nullable(), row: z.number().int() }).optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/** Field path (e.g. "company.domain") -> provenance. */
export type ProvenanceMap = Record<string, Provenance>;

export function emptyRegistration(): Registration {
  return {
    company: { name: null, domain: null },
    contact: { name: null, email: null, role: null, phone: null },
    context: { problem: null, solutionFit: null, servicesNeeded: null },
    stage: null,
    motion: null,
    consent: null,
    geography: null,
    estimatedValue: null,
    productInterest: null,
    competitors: [],
  };
}
