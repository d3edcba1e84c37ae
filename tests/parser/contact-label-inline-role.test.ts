// A form written on one line puts the role's label inside the contact's value ("ผู้ติดต่อ: …
// ตำแหน่ง: …", "Contact: Ann Lee, Position: CFO"): the name stands before it, the role after
// it. A label word with capitals does so only before a colon; a caseless one also before a blank.
// Invented people and firms.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { contactForm } from "../helpers/plain-mail.ts";

const contactOf = async (contactLine: string) => {
  const raw = contactForm(
    { company: "Brennwald Halle AB", website: "brennwaldhalle.se", email: "ada@brennwaldhalle.se" },
    contactLine,
  );
  const c = (await parseMessage(raw, { vendorDomains: [] })).output.registration?.contact;
  return { name: c?.name ?? null, role: c?.role ?? null };
};

describe("a role label inside the contact's value", () => {
  it.each([
    ["ผู้ติดต่อ: คุณฐานิตา ฉายแสงเพชร ตำแหน่ง หัวหน้าฝ่ายจัดซื้อ", "ฐานิตา ฉายแสงเพชร", "หัวหน้าฝ่ายจัดซื้อ"],
    ["ผู้ติดต่อ: คุณฐานิตา ฉายแสงเพชร ตำแหน่ง: เจ้าของร้าน", "ฐานิตา ฉายแสงเพชร", "เจ้าของร้าน"],
    ["Contact: Ada Brenn, Position: Head of Finance", "Ada Brenn", "Head of Finance"],
    ["Kontakt: Ada Brenn Funktion: Leiterin Einkauf", "Ada Brenn", "Leiterin Einkauf"],
  ])("%s", async (line, name, role) => {
    expect(await contactOf(line)).toEqual({ name, role });
  });

  it("leaves a label word that is part of the name or not followed so", async () => {
    // a capitalised word like a label, no colon after it: a name's word
    expect((await contactOf("Contact: Ada Title")).name).toBe("Ada Title");
    // the label word opening a longer Thai word is none ("ตำแหน่งงาน", a vacancy)
    expect((await contactOf("ผู้ติดต่อ: คุณฐานิตา ฉายแสงเพชร ตำแหน่งงานว่าง")).role).not.toBe("งานว่าง");
    // nothing before the label word: no name to part from it
    expect((await contactOf("ผู้ติดต่อ: คุณฐานิตา ฉายแสงเพชร")).role).toBeNull();
  });
});
