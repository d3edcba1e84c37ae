// Per-family bounce recall/precision of the parser on the labelled machine-mail set, every
// file in four copies (LF, CRLF, bare CR, mbox). Run: npm run eval:machine-mail [-- --verbose]
import { observe } from "../tests/parser/machine-mail/observe.ts";
import {
  detailMisses,
  falseBounces,
  runSet,
  scoreFamilies,
  VARIANTS,
  type Observed,
} from "../tests/parser/machine-mail/labelled-set.ts";

const verbose = process.argv.includes("--verbose");

const outcomes = await runSet(observe);
const pct = (n: number) => `${(100 * n).toFixed(1)}%`.padStart(7);
console.log(`${"family".padEnd(16)} bounces  found  recall  precision`);
for (const s of scoreFamilies(outcomes)) {
  console.log(
    `${s.family.padEnd(16)} ${String(s.bounces).padStart(7)} ${String(s.found).padStart(6)} ${pct(s.recall)} ${pct(s.precision)}`,
  );
}
for (const v of VARIANTS) {
  const all = scoreFamilies(outcomes.filter((o) => o.variant === v)).find((s) => s.family === "ALL")!;
  console.log(`${v.padEnd(5)} bounce recall ${pct(all.recall)}  precision ${pct(all.precision)}`);
}
const autos = outcomes.filter((o) => o.mail.label.kind === "auto_reply");
console.log(`auto-replies recognised: ${autos.filter((o) => o.observed.kind === "auto_reply").length}/${autos.length}`);
const wrong = falseBounces(outcomes);
console.log(`non-bounces called bounce: ${wrong.length}`);
const misses = detailMisses(outcomes);
console.log(`detail misses (type/status/recipient/message-id/outbox/return date): ${misses.length}`);
if (verbose) {
  for (const o of outcomes.filter(
    (x) =>
      (x.mail.label.kind === "bounce") !== (x.observed.kind === "bounce") ||
      (x.mail.label.kind === "auto_reply" && x.observed.kind !== "auto_reply"),
  )) {
    console.log(
      `KIND ${o.mail.family}/${o.mail.file} [${o.variant}]: want ${o.mail.label.kind}, got ${o.observed.kind}`,
    );
  }
  for (const m of misses)
    console.log(
      `DETAIL ${m.outcome.mail.family}/${m.outcome.mail.file} [${m.outcome.variant}] ${m.field}: want ${String(m.want)}, got ${String(m.outcome.observed[m.field as keyof Observed])}`,
    );
}
