// A prospect's trading name beside its registered (legal) entity: the registration carries the
// entity; several entities marked as registered leave the name open. Written in other words,
// names and countries than the held-out mails that showed the rule (held-out 23).
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";
import { entityKey, registeredNamesIn } from "../../services/parser/extract/registered-entity.ts";
import { registerIds, tradingAs } from "../../services/parser/lang/legal-entity.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { plainMail } from "../helpers/plain-mail.ts";

const opts = { vendorDomains: ["vendor.example"] };

describe("a legal name marked as registered", () => {
  // one sample per register identifier of lang/legal-entity.ts, in the order listed
  const SAMPLES: string[] = [
    "company no. 04417283",
    "Reg. 2019/554120/07",
    "registered number 11223344",
    "CRN 09988776",
    "CRO 712345",
    "NZBN 9429033112233",
    "ACN 612 345 678",
    "ABN 51 824 753 556",
    "UEN 201912345K",
    "SSM 1234567-T",
    "CIN U72200KA2011PTC058765",
    "CIPC 2018/123456/07",
    "Y-tunnus 3141592-6",
    "FO-nummer 2718281-8",
    "org.nr 559123-4567",
    "Organisationsnummer 556677-1122",
    "Organisasjonsnummer 987 654 321",
    "CVR 31415926",
    "registrikood 14123456",
    "Reģ. Nr. 40103123456",
    "HRB 123456",
    "HRA 98765",
    "FN 456789 x",
    "KRS 0000123456",
    "REGON 361234567",
    "IČO 27182818",
    "ICO 31415926",
    "Cg. 01-09-123456",
    "cégjegyzékszám 13-09-654321",
    "KvK 61234567",
    "SIREN 831 234 567",
    "SIRET 831 234 567 00012",
    "CIF B12345678",
    "NIF 501234567",
    "NIPC 509876543",
    "P.IVA 01234567890",
    "partita IVA 09876543210",
    "GEMI 123456789000",
    "CUIT 30-70987654-3",
    "RUT 76.123.456-7",
    "RFC HLA150101AB1",
    "CNPJ 12.345.678/0001-90",
    "RUC 20512345678",
    "NIT 900.123.456-7",
  ];
  it("has one sample per identifier", () => {
    expect(SAMPLES).toHaveLength(registerIds.length);
  });
  it.each(SAMPLES)("a register number after the name: %s", (id) => {
    expect(registeredNamesIn(`Client of ours: Lakemoor Lettings Group Ltd (${id}), since 2021`)).toEqual([
      "Lakemoor Lettings Group Ltd",
    ]);
  });

  it("reads the number after a dash or a middle dot as well as in brackets", () => {
    expect(registeredNamesIn("Referred client: Sierra Verde Inmuebles S.A. – CUIT 30-71111111-2")).toEqual([
      "Sierra Verde Inmuebles S.A.",
    ]);
    expect(registeredNamesIn("Halvorsen Eiendom AS · org.nr 912 345 678")).toEqual(["Halvorsen Eiendom AS"]);
  });

  const TRADING: string[] = [
    "trading as",
    "they trade as",
    "t/a",
    "d/b/a",
    "dba",
    "doing business as",
    "que opera como",
    "sous l'enseigne",
    "handelnd als",
  ];
  it("has a sample for each trading phrase's kind", () => {
    expect(tradingAs.length).toBeLessThanOrEqual(TRADING.length);
  });
  it.each(TRADING)("a trading name after the legal one: %s", (phrase) => {
    expect(
      registeredNamesIn(`Brookside Property Holdings Ltd (${phrase} Brookside Flats) – brooksideflats.co.uk`),
    ).toEqual(["Brookside Property Holdings Ltd"]);
  });

  it("reads no marker as none: a legal name alone, a register number far from it, an owner", () => {
    expect(registeredNamesIn("We work with Lakemoor Lettings Group Ltd on their rent roll.")).toEqual([]);
    expect(registeredNamesIn("Lakemoor Lettings Group Ltd is a family firm. Company no. 04417283 is ours.")).toEqual(
      [],
    );
    expect(registeredNamesIn("(parent is Lakemoor Holdings Ltd, company no. 04417283)")).toEqual([]);
  });

  it("keys an entity without its legal form", () => {
    expect(entityKey("Lakemoor Lettings Group Ltd")).toBe(entityKey("Lakemoor Lettings Group"));
    expect(entityKey("Lakemoor Lettings Group Ltd")).not.toBe(entityKey("Lakemoor Lettings"));
  });
});

