// Region and title labels of more languages (Hindi, Thai, Chinese, Greek, Malay), Hindi title words,
// and a CJK form's region written with an aside in full-width brackets. Every entry is tested in a
// form written for this test: invented firms, people and figures.
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";
import { findGeography, labelledPlace } from "../../services/parser/extract/prose-fields.ts";
import { findPersonMentions, looksLikeRole, roleNear } from "../../services/parser/extract/people.ts";

const field = (form: string, name: "region" | "role") => firstByField(findLabelled(form)).get(name)?.value ?? null;

describe("region labels of more languages", () => {
  it.each([
    // Hindi: city, area, state, place
    ["कंपनी का नाम: Vardhan Tiles\nशहर: नागपुर\nफ़ोन: 0712 555 0101", "नागपुर"],
    ["क्षेत्र: गुजरात (सूरत)\nसमस्या: स्टॉक का हिसाब कागज़ पर", "गुजरात (सूरत)"],
    ["राज्य: राजस्थान\nमूल्य: ₹6 लाख", "राजस्थान"],
    ["स्थान: इंदौर\n", "इंदौर"],
    // Thai: province
    ["ชื่อบริษัท: บริษัท ทดลองดี จำกัด\nจังหวัด: ขอนแก่น\nโทร: 043-555-0102", "ขอนแก่น"],
    // Chinese: location, traditional and simplified (the full-width colon is made a colon before labels are read)
    ["公司: 示範科技有限公司\n地點: 高雄市前鎮區\n電話: 07-555-0103", "高雄市前鎮區"],
    ["客户名称: 示范物流有限公司\n地点: 成都\n", "成都"],
    // Greek: country
    ["Εταιρεία: Δοκιμή ΑΕ\nΧώρα: Ελλάδα\nΤηλέφωνο: 210 555 0104", "Ελλάδα"],
    // Malay: the state
    ["Syarikat: Contoh Niaga Sdn. Bhd.\nNegeri: Kedah\nTelefon: 04-555 0105", "Kedah"],
  ])("%s -> %s", (form, want) => expect(field(form, "region")).toBe(want));
});

describe("Hindi title label and words", () => {
  it.each([
    ["संपर्क व्यक्ति: सुनीता राव\nपद: सेल्स मैनेजर\nईमेल: s.rao@example.in", "सेल्स मैनेजर"],
    ["पदनाम: वित्त निदेशक\n", "वित्त निदेशक"],
  ])("%s -> %s", (form, want) => expect(field(form, "role")).toBe(want));

  it.each([
    "सेल्स मैनेजर",
    "टेक्निकल डायरेक्टर",
    "बिक्री प्रमुख",
    "वित्त निदेशक",
    "शाखा प्रबंधक",
    "दुकान के मालिक",
    "सह-संस्थापक",
    "बोर्ड अध्यक्ष",
  ])("%s is a title", (title) => expect(looksLikeRole(title)).toBe(true));

  it.each(["राजेश वर्मा", "नागपुर", "स्टॉक का हिसाब"])("%s is none", (text) => expect(looksLikeRole(text)).toBe(false));
});

describe("a CJK form's region with an aside in full-width brackets", () => {
  it.each([
    // a count of sites is no part of the place
    ["大阪府（直営4店舗）", "大阪府"],
    ["广州（天河、番禺共3家门店）", "广州"],
    // the towns of a region named in the aside belong to it
    ["近畿（大阪・京都）", "近畿（大阪・京都）"],
    ["江苏省（南京、苏州）", "江苏省（南京、苏州）"],
  ])("%s -> %s", (value, want) => expect(labelledPlace(value)).toBe(want));
});

describe("Vietnamese places in prose", () => {
  it.each([
    // "in, at" before the place; the province word before its name
    ["Công ty TNHH Mẫu Thử có 6 cửa hàng tại Cần Thơ, cần phần mềm kho.", "Công ty TNHH Mẫu Thử", "Cần Thơ"],
    ["Em giới thiệu một khách ở Đà Lạt: Nhà nghỉ Hoa Sen.", "Nhà nghỉ Hoa Sen", "Đà Lạt"],
    ["Hợp tác xã Mẫu cấp nước cho 4.000 hộ ở tỉnh Lâm Đồng.", "Hợp tác xã Mẫu", "Lâm Đồng"],
  ])("%s -> %s", (text, company, want) => expect(findGeography(text, company)).toBe(want));

  it.each([
    // a lower-case word after the preposition is no place, nor an abbreviation cut at its full stop
    ["Khách hàng muốn dùng tại quầy và ở nhà kho.", "Nhà sách Mẫu"],
    ["Nhà sách Mẫu có 3 cửa hàng tại TP.HCM.", "Nhà sách Mẫu"],
  ])("none: %s", (text, company) => expect(findGeography(text, company)).toBeNull());
});

describe("a place does not end inside an abbreviation or a domain", () => {
  it.each([
    ["They run 4 depots in Westmarch.io style hubs.", "Harlow Freight Ltd"],
    ["Harlow Freight Ltd has 2 offices in Qx.Valley.", "Harlow Freight Ltd"],
  ])("none: %s", (text, company) => expect(findGeography(text, company)).toBeNull());
});

describe("more title words", () => {
  it.each([
    ["総支配人", "ja"],
    ["ホテル 副支配人", "ja"],
    ["ravnatelj škole", "hr"],
    ["ravnateljica muzeja", "hr"],
    ["главный врач клиники", "ru"],
    ["главврач", "ru"],
    ["головний лікар", "uk"],
  ])("%s (%s) is a title", (title) => expect(looksLikeRole(title)).toBe(true));

  it("reads the title after a Croatian name", () => {
    const text = "Kontakt: Ivo Perić, ravnatelj, ivo.peric@primjer.hr";
    const [mention] = findPersonMentions(text);
    expect(roleNear(text, mention!)).toBe("ravnatelj");
  });
});
