// Salesforce as a CrmAdapter: Account found by our key or its website, else upserted by the key
// field; Contact by e-mail (SOQL reads its own writes, so a retry finds what a killed attempt
// created); Opportunity upserted by the case number's external id; the contact as the
// opportunity's primary contact role; mail and status changes as completed Tasks on the
// opportunity, each found by its key before it is created.
import { createHash } from "node:crypto";
import type {
  CrmAdapter,
  CrmCase,
  CrmCaseResult,
  CrmConflict,
  CrmDecisionChange,
  CrmIds,
  CrmMail,
  CrmStatusNote,
} from "../types.ts";
import { stageFor } from "../stages.ts";
import type { SalesforceClient } from "./client.ts";
import { QueryResult, SaveResult, prop, type SObjectRecord } from "./schemas.ts";
import type { SalesforceSettings } from "./settings.ts";
import { ensureSalesforceSetup } from "./setup.ts";
import { dateTime, field, list, str } from "./soql.ts";

/** Overlap between two polls: a stage changed in the same second as the watermark is not lost. */
const POLL_OVERLAP_MS = 60_000;
/** Salesforce limits: Task.Subject 255, Task.Description 32,000 characters. */
const SUBJECT_MAX = 255;
const DESCRIPTION_MAX = 32_000;

type Fields = Record<string, string | boolean | null>;