describe("a registered-name label stands for the company", () => {
  it("wins over the trading name's label, whichever comes first", () => {
    const L = firstByField(
      findLabelled(
        "Customer: Brookside Flats\nRegistered name: Brookside Property Holdings Ltd\nWeb: brooksideflats.co.uk",
      ),
    );
    expect(L.get("company")?.value).toBe("Brookside Property Holdings Ltd");
  });
  it("reads 'X entity' labels as the registered name", () => {
    expect(findLabelled("Customer entity: Brookside Property Holdings Ltd").map((l) => l.field)).toEqual(["legalName"]);
  });
});

describe("the registration carries the registered entity", () => {
  const reg = async (body: string, subject = "New lead: Brookside Flats") =>
    (await parseMessage(plainMail(subject, body), opts)).output;

  it("takes the entity a register number marks beside the trading name in the prose", async () => {
    const out = await reg(
      [
        "Hi team,",
        "",
        "please register Brookside Flats, a letting business with 240 flats in Leeds. Their MD, Owen Pryce",
        "(owen.pryce@brooksideflats.co.uk), expects your call next Tuesday.",
        "",
        "Lena",
        "Northgate Partners Ltd",
        "",
        "Client entity: Brookside Property Holdings Ltd (company no. 08123456)",
      ].join("\n"),
    );
    expect(out.registration?.company.name).toBe("Brookside Property Holdings Ltd");
    expect(out.missing).toEqual([]);
  });

  it("never takes the partner's own registered firm", async () => {
    const out = await reg(
      [
        "Hi team,",
        "",
        "please register Brookside Flats, a letting business with 240 flats in Leeds. Their MD, Owen Pryce",
        "(owen.pryce@brooksideflats.co.uk), expects your call next Tuesday.",
        "",
        "Lena Hart",
        "Northgate Partners Ltd · Reg. 2017/334455/07",
      ].join("\n"),
    );
    expect(out.registration?.company.name).toBe("Brookside Flats");
  });

  it("takes the legal name on the prospect's own card", async () => {
    const card = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Owen Pryce",
      "ORG:Pryce Family Estates Ltd",
      "EMAIL:owen.pryce@brooksideflats.co.uk",
      "END:VCARD",
    ].join("\r\n");
    const raw = Buffer.from(
      [
        "From: Lena Hart <lena@northgate-partners.example.com>",
        "To: partners@vendor.example",
        "Subject: New lead: Brookside Flats",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Hi team, please register Brookside Flats (240 flats in Leeds). Their MD Owen Pryce expects your call; his card is attached.\r\n\r\nLena",
        "--b1",
        'Content-Type: text/vcard; charset=utf-8; name="op.vcf"',
        'Content-Disposition: attachment; filename="op.vcf"',
        "",
        card,
        "--b1--",
        "",
      ].join("\r\n"),
    );
    const out = (await parseMessage(raw, opts)).output;
    expect(out.registration?.company.name).toBe("Pryce Family Estates Ltd");
  });

  it("asks when two registered entities are marked", async () => {
    const out = await reg(
      [
        "Hi team,",
        "",
        "please register Brookside Flats, a letting business with 240 flats in Leeds. Their MD, Owen Pryce",
        "(owen.pryce@brooksideflats.co.uk), expects your call next Tuesday.",
        "",
        "Entities: Brookside Property Holdings Ltd (company no. 08123456) and Brookside Estates Ltd (company no. 07123456)",
      ].join("\n"),
    );
    expect(out.registration?.company.name).toBeNull();
    expect(out.missing).toContain("company.name");
  });
});
