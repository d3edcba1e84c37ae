// Key fields stored wrong while the registration counted as complete (held-out 109–111), each
// written here as its class in invented names: a name opened by its legal form read without the
// capitalised words that close it (a country's name among them), a Vietnamese registered name
// losing to the subject's short tail of it, and a listing platform's domain taken for the prospect's.
import { describe, expect, it } from "vitest";
import { auditKeyFields } from "../../services/parser/extract/key-field-audit.ts";
import { opensWithFormAround } from "../../services/parser/extract/pick-company.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const mail = (subject: string, body: string) =>
  Buffer.from(
    `From: Vera Lind <vera@lindpartners.example>\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
  );
const parse = async (subject: string, body: string) =>
  (await parseMessage(mail(subject, body), { vendorDomains: ["vendor.example"] })).output;

describe("a name opened by its legal form goes on with capitalised words", () => {
  const audit = (text: string, company: string) =>
    auditKeyFields({ text, company, domain: "kayulestari.co.id", contactName: null, contactEmail: null });
  it("up to a comma or a lower-case word: those words close it", () => {
    expect(audit("Kami daftarkan PT Kayu Lestari Nusantara, pabrik mebel di Jepara.", "Kayu Lestari")).toEqual([
      expect.objectContaining({ field: "company.name", fuller: "PT Kayu Lestari Nusantara" }),
    ]);
    expect(audit("Prospek: CV Kayu Lestari Semarang punya tiga gudang.", "CV Kayu Lestari")).toEqual([
      expect.objectContaining({ field: "company.name", fuller: "CV Kayu Lestari Semarang" }),
    ]);
  });
  it("asks when two places go on differently, or the words run on past three", () => {
    const two = "PT Kayu Lestari Nusantara, Jepara.\nJuga PT Kayu Lestari Jaya, Solo.";
    expect(audit(two, "PT Kayu Lestari")).toEqual([expect.objectContaining({ field: "company.name" })]);
    expect(audit(two, "PT Kayu Lestari")[0]!.fuller).toBeUndefined();
    const long = "PT Kayu Lestari Nusantara Raya Abadi Makmur, Jepara.";
    expect(audit(long, "PT Kayu Lestari")[0]!.fuller).toBeUndefined();
  });
  it("leaves the name as it is before a person addressed, a label or a title", () => {
    for (const text of [
      "Kontak PT Kayu Lestari Pak Budi, pemiliknya.",
      "PT Kayu Lestari Website: kayulestari.co.id",
      "PT Kayu Lestari General Manager, Budi.",
    ])
      expect(audit(text, "PT Kayu Lestari")).toEqual([]);
  });
  it("leaves a name closed by a legal form after it, or with none before it", () => {
    expect(audit("Kami daftarkan Kayu Lestari Sdn Bhd Johor, pabrik.", "Kayu Lestari Sdn Bhd")).toEqual([]);
    expect(audit("Kami daftarkan Kayu Lestari Nusantara, pabrik.", "Kayu Lestari")).toEqual([]);
  });
  it("reads the full name from a mail whose subject gives the short one", async () => {
    const out = await parse(
      "Registrasi prospek: Kayu Lestari",
      "Halo tim,\r\n\r\nKami mendaftarkan PT Kayu Lestari Nusantara, pabrik mebel di Jepara. Website mereka " +
        "https://kayulestari.co.id/ dan kontaknya Ibu Ratna Hapsari (Direktur), ratna@kayulestari.co.id.\r\n" +
        "Mereka masih mencatat stok di buku. Ibu Ratna setuju untuk dihubungi.\r\n\r\nSalam,\r\nVera Lind",
    );
    expect(out.registration?.company.name).toBe("PT Kayu Lestari Nusantara");
  });
});

describe("a name opened by its legal form that writes another reading whole", () => {
  it("holds that reading among its later words", () => {
    expect(opensWithFormAround("Công ty TNHH Đèn lồng Tân Mỹ", "Tân Mỹ")).toBe(true);
    expect(opensWithFormAround("PT Kayu Lestari Nusantara", "Kayu Lestari")).toBe(true);
  });
  it("not without a legal form before it, nor a reading of one word, nor the same words only", () => {
    expect(opensWithFormAround("Xưởng Đèn lồng Tân Mỹ", "Tân Mỹ")).toBe(false);
    expect(opensWithFormAround("Công ty TNHH Đèn lồng Tân Mỹ", "Mỹ")).toBe(false);
    expect(opensWithFormAround("Công ty TNHH Tân Mỹ", "Tân Mỹ")).toBe(false);
    expect(opensWithFormAround("Công ty TNHH Tân Bắc Mỹ", "Tân Mỹ")).toBe(false);
  });
  it("outranks the subject's short tail of it, which alone spells the domain", async () => {
    const out = await parse(
      "Đề xuất khách hàng – Đèn lồng Tân Mỹ",
      "Xin chào,\r\n\r\nChúng tôi giới thiệu Công ty TNHH Đèn lồng Tân Mỹ (website: tanmylantern.vn), " +
        "một xưởng đèn lồng ở Vĩnh Long. Anh Đoàn Minh Triết phụ trách, email triet.doan@tanmylantern.vn.\r\n" +
        "Xưởng đang quản lý kho bằng bảng tính. Anh Triết sẵn sàng nhận cuộc gọi từ bên bán.\r\n\r\nTrân trọng,\r\nVera Lind",
    );
    expect(out.registration?.company.name).toBe("Công ty TNHH Đèn lồng Tân Mỹ");
  });
});

describe("a listing platform's domain in the text", () => {
  it("is no prospect's website: left open when it is the only one", async () => {
    const out = await parse(
      "New lead: Harbour Bunks",
      "Hi team,\r\n\r\nPlease register Harbour Bunks Ltd, a hostel in Tralee. Contact: Ann Roe, manager, " +
        "annroe.bunks@gmail.com; the hostel wants a bed planner linked to Booking.com.\r\n" +
        "No website yet.\r\n\r\nBest,\r\nVera Lind",
    );
    expect(out.registration?.company.domain).toBeNull();
    expect(out.missing).toContain("company.domain");
  });
  it("leaves the prospect's own website as the one the text names", async () => {
    const out = await parse(
      "New lead: Harbour Bunks",
      "Hi team,\r\n\r\nPlease register Harbour Bunks Ltd (harbourbunks.ie), a hostel in Tralee. Contact: " +
        "Ann Roe, manager, ann@harbourbunks.ie. They list on booking.com and facebook.com/harbourbunks.\r\n\r\n" +
        "Best,\r\nVera Lind",
    );
    expect(out.registration?.company.domain).toBe("harbourbunks.ie");
  });
});
