// SOQL literals. Values come from partner mail, so every string is escaped (quotes and
// backslashes) and every identifier is checked against a strict shape before it reaches a query.

const IDENT = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)?$/;

/** A quoted SOQL string literal. */
export function str(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}'`;
}

/** `('a','b')` for IN; never empty (SOQL rejects `IN ()`). */
export function list(values: readonly string[]): string {
  if (!values.length) throw new Error("SOQL IN needs at least one value");
  return `(${values.map(str).join(",")})`;
}

/** A field or relationship path such as `DealReg_Case__c` or `Owner.Name`. */
export function field(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a Salesforce field name: ${name}`);
  return name;
}

/** A dateTime literal (unquoted ISO 8601 in UTC). */
export function dateTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
