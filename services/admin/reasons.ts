// Why an item is in the review queue, in words for the page (and the README).
export const REASONS: Record<string, { label: string; explain: string }> = {
  parse_failed: {
    label: "Unreadable",
    explain: "The mail could not be decoded or processing failed repeatedly; the raw mail is kept.",
  },
  low_confidence: {
    label: "Low confidence",
    explain: "The parser is not sure it read the registration right (confidence below CONFIDENCE_THRESHOLD).",
  },
  missing_fields: {
    label: "Missing fields",
    explain: "The registration lacks required fields and the partner has not completed it within REVIEW_AFTER_HOURS.",
  },
  incomplete_case: {
    label: "Stale incomplete case",
    explain: "An incomplete case older than REVIEW_AFTER_HOURS with no other open item.",
  },
  conflict: {
    label: "Conflict",
    explain: "Another partner, an existing customer or a blocked account claims the prospect: approve or reject.",
  },
  not_registration: {
    label: "Not a registration",
    explain: "A person wrote to the inbox but the mail is not a registration (a question, say).",
  },
  rows_over_limit: {
    label: "Rows over limit",
    explain:
      "An attached table held more registrations than ATTACHMENT_ROWS_PER_MAIL: the rows past the limit (named in the detail) are not registered; register them by hand.",
  },
  spam: {
    label: "Spam verdict",
    explain:
      "The receiving mail system judged the mail spam or infected (an SES verdict, or a filter's header such as X-Spam-Flag) and it reads as a registration or a case answer: no case, no answer. Register it from here if the filter was wrong.",
  },
  unmatched_reply: { label: "Unmatched reply", explain: "The mail looks like a reply but belongs to no known case." },
  stranger_thread: {
    label: "Stranger in thread",
    explain: "A reply in a case thread from someone who is not part of the case.",
  },
  unverified_answer: {
    label: "Unverified answer",
    explain:
      "A partner's answer found its case by the subject tag or a Message-ID of mail we received (not by our Message-ID or reply address); its field changes wait for a person.",
  },
  rate_limited: {
    label: "Rate limited",
    explain:
      "Automatic mail was over a limit (acknowledgements per sender, answers per case, the outbound breaker): the mail is stored, unanswered, and waits for a person.",
  },
  partner_unreachable: {
    label: "Unreachable",
    explain:
      "Mail we sent (an acknowledgement, a manager notice, …) bounced permanently: the case's timeline says which and why; reach the person another way.",
  },
  unverified_command: {
    label: "Unverified command",
    explain: "A manager command (approve/reject/info) that could not be verified.",
  },
  crm_sync_failed: {
    label: "CRM sync failed",
    explain:
      "The CRM (or a webhook endpoint) refused a case, mail or status change for good (validation, permissions); the detail is the CRM's own message. Fix the cause, then `dealreg crm backfill`.",
  },
};

export function reasonLabel(reason: string): string {
  return REASONS[reason]?.label ?? reason;
}
