// Hindi cue entries (services/parser/lang/hi.ts): stage, consent and motion, each in a sentence
// written for this test (invented names, never a corpus mail's words), with the near misses the
// risky ones must leave alone. Hindi ends a sentence with "।" and puts "नहीं" before the verb.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Hindi stage cues", () => {
  it.each([
    ["गुरुवार को डेमो मीटिंग तय है।", "discovery_scheduled"],
    ["3 मार्च को पहली कॉल निर्धारित है।", "discovery_scheduled"],
    ["उन्होंने कोटेशन माँगा है।", "evaluation"],
    ["हमने प्रस्ताव (offer) भेजा है।", "evaluation"],
    ["दो शाखाओं में पायलट चल रहा है।", "evaluation"],
    ["अभी सिर्फ़ परिचय हुआ है।", "new_intro"],
    ["कोई मीटिंग अभी तय नहीं हुई है।", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // a meeting room is a product need, no meeting; a booking is no "booked"
    ["ग्राहक को मीटिंग रूम बुकिंग के लिए सिस्टम चाहिए।", null],
  ])("not so: %s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Hindi consent cues", () => {
  it.each([
    ["श्री वर्मा ने सीधे संपर्क की अनुमति दी है।", true],
    ["सुनीता जी आपकी टीम से फ़ोन पर बात करने के लिए सहमत हैं।", true],
    ["कृपया अभी उन्हें फ़ोन मत कीजिए।", false],
    ["उन्होंने संपर्क के लिए सहमति नहीं दी है।", false],
    ["मैंने अभी अनुमति नहीं ली है, पहले मुझसे बात करें।", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it("a negated agreement is never a yes", () => expect(detectConsent("वे संपर्क के लिए अभी सहमत नहीं हैं।")).not.toBe(true));
});

describe("Hindi motion cues", () => {
  it.each([
    ["हम सॉफ़्टवेयर के लाइसेंस रीसेल करेंगे।", "resale"],
    ["हम लाइसेंस ख़रीदकर ग्राहक को बेचेंगे।", "resale"],
    ["हमारा काम सिर्फ़ रेफ़रल है, आगे की बिक्री आपकी टीम संभालेगी।", "referral"],
    ["हम केवल परिचय करा रहे हैं।", "referral"],
    ["हम इंस्टॉलेशन और सपोर्ट देंगे।", "services"],
    ["हमारी भूमिका: माइग्रेशन और ट्रेनिंग सर्विसेज़", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    ["हम रीसेल नहीं करेंगे।", null],
    ["ग्राहक अपनी टीम को ट्रेनिंग देना चाहता है।", null],
  ])("not so: %s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
