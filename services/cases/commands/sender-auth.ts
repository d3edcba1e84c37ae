// Is the From address of a manager's reply really that manager's domain? A decision by e-mail is
// only as strong as this check, so "pass" needs DMARC pass for the From domain AND a passing DKIM
// signature whose d= is aligned with it (relaxed: same registrable domain). SPF alone never
// suffices: it vouches for the envelope, which a forwarder or a shared ESP can share.
//
// Evidence, in order of trust:
//   1. our own MTA's `Authentication-Results` (authserv-id = AUTHSERV_ID). Only the TOPMOST header
//      with exactly that id counts (RFC 8601 §5: our server prepends its own and must drop
//      look-alikes); any other header is whatever the sender wrote and is ignored. If present, it
//      decides (pass or fail): we do not second-guess our own MTA.
//   2. Amazon SES receipt verdicts (DMARC and DKIM both PASS).
//   3. our own check with mailauth's authenticate() on the raw message (DNS via `resolver`).
import type { DNSResolver } from "mailauth";
import { getDomain } from "tldts";
import { errorMessage } from "../../core/errors.ts";

export type SenderVerdict = "pass" | "fail" | "none";
export type SenderAuthMethod = "mailauth" | "authentication-results" | "ses";

export interface SesVerdicts {
  spf: string | null;
  dkim: string | null;
  dmarc: string | null;
}

export interface JudgeSenderInput {
  /** The message exactly as received (headers included). */
  raw: Buffer;
  /** The From address the pipeline attributes the mail to. */
  from: string;
  trustedAuthservId: string | null;
  sesVerdicts: SesVerdicts | null;
  /** DNS lookups for mailauth (tests inject a stub); defaults to the system resolver. */
  resolver?: DNSResolver;
}

export interface SenderJudgement {
  verdict: SenderVerdict;
  method: SenderAuthMethod | null;
  reason: string;
}

