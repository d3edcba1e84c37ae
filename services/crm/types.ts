// What dealreg needs from any CRM, in dealreg's words. An adapter (HubSpot today) translates;
// the sync worker, the poll and the conflict check only know this interface.
import type { CaseStatus } from "../cases/case-status.ts";
import type { CrmMail, CrmStatusNote } from "../repos/crm-sync.ts";

/** The CRM's record ids for one case, as stored on the case row. */
export interface CrmIds {
  companyId: string | null;
  contactId: string | null;
  dealId: string | null;
}

/** A case as the CRM sees it: the deal, its company, its contact and the partner's attribution. */
export interface CrmCase {
  caseNumber: string;
  status: CaseStatus;
  /** write the deal stage for this status (the status changed since the last sync, or the deal is new) */
  writeStage: boolean;
  companyName: string | null;
  companyDomain: string | null;
  contactName: string | null;
  contactEmail: string | null;
  partnerEmail: string;
  partnerName: string | null;
  partnerCompany: string | null;
  protectedUntil: Date | null;
  decisionReason: string | null;
  /** link to the case on dealreg's admin page, when PUBLIC_URL is known */
  caseUrl: string | null;
  createdAt: Date;
}

export interface CrmCaseResult extends CrmIds {
  dealId: string;
  /** where a person opens the deal in the CRM */
  dealUrl: string | null;
}

// The mail and status notes a sync job sends are read by services/repos/crm-sync.ts.
export type { CrmMail, CrmStatusNote } from "../repos/crm-sync.ts";
/** A decision someone took in the CRM: a deal moved into the approved or rejected stage. */
export interface CrmDecisionChange {
  caseNumber: string;
  decision: "approve" | "reject";
  /** who moved it, for the actor `crm:<who>` */
  by: string;
  reason: string | null;
  at: Date;
}

export interface CrmChanges {
  changes: CrmDecisionChange[];
  /** pass back next time; opaque to the caller */
  watermark: string;
}

export type { CrmConflict } from "../repos/crm-conflict-cache-repo.ts";
import type { CrmConflict } from "../repos/crm-conflict-cache-repo.ts";

export interface SetupStep {
  what: string;
  action: "created" | "exists" | "checked" | "missing";
  detail?: string;
}

export interface CrmAdapter {
  readonly name: string;
  /** creates what the sync needs (custom properties) and checks what must exist (pipeline, stages) */
  ensureSetup(): Promise<SetupStep[]>;
  /** company, contact and deal with their associations; idempotent by the case number */
  upsertCase(c: CrmCase, known: CrmIds): Promise<CrmCaseResult>;
  /** one mail on the deal's timeline; idempotent by our Message-ID */
  logMail(m: CrmMail, ids: CrmIds & { dealId: string }): Promise<{ id: string }>;
  /** a status change as a note on the deal; idempotent by the event key */
  logStatusChange(n: CrmStatusNote, ids: CrmIds & { dealId: string }): Promise<{ id: string }>;
  /** decisions taken in the CRM since the watermark (null: start from now) */
  changesSince(watermark: string | null): Promise<CrmChanges>;
  /** decisions on these deals right now (webhook notifications name the deals) */
  decisionsOf(dealIds: string[]): Promise<CrmDecisionChange[]>;
  /** what the CRM knows that conflicts with registering this domain */
  lookupConflicts(domain: string): Promise<CrmConflict[]>;
}
