// HubSpot as a CrmAdapter: company by domain (or upserted by dealreg_company_key), contact
// upserted by e-mail, deal upserted by dealreg_case_id, mail as e-mail engagements and status
// changes as notes, each upserted by its own unique key and associated with the deal.
import type { z } from "zod";
import { CrmError } from "../errors.ts";
import { stageFor } from "../stages.ts";
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
import { paths, type HubSpotClient } from "./client.ts";
import type { SimpleObject } from "./schemas.ts";
import { AssociationBatchResult, BatchResult, SearchResult } from "./schemas.ts";
import { ensureHubSpotSetup } from "./setup.ts";

export interface HubSpotSettings {
  pipeline: string;
  /** case status -> stage id; must hold pending, approved, rejected */
  stages: Readonly<Record<string, string>>;
  customerStages: readonly string[];
  portalId: string | null;
}

/** Overlap when polling: HubSpot's search index lags behind writes by seconds, sometimes more. */
const SEARCH_LAG_MS = 10 * 60_000;

type Props = Record<string, string>;

export function createHubSpotAdapter(client: HubSpotClient, s: HubSpotSettings): CrmAdapter {
  const upsertOne = async (type: string, idProperty: string, id: string, properties: Props) => {
    const { data } = await client.request("POST", `${paths.objects(type)}/batch/upsert`, BatchResult, {
      body: { inputs: [{ idProperty, id, properties }] },
    });
    return firstResult(data, `${type} ${idProperty}=${id}`);
  };
  const associate = async (from: string, to: string, pairs: { from: string; to: string }[]) => {
    if (!pairs.length) return;
    const { data } = await client.request("POST", paths.associateDefault(from, to), AssociationBatchResult, {
      body: { inputs: pairs.map((p) => ({ from: { id: p.from }, to: { id: p.to } })) },
    });
    if (data.errors?.length) throw batchError(data.errors[0]!, `associate ${from} with ${to}`);
  };
  const search = (type: string, body: Record<string, unknown>) =>
    client.request("POST", `${paths.objects(type)}/search`, SearchResult, { body }).then((r) => r.data);
  const dealUrl = (id: string) =>
    s.portalId ? `https://app.hubspot.com/contacts/${s.portalId}/record/0-3/${id}` : null;

  async function company(c: CrmCase, known: string | null): Promise<string | null> {
    if (known) return known;
    const key = c.companyDomain ?? (c.companyName ? `name:${c.companyName.toLowerCase()}` : null);
    if (!key) return null;
    if (c.companyDomain) {
      // A company a person created long ago is in the search index; ours are found by their key.
      const found = await search("companies", {
        filterGroups: [{ filters: [{ propertyName: "domain", operator: "EQ", value: c.companyDomain }] }],
        properties: ["domain"],
        limit: 1,
      });
      if (found.results[0]) return found.results[0].id;
    }
    const props: Props = { dealreg_company_key: key };
    if (c.companyName) props.name = c.companyName;
    if (c.companyDomain) props.domain = c.companyDomain;
    return (await upsertOne("companies", "dealreg_company_key", key, props)).id;
  }

  async function contact(c: CrmCase): Promise<string | null> {
    if (!c.contactEmail) return null;
    const [first, ...rest] = (c.contactName ?? "").trim().split(/\s+/);
    const props: Props = { email: c.contactEmail };
    if (first) props.firstname = first;
    if (rest.length) props.lastname = rest.join(" ");
    if (c.companyName) props.company = c.companyName;
    return (await upsertOne("contacts", "email", c.contactEmail, props)).id;
  }

  function dealProperties(c: CrmCase): Props {
    const props: Props = {
      dealname: `${c.companyName ?? c.companyDomain ?? "Unknown prospect"} (${c.caseNumber})`,
      pipeline: s.pipeline,
      dealreg_case_id: c.caseNumber,
      dealreg_case_status: c.status,
      dealreg_partner_email: c.partnerEmail,
      dealreg_partner_name: c.partnerName ?? "",
      dealreg_partner_company: c.partnerCompany ?? "",
      dealreg_protected_until: c.protectedUntil ? c.protectedUntil.toISOString() : "",
      dealreg_case_url: c.caseUrl ?? "",
    };
    const stage = c.writeStage ? stageFor(s.stages, c.status) : null;
    if (stage) props.dealstage = stage;
    if (c.status === "rejected" && c.decisionReason) props.closed_lost_reason = c.decisionReason;
    return props;
  }

  async function decisionsOf(dealIds: string[]): Promise<CrmDecisionChange[]> {
    if (!dealIds.length) return [];
    const { data } = await client.request("POST", `${paths.objects("deals")}/batch/read`, BatchResult, {
      body: {
        inputs: dealIds.map((id) => ({ id })),
        properties: ["dealstage", "dealreg_case_id", "closed_lost_reason"],
        propertiesWithHistory: ["dealstage"],
      },
    });
    return data.results.flatMap((deal) => decisionOf(deal, s.stages));
  }

  return {
    name: "hubspot",
    ensureSetup: () => ensureHubSpotSetup(client, s),

    async upsertCase(c: CrmCase, known: CrmIds): Promise<CrmCaseResult> {
      const companyId = await company(c, known.companyId);
      const contactId = await contact(c);
      const deal = await upsertOne("deals", "dealreg_case_id", c.caseNumber, dealProperties(c));
      const fresh = deal.new === true || known.dealId !== deal.id;
      if (companyId && (fresh || known.companyId !== companyId))
        await associate("deals", "companies", [{ from: deal.id, to: companyId }]);
      if (contactId && (fresh || known.contactId !== contactId))
        await associate("deals", "contacts", [{ from: deal.id, to: contactId }]);
      return { companyId, contactId, dealId: deal.id, dealUrl: dealUrl(deal.id) };
    },

    async logMail(m: CrmMail, ids) {
      const email = await upsertOne("emails", "dealreg_message_id", m.messageId, {
        hs_timestamp: m.at.toISOString(),
        hs_email_direction: m.direction === "incoming" ? "INCOMING_EMAIL" : "EMAIL",
        hs_email_status: "SENT",
        hs_email_subject: m.subject,
        hs_email_text: m.text,
        hs_email_headers: JSON.stringify({ from: { email: m.from ?? "" }, to: m.to.map((email) => ({ email })) }),
      });
      await associate("emails", "deals", [{ from: email.id, to: ids.dealId }]);
      if (ids.contactId) await associate("emails", "contacts", [{ from: email.id, to: ids.contactId }]);
      return { id: email.id };
    },

    async logStatusChange(n: CrmStatusNote, ids) {
      const body = `Registration ${n.from ? `${n.from} → ` : ""}${n.to} by ${n.actor}${n.text ? `: ${n.text}` : ""}`;
      const note = await upsertOne("notes", "dealreg_event_key", n.eventKey, {
        hs_timestamp: n.at.toISOString(),
        hs_note_body: body,
      });
      await associate("notes", "deals", [{ from: note.id, to: ids.dealId }]);
      return { id: note.id };
    },

    async changesSince(watermark) {
      const now = Date.now();
      const since = watermark === null ? now - SEARCH_LAG_MS : Number(watermark) - SEARCH_LAG_MS;
      const decided = [s.stages.approved, s.stages.rejected].filter((x): x is string => !!x);
      const ids: string[] = [];
      let newest = watermark === null ? now : Number(watermark);
      let after: string | undefined;
      do {
        const page = await search("deals", {
          filterGroups: [
            {
              filters: [
                { propertyName: "hs_lastmodifieddate", operator: "GTE", value: String(since) },
                { propertyName: "dealreg_case_id", operator: "HAS_PROPERTY" },
                { propertyName: "dealstage", operator: "IN", values: decided },
              ],
            },
          ],
          sorts: [{ propertyName: "hs_lastmodifieddate", direction: "ASCENDING" }],
          properties: ["hs_lastmodifieddate"],
          limit: 100,
          ...(after ? { after } : {}),
        });
        for (const d of page.results) {
          ids.push(d.id);
          const modified = Date.parse(d.properties.hs_lastmodifieddate ?? "");
          if (Number.isFinite(modified)) newest = Math.max(newest, modified);
        }
        after = page.paging?.next?.after;
      } while (after);
      const changes: CrmDecisionChange[] = [];
      for (let i = 0; i < ids.length; i += 100) changes.push(...(await decisionsOf(ids.slice(i, i + 100))));
      return { changes, watermark: String(newest) };
    },

    decisionsOf,

    async lookupConflicts(domain): Promise<CrmConflict[]> {
      const found = await search("companies", {
        filterGroups: [{ filters: [{ propertyName: "domain", operator: "EQ", value: domain }] }],
        properties: ["name", "lifecyclestage"],
        limit: 10,
      });
      const conflicts: CrmConflict[] = [];
      for (const co of found.results) {
        const stage = co.properties.lifecyclestage ?? "";
        if (s.customerStages.includes(stage))
          conflicts.push({
            kind: "customer",
            reason: `existing customer in HubSpot (${co.properties.name ?? domain}, lifecycle stage ${stage})`,
          });
        const deals = await search("deals", {
          filterGroups: [
            {
              filters: [
                { propertyName: "associations.company", operator: "EQ", value: co.id },
                { propertyName: "hs_is_closed", operator: "EQ", value: "false" },
              ],
            },
          ],
          properties: ["dealname", "dealreg_partner_email", "hubspot_owner_id"],
          limit: 10,
        });
        for (const d of deals.results) {
          const owner = d.properties.hubspot_owner_id ? ` owned by HubSpot user ${d.properties.hubspot_owner_id}` : "";
          conflicts.push({
            kind: "open_deal",
            reason: `open deal in HubSpot: ${d.properties.dealname ?? d.id}${owner}`,
            partnerEmail: d.properties.dealreg_partner_email || null,
          });
        }
      }
      return conflicts;
    },
  };
}

