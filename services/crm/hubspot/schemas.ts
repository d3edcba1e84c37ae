// The shapes of HubSpot's answers that dealreg reads (from HubSpot's published OpenAPI specs),
// checked at the boundary.
import { z } from "zod";

const props = z.record(z.string(), z.string().nullable());

export const SimpleObject = z.object({
  id: z.string(),
  properties: props,
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  archived: z.boolean().optional(),
  new: z.boolean().optional(),
  propertiesWithHistory: z
    .record(
      z.string(),
      z.array(
        z.object({
          value: z.string().nullable(),
          timestamp: z.string(),
          sourceType: z.string().optional(),
          sourceId: z.string().nullable().optional(),
          updatedByUserId: z.number().nullable().optional(),
        }),
      ),
    )
    .optional(),
});
export type SimpleObject = z.infer<typeof SimpleObject>;

const BatchError = z.object({
  status: z.string().optional(),
  category: z.string().optional(),
  message: z.string(),
  context: z.record(z.string(), z.unknown()).optional(),
});

/** 200 (all done) or 207 (some inputs failed: `errors` says which and why) */
export const BatchResult = z.object({
  status: z.string(),
  results: z.array(SimpleObject),
  errors: z.array(BatchError).optional(),
  numErrors: z.number().optional(),
});

export const SearchResult = z.object({
  total: z.number(),
  results: z.array(SimpleObject),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export const AssociationBatchResult = z.object({
  status: z.string(),
  results: z.array(z.unknown()),
  errors: z.array(BatchError).optional(),
});

export const Property = z.object({
  name: z.string(),
  type: z.string().optional(),
  hasUniqueValue: z.boolean().optional(),
});
export const PropertyGroup = z.object({ name: z.string() });

export const Pipeline = z.object({
  id: z.string(),
  label: z.string(),
  stages: z.array(z.object({ id: z.string(), label: z.string() })),
});
