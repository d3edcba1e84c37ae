// The shape of a language's phrase tables.
import type { LabelField } from "../extract/labels.ts";

/** Label words by the field they name, lower case, as written before the colon. */
export type LabelTable = Partial<Record<LabelField, readonly string[]>>;
