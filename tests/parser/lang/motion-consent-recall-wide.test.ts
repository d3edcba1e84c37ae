// Motion and consent cue entries added for recall in the wide-mix languages (services/parser/lang/*:
// `cues.motion`, `cues.consent`), each in a sentence invented for this test, and for the risky ones
// what they must leave alone.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { findLabelled } from "../../../services/parser/extract/labels.ts";

describe("motion: the partner doing the work, Turkish and Japanese", () => {
  it.each([
    ["Montaj ve bakım hizmetlerini biz vereceğiz.", "services"],
    ["Danışmanlık hizmeti de biz sağlayacağız.", "services"],
    ["Lisans sizden, kurulum ve eğitim bizden.", "services"],
    ["Veri aktarımı bizden.", "services"],
    ["機器の設置と設定は当社が担当します。", "services"],
    ["弊社で現地サポートを担当し、ライセンスは御社と直接契約です。", "services"],
    ["役割：移行作業・研修を担当", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    // the vendor takes the work ("…を担当いただく"), a service bought from others, "bizden" of something else
    ["研修は御社に担当いただく想定です。", "services"],
    ["設定を担当して頂く方をご紹介ください。", "services"],
    ["Hizmetleri siz vereceksiniz.", "services"],
    ["Teklif bizden, karar sizden.", "services"],
  ])("not: %s -> not %s", (text, never) => expect(detectMotion(text)).not.toBe(never));
});

describe("consent: Thai with the vendor's name between, Turkish by the verb's suffix", () => {
  it.each([
    ["คุณสมศรียินดีให้ Acme ติดต่อโดยตรงค่ะ", true],
    ["ลูกค้ายินยอมให้ทีม Acme ติดต่อได้", true],
    ["ผู้จัดการอนุญาตให้ the vendor โทรได้เลย", true],
    ["Ayşe Hanım, firmanızın kendisini aramasını kabul etti.", true],
    ["Ekibinizin bizi aramasında bir sakınca yok.", true],
    ["Müdür aranmayı onayladı.", true],
    // the verb's negative suffix says no: "onaylamadı", "kabul etmedi"
    ["Müdür aranmayı onaylamadı.", false],
    ["Ayşe Hanım aramanızı kabul etmedi.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    // refused, or the vendor asked to call the partner back
    ["ลูกค้าไม่ยินยอมให้ทีม Acme ติดต่อ", true],
    ["ยินดีให้ Acme ติดต่อกลับหาผม", true],
    ["Ayşe Hanım aramanızı onaylamıyor.", true],
    ["Müdür görüşmeyi kabul etmeyecek.", true],
  ])("not: %s -> not %s", (text, never) => expect(detectConsent(text)).not.toBe(never));
});

describe("motion labels: the partner's role, Indonesian and Japanese", () => {
  it.each([
    ["Peran kami: implementasi dan dukungan", "services"],
    ["Peran saya: reseller resmi", "resale"],
    ["■弊社の役割: 導入支援", "services"],
    ["当社の役割: 再販", "resale"],
  ])("%s -> %s", (text, want) => {
    const [v] = findLabelled(text);
    expect(v?.field).toBe("motion");
    expect(detectMotion(v?.value ?? "", { labelled: true })).toBe(want);
  });

  it("leaves a bare 'Peran' (a person's role) to no motion", () => {
    expect(findLabelled("Peran: direktur keuangan")[0]?.field).not.toBe("motion");
  });
});
