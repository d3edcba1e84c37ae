// Which Salesforce fields dealreg writes. The three keys are custom fields a Salesforce admin
// creates once (`dealreg crm setup` checks them); the partner attribution fields are optional
// and configurable, so an org without PRM licences (no PartnerAccountId) works as well.
import type { PartnerFieldKey } from "../../config/env.ts";

export interface SalesforceSettings {
  /** case status -> Opportunity StageName; holds pending, approved, rejected */
  stages: Readonly<Record<string, string>>;
  /** Account.Type values that mean "existing customer" */
  customerTypes: readonly string[];
  /** Opportunity external id holding the case number */
  caseField: string;
  /** Account external id holding the prospect's domain (or `name:<company>`) */
  accountKeyField: string;
  /** Activity (Task) field holding our idempotency key for mail and status changes */
  activityKeyField: string;
  /** dealreg value -> Opportunity field; a key left out is not written */
  partnerFields: Readonly<Partial<Record<PartnerFieldKey, string>>>;
}
