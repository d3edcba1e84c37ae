// A local Salesforce speaking exactly the endpoints dealreg calls, with the shapes of the REST
// API Developer Guide: the OAuth 2.0 token endpoint (client credentials and JWT bearer, with
// `{error, error_description}` refusals), SOQL queries (the subset dealreg writes: SELECT …
// FROM … WHERE a AND b, =, !=, IN, >, ORDER BY, LIMIT, relationship fields, paging by
// nextRecordsUrl), sObject create, upsert by external id (201 created, 200 updated, 300 with
// the matching records' URLs), describe, and errors as `[{message, errorCode, fields}]`:
// INVALID_SESSION_ID, REQUIRED_FIELD_MISSING, INVALID_FIELD, DUPLICATE_VALUE,
// REQUEST_LIMIT_EXCEEDED, 5xx.
import http from "node:http";
import { createVerify, randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";

type Value = string | number | boolean | null;
export interface SfRecord {
  Id: string;
  type: string;
  fields: Record<string, Value>;
}

export interface SfFault {
  status: number;
  errorCode?: string;
  message?: string;
  headers?: Record<string, string>;
  /** only requests whose method and path contain this, e.g. "PATCH /sobjects/Opportunity" */
  on?: string;
}

export interface FakeSalesforceOptions {
  clientId?: string;
  clientSecret?: string;
  /** PEM public key that verifies JWT bearer assertions */
  publicKey?: string;
  username?: string;
  /** custom fields that exist in this org, by object */
  customFields?: Record<string, string[]>;
  /** records per query page (Salesforce: 2,000) */
  pageSize?: number;
  stages?: string[];
}

const STANDARD: Record<string, string[]> = {
  Account: ["Id", "Name", "Website", "Type", "OwnerId", "CreatedDate", "SystemModstamp", "LastModifiedById"],
  Contact: ["Id", "FirstName", "LastName", "Email", "AccountId", "CreatedDate", "SystemModstamp", "LastModifiedById"],
  Opportunity: [
    "Id",
    "Name",
    "AccountId",
    "StageName",
    "CloseDate",
    "IsClosed",
    "OwnerId",
    "CreatedDate",
    "SystemModstamp",
    "LastModifiedById",
  ],
  OpportunityContactRole: ["Id", "OpportunityId", "ContactId", "IsPrimary", "Role", "CreatedDate"],
  Task: [
    "Id",
    "WhatId",
    "WhoId",
    "Subject",
    "Description",
    "ActivityDate",
    "Status",
    "TaskSubtype",
    "CreatedDate",
    "SystemModstamp",
    "LastModifiedById",
  ],
};
const REQUIRED: Record<string, string[]> = {
  Account: ["Name"],
  Contact: ["LastName"],
  Opportunity: ["Name", "StageName", "CloseDate"],
  OpportunityContactRole: ["OpportunityId", "ContactId"],
  Task: [],
};
const PREFIX: Record<string, string> = {
  Account: "001",
  Contact: "003",
  Opportunity: "006",
  OpportunityContactRole: "00K",
  Task: "00T",
  User: "005",
};
const DEFAULT_CUSTOM: Record<string, string[]> = {
  Account: ["DealReg_Company_Key__c"],
  Opportunity: [
    "DealReg_Case__c",
    "DealReg_Partner_Email__c",
    "DealReg_Partner_Name__c",
    "DealReg_Partner_Company__c",
    "DealReg_Status__c",
    "DealReg_Protected_Until__c",
    "DealReg_Case_Url__c",
  ],
  Task: ["DealReg_Key__c"],
};
const EXTERNAL_IDS = new Set(["Account.DealReg_Company_Key__c", "Opportunity.DealReg_Case__c"]);
const STAGES = [
  "Prospecting",
  "Qualification",
  "Needs Analysis",
  "Proposal/Price Quote",
  "Negotiation/Review",
  "Closed Won",
  "Closed Lost",
];
const CLOSED = new Set(["Closed Won", "Closed Lost"]);
const API = /^\/services\/data\/(v\d+\.\d)(\/.*)$/;

export class FakeSalesforce {
  url = "";
  readonly records = new Map<string, SfRecord>();
  readonly users = new Map<string, { Id: string; Username: string; Name: string }>();
  readonly log: { method: string; path: string; status: number }[] = [];
  readonly faults: SfFault[] = [];
  logins = 0;
  private tokens = new Set<string>();
  private counter = 1;
  private clock = 0;
  private cursors = new Map<string, Record<string, unknown>[]>();
  private server: http.Server;
  readonly integrationUser: string;

  constructor(private readonly o: FakeSalesforceOptions = {}) {
    this.integrationUser = this.addUser(o.username ?? "integration@vendor.example", "Integration User");
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => this.handle(req, Buffer.concat(chunks).toString("utf8"), res));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  failNext(...faults: SfFault[]): void {
    this.faults.push(...faults);
  }

  /** every issued session becomes invalid, as after a timeout or a revoked token */
  expireSessions(): void {
    this.tokens.clear();
  }

  addUser(username: string, name: string): string {
    const id = this.newId("User");
    this.users.set(id, { Id: id, Username: username, Name: name });
    return id;
  }

  /** a record as a person would create it in the Salesforce UI */
  insert(type: string, fields: Record<string, Value>, by = this.integrationUser): SfRecord {
    const Id = this.newId(type);
    const stamp = this.tick();
    const rec: SfRecord = {
      Id,
      type,
      fields: { OwnerId: by, ...fields, Id, CreatedDate: stamp, SystemModstamp: stamp, LastModifiedById: by },
    };
    if (type === "Opportunity") rec.fields.IsClosed = CLOSED.has(String(rec.fields.StageName));
    this.records.set(Id, rec);
    return rec;
  }

  /** a salesperson moves an opportunity to another stage */
  moveStage(id: string, stage: string, by: string): void {
    const rec = this.records.get(id)!;
    Object.assign(rec.fields, {
      StageName: stage,
      IsClosed: CLOSED.has(stage),
      SystemModstamp: this.tick(),
      LastModifiedById: by,
    });
  }

  all(type: string): SfRecord[] {
    return [...this.records.values()].filter((r) => r.type === type);
  }

  private newId(type: string): string {
    return `${PREFIX[type] ?? "a00"}${String(this.counter++).padStart(12, "0")}AAA`;
  }

  /** Salesforce stamps to the second; here each write is at least a second after the last */
  private tick(): string {
    this.clock = Math.max(Math.floor(Date.now() / 1000) * 1000, this.clock + 1000);
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, ".000+0000");
  }

  private fieldsOf(type: string): Set<string> {
    return new Set([...(STANDARD[type] ?? []), ...((this.o.customFields ?? DEFAULT_CUSTOM)[type] ?? [])]);
  }

  private handle(req: http.IncomingMessage, body: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      this.log.push({ method, path: url.pathname, status });
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(json === undefined ? "" : JSON.stringify(json));
    };
    const errors = (status: number, errorCode: string, message: string, fields: string[] = []) =>
      send(status, [{ message, errorCode, fields }]);

    if (method === "POST" && url.pathname === "/services/oauth2/token")
      return this.token(new URLSearchParams(body), send);

    const m = API.exec(url.pathname);
    if (!m) return errors(404, "NOT_FOUND", "The requested resource does not exist");
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? "");
    if (!auth || !this.tokens.has(auth[1]!)) return errors(401, "INVALID_SESSION_ID", "Session expired or invalid");
    const path = m[2]!;
    const faultAt = this.faults.findIndex((f) => !f.on || `${method} ${path}`.includes(f.on));
    if (faultAt >= 0) {
      const [f] = this.faults.splice(faultAt, 1);
      this.log.push({ method, path: url.pathname, status: f!.status });
      res.writeHead(f!.status, { "content-type": "application/json", ...(f!.headers ?? {}) });
      res.end(
        JSON.stringify([
          { message: f!.message ?? "fault", errorCode: f!.errorCode ?? "UNKNOWN_EXCEPTION", fields: [] },
        ]),
      );
      return;
    }

    let parsed: Record<string, Value> = {};
    if (body) {
      try {
        parsed = JSON.parse(body) as Record<string, Value>;
      } catch {
        return errors(400, "JSON_PARSER_ERROR", "Unexpected character");
      }
    }
    try {
      if (method === "GET" && path === "/query") return send(200, this.query(url.searchParams.get("q") ?? "", m[1]!));
      const more = /^\/query\/(\w+)$/.exec(path);
      if (method === "GET" && more) return send(200, this.page(more[1]!, m[1]!));
      const describe = /^\/sobjects\/(\w+)\/describe$/.exec(path);
      if (method === "GET" && describe) return send(200, this.describe(describe[1]!));
      const create = /^\/sobjects\/(\w+)$/.exec(path);
      if (method === "POST" && create) {
        const rec = this.create(create[1]!, parsed);
        return send(201, { id: rec.Id, success: true, errors: [] });
      }
      const upsert = /^\/sobjects\/(\w+)\/(\w+)\/([^/]+)$/.exec(path);
      if (method === "PATCH" && upsert)
        return this.upsert(upsert[1]!, upsert[2]!, decodeURIComponent(upsert[3]!), parsed, m[1]!, send);
      return errors(404, "NOT_FOUND", "The requested resource does not exist");
    } catch (err) {
      if (err instanceof SfError) return errors(err.status, err.errorCode, err.message, err.fields);
      throw err;
    }
  }

  private token(form: URLSearchParams, send: (status: number, json: unknown) => void): void {
    const grant = form.get("grant_type");
    let ok = false;
    if (grant === "client_credentials")
      ok =
        form.get("client_id") === (this.o.clientId ?? "client-id") &&
        form.get("client_secret") === (this.o.clientSecret ?? "client-secret");
    else if (grant === "urn:ietf:params:oauth:grant-type:jwt-bearer")
      ok = this.validAssertion(form.get("assertion") ?? "");
    else return send(400, { error: "unsupported_grant_type", error_description: "grant type not supported" });
    if (!ok)
      return send(400, {
        error: grant === "client_credentials" ? "invalid_client" : "invalid_grant",
        error_description: grant === "client_credentials" ? "invalid client credentials" : "invalid assertion",
      });
    const token = `00D000000000001!${randomBytes(16).toString("hex")}`;
    this.tokens.add(token);
    this.logins++;
    send(200, {
      access_token: token,
      instance_url: this.url,
      id: `${this.url}/id/00D000000000001/${this.integrationUser}`,
      token_type: "Bearer",
      issued_at: String(Date.now()),
      signature: "fake",
    });
  }

  private validAssertion(jwt: string): boolean {
    const [h, p, sig] = jwt.split(".");
    if (!h || !p || !sig || !this.o.publicKey) return false;
    if (!createVerify("RSA-SHA256").update(`${h}.${p}`).verify(this.o.publicKey, Buffer.from(sig, "base64url")))
      return false;
    const claims = JSON.parse(Buffer.from(p, "base64url").toString("utf8")) as {
      iss?: string;
      sub?: string;
      aud?: string;
      exp?: number;
    };
    return (
      claims.iss === (this.o.clientId ?? "client-id") &&
      claims.sub === (this.o.username ?? "integration@vendor.example") &&
      claims.aud === this.url &&
      (claims.exp ?? 0) * 1000 > Date.now()
    );
  }

  private describe(type: string) {
    if (!STANDARD[type]) throw new SfError(404, "NOT_FOUND", `The requested resource does not exist`);
    const fields = [...this.fieldsOf(type)].map((name) => ({
      name,
      externalId: EXTERNAL_IDS.has(`${type}.${name}`),
      unique: EXTERNAL_IDS.has(`${type}.${name}`),
      ...(name === "StageName"
        ? { picklistValues: (this.o.stages ?? STAGES).map((value) => ({ value, active: true })) }
        : {}),
    }));
    return { name: type, fields };
  }

  private checkFields(type: string, values: Record<string, Value>): void {
    const known = this.fieldsOf(type);
    for (const k of Object.keys(values))
      if (!known.has(k))
        throw new SfError(400, "INVALID_FIELD", `No such column '${k}' on sobject of type ${type}`, [k]);
    if (
      type === "Opportunity" &&
      values.StageName !== undefined &&
      !(this.o.stages ?? STAGES).includes(String(values.StageName))
    ) {
      throw new SfError(
        400,
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
        `Stage: bad value for restricted picklist field: ${String(values.StageName)}`,
        ["StageName"],
      );
    }
  }

  private create(type: string, values: Record<string, Value>): SfRecord {
    if (!STANDARD[type]) throw new SfError(404, "NOT_FOUND", "The requested resource does not exist");
    this.checkFields(type, values);
    const missing = (REQUIRED[type] ?? []).filter(
      (f) => values[f] === undefined || values[f] === null || values[f] === "",
    );
    if (missing.length)
      throw new SfError(400, "REQUIRED_FIELD_MISSING", `Required fields are missing: [${missing.join(", ")}]`, missing);
    for (const ext of EXTERNAL_IDS) {
      const [t, f] = ext.split(".");
      if (t === type && values[f!] != null && this.all(type).some((r) => r.fields[f!] === values[f!]))
        throw new SfError(
          400,
          "DUPLICATE_VALUE",
          `duplicate value found: ${f} duplicates value on record with id: ${this.all(type).find((r) => r.fields[f!] === values[f!])!.Id}`,
          [f!],
        );
    }
    return this.insert(type, values);
  }

  private upsert(
    type: string,
    idField: string,
    value: string,
    values: Record<string, Value>,
    version: string,
    send: (s: number, j: unknown) => void,
  ): void {
    if (!EXTERNAL_IDS.has(`${type}.${idField}`))
      throw new SfError(400, "NOT_FOUND", `Provided external ID field does not exist or is not accessible: ${idField}`);
    const matches = this.all(type).filter((r) => r.fields[idField] === value);
    if (matches.length > 1)
      return send(
        300,
        matches.map((r) => `/services/data/${version}/sobjects/${type}/${r.Id}`),
      );
    if (!matches.length) {
      const rec = this.create(type, { ...values, [idField]: value });
      return send(201, { id: rec.Id, success: true, errors: [], created: true });
    }
    this.checkFields(type, values);
    const rec = matches[0]!;
    Object.assign(rec.fields, values, { SystemModstamp: this.tick(), LastModifiedById: this.integrationUser });
    if (type === "Opportunity") rec.fields.IsClosed = CLOSED.has(String(rec.fields.StageName));
    send(200, { id: rec.Id, success: true, errors: [], created: false });
  }

  private query(soql: string, version: string) {
    const rows = this.evaluate(soql);
    const size = this.o.pageSize ?? 2000;
    if (rows.length <= size) return { totalSize: rows.length, done: true, records: rows };
    const cursor = `01g${randomBytes(6).toString("hex")}`;
    this.cursors.set(cursor, rows.slice(size));
    return {
      totalSize: rows.length,
      done: false,
      nextRecordsUrl: `/services/data/${version}/query/${cursor}`,
      records: rows.slice(0, size),
    };
  }

  private page(cursor: string, version: string) {
    const rest = this.cursors.get(cursor);
    if (!rest) throw new SfError(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
    this.cursors.delete(cursor);
    const size = this.o.pageSize ?? 2000;
    if (rest.length <= size) return { totalSize: rest.length, done: true, records: rest };
    const next = `01g${randomBytes(6).toString("hex")}`;
    this.cursors.set(next, rest.slice(size));
    return {
      totalSize: rest.length,
      done: false,
      nextRecordsUrl: `/services/data/${version}/query/${next}`,
      records: rest.slice(0, size),
    };
  }

  /** The SOQL subset dealreg writes; anything else is a MALFORMED_QUERY, as in Salesforce. */
  private evaluate(soql: string): Record<string, unknown>[] {
    const m = /^SELECT (.+?) FROM (\w+)(?: WHERE (.+?))?(?: ORDER BY (\w+) (ASC|DESC))?(?: LIMIT (\d+))?$/.exec(
      soql.trim(),
    );
    if (!m) throw new SfError(400, "MALFORMED_QUERY", `unexpected token in: ${soql}`);
    const [, select, type, where, orderBy, dir, limit] = m;
    if (!STANDARD[type!]) throw new SfError(400, "INVALID_TYPE", `sObject type '${type}' is not supported.`);
    const columns = select!.split(",").map((c) => c.trim());
    const known = this.fieldsOf(type!);
    for (const c of columns)
      if (!c.includes(".") && !known.has(c))
        throw new SfError(400, "INVALID_FIELD", `No such column '${c}' on entity '${type}'.`);
    const conditions = where ? splitAnd(where).map((c) => parseCondition(c, known, type!)) : [];
    let rows = this.all(type!).filter((r) => conditions.every((test) => test((f) => this.resolve(r, f))));
    if (orderBy)
      rows = rows.sort(
        (a, b) => String(a.fields[orderBy]).localeCompare(String(b.fields[orderBy])) * (dir === "DESC" ? -1 : 1),
      );
    if (limit) rows = rows.slice(0, Number(limit));
    return rows.map((r) => {
      const out: Record<string, unknown> = {
        attributes: { type: r.type, url: `/services/data/v62.0/sobjects/${r.type}/${r.Id}` },
      };
      for (const c of columns) {
        const [rel, sub] = c.split(".");
        if (sub) out[rel!] = { attributes: { type: "User" }, [sub]: this.resolve(r, c) };
        else out[c] = r.fields[c] ?? null;
      }
      return out;
    });
  }

  private resolve(r: SfRecord, f: string): Value {
    const [rel, sub] = f.split(".");
    if (!sub) return r.fields[f] ?? null;
    const user = this.users.get(String(r.fields[`${rel}Id`]));
    return user ? ((user as Record<string, string>)[sub] ?? null) : null;
  }
}

