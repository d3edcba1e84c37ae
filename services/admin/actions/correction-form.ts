// The "correct the fields" form: values from the stored parse to fill it, and the posted form
// back into a Registration and Partner (zod at the boundary; empty inputs are null).
import { z } from "zod";
import {
  MOTIONS,
  STAGES,
  emptyRegistration,
  type ParseOutput,
  type Partner,
  type Registration,
} from "../../parser/schema.ts";
import { registrableDomain } from "../../parser/normalise/domain.ts";

const text = z
  .string()
  .max(2000)
  .optional()
  .transform((s) => (s?.trim() ? s.trim().replace(/\s+/g, " ") : null));

export const CorrectionForm = z.object({
  "company.name": text,
  "company.domain": text,
  "contact.name": text,
  "contact.email": text.pipe(z.email().nullable()),
  "contact.role": text,
  "contact.phone": text,
  "context.problem": text,
  geography: text,
  productInterest: text,
  competitors: text,
  stage: z.enum(["", ...STAGES]).optional(),
  motion: z.enum(["", ...MOTIONS]).optional(),
  consent: z.enum(["", "yes", "no"]).optional(),
  "estimatedValue.amount": text.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, "a number such as 48000")
      .nullable(),
  ),
  "estimatedValue.currency": text.pipe(
    z
      .string()
      .regex(/^[A-Za-z]{3}$/, "a 3-letter currency code")
      .nullable(),
  ),
  "partner.email": text.pipe(z.email().nullable()),
  "partner.name": text,
  "partner.organization": text,
});
export type CorrectionForm = z.input<typeof CorrectionForm>;

export interface Correction {
  registration: Registration;
  partner: Partner;
}

/** Field values to prefill the form with, from the parser's output. */
export function formValues(output: ParseOutput | null): Record<string, string> {
  const reg = output?.registration ?? emptyRegistration();
  const p = output?.partner ?? { email: null, name: null, organization: null };
  return {
    "company.name": reg.company.name ?? "",
    "company.domain": reg.company.domain ?? "",
    "contact.name": reg.contact.name ?? "",
    "contact.email": reg.contact.email ?? "",
    "contact.role": reg.contact.role ?? "",
    "contact.phone": reg.contact.phone ?? "",
    "context.problem": reg.context.problem ?? "",
    geography: reg.geography ?? "",
    productInterest: reg.productInterest ?? "",
    competitors: reg.competitors.join(", "),
    stage: reg.stage ?? "",
    motion: reg.motion ?? "",
    consent: reg.consent === null ? "" : reg.consent ? "yes" : "no",
    "estimatedValue.amount": reg.estimatedValue ? String(reg.estimatedValue.amount) : "",
    "estimatedValue.currency": reg.estimatedValue?.currency ?? "",
    "partner.email": p.email ?? "",
    "partner.name": p.name ?? "",
    "partner.organization": p.organization ?? "",
  };
}

/** The posted form over the stored registration (fields the form does not show are kept). */
export function readCorrection(
  body: unknown,
  base: ParseOutput | null,
): { ok: true; value: Correction } | { ok: false; problems: string[] } {
  const parsed = CorrectionForm.safeParse(body ?? {});
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  const f = parsed.data;
  const reg = structuredClone(base?.registration ?? emptyRegistration());
  const domainInput = f["company.domain"];
  const domain = domainInput ? (registrableDomain(domainInput) ?? domainInput.toLowerCase()) : null;
  const amount = f["estimatedValue.amount"];
  const currency = f["estimatedValue.currency"];
  if ((amount === null) !== (currency === null))
    return { ok: false, problems: ["estimated value: give both amount and currency, or neither"] };
  const registration: Registration = {
    ...reg,
    company: { name: f["company.name"], domain },
    contact: {
      name: f["contact.name"],
      email: f["contact.email"]?.toLowerCase() ?? null,
      role: f["contact.role"],
      phone: f["contact.phone"],
    },
    context: { ...reg.context, problem: f["context.problem"] },
    stage: f.stage ? f.stage : null,
    motion: f.motion ? f.motion : null,
    consent: f.consent === "yes" ? true : f.consent === "no" ? false : null,
    geography: f.geography,
    productInterest: f.productInterest,
    competitors: (f.competitors ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    estimatedValue: amount && currency ? { amount: Number(amount), currency: currency.toUpperCase() } : null,
  };
  const partner: Partner = {
    email: f["partner.email"]?.toLowerCase() ?? null,
    name: f["partner.name"],
    organization: f["partner.organization"],
  };
  return { ok: true, value: { registration, partner } };
}
