// A prospect's mail forwarded from a department's shared mailbox ("… - Gerencia", "… -
// Contabilidad"): the person who signs it is the contact, the mailbox their address.
// Invented partner, prospect and people.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";

const forwarded = (fromLine: string, signature: string) =>
  Buffer.from(
    [
      "From: Ola Berg <ola@nordvik-it.no>",
      "To: partners@vendor.example",
      "Subject: Fwd: consulta",
      "",
      "Hello, please register this one for us, mail below. They agree to be contacted by you.",
      "",
      "Ola Berg",
      "Nordvik IT AS",
      "",
      "---------- Forwarded message ---------",
      fromLine,
      "Date: Mon, 9 Mar 2026 10:12",
      "Subject: consulta",
      "To: Ola Berg <ola@nordvik-it.no>",
      "",
      "Buenos días, tenemos dos clínicas y necesitamos una agenda única.",
      "",
      "Saludos,",
      ...signature.split("\n"),
      "",
    ].join("\r\n"),
  );

describe("a forward from a department's shared mailbox", () => {
  it.each([
    [
      "From: Clínica Dental Tordera - Gerencia <gerencia@clinicatordera.es>",
      "Marta Iglesias Pardo\nGerente\nClínica Dental Tordera S.L.",
      "Marta Iglesias Pardo",
      "gerencia@clinicatordera.es",
    ],
    [
      "From: Talleres Valbruna - Contabilidad <contabilidad@valbruna.es>",
      "Lic. Carla Benavides\nTalleres Valbruna S.L.",
      "Carla Benavides",
      "contabilidad@valbruna.es",
    ],
  ])("%s", async (from, signature, name, email) => {
    const r = await parseMessage(forwarded(from, signature), { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.name).toBe(name);
    expect(r.output.registration?.contact.email).toBe(email);
  });

  it("leaves the name open when nobody signs", async () => {
    const r = await parseMessage(
      forwarded("From: Clínica Dental Tordera - Gerencia <gerencia@clinicatordera.es>", "Clínica Dental Tordera S.L."),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact.name).toBeNull();
  });

  it("keeps a person whose family name is a mailbox word", async () => {
    const r = await parseMessage(
      forwarded("From: Rui Sales <rui.sales@clinicatordera.es>", "Rui Sales\nClínica Dental Tordera S.L."),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact.name).toBe("Rui Sales");
  });
});
