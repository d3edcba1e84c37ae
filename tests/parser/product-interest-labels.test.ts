// Labels that name the product or modules a prospect wants: "interested in", "interest", "module(s)"
// and "modules asked for" in more languages. Every entry is tested in a form written for this test:
// invented firms, people and products.
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";

const product = (form: string) => firstByField(findLabelled(form)).get("product")?.value ?? null;

describe("product labels of interest and modules", () => {
  it.each([
    // English: "Interested in" with a colon and as a tab-separated row
    [
      "Company: Fernbrook Mills Ltd\nInterested in: Ledgerly Stock + Returns\nPhone: 01632 960111",
      "Ledgerly Stock + Returns",
    ],
    [
      "Company\tFernbrook Mills Ltd\nInterested in\tRoute Planner & Driver App\nRegion\tWessex",
      "Route Planner & Driver App",
    ],
    // Japanese: the (polite) interest (a full-width colon is made a colon before labels are read)
    ["会社名: テスト工業株式会社\nご興味: 在庫管理モジュール\n電話: 03-0000-0101", "在庫管理モジュール"],
    // Korean: the module of interest
    ["회사명: 가상상사\n관심 모듈: 재고 관리, 배송 추적\n이메일: a@example.kr", "재고 관리, 배송 추적"],
    // Chinese: the module of interest, with and without the linking particle
    ["客户名称: 示范农场有限公司\n感兴趣模块: 库存与配送\n电话: 010-0000-0101", "库存与配送"],
    ["客户名称: 示范农场有限公司\n感兴趣的模块: 排班管理\n", "排班管理"],
    // Arabic: the modules asked for
    ["الشركة: شركة تجريبية\nالوحدات المطلوبة: المخزون والفوترة\nالهاتف: 0000", "المخزون والفوترة"],
    // Hindi: the interest
    ["कंपनी: नमूना ट्रेडर्स\nरुचि: स्टॉक मॉड्यूल\nफ़ोन: 0000", "स्टॉक मॉड्यूल"],
    // Vietnamese: the interest
    ["Tên công ty: Công ty Mẫu\nQuan tâm: quản lý kho và giao hàng\nEmail: a@example.vn", "quản lý kho và giao hàng"],
    // Czech: module, modules
    ["Firma: Ukázka s.r.o.\nModuly: Sklad, Fakturace\nTelefon: 000 000 000", "Sklad, Fakturace"],
    ["Firma: Ukázka s.r.o.\nModul: Docházka\n", "Docházka"],
    // Hebrew: the module
    ['חברה: דוגמה בע"מ\nמודול: מלאי\nטלפון: 000', "מלאי"],
    // Greek: the module, the interest, interest in
    ["Εταιρεία: Δοκιμή ΑΕ\nΕνότητα: Αποθήκη\nΤηλέφωνο: 210 000 0000", "Αποθήκη"],
    ["Εταιρεία: Δοκιμή ΑΕ\nΕνδιαφέρον: Τιμολόγηση\n", "Τιμολόγηση"],
    ["Εταιρεία: Δοκιμή ΑΕ\nΕνδιαφέρον για: Αποθήκη και Τιμολόγηση\n", "Αποθήκη και Τιμολόγηση"],
    // Thai: interested (in)
    ["ชื่อบริษัท: บริษัท ตัวอย่าง จำกัด\nสนใจ: ระบบคลังสินค้า\nโทร: 000", "ระบบคลังสินค้า"],
    // Russian and Ukrainian: the interest
    ["Компания: ООО «Образец»\nИнтерес: складской учёт\nТел.: 000", "складской учёт"],
    ["Компанія: ТОВ «Зразок»\nІнтерес: облік складу\n", "облік складу"],
  ])("%s -> %s", (form, want) => expect(product(form)).toBe(want));
});

describe("product labels: modules of interest, interest in, the package asked for", () => {
  it.each([
    // Italian: the modules
    ["Azienda: Forno Bruni S.r.l.\nModuli: Turni + Magazzino\nTelefono: 000", "Turni + Magazzino"],
    // Turkish: the module of interest
    ["Firma: Örnek Bilişim A.Ş.\nİlgilenilen modül: Stok Takibi\nTelefon: 000", "Stok Takibi"],
    // German: interest in
    ["Firma: Beispiel Werke GmbH\nInteresse an: Lagerverwaltung & Versand\nTelefon: 000", "Lagerverwaltung & Versand"],
    // Thai: the modules of interest
    ["ชื่อบริษัท: บริษัท ตัวอย่าง จำกัด\nโมดูลที่สนใจ: Stock และ Billing\nโทร: 000", "Stock และ Billing"],
    // Arabic: the module asked for, the package asked for
    ["الشركة: شركة تجريبية\nالوحدة المطلوبة: Stock & Billing\nالهاتف: 0000", "Stock & Billing"],
    ["الشركة: شركة تجريبية\nالباقة المطلوبة: Gold Plan\nالهاتف: 0000", "Gold Plan"],
    // Croatian: they are interested in
    ["Tvrtka: Primjer d.o.o.\nZanima ih: Skladište i Računi\nTel: 000", "Skladište i Računi"],
    // Japanese: the features of interest
    ["会社名: テスト工業株式会社\nご興味のある機能: 在庫管理・請求\n電話: 03-0000-0101", "在庫管理・請求"],
    // English: the module(s) of interest
    ["Company: Fernbrook Mills Ltd\nModule of interest: Yard Planner\nPhone: 01632 960111", "Yard Planner"],
    ["Company: Fernbrook Mills Ltd\nModules of interest: Yard Planner, Gate Log\n", "Yard Planner, Gate Log"],
    // Spanish: the modules
    ["Empresa: Ejemplo Norte S.L.\nMódulos: Almacén y Rutas\nTeléfono: 000", "Almacén y Rutas"],
    // Italian: the module of interest
    ["Azienda: Forno Bruni S.r.l.\nModulo di interesse: Turni\nTelefono: 000", "Turni"],
    // Romanian: the product
    ["Companie: Exemplu Nord SRL\nProdus: rezervări online\nTelefon: 000", "rezervări online"],
    // Malay: interest
    ["Syarikat: Contoh Niaga Sdn Bhd\nMinat: Stock POS\nTelefon: 000", "Stock POS"],
  ])("%s -> %s", (form, want) => expect(product(form)).toBe(want));
});