class SfError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message);
  }
}

function splitAnd(where: string): string[] {
  // AND outside quotes only
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < where.length; i++) {
    const ch = where[i];
    if (ch === "\\") i++;
    else if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    else if (!quoted && depth === 0 && where.startsWith(" AND ", i)) {
      parts.push(where.slice(start, i));
      start = i + 5;
    }
  }
  parts.push(where.slice(start));
  return parts.map((p) => p.trim());
}

function unquote(lit: string): string {
  if (!/^'(?:[^'\\]|\\.)*'$/.test(lit)) throw new SfError(400, "MALFORMED_QUERY", `unexpected token: ${lit}`);
  return lit.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c === "r" ? "\r" : c));
}

function parseCondition(c: string, known: Set<string>, type: string): (get: (f: string) => Value) => boolean {
  const m = /^([\w.]+) (=|!=|>|IN) (.+)$/.exec(c);
  if (!m) throw new SfError(400, "MALFORMED_QUERY", `unexpected condition: ${c}`);
  const [, f, op, raw] = m;
  if (!f!.includes(".") && !known.has(f!))
    throw new SfError(400, "INVALID_FIELD", `No such column '${f}' on entity '${type}'.`);
  if (op === "IN") {
    const values = [...raw!.matchAll(/'(?:[^'\\]|\\.)*'/g)].map((v) => unquote(v[0]));
    return (get) => values.includes(String(get(f!)));
  }
  if (raw === "null") return op === "=" ? (get) => get(f!) == null : (get) => get(f!) != null;
  if (raw === "true" || raw === "false") return (get) => get(f!) === (raw === "true");
  if (/^\d{4}-\d\d-\d\dT[\d:]+Z$/.test(raw!)) {
    const at = Date.parse(raw!);
    return (get) => Date.parse(String(get(f!)).replace("+0000", "Z")) > at;
  }
  const v = unquote(raw!);
  return op === "=" ? (get) => get(f!) === v : (get) => get(f!) !== v;
}

export async function startFakeSalesforce(o: FakeSalesforceOptions = {}): Promise<FakeSalesforce> {
  return new FakeSalesforce(o).start();
}
