// The shape of one language's partner-facing words. Every language module fills all of it (the
// compiler checks, and tests/notifier/i18n.test.ts checks the same at run time together with the
// `{placeholders}` of each text). `{name}` stands for a value the caller hands in.

/** Registration fields as the mails name them (paths of the registration). */
export type FieldPath =
  | "company.name"
  | "company.domain"
  | "contact.name"
  | "contact.email"
  | "contact.role"
  | "contact.phone"
  | "context.problem"
  | "stage"
  | "motion"
  | "consent"
  | "geography"
  | "estimatedValue"
  | "productInterest"
  | "competitors";

/** Stage and motion values and yes/no, as the mails name them. */
export type ValueWord =
  | "new_intro"
  | "discovery_scheduled"
  | "evaluation"
  | "referral"
  | "resale"
  | "marketplace"
  | "services"
  | "technology"
  | "true"
  | "false";

export type CaseStatusWord =
  "incomplete" | "pending" | "info_requested" | "conflict" | "approved" | "rejected" | "expired";

export interface MailTexts {
  /** BCP 47 locale for dates and money (Intl) */
  locale: string;
  /** the language's own name, for the README and the admin */
  name: string;
  /** command words a partner may write as the first line; the first of each is the one the mails suggest */
  commands: { status: readonly string[]; unsubscribe: readonly string[] };
  common: {
    hello: string; // {name}
    helloAll: string;
    signOff: string;
    status: string; // {status}
    understood: string;
    missingTitle: string;
    missingAsk: string; // {example}
    /** a labelled line the answer reader understands (tests/notifier/i18n.test.ts reads it) */
    missingExample: string;
    correctionsHint: string; // {example}
    /** a labelled line the answer reader understands, naming the contact */
    correctionExample: string;
    keepCaseNumber: string;
    reason: string; // {reason}
    unnamedProspect: string;
  };
  fields: Record<FieldPath, string>;
  values: Record<ValueWord, string>;
  statuses: Record<CaseStatusWord, string>;
  conflict: {
    protectedUntil: string; // {date}
    underReview: string;
    existingCustomer: string; // {company} {reason}
    blockedAccount: string; // {company} {reason}
    openDeal: string; // {company}
    review: string;
    existingCase: string;
    duplicateOf: string; // {caseNumber}
  };
  ack: {
    subject: string; // {caseNumber} {company}
    thanks: string; // {caseNumber}
    othersTitle: string;
    statusLink: string; // {url}
  };
  listing: {
    ownMail: string;
    toReview: string;
    missing: string; // {fields}
    before: string;
    firm: string;
    overLimit: string; // {n}
    rows: string; // {range}
    row: string; // {row}
  };
  decision: {
    subjectApproved: string; // {caseNumber} {company}
    subjectRejected: string; // {caseNumber} {company}
    approved: string; // {caseNumber} {company}
    protectedFor: string; // {days} {date}
    rejected: string; // {caseNumber} {company}
    questions: string;
  };
  fieldUpdate: {
    subject: string; // {caseNumber} {company}
    updated: string; // {caseNumber}
    was: string; // {was}
    answered: string; // {caseNumber}
    nowReads: string;
  };
  infoRequest: {
    subject: string; // {caseNumber} {company}
    intro: string; // {caseNumber} {company}
    ask: string;
  };
  expiry: {
    subject: string; // {caseNumber} {date} {company}
    ends: string; // {caseNumber} {company} {date}
    after: string;
    stillActive: string;
  };
  statusMail: {
    subject: string;
    protectedUntil: string; // {date}
    missing: string; // {fields}
    more: string; // {n}
    allCases: string; // {url}
    none: string;
    noneForCase: string; // {caseNumber}
  };
  digest: {
    subject: string;
    open: string;
    decided: string;
    until: string; // {date}
    ending: string;
    replyStatus: string;
    stop: string; // {url}
  };
  unsubscribed: {
    subject: string;
    body: string;
    stillMail: string;
    writeStatus: string;
  };
  /** the partner's status pages (HTML, escaped by the page renderer) */
  page: {
    status: string;
    protectedUntil: string;
    registeredOn: string;
    missing: string;
    missingHint: string;
    mail: string;
    sent: string;
    received: string;
    allCases: string;
    yourCases: string;
    case: string;
    company: string;
    noCases: string;
  };
}