function domainOf(address: string): string | null {
  const bare = (/<([^>]*)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
  const at = bare.lastIndexOf("@");
  return at > 0 && at < bare.length - 1 ? bare.slice(at + 1) : null;
}

/** Relaxed DMARC alignment: both names share the registrable (organisational) domain. */
export function isAligned(signingDomain: string, fromDomain: string): boolean {
  const a = signingDomain.toLowerCase().replace(/\.$/, "");
  const b = fromDomain.toLowerCase().replace(/\.$/, "");
  const orgA = getDomain(a) ?? a;
  const orgB = getDomain(b) ?? b;
  return orgA === orgB;
}

/** Header fields of the raw message, unfolded, top to bottom. */
function headerFields(raw: Buffer): Array<{ name: string; value: string }> {
  const text = raw.toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  const fields: Array<{ name: string; value: string }> = [];
  for (const line of head.split(/\r?\n/)) {
    const last = fields[fields.length - 1];
    if (/^[ \t]/.test(line) && last) {
      last.value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon > 0)
      fields.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  return fields;
}

interface ResInfo {
  method: string;
  result: string;
  props: Record<string, string>;
}

/** RFC 8601 value: "authserv-id [version]; method=result prop=value …; …" (comments dropped). */
export function parseAuthenticationResults(value: string): { authservId: string; results: ResInfo[] } {
  let clean = "";
  let depth = 0;
  let quoted = false;
  for (const ch of value) {
    if (ch === '"' && depth === 0) quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (depth === 0) clean += ch;
    if (!quoted && ch === ")" && depth > 0) depth--;
  }
  const [idPart = "", ...parts] = clean.split(";");
  const authservId = (idPart.trim().split(/\s+/)[0] ?? "").toLowerCase();
  const results: ResInfo[] = [];
  for (const part of parts) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const first = /^([\w.-]+)\s*=\s*([\w-]+)$/.exec(tokens[0] ?? "");
    if (!first?.[1] || !first[2]) continue;
    const props: Record<string, string> = {};
    for (const t of tokens.slice(1)) {
      const m = /^([\w.-]+)=(.*)$/.exec(t);
      if (m?.[1] && m[2] !== undefined) props[m[1].toLowerCase()] = m[2].replace(/^"|"$/g, "").toLowerCase();
    }
    results.push({ method: first[1].toLowerCase(), result: first[2].toLowerCase(), props });
  }
  return { authservId, results };
}

function judgeByTrustedHeader(raw: Buffer, fromDomain: string, authservId: string): SenderJudgement | null {
  const ours = headerFields(raw)
    .filter((f) => f.name === "authentication-results")
    .map((f) => parseAuthenticationResults(f.value))
    .find((ar) => ar.authservId === authservId.toLowerCase());
  if (!ours) return null;
  const fail = (reason: string): SenderJudgement => ({ verdict: "fail", method: "authentication-results", reason });
  const dmarc = ours.results.find((r) => r.method === "dmarc");
  if (!dmarc) return { verdict: "none", method: "authentication-results", reason: "our MTA recorded no DMARC result" };
  if (dmarc.result !== "pass") return fail(`our MTA says dmarc=${dmarc.result}`);
  const dmarcFrom = dmarc.props["header.from"];
  if (dmarcFrom && dmarcFrom !== fromDomain) return fail(`DMARC passed for ${dmarcFrom}, not for ${fromDomain}`);
  const aligned = ours.results.find((r) => {
    const d = r.props["header.d"] ?? domainOf(r.props["header.i"] ?? "");
    return r.method === "dkim" && r.result === "pass" && d && isAligned(d, fromDomain);
  });
  if (!aligned) return fail(`no passing DKIM signature aligned with ${fromDomain}`);
  return {
    verdict: "pass",
    method: "authentication-results",
    reason: `our MTA: dmarc=pass, dkim=pass aligned with ${fromDomain}`,
  };
}

/**
 * SES says only that DMARC passed (possibly on SPF alone: a shared sending service's SPF covers
 * many customers) and that some DKIM signature passed (possibly a third party's). So a pass also
 * needs every DKIM-Signature in the message to be aligned with From: then the one that passed is.
 */
function judgeBySes(v: SesVerdicts, raw: Buffer, fromDomain: string): SenderJudgement {
  const dmarc = (v.dmarc ?? "").toUpperCase();
  const dkim = (v.dkim ?? "").toUpperCase();
  if (dmarc === "PASS" && dkim === "PASS") {
    const signers = headerFields(raw)
      .filter((f) => f.name === "dkim-signature")
      .map((f) => /(?:^|;)\s*d\s*=\s*([^;\s]+)/i.exec(f.value)?.[1]?.toLowerCase() ?? "");
    if (signers.length && signers.every((d) => d && isAligned(d, fromDomain))) {
      return { verdict: "pass", method: "ses", reason: `SES: DMARC PASS, DKIM PASS, signed by ${signers.join(", ")}` };
    }
    return {
      verdict: "fail",
      method: "ses",
      reason: `SES passed, but not every DKIM signature (${signers.join(", ") || "none"}) is aligned with ${fromDomain}`,
    };
  }
  const verdict: SenderVerdict = dmarc === "FAIL" || dkim === "FAIL" ? "fail" : "none";
  return { verdict, method: "ses", reason: `SES: DMARC ${dmarc || "missing"}, DKIM ${dkim || "missing"}` };
}

async function judgeByMailauth(input: JudgeSenderInput, fromDomain: string): Promise<SenderJudgement> {
  // loaded on first use: ~8 MiB of heap that a service whose mail never needs this check keeps idle
  const { authenticate } = await import("mailauth");
  const result = await authenticate(input.raw, {
    ...(input.resolver ? { resolver: input.resolver } : {}),
    disableArc: true,
    disableBimi: true,
  });
  const none = (reason: string): SenderJudgement => ({ verdict: "none", method: "mailauth", reason });
  const fail = (reason: string): SenderJudgement => ({ verdict: "fail", method: "mailauth", reason });
  const headerFrom = (result.dkim.headerFrom ?? []).map((a) => domainOf(a));
  if (headerFrom.length !== 1 || headerFrom[0] !== fromDomain) {
    return fail(`the message's From header (${headerFrom.join(", ") || "none"}) is not ${fromDomain}`);
  }
  const passing = (result.dkim.results ?? []).filter((r) => r.status?.result === "pass");
  const aligned = passing.find((r) => r.signingDomain && isAligned(r.signingDomain, fromDomain));
  const dmarc = result.dmarc ? result.dmarc.status?.result : undefined;
  if (!dmarc || dmarc === "none") return none(`${fromDomain} publishes no DMARC record`);
  if (dmarc !== "pass") return fail(`DMARC ${dmarc} for ${fromDomain}`);
  if (!aligned) {
    const seen = (result.dkim.results ?? []).map((r) => `${r.signingDomain ?? "?"}=${r.status?.result ?? "?"}`);
    return fail(`no passing DKIM signature aligned with ${fromDomain} (${seen.join(", ") || "unsigned"})`);
  }
  return { verdict: "pass", method: "mailauth", reason: `DMARC pass, DKIM pass d=${aligned.signingDomain}` };
}

export async function judgeSender(input: JudgeSenderInput): Promise<SenderJudgement> {
  const fromDomain = domainOf(input.from);
  if (!fromDomain)
    return { verdict: "fail", method: null, reason: `no domain in From address ${JSON.stringify(input.from)}` };
  if (input.trustedAuthservId) {
    const judged = judgeByTrustedHeader(input.raw, fromDomain, input.trustedAuthservId);
    if (judged) return judged;
  }
  if (input.sesVerdicts) return judgeBySes(input.sesVerdicts, input.raw, fromDomain);
  if (input.raw.length === 0) return { verdict: "none", method: null, reason: "no raw message to verify" };
  try {
    return await judgeByMailauth(input, fromDomain);
  } catch (err) {
    // DNS or parse trouble is not proof of forgery, but it is no proof of identity either.
    return { verdict: "none", method: "mailauth", reason: `verification failed: ${errorMessage(err)}` };
  }
}
