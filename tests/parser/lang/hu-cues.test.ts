// Hungarian cue entries (services/parser/lang/hu.ts), each in a sentence invented for this test:
// the stage, the motion and the consent it must read, and for the risky ones what it must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Hungarian stage cues", () => {
  it.each([
    ["A tesztidőszak jövő héten indul.", "evaluation"],
    ["Próbaidőszakot kértek a Zelvo Kft.-nél.", "evaluation"],
    ["A tesztverziót már telepítették.", "evaluation"],
    ["Jelenleg tesztelik a rendszert.", "evaluation"],
    ["A pilot már fut két telephelyen.", "evaluation"],
    ["Pilotszakaszban vannak a raktárban.", "evaluation"],
    ["Közbeszerzésen keresztül vásárolnak.", "evaluation"],
    ["A tenderen három cég indul.", "evaluation"],
    ["Ajánlatot kértek 40 felhasználóra.", "evaluation"],
    ["Elküldtük az ajánlatot pénteken.", "evaluation"],
    ["Árakat kértek a bővítéshez.", "evaluation"],
    ["Mérlegelik az ajánlatokat.", "evaluation"],
    ["A költségkeret jóváhagyva.", "evaluation"],
    ["Tárgyalás zajlik a beszerzéssel.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Beütemeztünk egy bemutatót a vezetőséggel.", "discovery_scheduled"],
    ["A demó lefixálva jövő keddre.", "discovery_scheduled"],
    ["A hívás leegyeztetve a pénzügyi vezetővel.", "discovery_scheduled"],
    ["Prezentáció csütörtökön 10-kor.", "discovery_scheduled"],
    ["Időpontot egyeztettünk velük.", "discovery_scheduled"],
    ["A megbeszélés beütemezve holnapra.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Első kapcsolatfelvétel egy konferencián.", "new_intro"],
    ["Friss érdeklődő a weboldalról.", "new_intro"],
    ["Új lead a Pelmo Zrt.-től.", "new_intro"],
    ["Egyelőre csak érdeklődnek.", "new_intro"],
    ["Nagyon korai fázisban vagyunk.", "new_intro"],
    ["Fontolgatják a régi rendszer cseréjét.", "new_intro"],
    ["Még nincs időpont.", "new_intro"],
    ["Semmi sincs egyeztetve.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Amennyiben jó a demó, tesztidőszakot kérnek.", "evaluation"],
    ["Egy kis pilotot szeretne indítani tavasszal.", "evaluation"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("Hungarian motion cues", () => {
  it.each([
    ["Mi számlázunk az ügyfélnek.", "resale"],
    ["Rajtunk keresztül vásárolnak.", "resale"],
    ["Mi vásároljuk meg a licenceket.", "resale"],
    ["Mi csak ajánljuk önöket.", "referral"],
    ["Ajánlói jutalékot kérünk.", "referral"],
    ["Közvetlenül önök értékesítenek.", "referral"],
    ["Integráció a saját termékünkkel.", "technology"],
    ["Technológiai partnerként dolgozunk.", "technology"],
    ["A bevezetést mi vállaljuk.", "services"],
    ["Vállaljuk az oktatást is.", "services"],
    ["Rendszerintegrátorként működünk.", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("the weak service words decide only a label's value", () => {
    expect(detectMotion("Az oktatás fontos nekik.")).toBeNull();
    expect(detectMotion("bevezetés", { labelled: true })).toBe("services");
    expect(detectMotion("implementáció", { labelled: true })).toBe("services");
  });
});

describe("Hungarian consent cues", () => {
  it.each([
    ["Várja a hívásukat.", true],
    ["Közvetlenül megkereshetik.", true],
    ["Bátran felhívhatják.", true],
    ["Kérte, hogy keressék meg.", true],
    ["Visszahívást kért.", true],
    ["A hozzájárulás megvan.", true],
    ["Még nem tud róla.", false],
    ["Nem járult hozzá.", false],
    ["Kérem, ne keressék meg.", false],
    ["Várjanak, amíg jelzek.", false],
    ["A kapcsolattartás csak rajtunk keresztül.", false],
    ["Nem hívhatják.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});
