// The custom properties dealreg writes, per HubSpot object type. The unique ones are the
// idempotency keys: HubSpot's search lags behind new records, so "search, then create" would
// duplicate; "upsert by a unique property" cannot.
export interface PropertyDefinition {
  objectType: "companies" | "deals" | "emails" | "notes";
  name: string;
  label: string;
  type: "string" | "datetime";
  fieldType: "text" | "date";
  hasUniqueValue?: boolean;
}

export const GROUP = "dealreg";

export const PROPERTIES: readonly PropertyDefinition[] = [
  {
    objectType: "deals",
    name: "dealreg_case_id",
    label: "Deal registration case",
    type: "string",
    fieldType: "text",
    hasUniqueValue: true,
  },
  { objectType: "deals", name: "dealreg_partner_email", label: "Partner e-mail", type: "string", fieldType: "text" },
  { objectType: "deals", name: "dealreg_partner_name", label: "Partner contact", type: "string", fieldType: "text" },
  { objectType: "deals", name: "dealreg_partner_company", label: "Partner company", type: "string", fieldType: "text" },
  { objectType: "deals", name: "dealreg_case_status", label: "Registration status", type: "string", fieldType: "text" },
  {
    objectType: "deals",
    name: "dealreg_protected_until",
    label: "Protected until",
    type: "datetime",
    fieldType: "date",
  },
  { objectType: "deals", name: "dealreg_case_url", label: "Registration case link", type: "string", fieldType: "text" },
  {
    objectType: "companies",
    name: "dealreg_company_key",
    label: "Deal registration company key",
    type: "string",
    fieldType: "text",
    hasUniqueValue: true,
  },
  {
    objectType: "emails",
    name: "dealreg_message_id",
    label: "Deal registration Message-ID",
    type: "string",
    fieldType: "text",
    hasUniqueValue: true,
  },
  {
    objectType: "notes",
    name: "dealreg_event_key",
    label: "Deal registration event",
    type: "string",
    fieldType: "text",
    hasUniqueValue: true,
  },
];
