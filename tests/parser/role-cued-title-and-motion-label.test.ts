// Two readings of the contact's role: a title written between a word meaning "the contact person"
// and the name ("Yhteyshenkilö on toimitusjohtaja …", lang/cue-before-name.ts TITLE_AFTER_CUE_RE),
// and a "Rolle:"/"Roll:" label that holds the partner's part in the deal, not the contact's title.
// Invented people and firms.
import { describe, expect, it } from "vitest";
import { TITLE_AFTER_CUE_RE } from "../../services/parser/lang/cue-before-name.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { plainMail } from "../helpers/plain-mail.ts";

const contactOf = async (body: string) => {
  const raw = plainMail(
    "Uusi liidi",
    `${body}\r\n\r\nTerveisin\r\nVera Lind\r\n`,
    "Vera Lind <vera@lindpartners.example>",
  );
  const c = (await parseMessage(raw, { vendorDomains: [] })).output.registration?.contact;
  return { name: c?.name ?? null, role: c?.role ?? null };
};

describe("a title between the contact word and the name", () => {
  it.each([
    ["Yhteyshenkilö on talousjohtaja ", "talousjohtaja"],
    ["yhteyshenkilönä toimii tuotantopäällikkö ", "tuotantopäällikkö"],
    ["Kontaktisik on juhataja ", "juhataja"],
    ["the contact is Operations Director ", "Operations Director"],
  ])("%s", (before, title) => {
    expect(TITLE_AFTER_CUE_RE.exec(before)?.[1]).toBe(title);
  });

  it("reads the title as the contact's role", async () => {
    expect(
      await contactOf(
        "Rekisteröisimme liidin: Kivikko Rakennus Oy, Oulu.\nYhteyshenkilö on talousjohtaja Ville Rantala (ville.rantala@kivikko.example).",
      ),
    ).toEqual({ name: "Ville Rantala", role: "talousjohtaja" });
  });

  it("reads no role where none stands between, or the cue is no contact word", async () => {
    expect(
      (
        await contactOf(
          "Rekisteröisimme liidin: Kivikko Rakennus Oy, Oulu.\nYhteyshenkilö on Ville Rantala (ville.rantala@kivikko.example).",
        )
      ).role,
    ).toBeNull();
    expect(TITLE_AFTER_CUE_RE.exec("Tapaaminen on talousjohtaja ")).toBeNull();
  });
});

describe("a role label holding the partner's part in the deal", () => {
  const labelled = (roleLine: string) =>
    contactOf(
      [
        "Registrering av mulighet:",
        "Selskap: Fjellbris Bakeri AS",
        "Kontaktperson: Siri Haugland, daglig leder",
        "E-post: siri@fjellbris.example",
        roleLine,
      ].join("\r\n"),
    );

  it("gives way to the title on the contact's line", async () => {
    expect((await labelled("Rolle: vi tar oss av opplæring og drift (tjenester)")).role).toBe("daglig leder");
    expect((await labelled("Rolle: Tippgiver (henvisning)")).role).toBe("daglig leder");
  });

  it("is kept where it holds a title, or one word", async () => {
    expect((await labelled("Rolle: innkjøpssjef")).role).toBe("innkjøpssjef");
    expect((await labelled("Rolle: Support")).role).toBe("Support");
  });
});
