// A clause saying a prospect's detail is still to come ("no mail address yet, will chase it", "el
// correo te lo mando mañana") is the partner's aside, never the prospect's need, though it holds a
// need word (a lack: "no email"); it still tells that a lead was handed over (readProblem's
// `asides`). Invented sentences.
import { describe, expect, it } from "vitest";
import { readProblem } from "../../services/parser/extract/prose-fields.ts";

const need = (text: string) => readProblem([text], null, true, false).told;
const anySaid = (text: string) => readProblem([text], null, true, true).told;

describe("a promise of details later is no need", () => {
  it.each([
    "new one - Harbourline Bakery in Leeds, ring Ellen (manager) on 0113 555 0101. no mail address yet, will chase it",
    "Te paso un cliente: Vivero Las Acacias. El contacto es Marta Gil, gerente; el correo te lo mando mañana, no lo tengo a mano.",
    "Ny kunde: Fjordbageriet. Hjemmesiden har jeg ikke på papir endnu, den får I senere.",
  ])("%s", (text) => {
    expect(need(text)).toBeNull();
    // still something said about the deal, for the question whether a lead was handed over
    expect(anySaid(text)).not.toBeNull();
  });

  it.each([
    // the need in its own sentence beside the promise
    [
      "They track every repair on paper cards and lose half of them. Her email to follow.",
      "They track every repair on paper cards and lose half of them.",
    ],
    // look-alike: a missing website the partner calls the problem is the need
    [
      "The florist has no website yet, which is the whole problem: customers cannot order online.",
      "The florist has no website yet, which is the whole problem: customers cannot order online.",
    ],
  ])("%s", (text, value) => expect(need(text)).toBe(value));

  it("a note in a script without full stops keeps its need beside the promise", () => {
    expect(need("ร้านดอกไม้ที่ขอนแก่น อยากได้ระบบรับออเดอร์ออนไลน์ อีเมลจะส่งให้พรุ่งนี้ครับ")).not.toBeNull();
  });
});
