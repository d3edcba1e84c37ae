// A title, a department or an institution the prose reads where a name stands is no contact: the
// person named right after a title holds it; a side mention is never put in the title's place; an
// institution gives way to the person named beside it. Invented partner, prospect and people.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { plainMail } from "../helpers/plain-mail.ts";

const parse = (body: string) =>
  parseMessage(plainMail("New lead", body), { vendorDomains: ["vendor.example"] }).then((r) => r.output);

describe("a phrase that names no person read as the contact", () => {
  it("gives a title to the person named right after it, with the address the title spells", async () => {
    const r = await parse(
      "Hi team,\n\nPlease register Brindlemoor Records Trust CLG (www.brindlemoor.ie).\n\n" +
        "Their Estate Records Archivist, Tamsin Oakhollow, is the one to talk to: archivist@brindlemoor.ie.\n\n" +
        "Thanks,\nLena",
    );
    expect(r.registration?.contact.name).toBe("Tamsin Oakhollow");
    expect(r.registration?.contact.role).toBe("Estate Records Archivist");
    expect(r.registration?.contact.email).toBe("archivist@brindlemoor.ie");
  });

  it("puts nobody in a department's place when the person holding it is not read", async () => {
    const r = await parse(
      "Hi team,\n\nNew one: Quillmarsh Devices Ltd, www.quillmarsh.co.il.\n\n" +
        "Main contact is Oren (Ori) Talbeck, VP Regulatory Affairs, ori.talbeck@quillmarsh.co.il. " +
        "Also Dafna Reuveli (dafna.r@quillmarsh.co.il) is the translation coordinator and will join.\n\n" +
        "Thanks,\nLena",
    );
    expect(r.registration?.contact.name ?? null).not.toBe("Regulatory Affairs");
    expect(r.registration?.contact.name ?? "").not.toContain("Dafna");
  });

  it("reads the person beside an institution written with its head noun", async () => {
    const r = await parse(
      "Ciao,\n\nvi segnalo la Scuola di Danza Il Girasole (associazione, Lecco), il referente è il presidente " +
        "Tullio Verzani, cell. 347 000 1122. Mail e sito appena li ho.\n\nGrazie,\nLena",
    );
    expect(r.registration?.contact.name).toBe("Tullio Verzani");
  });
});
