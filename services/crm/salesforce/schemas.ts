// Shapes of the Salesforce REST answers dealreg reads (REST API Developer Guide), checked with zod.
import { z } from "zod";
import { isRecord } from "../../core/guards.ts";

/** POST /services/oauth2/token */
export const TokenAnswer = z.object({
  access_token: z.string().min(1),
  instance_url: z.url(),
  token_type: z.string().optional(),
});

/** The token endpoint's error: `{ error, error_description }` */
export const OAuthError = z.object({ error: z.string(), error_description: z.string().optional() });

/** Every REST error: an array of `{ message, errorCode, fields? }` */
export const RestErrors = z.array(
  z.object({ message: z.string(), errorCode: z.string(), fields: z.array(z.string()).optional() }),
);

/** POST /sobjects/{type} and PATCH upsert by external id (API 46.0+ answers with a body on update too) */
export const SaveResult = z.object({
  id: z.string(),
  success: z.boolean(),
  created: z.boolean().optional(),
  errors: z.array(z.unknown()).default([]),
});

export const SObjectRecord = z.looseObject({ Id: z.string() });
export type SObjectRecord = z.infer<typeof SObjectRecord>;

/** GET /query?q=… */
export const QueryResult = z.object({
  totalSize: z.number(),
  done: z.boolean(),
  records: z.array(SObjectRecord),
  nextRecordsUrl: z.string().optional(),
});

/** GET /sobjects/{type}/describe (only what setup checks) */
export const Describe = z.object({
  name: z.string(),
  fields: z.array(
    z.looseObject({
      name: z.string(),
      externalId: z.boolean().optional(),
      unique: z.boolean().optional(),
      picklistValues: z.array(z.looseObject({ value: z.string(), active: z.boolean().optional() })).optional(),
    }),
  ),
});

/** 300 Multiple Choices on an upsert: the URLs of the records sharing the external id */
export const MultipleChoices = z.array(z.string());

/** A string property of a record, or null. */
export function prop(r: Record<string, unknown>, name: string): string | null {
  let v: unknown = r;
  for (const part of name.split(".")) v = isRecord(v) ? v[part] : undefined;
  return typeof v === "string" && v !== "" ? v : null;
}
