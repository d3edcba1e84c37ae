// Table declarations for kysely. Row types, not domain types: the repositories in
// services/repos map them (jsonb parsed with zod). Status columns are string unions, so a
// misspelt status is a compile error wherever a query writes or compares it.
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

/** The states a case moves through. `incomplete` waits for the partner's missing fields;
 * `conflict` waits for a manager because another registration or an account list claims the prospect. */
export const CASE_STATUSES = [
  "incomplete",
  "pending",
  "info_requested",
  "conflict",
  "approved",
  "rejected",
  "expired",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const OUTBOX_STATUSES = ["queued", "sent", "failed", "bounced"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What processing made of an inbound message (`duplicate` is answered, never stored). */
export const MESSAGE_OUTCOMES = [
  "registered",
  "duplicate",
  "conflict",
  "needs_review",
  "reply",
  "partner_command",
  "ignored",
] as const;
export type MessageOutcome = (typeof MESSAGE_OUTCOMES)[number];

/** Why a case waits in conflict: another partner's claim, the account lists, or the CRM. */
export const CONFLICT_REASONS = [
  "registered_by_other_partner",
  "existing_customer",
  "blocked_account",
  "open_crm_deal",
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export type AccountKind = "customer" | "blocked";
export type ReplyTokenPurpose = "partner" | "manager";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface InboundMessagesTable {
  id: Generated<number>;
  sha256: string;
  message_id: string | null;
  source: string;
  /** bytes of the raw mail; the bytes themselves are in inbound_raw_chunks (2026-12-03-80) */
  size: number;
  received_at: Timestamp;
  ses_verdicts: Json<unknown> | null;
  from_address: string | null;
  subject: string | null;
  kind: string | null;
  language: string | null;
  text_body: string | null;
  parse: Json<unknown> | null;
  outcome: MessageOutcome | null;
  outcome_detail: string | null;
  case_id: number | null;
  /** processing attempts, counted before each parse (so a mail that kills the process is parked) */
  attempts: Generated<number>;
  last_error: string | null;
  processed_at: NullableTimestamp;
  /** a worker is parsing this message until then; the backlog sweep skips it (2026-12-03-30) */
  processing_until: NullableTimestamp;
  /** which process holds that lease (host:pid:random) */
  processing_by: string | null;
}

/** The raw mail of a message in pieces of at most 1 MiB, in `seq` order (2026-12-03-80). */
export interface InboundRawChunksTable {
  inbound_message_id: number;
  seq: number;
  data: Buffer;
}

export interface InboundSourceRefsTable {
  source: string;
  ref: string;
  inbound_message_id: number;
  created_at: Timestamp;
}

export interface CasesTable {
  id: Generated<number>;
  case_number: string;
  status: CaseStatus;
  partner_email: string;
  partner_name: string | null;
  partner_organization: string | null;
  company_name: string | null;
  company_key: string | null;
  company_domain: string | null;
  contact_name: string | null;
  contact_email: string | null;
  registration: Json<unknown>;
  provenance: Json<unknown>;
  missing: Json<string[]>;
  confidence: number;
  language: string;
  conflict_reason: ConflictReason | null;
  conflict_case_id: number | null;
  source_message_id: number | null;
  /** which further row of the source mail's attached tables (1, 2, …) this case was read from (2026-12-03-90); null for the mail's own registration */
  source_row: ColumnType<number | null, number | null | undefined, number | null>;
  partner_token_hash: string | null;
  protected_until: NullableTimestamp;
  decided_at: NullableTimestamp;
  decided_by: string | null;
  decision_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** when the status last changed (2026-11-27-020); null on rows from before, then created_at counts */
  status_changed_at: NullableTimestamp;
  manager_reminded_at: NullableTimestamp;
  expiry_notice_sent_at: NullableTimestamp;
  /** the CRM's record ids (2026-12-03-40); null until the first sync */
  crm_company_id: ColumnType<string | null, string | null | undefined, string | null>;
  crm_contact_id: ColumnType<string | null, string | null | undefined, string | null>;
  crm_deal_id: ColumnType<string | null, string | null | undefined, string | null>;
  crm_deal_url: ColumnType<string | null, string | null | undefined, string | null>;
  /** the case status the CRM last received: the deal stage is only written when it changes */
  crm_synced_status: ColumnType<string | null, string | null | undefined, string | null>;
  crm_synced_at: NullableTimestamp;
  /** "pending" while the CRM could not be asked about conflicts */
  crm_check: ColumnType<string | null, string | null | undefined, string | null>;
  /** open review items about this case, kept by a trigger on review_items (2026-12-03-81) */
  open_review_items: Generated<number>;
}

export interface OutboxTable {
  id: Generated<number>;
  case_id: number | null;
  kind: string;
  message_id: string;
  from_address: string;
  to_addresses: Json<string[]>;
  reply_to: string | null;
  subject: string;
  text_body: string;
  html_body: string | null;
  in_reply_to: string | null;
  references: string | null;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  locked_until: NullableTimestamp;
  last_error: string | null;
  provider_message_id: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  /** set when a delivery report for this mail came back (2026-12-03-50); status becomes "bounced" for hard and soft bounces */
  bounced_at: NullableTimestamp;
  bounce_type: string | null;
  bounce_status: string | null;
  bounce_diagnostic: string | null;
  /** extra header fields (2026-12-03-60), e.g. List-Unsubscribe */
  headers: ColumnType<Record<string, string> | null, string | null | undefined, string | null>;
}

export interface TimelineEventsTable {
  id: Generated<number>;
  case_id: number;
  at: Timestamp;
  actor: string;
  kind: string;
  inbound_message_id: number | null;
  outbox_id: number | null;
  text: string | null;
  data: Json<Record<string, unknown>>;
}

export interface ReviewItemsTable {
  id: Generated<number>;
  reason: string;
  detail: string | null;
  inbound_message_id: number | null;
  case_id: number | null;
  created_at: Timestamp;
  resolved_at: NullableTimestamp;
  resolved_by: string | null;
  resolution: string | null;
}

export interface AccountsTable {
  domain: string;
  name: string | null;
  kind: AccountKind;
  reason: string | null;
  imported_at: Timestamp;
}

export interface ReplyTokensTable {
  token_hash: string;
  case_id: number;
  purpose: ReplyTokenPurpose;
  address: string | null;
  created_at: Timestamp;
  used_at: NullableTimestamp;
  used_by_inbound_id: number | null;
}

export interface ImapStateTable {
  mailbox: string;
  uid_validity: string;
  last_uid: ColumnType<number, number, number>;
  updated_at: Timestamp;
}

/** signed-out admin sessions until their cookie would have expired anyway (2026-12-03-20) */
export interface AdminRevokedSessionsTable {
  session_id: string;
  expires_at: Timestamp;
}

/** An out-of-office answer's author and when they are back (2026-12-03-50); reminders wait for it. */
export interface AwayNoticesTable {
  address: string;
  /** the first moment the person is back: the day after the stated return date, 00:00 UTC */
  away_until: Timestamp;
  return_date: string | null;
  inbound_message_id: number | null;
  updated_at: Timestamp;
}

export interface CrmSyncTargetsTable {
  target: string;
  kind: string;
}

export interface CrmSyncJobsTable {
  id: Generated<number>;
  target: string;
  kind: string;
  ref: string;
  case_id: number | null;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  status: Generated<string>;
  generation: Generated<number>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  locked_until: NullableTimestamp;
  last_error: string | null;
  created_at: Generated<Date>;
  done_at: NullableTimestamp;
}

export interface CrmStateTable {
  key: string;
  value: string;
  updated_at: Timestamp;
}

export interface CrmConflictCacheTable {
  domain: string;
  conflicts: Json<unknown>;
  checked_at: Timestamp;
}

export interface SlackOutboxTable {
  id: Generated<number>;
  dedupe_key: string;
  case_id: number | null;
  /** post | update | ephemeral | webhook */
  action: string;
  payload: Json<unknown>;
  /** for an update: the post whose message it replaces */
  post_id: number | null;
  channel: string | null;
  /** the Slack message's ts once posted */
  ts: string | null;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  locked_until: NullableTimestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface FeedCursorsTable {
  name: string;
  last_event_id: number;
}

/** A status link opens one case's page or a firm's page; an unsubscribe link stops the digest. */
export type StatusTokenScope = "case" | "firm" | "unsubscribe";

export interface StatusTokensTable {
  token_hash: string;
  scope: StatusTokenScope;
  case_id: number | null;
  /** the firm: registrable domain, or the whole address for free-mail senders */
  partner_key: string;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
  revoked_by: string | null;
}

export interface PartnerSettingsTable {
  address: string;
  digest_opt_out_at: NullableTimestamp;
  digest_opt_out_source: string | null;
  digest_sent_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface DB {
  inbound_messages: InboundMessagesTable;
  inbound_source_refs: InboundSourceRefsTable;
  inbound_raw_chunks: InboundRawChunksTable;
  cases: CasesTable;
  outbox: OutboxTable;
  timeline_events: TimelineEventsTable;
  review_items: ReviewItemsTable;
  accounts: AccountsTable;
  reply_tokens: ReplyTokensTable;
  imap_state: ImapStateTable;
  admin_revoked_sessions: AdminRevokedSessionsTable;
  away_notices: AwayNoticesTable;
  crm_sync_targets: CrmSyncTargetsTable;
  crm_sync_jobs: CrmSyncJobsTable;
  crm_state: CrmStateTable;
  crm_conflict_cache: CrmConflictCacheTable;
  slack_outbox: SlackOutboxTable;
  feed_cursors: FeedCursorsTable;
  status_tokens: StatusTokensTable;
  partner_settings: PartnerSettingsTable;
}

export type InboundMessageRow = Selectable<InboundMessagesTable>;
export type CaseRow = Selectable<CasesTable>;
export type NewCase = Insertable<CasesTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type TimelineEventRow = Selectable<TimelineEventsTable>;
export type ReviewItemRow = Selectable<ReviewItemsTable>;
export type CrmSyncJobRow = Selectable<CrmSyncJobsTable>;
export type SlackOutboxRow = Selectable<SlackOutboxTable>;
export type StatusTokenRow = Selectable<StatusTokensTable>;
