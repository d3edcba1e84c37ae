// `dealreg crm setup` for HubSpot: creates the dealreg property group and custom properties
// (the unique ones are the sync's idempotency keys) and checks the pipeline and its stages.
import { CrmError } from "../errors.ts";
import type { SetupStep } from "../types.ts";
import { paths, type HubSpotClient } from "./client.ts";
import type { HubSpotSettings } from "./adapter.ts";
import { GROUP, PROPERTIES } from "./properties.ts";
import { Pipeline, Property, PropertyGroup } from "./schemas.ts";

const is = (err: unknown, status: number) => err instanceof CrmError && err.status === status;

export async function ensureHubSpotSetup(client: HubSpotClient, s: HubSpotSettings): Promise<SetupStep[]> {
  const steps: SetupStep[] = [];
  for (const type of [...new Set(PROPERTIES.map((p) => p.objectType))]) {
    try {
      await client.request("POST", `${paths.properties(type)}/groups`, PropertyGroup, {
        body: { name: GROUP, label: "Deal registration", displayOrder: -1 },
      });
      steps.push({ what: `${type} property group ${GROUP}`, action: "created" });
    } catch (err) {
      if (!is(err, 409)) throw err;
      steps.push({ what: `${type} property group ${GROUP}`, action: "exists" });
    }
  }
  for (const p of PROPERTIES) {
    const what = `${p.objectType} property ${p.name}`;
    try {
      const { data } = await client.request("GET", `${paths.properties(p.objectType)}/${p.name}`, Property);
      if (p.hasUniqueValue && !data.hasUniqueValue)
        steps.push({
          what,
          action: "missing",
          detail: "exists without unique values: delete it and run setup again, or retries may duplicate records",
        });
      else steps.push({ what, action: "exists" });
    } catch (err) {
      if (!is(err, 404)) throw err;
      await client.request("POST", paths.properties(p.objectType), Property, {
        body: {
          name: p.name,
          label: p.label,
          type: p.type,
          fieldType: p.fieldType,
          groupName: GROUP,
          ...(p.hasUniqueValue ? { hasUniqueValue: true } : {}),
        },
      });
      steps.push({ what, action: "created" });
    }
  }
  try {
    const { data } = await client.request("GET", paths.pipeline("deals", s.pipeline), Pipeline);
    steps.push({ what: `deal pipeline ${s.pipeline}`, action: "checked", detail: data.label });
    const ids = new Set(data.stages.map((st) => st.id));
    for (const [status, stage] of Object.entries(s.stages)) {
      steps.push(
        ids.has(stage)
          ? { what: `stage ${stage} for ${status}`, action: "checked" }
          : {
              what: `stage ${stage} for ${status}`,
              action: "missing",
              detail: `not a stage of pipeline ${s.pipeline} (${[...ids].join(", ")})`,
            },
      );
    }
  } catch (err) {
    if (!is(err, 404)) throw err;
    steps.push({
      what: `deal pipeline ${s.pipeline}`,
      action: "missing",
      detail: "no such pipeline: set HUBSPOT_PIPELINE to a pipeline id",
    });
  }
  return steps;
}
