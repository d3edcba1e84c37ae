// Company names stored without their first words while the registration counted as complete
// (held-out 53, 55, 57), each written here as its class in invented names: a name opened by a
// capital no table listed (a Czech adjective), a website's window opening inside the name, a
// Vietnamese institution's kind of several words, a capitalised article after a registering verb
// that opens the sentence. Read whole where the text gives it, asked for where it may not be whole.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates, legalNamesIn, tidyPhrase } from "../../services/parser/extract/company.ts";
import { findLabelled } from "../../services/parser/extract/labels.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const mail = (subject: string, body: string) =>
  Buffer.from(
    `From: Vera Lind <vera@lindpartners.example>\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
  );
const company = async (subject: string, body: string) =>
  (await parseMessage(mail(subject, body), { vendorDomains: [] })).output;

describe("a name opened by any capital letter", () => {
  it.each([
    ["Jednáme se společností Čerstvá Zelenina Holub s.r.o. z Kolína.", "Čerstvá Zelenina Holub s.r.o."],
    ["Rozmawiamy z firmą Łąkowe Sady Nowak Sp. z o.o. od maja.", "Łąkowe Sady Nowak Sp. z o.o."],
    ["Görüştüğümüz firma İnci Kuru Temizleme Ltd. Şti. oldu.", "İnci Kuru Temizleme Ltd. Şti."],
    ["Chúng tôi làm việc với Đông Phong Logistics JSC tuần này.", "Đông Phong Logistics JSC"],
  ])("%s", (text, name) => {
    expect(legalNamesIn(text).map((n) => n.name)).toContain(name);
  });

  it("keeps a legal form's dot that also ends the sentence", () => {
    expect(tidyPhrase("Yeşil Vadi Tekstil A.Ş. İzmir'de")).toBe("Yeşil Vadi Tekstil A.Ş.");
    expect(tidyPhrase("Maple Row Senior Living. Laura")).toBe("Maple Row Senior Living");
  });

  it("a Czech registration names the firm with its adjective", async () => {
    const out = await company(
      "Registrace příležitosti",
      "rádi bychom zaregistrovali příležitost u společnosti Modrá Brána s.r.o. (www.modrabrana.example).\n" +
        "Kontaktní osoba: Eva Malá, eva.mala@modrabrana.example\n\nS pozdravem\nVera Lind",
    );
    expect(out.registration?.company.name).toBe("Modrá Brána s.r.o.");
  });
});

describe("a website after a name read over a window that opens inside another name", () => {
  const names = (own: string) =>
    findCompanyCandidates({ own, subject: "", domain: null, excluded: [], excludedDomains: [] }).map((c) => c.name);
  it("reads the name whole, however far back it starts", () => {
    const own =
      "Voici une affaire pour laquelle nous faisons un simple apport, nous nous retirons ensuite. " +
      "Il s'agit de Atelier Vitrail Lumière Nord SARL (www.lumierenord-vitrail.example), trois ateliers. " +
      "Le gérant, M. Paul Ternier (p.ternier@lumierenord-vitrail.example), attend votre appel.";
    expect(names(own)).toContain("Atelier Vitrail Lumière Nord SARL");
    expect(names(own)).not.toContain("Lumière Nord SARL");
  });
});

describe("a Vietnamese customer and institution", () => {
  it("'Khách hàng:' labels the company", () => {
    expect(findLabelled("Khách hàng: Công ty TNHH Gạch Men Hòa Bình")[0]).toMatchObject({
      field: "company",
      value: "Công ty TNHH Gạch Men Hòa Bình",
    });
  });

  it("an institution's kind opens the name the subject gives without it", async () => {
    const out = await company(
      "Đăng ký cơ hội: Trường Đại học Kim Lộc",
      "Kính gửi các bạn,\n\nChúng tôi xin đăng ký cơ hội sau: Trường Đại học Kim Lộc (www.kimloc.edu.vn).\n" +
        "Người liên hệ: Lê Văn Tâm, tam.lv@kimloc.edu.vn\nGiai đoạn: đang thử nghiệm\n\nTrân trọng,\nVera Lind",
    );
    expect(out.registration?.company.name).toBe("Trường Đại học Kim Lộc");
  });
});

describe("a capitalised article after a registering verb opening the sentence", () => {
  it("is the registered name's own first word", async () => {
    const out = await company(
      "Registration: The Tin Lantern Tearooms",
      "Hi all,\n\nRegistering The Tin Lantern Tearooms Ltd (tinlantern.example) for Lind Partners.\n" +
        "Contact: Maeve Doyle, maeve@tinlantern.example\n\nBest,\nVera Lind",
    );
    expect(out.registration?.company.name).toBe("The Tin Lantern Tearooms Ltd");
  });
});
