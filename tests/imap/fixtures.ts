// Synthetic partner registrations for the IMAP suites: small, realistic (labels, a signature,
// a prospect domain of their own) and unique per index, so each one becomes its own case.
import { randomBytes } from "node:crypto";

const PARTNERS = [
  { name: "Oliver Grant", email: "oliver.grant@ledgerline.co.uk", org: "Ledgerline Advisory Ltd" },
  { name: "Jana Keller", email: "jana.keller@alpenit.de", org: "AlpenIT GmbH" },
  { name: "Marcus Webb", email: "m.webb@harbourmsp.com", org: "Harbour MSP" },
  { name: "Priya Natarajan", email: "priya@cloudwrights.io", org: "Cloudwrights" },
];
const WORDS = [
  "castle",
  "river",
  "summit",
  "beacon",
  "harbor",
  "meadow",
  "granite",
  "copper",
  "falcon",
  "cedar",
  "orbit",
  "willow",
];
const KINDS = [
  "Dental Group",
  "Logistics",
  "Foods",
  "Engineering",
  "Clinics",
  "Retail",
  "Insurance Brokers",
  "Architects",
];
const PEOPLE = [
  ["Fiona", "Marsh", "Finance Director"],
  ["Tom", "Becker", "Head of IT"],
  ["Ana", "Costa", "COO"],
  ["Liam", "O'Brien", "Operations Manager"],
];

/** a run id keeps Message-IDs and domains unique across test files sharing one database server */
export function runId(): string {
  return randomBytes(4).toString("hex");
}

export function registrationMail(i: number, run: string): Buffer {
  const p = PARTNERS[i % PARTNERS.length]!;
  const [first, last, role] = PEOPLE[i % PEOPLE.length]!;
  const w1 = WORDS[i % WORDS.length]!;
  const w2 = WORDS[Math.floor(i / WORDS.length) % WORDS.length]!;
  const kind = KINDS[i % KINDS.length]!;
  const company = `${cap(w1)}${w2} ${kind} ${i}`;
  const domain = `${w1}${w2}-${run}-${i}.co.uk`;
  const mail = [
    `Message-ID: <reg-${run}-${i}@${p.email.split("@")[1]}>`,
    `Date: Mon, 9 Mar 2026 10:${String(i % 60).padStart(2, "0")}:17 +0000`,
    "MIME-Version: 1.0",
    "To: Northbeam Partners <partners@northbeam.io>",
    `From: ${p.name} <${p.email}>`,
    `Subject: Deal registration - ${company}`,
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Hi Northbeam partner team,",
    "",
    `Please register the following opportunity for ${p.org}:`,
    "",
    `Company: ${company}`,
    `Website: https://www.${domain}/`,
    `Contact: ${first} ${last}`,
    `Title: ${role}`,
    `Email: ${first!.toLowerCase()}.${last!.toLowerCase().replace(/'/g, "")}@${domain}`,
    "Stage: Discovery call booked for next week",
    `Estimated value: £${10 + (i % 40)}k ARR`,
    "Need: invoices arrive by post and are re-keyed by hand.",
    "",
    "Thanks,",
    p.name.split(" ")[0],
    "",
    "-- ",
    p.name,
    `Partner | ${p.org}`,
    "",
  ].join("\r\n");
  return Buffer.from(mail, "utf8");
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Polls a count until it reaches `target`; fails only when it has not grown for `stallMs`. A bound
 * on liveness, not on speed: a loaded machine is slow, a stuck pipeline stops. On failure the
 * message carries `explain()`, so a CI log shows what was left and why.
 */
export async function waitForCount(
  count: () => Promise<number>,
  target: number,
  what: string,
  opts: { stallMs: number; everyMs: number; explain: () => Promise<string> },
): Promise<void> {
  let best = -1;
  let grewAt = Date.now();
  for (;;) {
    const n = await count();
    if (n >= target) return;
    if (n > best) {
      best = n;
      grewAt = Date.now();
    } else if (Date.now() - grewAt > opts.stallMs) {
      throw new Error(`${what}: stuck at ${n}/${target} for ${opts.stallMs / 1000} s\n${await opts.explain()}`);
    }
    await new Promise((r) => setTimeout(r, opts.everyMs));
  }
}

/** polls a condition (database or mailbox state has no event to wait on) */
export async function waitUntil<T>(
  check: () => Promise<T | false | null | undefined>,
  what: string,
  timeoutMs = 30_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ""}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
