// The partner's firm named before their own name where they introduce themselves, in the
// languages that write it so (lang/person-names.ts), and signed in a script without Latin letters
// beside the signer's name. Names and firms are made up.
import { describe, expect, it } from "vitest";
import { firmBeforeOwnName, organizationFromSignature } from "../../services/parser/extract/organization.ts";
import {
  firmBeforeNameJoiner,
  selfIntroductionAfter,
  topicParticleAfter,
} from "../../services/parser/lang/person-names.ts";

describe("a firm before the writer's own name", () => {
  it.each([
    ["안녕하세요, 별빛솔루션 최하늘입니다. 신규 건 공유드립니다.", "최하늘", "별빛솔루션"],
    ["별빛솔루션 최하늘이에요", "최하늘", "별빛솔루션"],
    ["파트너팀 안녕하세요.\n별빛솔루션 최하늘예요.", "최하늘", "별빛솔루션"],
    ["안녕하세요. 별빛솔루션 영업팀 최하늘입니다.", "최하늘", "별빛솔루션"],
    ["お疲れ様です。ほしぞらシステムズの田村 葵です。", "田村 葵", "ほしぞらシステムズ"],
    ["ほしぞらシステムズの田村葵でございます。", "田村 葵", "ほしぞらシステムズ"],
  ])("%s", (text, person, firm) => {
    expect(firmBeforeOwnName(text, person)).toBe(firm);
  });

  it.each([
    ["안녕하세요. 최하늘입니다.", "최하늘"],
    ["저는 최하늘입니다.", "최하늘"],
    ["私は田村葵です。", "田村 葵"],
    ["별빛솔루션 영업팀 최하늘입니다.", "강민호"],
    ["안녕하세요, 영업팀 최하늘입니다.", "최하늘"],
  ])("none in %s", (text, person) => {
    expect(firmBeforeOwnName(text, person)).toBeNull();
  });
});

describe("the tables", () => {
  it("each self-introduction ending closes a sentence after a name", () => {
    for (const end of Object.values(selfIntroductionAfter).flat())
      expect(firmBeforeOwnName(`별빛솔루션 최하늘${end}`, "최하늘")).toBe("별빛솔루션");
  });
  it("each joiner is left out of the firm", () => {
    for (const joiner of Object.values(firmBeforeNameJoiner).flat())
      expect(firmBeforeOwnName(`ほしぞら${joiner}田村です`, "田村")).toBe("ほしぞら");
  });
  it("each topic particle makes the word before the name no firm", () => {
    for (const particle of Object.values(topicParticleAfter).flat())
      expect(firmBeforeOwnName(`저${particle} 최하늘입니다`, "최하늘")).toBeNull();
  });
});

describe("a firm signed in a script without Latin letters", () => {
  const org = (sig: string, person: string) => organizationFromSignature(sig, { domain: null, personName: person });

  it.each([
    ["최하늘 / 별빛솔루션", "최하늘", "별빛솔루션"],
    ["최하늘 / 별빛솔루션 영업팀\n010-0000-0000", "최하늘", "별빛솔루션"],
    ["최하늘 드림\n별빛솔루션 대표", "최하늘", "별빛솔루션"],
    ["Дарина Вербова\nЗоряні Рішення | +380 00 000 00 00", "Дарина Вербова", "Зоряні Рішення"],
  ])("%s", (sig, person, firm) => {
    expect(org(sig, person)).toBe(firm);
  });

  it("a phone alone under the name names no firm", () => {
    expect(org("Дарина Вербова\n+380 00 000 00 00", "Дарина Вербова")).toBeNull();
  });
});
