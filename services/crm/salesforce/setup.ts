// `dealreg crm setup` for Salesforce: checks the custom fields and stages the sync relies on.
// Creating fields needs the Metadata API and an admin's judgement (field-level security, page
// layouts), so setup says exactly what to create instead of creating it.
import type { SetupStep } from "../types.ts";
import type { SalesforceClient } from "./client.ts";
import { Describe } from "./schemas.ts";
import type { SalesforceSettings } from "./settings.ts";

type FieldInfo = {
  name: string;
  externalId?: boolean | undefined;
  unique?: boolean | undefined;
  picklistValues?: { value: string; active?: boolean | undefined }[] | undefined;
};

export async function ensureSalesforceSetup(client: SalesforceClient, s: SalesforceSettings): Promise<SetupStep[]> {
  const steps: SetupStep[] = [];
  const describe = async (type: string) =>
    new Map<string, FieldInfo>(
      (await client.request("GET", `/sobjects/${type}/describe`, Describe)).data.fields.map((f) => [f.name, f]),
    );
  const opportunity = await describe("Opportunity");
  const account = await describe("Account");
  const task = await describe("Task");

  const key = (fields: Map<string, FieldInfo>, type: string, name: string, spec: string) => {
    const f = fields.get(name);
    const what = `${type} field ${name}`;
    if (!f)
      steps.push({
        what,
        action: "missing",
        detail: `create ${spec} (Setup → Object Manager → ${type === "Task" ? "Activity" : type} → Fields & Relationships)`,
      });
    else if (type !== "Task" && !(f.externalId && f.unique))
      steps.push({
        what,
        action: "missing",
        detail: `exists without External ID and Unique: retries could create duplicates; mark it ${spec}`,
      });
    else steps.push({ what, action: "exists" });
  };
  key(opportunity, "Opportunity", s.caseField, "a Text(40) field with External ID and Unique checked");
  key(account, "Account", s.accountKeyField, "a Text(255) field with External ID and Unique checked");
  key(task, "Task", s.activityKeyField, "a Text(80) Activity field");
  for (const [value, name] of Object.entries(s.partnerFields)) {
    if (!name) continue;
    steps.push(
      opportunity.has(name)
        ? { what: `Opportunity field ${name} (${value})`, action: "exists" }
        : {
            what: `Opportunity field ${name} (${value})`,
            action: "missing",
            detail: `create it, or leave ${value} out of SALESFORCE_PARTNER_FIELDS`,
          },
    );
  }
  const stageValues = new Set(
    (opportunity.get("StageName")?.picklistValues ?? []).filter((v) => v.active !== false).map((v) => v.value),
  );
  for (const [status, stage] of Object.entries(s.stages)) {
    steps.push(
      stageValues.has(stage)
        ? { what: `stage ${stage} for ${status}`, action: "checked" }
        : {
            what: `stage ${stage} for ${status}`,
            action: "missing",
            detail: "not an active Opportunity stage: fix SALESFORCE_STAGES or add the stage",
          },
    );
  }
  return steps;
}
