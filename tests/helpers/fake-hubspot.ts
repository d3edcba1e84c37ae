// A local HubSpot speaking exactly the endpoints dealreg calls, with the request and answer
// shapes of HubSpot's published OpenAPI specs (date-versioned paths, batch upsert by a unique
// property, search, batch read with property history, default associations, properties,
// pipelines) and its failure modes: 401, 429 with X-HubSpot-RateLimit-* and Retry-After,
// 5xx, answers that never come (timeouts), 409 on existing properties, 207 partial batch
// failures, 400 validation errors, and a search index that lags behind writes.
import http from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";

type Props = Record<string, string | null>;
interface HistoryEntry {
  value: string | null;
  timestamp: string;
  sourceType: string;
  sourceId: string | null;
  updatedByUserId: number | null;
}
interface Rec {
  id: string;
  type: string;
  properties: Props;
  createdAt: string;
  updatedAt: string;
  history: HistoryEntry[];
  snapshots: { at: number; properties: Props }[];
}

export type FakeFault = (
  | { status: number; message?: string; category?: string; policyName?: string; headers?: Record<string, string> }
  | { hang: true }
  | { partial: string }
) & {
  /** only requests whose path contains this (default: the next request, whatever it is) */
  on?: string;
};

export interface FakeHubSpotOptions {
  token?: string;
  /** requests allowed per rolling 10 s (HubSpot's private-app limit: 100); 0 = unlimited */
  per10s?: number;
  /** how long a write takes to show in search results */
  searchLagMs?: number;
  /** delay before each answer */
  latencyMs?: number;
}

const VERSION = "2026-03";
const BUILTIN: Record<string, string[]> = {
  companies: ["name", "domain", "lifecyclestage"],
  contacts: ["email", "firstname", "lastname", "company"],
  deals: ["dealname", "pipeline", "dealstage", "closed_lost_reason", "hubspot_owner_id", "amount"],
  emails: [
    "hs_timestamp",
    "hs_email_direction",
    "hs_email_status",
    "hs_email_subject",
    "hs_email_text",
    "hs_email_headers",
  ],
  notes: ["hs_timestamp", "hs_note_body"],
};
const UNIQUE_BUILTIN: Record<string, string[]> = { contacts: ["email"] };
const STAGES = [
  "appointmentscheduled",
  "qualifiedtobuy",
  "presentationscheduled",
  "decisionmakerboughtin",
  "contractsent",
  "closedwon",
  "closedlost",
];

export class FakeHubSpot {
  url = "";
  readonly records = new Map<string, Rec>();
  readonly associations = new Set<string>();
  readonly propertyDefs = new Map<string, { name: string; hasUniqueValue: boolean; type: string }>();
  readonly groups = new Set<string>();
  readonly pipelines = new Map<string, { id: string; label: string; stages: string[] }>([
    ["default", { id: "default", label: "Sales Pipeline", stages: [...STAGES] }],
  ]);
  readonly log: { method: string; path: string; status: number }[] = [];
  readonly faults: FakeFault[] = [];
  rateLimited = 0;
  private nextId = 1000;
  private window: number[] = [];
  private server: http.Server;
  private hanging = new Set<http.ServerResponse>();

