// Cases seeded straight into the database, for tests of what happens after registration.
import type { Database } from "../../db/connection.ts";
import type { CaseRow, CaseStatus, ConflictReason } from "../../db/schema.ts";
import { emptyRegistration, type Registration } from "../../services/parser/schema.ts";
import { insertCase, nextCaseNumber } from "../../services/repos/cases.ts";
import { enqueueMail } from "../../services/repos/outbox.ts";

export interface SeedOptions {
  status?: CaseStatus;
  partnerEmail?: string;
  partnerName?: string;
  language?: string;
  company?: string;
  domain?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  missing?: string[];
  conflictReason?: ConflictReason | null;
  createdAt?: Date;
  protectedUntil?: Date | null;
  /** also queue an acknowledgement so later partner mail has a thread parent */
  ack?: boolean;
}

export async function seedCase(db: Database, o: SeedOptions = {}): Promise<CaseRow> {
  const now = o.createdAt ?? new Date("2026-03-01T10:00:00Z");
  const reg: Registration = emptyRegistration();
  reg.company.name = o.company ?? "Acme Analytics GmbH";
  reg.company.domain = o.domain === undefined ? "acme-analytics.de" : o.domain;
  reg.contact.name = o.contactName === undefined ? "Jana Berg" : o.contactName;
  reg.contact.email = o.contactEmail === undefined ? "jana.berg@acme-analytics.de" : o.contactEmail;
  const partnerEmail = o.partnerEmail ?? "anna@brightpath.example";
  const row = await db.transaction().execute(async (trx) => {
    const c = await insertCase(trx, {
      case_number: await nextCaseNumber(trx, now),
      status: o.status ?? "pending",
      partner_email: partnerEmail,
      partner_name: o.partnerName ?? "Anna Meier",
      partner_organization: "BrightPath",
      company_name: reg.company.name,
      company_key: reg.company.name?.toLowerCase() ?? null,
      company_domain: reg.company.domain,
      contact_name: reg.contact.name,
      contact_email: reg.contact.email,
      registration: JSON.stringify(reg),
      provenance: JSON.stringify({}),
      missing: JSON.stringify(o.missing ?? []),
      confidence: 0.9,
      language: o.language ?? "en",
      conflict_reason: o.conflictReason ?? null,
      protected_until: o.protectedUntil ?? null,
      created_at: now,
      updated_at: now,
      status_changed_at: now,
    });
    if (o.ack !== false) {
      await enqueueMail(trx, {
        caseId: c.id,
        kind: "ack",
        messageId: `<${c.case_number.toLowerCase()}.1.ack.seed@northbeam.io>`,
        from: "Northbeam Partner Team <partners@northbeam.io>",
        to: [partnerEmail],
        replyTo: "partners+seedtoken@northbeam.io",
        subject: `[${c.case_number}] Registration received: ${reg.company.name}`,
        text: "ack",
        inReplyTo: "<orig@brightpath.example>",
        references: "<orig@brightpath.example>",
      });
    }
    return c;
  });
  return row;
}