function decisionOf(deal: SimpleObject, stages: Readonly<Record<string, string>>): CrmDecisionChange[] {
  const stage = deal.properties.dealstage;
  const caseNumber = deal.properties.dealreg_case_id;
  if (!stage || !caseNumber) return [];
  const decision = stage === stages.approved ? "approve" : stage === stages.rejected ? "reject" : null;
  if (!decision) return [];
  const last = deal.propertiesWithHistory?.dealstage?.[0];
  const by = last?.updatedByUserId
    ? `hubspot-user-${last.updatedByUserId}`
    : last?.sourceId
      ? last.sourceId
      : (last?.sourceType ?? "hubspot").toLowerCase();
  return [
    {
      caseNumber,
      decision,
      by,
      reason: deal.properties.closed_lost_reason || null,
      at: last ? new Date(last.timestamp) : new Date(),
    },
  ];
}

function firstResult(data: z.infer<typeof BatchResult>, what: string): SimpleObject {
  const r = data.results[0];
  if (r) return r;
  const err = data.errors?.[0];
  throw err ? batchError(err, what) : new CrmError("transient", `HubSpot returned no result for ${what}`);
}

/** A failed input of a batch (207): a conflict on a unique value is a race and retried; the rest stays failed. */
function batchError(err: { category?: string | undefined; message: string }, what: string): CrmError {
  const transient = err.category === "CONFLICT" || err.category === "RATE_LIMITS" || err.category === "INTERNAL_ERROR";
  return new CrmError(transient ? "transient" : "permanent", `HubSpot refused ${what}: ${err.message}`);
}