export function createSalesforceAdapter(
  client: SalesforceClient,
  s: SalesforceSettings,
  opts: { now?: () => Date } = {},
): CrmAdapter {
  const now = opts.now ?? (() => new Date());
  const query = async (soql: string): Promise<SObjectRecord[]> => {
    const out: SObjectRecord[] = [];
    let page = (await client.request("GET", "/query", QueryResult, { query: { q: soql } })).data;
    out.push(...page.records);
    while (!page.done && page.nextRecordsUrl) {
      page = (await client.request("GET", page.nextRecordsUrl, QueryResult)).data;
      out.push(...page.records);
    }
    return out;
  };
  const create = async (type: string, fields: Fields) =>
    (await client.request("POST", `/sobjects/${type}`, SaveResult, { body: fields })).data.id;
  const upsert = async (type: string, idField: string, id: string, fields: Fields) =>
    (
      await client.request("PATCH", `/sobjects/${type}/${field(idField)}/${encodeURIComponent(id)}`, SaveResult, {
        body: fields,
      })
    ).data;
  const opportunityUrl = async (id: string) =>
    `${(await client.instanceUrl()).replace(/\/+$/, "")}/lightning/r/Opportunity/${id}/view`;

  async function accountsFor(domain: string, fieldsWanted: string): Promise<SObjectRecord[]> {
    const byKey = await query(`SELECT ${fieldsWanted} FROM Account WHERE ${field(s.accountKeyField)} = ${str(domain)}`);
    if (byKey.length) return byKey;
    // Accounts a person created carry only a Website, written in any of these forms.
    return query(`SELECT ${fieldsWanted} FROM Account WHERE Website IN ${list(websiteForms(domain))}`);
  }

  async function account(c: CrmCase, known: string | null): Promise<string | null> {
    if (known) return known;
    const key = c.companyDomain ?? (c.companyName ? `name:${c.companyName.toLowerCase()}` : null);
    if (!key) return null;
    if (c.companyDomain) {
      const found = await accountsFor(c.companyDomain, "Id");
      if (found[0]) return found[0].Id;
    }
    const fields: Fields = { Name: c.companyName ?? c.companyDomain ?? key };
    if (c.companyDomain) fields.Website = c.companyDomain;
    return (await upsert("Account", s.accountKeyField, key, fields)).id;
  }

  async function contact(c: CrmCase, accountId: string | null): Promise<string | null> {
    if (!c.contactEmail) return null;
    const found = await query(
      `SELECT Id FROM Contact WHERE Email = ${str(c.contactEmail)} ORDER BY CreatedDate ASC LIMIT 1`,
    );
    if (found[0]) return found[0].Id;
    const words = (c.contactName ?? "").trim().split(/\s+/).filter(Boolean);
    const fields: Fields = {
      Email: c.contactEmail,
      LastName: words.length > 1 ? words.slice(1).join(" ") : (words[0] ?? c.contactEmail.split("@")[0]!),
    };
    if (words.length > 1) fields.FirstName = words[0]!;
    if (accountId) fields.AccountId = accountId;
    return create("Contact", fields);
  }

  function opportunityFields(c: CrmCase, accountId: string | null, isNew: boolean): Fields {
    const fields: Fields = { Name: `${c.companyName ?? c.companyDomain ?? "Unknown prospect"} (${c.caseNumber})` };
    if (accountId) fields.AccountId = accountId;
    // StageName and CloseDate are required when the opportunity is created; afterwards the stage
    // is written only when the case status changed, so a salesperson's own stage edits survive.
    const stage = c.writeStage || isNew ? stageFor(s.stages, c.status) : null;
    if (stage) fields.StageName = stage;
    if (isNew) fields.CloseDate = dateOnly(c.protectedUntil ?? new Date(c.createdAt.getTime() + 90 * 86_400_000));
    const values: Record<string, string | null> = {
      partnerEmail: c.partnerEmail,
      partnerName: c.partnerName,
      partnerCompany: c.partnerCompany,
      status: c.status,
      protectedUntil: c.protectedUntil ? dateOnly(c.protectedUntil) : null,
      caseUrl: c.caseUrl,
    };
    for (const [key, name] of Object.entries(s.partnerFields)) if (name) fields[name] = values[key] ?? null;
    return fields;
  }

  async function contactRole(opportunityId: string, contactId: string): Promise<void> {
    const found = await query(
      `SELECT Id FROM OpportunityContactRole WHERE OpportunityId = ${str(opportunityId)} AND ContactId = ${str(contactId)}`,
    );
    if (!found.length)
      await create("OpportunityContactRole", { OpportunityId: opportunityId, ContactId: contactId, IsPrimary: true });
  }

  /** A Task found by its key, else created: SOQL sees a killed attempt's Task, so nothing twice. */
  async function task(key: string, fields: Fields): Promise<{ id: string }> {
    const found = await query(`SELECT Id FROM Task WHERE ${field(s.activityKeyField)} = ${str(key)} LIMIT 1`);
    if (found[0]) return { id: found[0].Id };
    return { id: await create("Task", { ...fields, [s.activityKeyField]: key, Status: "Completed" }) };
  }

  function decisionOf(r: SObjectRecord): CrmDecisionChange[] {
    const caseNumber = prop(r, s.caseField);
    const stage = prop(r, "StageName");
    const decision = stage === s.stages.approved ? "approve" : stage === s.stages.rejected ? "reject" : null;
    if (!caseNumber || !decision) return [];
    const at = Date.parse(prop(r, "SystemModstamp") ?? "");
    return [
      {
        caseNumber,
        decision,
        by: prop(r, "LastModifiedBy.Username") ?? "salesforce",
        reason: null,
        at: Number.isFinite(at) ? new Date(at) : now(),
      },
    ];
  }
  const decisionFields = `Id, ${field(s.caseField)}, StageName, SystemModstamp, LastModifiedBy.Username`;

  return {
    name: "salesforce",
    ensureSetup: () => ensureSalesforceSetup(client, s),

    async upsertCase(c: CrmCase, known: CrmIds): Promise<CrmCaseResult> {
      const accountId = await account(c, known.companyId);
      const contactId = await contact(c, accountId);
      const opp = await upsert(
        "Opportunity",
        s.caseField,
        c.caseNumber,
        opportunityFields(c, accountId, !known.dealId),
      );
      const fresh = opp.created === true || known.dealId !== opp.id;
      if (contactId && (fresh || known.contactId !== contactId)) await contactRole(opp.id, contactId);
      return { companyId: accountId, contactId, dealId: opp.id, dealUrl: await opportunityUrl(opp.id) };
    },

    logMail: (m: CrmMail, ids) =>
      task(`mail:${digest(m.messageId)}`, {
        WhatId: ids.dealId,
        ...(ids.contactId ? { WhoId: ids.contactId } : {}),
        Subject: clip(`${m.direction === "incoming" ? "Email received" : "Email sent"}: ${m.subject}`, SUBJECT_MAX),
        Description: clip(`From: ${m.from ?? "?"}\nTo: ${m.to.join(", ")}\n\n${m.text}`, DESCRIPTION_MAX),
        ActivityDate: dateOnly(m.at),
        TaskSubtype: "Email",
      }),

    logStatusChange: (n: CrmStatusNote, ids) =>
      task(`event:${digest(n.eventKey)}`, {
        WhatId: ids.dealId,
        Subject: clip(`Registration ${n.from ? `${n.from} → ` : ""}${n.to} by ${n.actor}`, SUBJECT_MAX),
        Description: n.text ? clip(n.text, DESCRIPTION_MAX) : null,
        ActivityDate: dateOnly(n.at),
        TaskSubtype: "Task",
      }),

    async changesSince(watermark) {
      const since = watermark === null ? now().getTime() - POLL_OVERLAP_MS : Date.parse(watermark) - POLL_OVERLAP_MS;
      const decided = [s.stages.approved, s.stages.rejected].filter((x): x is string => !!x);
      const rows = await query(
        `SELECT ${decisionFields} FROM Opportunity WHERE ${field(s.caseField)} != null AND StageName IN ${list(decided)} AND SystemModstamp > ${dateTime(new Date(since))} ORDER BY SystemModstamp ASC`,
      );
      let newest = watermark === null ? now().getTime() : Date.parse(watermark);
      for (const r of rows) {
        const at = Date.parse(prop(r, "SystemModstamp") ?? "");
        if (Number.isFinite(at)) newest = Math.max(newest, at);
      }
      return { changes: rows.flatMap(decisionOf), watermark: new Date(newest).toISOString() };
    },

    async decisionsOf(ids) {
      if (!ids.length) return [];
      return (await query(`SELECT ${decisionFields} FROM Opportunity WHERE Id IN ${list(ids)}`)).flatMap(decisionOf);
    },

    async lookupConflicts(domain): Promise<CrmConflict[]> {
      const accounts = await accountsFor(domain, "Id, Name, Type");
      const conflicts: CrmConflict[] = [];
      for (const a of accounts) {
        const type = prop(a, "Type");
        if (type && s.customerTypes.includes(type))
          conflicts.push({
            kind: "customer",
            reason: `existing customer in Salesforce (${prop(a, "Name") ?? domain}, account type ${type})`,
          });
      }
      if (!accounts.length) return conflicts;
      const partnerField = s.partnerFields.partnerEmail;
      const opps = await query(
        `SELECT Id, Name, Owner.Name${partnerField ? `, ${field(partnerField)}` : ""} FROM Opportunity WHERE AccountId IN ${list(accounts.map((a) => a.Id))} AND IsClosed = false`,
      );
      for (const o of opps) {
        const owner = prop(o, "Owner.Name");
        conflicts.push({
          kind: "open_deal",
          reason: `open opportunity in Salesforce: ${prop(o, "Name") ?? o.Id}${owner ? ` owned by ${owner}` : ""}`,
          partnerEmail: partnerField ? prop(o, partnerField) : null,
        });
      }
      return conflicts;
    },
  };
}

/** The ways a person types a website into Account.Website. */
export function websiteForms(domain: string): string[] {
  const hosts = [domain, `www.${domain}`];
  return hosts.flatMap((h) => [h, `${h}/`, `http://${h}`, `http://${h}/`, `https://${h}`, `https://${h}/`]);
}

function digest(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 40);
}

function dateOnly(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