  constructor(private readonly o: FakeHubSpotOptions = {}) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const reply = () => this.handle(req, Buffer.concat(chunks).toString("utf8"), res);
        if (this.o.latencyMs) setTimeout(reply, this.o.latencyMs);
        else reply();
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const r of this.hanging) r.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  failNext(...faults: FakeFault[]): void {
    this.faults.push(...faults);
  }

  // ---- what tests look at and do -------------------------------------------------------
  all(type: string): Rec[] {
    return [...this.records.values()].filter((r) => r.type === type);
  }
  byProperty(type: string, name: string, value: string): Rec[] {
    return this.all(type).filter((r) => r.properties[name] === value);
  }
  associated(fromType: string, fromId: string, toType: string): string[] {
    const prefix = `${fromType}:${fromId}->${toType}:`;
    return [...this.associations].filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length));
  }
  /** a person in HubSpot creates a record (visible to search after the lag, like any write) */
  create(type: string, properties: Props): Rec {
    return this.write(type, null, properties, { sourceType: "CRM_UI", sourceId: null, userId: 1 });
  }
  /** a person in HubSpot moves a deal */
  moveDeal(dealId: string, stage: string, userId = 4242, extra: Props = {}): void {
    this.write(
      "deals",
      dealId,
      { dealstage: stage, ...extra },
      { sourceType: "CRM_UI", sourceId: `userId:${userId}`, userId },
    );
  }
  associate(fromType: string, fromId: string, toType: string, toId: string): void {
    this.associations.add(`${fromType}:${fromId}->${toType}:${toId}`);
    this.associations.add(`${toType}:${toId}->${fromType}:${fromId}`);
  }

  // ---- the API ---------------------------------------------------------------------------
  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://x");
    const method = req.method ?? "GET";
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      this.log.push({ method, path: url.pathname, status });
      res.writeHead(status, { "content-type": "application/json;charset=utf-8", ...headers });
      res.end(JSON.stringify(body));
    };
    const error = (
      status: number,
      message: string,
      category: string,
      extra: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) => send(status, { status: "error", message, correlationId: randomUUID(), category, ...extra }, headers);

    if (req.headers.authorization !== `Bearer ${this.o.token ?? "test-token"}`) {
      return error(
        401,
        "Authentication credentials not found. This API supports OAuth 2.0 authentication.",
        "INVALID_AUTHENTICATION",
      );
    }
    const now = Date.now();
    const limit = this.o.per10s ?? 100;
    this.window = this.window.filter((t) => t > now - 10_000);
    const rlHeaders: Record<string, string> = limit
      ? {
          "x-hubspot-ratelimit-max": String(limit),
          "x-hubspot-ratelimit-interval-milliseconds": "10000",
          "x-hubspot-ratelimit-remaining": String(Math.max(0, limit - this.window.length - 1)),
        }
      : {};
    if (limit && this.window.length >= limit) {
      this.rateLimited++;
      return error(
        429,
        "You have reached your ten_secondly_rolling limit.",
        "RATE_LIMITS",
        { errorType: "RATE_LIMIT", policyName: "TEN_SECONDLY_ROLLING" },
        { ...rlHeaders, "x-hubspot-ratelimit-remaining": "0" },
      );
    }
    this.window.push(now);
    const at = this.faults.findIndex((f) => !f.on || url.pathname.includes(f.on));
    const fault = at >= 0 ? this.faults.splice(at, 1)[0] : undefined;
    if (fault) {
      if ("hang" in fault) {
        this.hanging.add(res);
        return;
      }
      if ("partial" in fault)
        return send(207, {
          status: "COMPLETE",
          results: [],
          numErrors: 1,
          errors: [{ status: "error", category: "VALIDATION_ERROR", message: fault.partial, context: {} }],
          startedAt: new Date().toISOString(),
          completedAt: new Date().toISOString(),
        });
      if (fault.status === 429) this.rateLimited++;
      return error(
        fault.status,
        fault.message ?? `fault ${fault.status}`,
        fault.category ?? (fault.status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR"),
        fault.policyName ? { policyName: fault.policyName } : {},
        { ...rlHeaders, ...fault.headers },
      );
    }
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return error(400, "Invalid input JSON on line 1", "VALIDATION_ERROR");
    }
    const parts = url.pathname.split("/").filter(Boolean);
    if (parts[0] !== "crm" || parts[2] !== VERSION) return error(404, `no route ${url.pathname}`, "OBJECT_NOT_FOUND");
    const ok = (status: number, b: unknown) => send(status, b, rlHeaders);
    const area = parts[1];
    const rest = parts.slice(3);
    try {
      if (area === "objects") return this.objects(method, rest, body, ok, error);
      if (area === "associations" && rest[2] === "batch" && rest[3] === "associate" && rest[4] === "default")
        return this.associateBatch(rest[0]!, rest[1]!, body, ok);
      if (area === "properties") return this.properties(method, rest, body, ok, error);
      if (area === "pipelines" && method === "GET") {
        const p = this.pipelines.get(rest[1] ?? "");
        if (!p) return error(404, `Unable to find pipeline ${rest[1]}`, "OBJECT_NOT_FOUND");
        return ok(200, {
          id: p.id,
          label: p.label,
          displayOrder: 0,
          archived: false,
          stages: p.stages.map((id, i) => ({ id, label: id, displayOrder: i, archived: false, metadata: {} })),
        });
      }
    } catch (e) {
      if (e instanceof Validation) return error(400, e.message, "VALIDATION_ERROR");
      throw e;
    }
    return error(404, `no route ${method} ${url.pathname}`, "OBJECT_NOT_FOUND");
  }

  private objects(
    method: string,
    rest: string[],
    body: Record<string, unknown>,
    ok: (s: number, b: unknown) => void,
    error: (s: number, m: string, c: string) => void,
  ): void {
    const [type, op, sub] = rest as [string, string | undefined, string | undefined];
    const stamp = { startedAt: new Date().toISOString(), completedAt: new Date().toISOString() };
    if (method === "POST" && op === "batch" && sub === "upsert") {
      const inputs = (body.inputs ?? []) as { idProperty: string; id: string; properties: Props }[];
      const results = inputs.map((inp) => {
        const unique =
          UNIQUE_BUILTIN[type]?.includes(inp.idProperty) ||
          this.propertyDefs.get(`${type}.${inp.idProperty}`)?.hasUniqueValue;
        if (!unique)
          throw new Validation(`Property "${inp.idProperty}" is not a unique identifier property of ${type}`);
        const existing = this.all(type).find((r) => r.properties[inp.idProperty] === inp.id);
        const rec = this.write(
          type,
          existing?.id ?? null,
          { ...inp.properties, [inp.idProperty]: inp.id },
          { sourceType: "INTEGRATION", sourceId: "dealreg", userId: null },
        );
        return { ...this.view(rec), new: !existing };
      });
      return ok(200, { status: "COMPLETE", results, ...stamp });
    }
    if (method === "POST" && op === "batch" && sub === "read") {
      const wanted = (body.properties ?? []) as string[];
      const hist = (body.propertiesWithHistory ?? []) as string[];
      const results = ((body.inputs ?? []) as { id: string }[]).flatMap(({ id }) => {
        const r = this.records.get(id);
        if (!r || r.type !== type) return [];
        return [
          {
            ...this.view(r, wanted),
            ...(hist.includes("dealstage") ? { propertiesWithHistory: { dealstage: [...r.history].reverse() } } : {}),
          },
        ];
      });
      return ok(200, { status: "COMPLETE", results, ...stamp });
    }
    if (method === "POST" && op === "search") return ok(200, this.search(type, body));
    return error(404, `no route ${method} objects/${rest.join("/")}`, "OBJECT_NOT_FOUND");
  }

  private search(type: string, body: Record<string, unknown>) {
    const now = Date.now();
    const groups = (body.filterGroups ?? []) as {
      filters: { propertyName: string; operator: string; value?: string; values?: string[] }[];
    }[];
    const visible = this.all(type).flatMap((r) => {
      const snap = [...r.snapshots].reverse().find((s) => s.at <= now);
      return snap ? [{ rec: r, props: snap.properties }] : [];
    });
    const matches = visible.filter(
      ({ rec, props }) =>
        groups.length === 0 ||
        groups.some((g) =>
          g.filters.every((f) => {
            if (f.propertyName === "associations.company")
              return this.associated(type, rec.id, "companies").includes(f.value ?? "");
            const v = props[f.propertyName] ?? null;
            switch (f.operator) {
              case "EQ":
                return v !== null && v.toLowerCase() === (f.value ?? "").toLowerCase();
              case "NEQ":
                return v === null || v.toLowerCase() !== (f.value ?? "").toLowerCase();
              case "IN":
                return v !== null && (f.values ?? []).includes(v);
              case "HAS_PROPERTY":
                return v !== null && v !== "";
              case "GTE":
                return v !== null && comparable(v) >= comparable(f.value ?? "");
              default:
                throw new Validation(`operator ${f.operator} is not supported by this fake`);
            }
          }),
        ),
    );
    const sort = ((body.sorts ?? []) as { propertyName: string; direction: string }[])[0];
    if (sort)
      matches.sort(
        (a, b) =>
          (comparable(a.props[sort.propertyName] ?? "") - comparable(b.props[sort.propertyName] ?? "")) *
          (sort.direction === "DESCENDING" ? -1 : 1),
      );
    const after = Number(body.after ?? 0);
    const limit = Math.min(200, Number(body.limit ?? 10));
    const page = matches.slice(after, after + limit);
    const wanted = (body.properties ?? []) as string[];
    return {
      total: matches.length,
      results: page.map(({ rec, props }) => ({ ...this.view({ ...rec, properties: props }, wanted) })),
      ...(after + limit < matches.length ? { paging: { next: { after: String(after + limit) } } } : {}),
    };
  }

  private associateBatch(
    from: string,
    to: string,
    body: Record<string, unknown>,
    ok: (s: number, b: unknown) => void,
  ): void {
    const results: unknown[] = [];
    const errors: unknown[] = [];
    for (const inp of (body.inputs ?? []) as { from: { id: string }; to: { id: string } }[]) {
      if (this.records.get(inp.from.id)?.type !== from || this.records.get(inp.to.id)?.type !== to) {
        errors.push({
          status: "error",
          category: "VALIDATION_ERROR",
          message: `No ${from} ${inp.from.id} or ${to} ${inp.to.id}`,
          context: {},
        });
        continue;
      }
      this.associate(from, inp.from.id, to, inp.to.id);
      results.push({
        from: inp.from,
        to: inp.to,
        associationSpec: { associationCategory: "HUBSPOT_DEFINED", associationTypeId: 1 },
      });
    }
    ok(errors.length ? 207 : 200, {
      status: "COMPLETE",
      results,
      ...(errors.length ? { errors, numErrors: errors.length } : {}),
      startedAt: new Date().toISOString(),
      completedAt: new Date().toISOString(),
    });
  }

  private properties(
    method: string,
    rest: string[],
    body: Record<string, unknown>,
    ok: (s: number, b: unknown) => void,
    error: (s: number, m: string, c: string) => void,
  ): void {
    const [type, name] = rest as [string, string | undefined];
    if (method === "POST" && name === "groups") {
      const g = `${type}.${String(body.name)}`;
      if (this.groups.has(g))
        return error(409, `A property group named '${String(body.name)}' already exists.`, "OBJECT_ALREADY_EXISTS");
      this.groups.add(g);
      return ok(201, { name: body.name, label: body.label, displayOrder: body.displayOrder, archived: false });
    }
    if (method === "POST" && !name) {
      const key = `${type}.${String(body.name)}`;
      if (this.propertyDefs.has(key))
        return error(409, `Property named '${String(body.name)}' already exists.`, "OBJECT_ALREADY_EXISTS");
      if (!this.groups.has(`${type}.${String(body.groupName)}`))
        return error(400, `Property group ${String(body.groupName)} does not exist`, "VALIDATION_ERROR");
      this.propertyDefs.set(key, {
        name: String(body.name),
        hasUniqueValue: body.hasUniqueValue === true,
        type: String(body.type),
      });
      return ok(201, { ...body, hasUniqueValue: body.hasUniqueValue === true });
    }
    if (method === "GET" && name) {
      const def = this.propertyDefs.get(`${type}.${name}`);
      if (!def) return error(404, `Unable to find property ${name} on object type ${type}`, "OBJECT_NOT_FOUND");
      return ok(200, def);
    }
    return error(404, `no route ${method} properties/${rest.join("/")}`, "OBJECT_NOT_FOUND");
  }

  private write(
    type: string,
    id: string | null,
    props: Props,
    source: { sourceType: string; sourceId: string | null; userId: number | null },
  ): Rec {
    const allowed = new Set([
      ...(BUILTIN[type] ?? []),
      ...[...this.propertyDefs.keys()].filter((k) => k.startsWith(`${type}.`)).map((k) => k.slice(type.length + 1)),
    ]);
    for (const k of Object.keys(props))
      if (!allowed.has(k))
        throw new Validation(
          `Property values were not valid: [{"isValid":false,"message":"Property \\"${k}\\" does not exist","error":"PROPERTY_DOESNT_EXIST","name":"${k}"}]`,
        );
    if (type === "deals" && props.dealstage) {
      const pipeline = this.pipelines.get(
        props.pipeline ?? (id ? this.records.get(id)?.properties.pipeline : null) ?? "default",
      );
      if (!pipeline?.stages.includes(props.dealstage))
        throw new Validation(
          `Property values were not valid: [{"isValid":false,"message":"${props.dealstage} is not a valid pipeline stage","error":"INVALID_OPTION","name":"dealstage"}]`,
        );
    }
    const at = new Date().toISOString();
    const rec: Rec = id
      ? this.records.get(id)!
      : {
          id: String(this.nextId++),
          type,
          properties: { createdate: at },
          createdAt: at,
          updatedAt: at,
          history: [],
          snapshots: [],
        };
    if (type === "deals" && props.dealstage && props.dealstage !== rec.properties.dealstage) {
      rec.history.push({
        value: props.dealstage,
        timestamp: at,
        sourceType: source.sourceType,
        sourceId: source.sourceId,
        updatedByUserId: source.userId,
      });
    }
    Object.assign(rec.properties, props, { hs_lastmodifieddate: at, hs_object_id: rec.id });
    if (type === "deals")
      rec.properties.hs_is_closed = ["closedwon", "closedlost"].includes(rec.properties.dealstage ?? "")
        ? "true"
        : "false";
    rec.updatedAt = at;
    rec.snapshots.push({ at: Date.now() + (this.o.searchLagMs ?? 0), properties: { ...rec.properties } });
    this.records.set(rec.id, rec);
    return rec;
  }

  private view(r: Pick<Rec, "id" | "properties" | "createdAt" | "updatedAt">, wanted?: string[]) {
    const properties = wanted?.length
      ? Object.fromEntries(wanted.concat("hs_object_id").map((k) => [k, r.properties[k] ?? null]))
      : r.properties;
    return { id: r.id, properties, createdAt: r.createdAt, updatedAt: r.updatedAt, archived: false };
  }
}

class Validation extends Error {}

function comparable(v: string): number {
  const n = Number(v);
  if (Number.isFinite(n)) return n;
  const d = Date.parse(v);
  return Number.isFinite(d) ? d : 0;
}

export async function startFakeHubSpot(o: FakeHubSpotOptions = {}): Promise<FakeHubSpot> {
  return new FakeHubSpot(o).start();
}
