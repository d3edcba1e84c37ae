// Hindi cue phrases for the stage, consent and the motion, in Devanagari as Indian partners write
// them, English loanwords spelt in Devanagari included ("डेमो", "रीसेल", "इम्प्लीमेंटेशन"). Hindi
// puts its "not" right before the verb, after the noun it negates ("सहमति नहीं दी", "मीटिंग तय नहीं
// हुई"): it is listed both before and after a cue. A vowel sign (a combining mark, no letter) may
// follow a cue's last consonant; the cues end on whole words or on a consonant no vowel sign can
// make into another word of the same field. Both spellings with and without the nukta are listed
// ("फ़िक्स" / "फिक्स").
import type { CueTable, LabelTable } from "./types.ts";

/**
 * Label words of a Hindi form, in Devanagari, English loanwords spelt in it included ("वेबसाइट",
 * "ईमेल"), with and without the nukta ("फ़ोन" / "फोन"); "… का नाम" is "the name of …".
 */
export const labels: LabelTable = {
  // company, company's name (both spellings), the organisation, the institution, the customer, the firm
  company: [
    "कंपनी",
    "कम्पनी",
    "कंपनी का नाम",
    "कम्पनी का नाम",
    "संस्था",
    "संस्थान",
    "ग्राहक",
    "ग्राहक का नाम",
    "फ़र्म",
    "फर्म",
    // the organisation and its name, a club
    "संगठन",
    "संगठन का नाम",
    "क्लब",
  ],
  // the website, the domain
  website: ["वेबसाइट", "वेब साइट", "डोमेन"],
  // the contact, the contact person, the contact's name
  contactName: ["संपर्क", "संपर्क व्यक्ति", "संपर्क का नाम", "संपर्क सूत्र"],
  // the post, the designation
  role: ["पद", "पदनाम"],
  // e-mail and its address
  email: ["ईमेल", "ई-मेल", "ईमेल पता", "ई-मेल पता"],
  // the telephone (with and without the nukta), its number, the mobile, the formal "दूरभाष"
  phone: ["फ़ोन", "फोन", "फ़ोन नंबर", "फोन नंबर", "मोबाइल", "मोबाइल नंबर", "दूरभाष"],
  // the state of things, the step, the current state, the stage as a loanword
  stage: ["स्थिति", "चरण", "वर्तमान स्थिति", "स्टेज"],
  // the estimated value, the value, the budget, the estimated budget or sum
  value: ["अनुमानित मूल्य", "मूल्य", "बजट", "अनुमानित बजट", "अनुमानित राशि", "राशि", "डील का मूल्य"],
  // the competitors (three words in use), as a loanword
  competitors: ["प्रतिस्पर्धी", "प्रतियोगी", "प्रतिद्वंद्वी", "कॉम्पिटिटर"],
  // the problem, the need (with and without the nukta), the requirement, the main problem, the challenge
  need: ["समस्या", "मुख्य समस्या", "ज़रूरत", "जरूरत", "आवश्यकता", "चुनौती"],
  // the region, the town, the state, the place
  region: ["क्षेत्र", "शहर", "राज्य", "स्थान"],
  // consent, consent or permission to be contacted
  consent: ["सहमति", "संपर्क की सहमति", "संपर्क की अनुमति", "संपर्क हेतु सहमति"],
  // our role, the kind of partnership
  motion: ["हमारी भूमिका", "साझेदारी का प्रकार"],
  // the product, as a loanword
  // the product, the interest
  product: ["उत्पाद", "प्रोडक्ट", "रुचि"],
};

/** A service the partner delivers: implementation, installation, training, support, integration, migration. */
const SERVICE = String.raw`(?:इम्प्लीमेंटेशन|इंप्लीमेंटेशन|कार्यान्वयन|इंस्टॉलेशन|इंस्टालेशन|ट्रेनिंग|प्रशिक्षण|सपोर्ट|इंटीग्रेशन|एकीकरण|माइग्रेशन)`;

export const cues: CueTable = {
  // the rival named before "compared with": "वे X से तुलना कर रहे हैं", "X से भी तुलना"
  competitorAfter: [String.raw`से\s+(?:भी\s+)?तुलना`],
  // a count of sites or staff opening the need, then a postposition ("12 शाखाओं में …", "30 ड्राइवरों की …")
  needSize: [String.raw`\d[\d,]*\+?\s\p{sc=Devanagari}{2,}\s(?:की|के|का|में|को)(?=\s)`],
  negationBefore: ["नहीं", "मत"],
  negationAfter: ["नहीं", "अभी नहीं", "अभी तक नहीं"],
  conditional: ["अगर", "यदि"],
  yes: ["हाँ", "हां", "जी हाँ", "जी हां"],
  no: ["नहीं", "अभी नहीं", "जी नहीं"],
  stage: {
    evaluation: [
      // a proposal or a quote asked for or sent: "प्रस्ताव माँगा है", "कोटेशन भेज दिया"
      // (the verb in any form: "भेजना है", "भेजेंगे", "मांगा")
      String.raw`(?:प्रस्ताव|कोटेशन|क्वोटेशन|quotation|quote|proposal)(?:\s*\([^)\n]{0,20}\))?\s+(?:माँग|मांग|भेज)[\p{L}\p{M}]*`,
      // a trial, a pilot, offers compared, the budget approved
      String.raw`(?:ट्रायल|पायलट)`,
      String.raw`तुलना\s+कर\s+(?:रहे|रही)`,
      // the proposal awaited: "प्रस्ताव की प्रतीक्षा", "कोटेशन का इंतज़ार"
      String.raw`(?:प्रस्ताव|कोटेशन|क्वोटेशन)(?:\s*\([^)\n]{0,20}\))?\s+(?:की\s+प्रतीक्षा|का\s+इंतज़ार|का\s+इंतजार)`,
      String.raw`बजट\s+(?:भी\s+)?(?:मंज़ूर|मंजूर|स्वीकृत)`,
    ],
    // "डेमो कॉल तय है", "पहली मीटिंग निर्धारित है"
    event: ["मीटिंग", "बैठक", "कॉल", "डेमो", "प्रेज़ेंटेशन", "प्रेजेंटेशन"],
    booked: ["तय", "निर्धारित", "फ़िक्स", "फिक्स"],
    day: ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"],
    month: [
      "जनवरी",
      "फ़रवरी",
      "फरवरी",
      "मार्च",
      "अप्रैल",
      "मई",
      "जून",
      "जुलाई",
      "अगस्त",
      "सितंबर",
      "सितम्बर",
      "अक्टूबर",
      "नवंबर",
      "नवम्बर",
      "दिसंबर",
      "दिसम्बर",
    ],
    newIntro: [
      // only a first introduction: "केवल प्रारंभिक परिचय"
      String.raw`(?:केवल|सिर्फ़|सिर्फ|बस)\s+(?:प्रारंभिक\s+|शुरुआती\s+)?परिचय`,
      // only an introduction so far, a first contact: "अभी सिर्फ़ परिचय हुआ है", "पहला संपर्क"
      String.raw`(?:केवल|सिर्फ़|सिर्फ|बस)\s+(?:परिचय|इंट्रो)`,
      String.raw`पहला\s+(?:संपर्क|परिचय)`,
      // no meeting yet: "मीटिंग अभी तय नहीं", "कॉल अभी नहीं हुई"
      String.raw`{event}\s+(?:अभी\s+)?(?:तक\s+)?(?:तय\s+)?नहीं`,
      // an introduction only, "a" between: "सिर्फ़ एक परिचय"
      String.raw`(?:केवल|सिर्फ़|सिर्फ|बस)\s+एक\s+(?:प्रारंभिक\s+|शुरुआती\s+)?परिचय`,
    ],
  },
  consent: {
    // agreed or permitted, and a word of contact in the same sentence: "संपर्क के लिए सहमति दी है",
    // "सीधे संपर्क की अनुमति दी है"
    agreeWord: ["सहमति", "सहमत", "अनुमति", "इजाज़त", "इजाजत"],
    contactWord: ["संपर्क", "कॉल", "फ़ोन", "फोन"],
    prohibition: [
      // do not contact (yet): "अभी संपर्क न करें", "कृपया कॉल मत कीजिए"
      String.raw`(?:संपर्क|कॉल|फ़ोन|फोन)\s+(?:न|मत)\s+(?:करें|करे|कीजिए|कीजिये)`,
      // not agreed (yet): "अभी तक सहमति नहीं दी", "अनुमति नहीं ली है"
      String.raw`(?:सहमति|अनुमति|इजाज़त|इजाजत)\s+(?:अभी\s+)?(?:तक\s+)?नहीं\s+(?:दी|ली|मिली)`,
      // wait for my word: "मेरी पुष्टि का इंतज़ार करें"
      String.raw`(?:पुष्टि|कन्फ़र्मेशन|कन्फर्मेशन)\s+(?:का|की)\s+(?:इंतज़ार|इंतजार|प्रतीक्षा)`,
    ],
  },
  motion: {
    // the partner buys and resells: "हम लाइसेंस रीसेल करेंगे", "लाइसेंस ख़रीदकर बेचेंगे", "पुनर्विक्रेता"
    resale: [
      String.raw`री-?सेल(?:र|रों)?`,
      String.raw`पुनर्विक्र(?:य|ेता)`,
      String.raw`(?:लाइसेंस|सब्सक्रिप्शन)\s+(?:हम\s+)?(?:ख़रीदकर|खरीदकर)`,
      String.raw`बिलिंग\s+(?:भी\s+)?हम\s+(?:करेंगे|करते)`,
    ],
    // only an introduction, the vendor selling: "हम केवल परिचय कराएँगे", "आगे की बिक्री आपकी टीम करेगी"
    referral: [
      String.raw`(?:केवल|सिर्फ़|सिर्फ|बस)\s+(?:परिचय|रेफ़रल|रेफरल|रेफ़र|रेफर)`,
      String.raw`रेफ़रल|रेफरल`,
      String.raw`(?:बिक्री|सेल्स)\s+आप(?:की|के)\s+(?:टीम|कंपनी)`,
    ],
    // the partner does the work: "हम इंस्टॉलेशन, ट्रेनिंग और सपोर्ट देंगे", "इम्प्लीमेंटेशन और ट्रेनिंग सर्विसेज़"
    services: [
      // the rollout done by our team: "कार्यान्वयन … हमारी टीम करेगी"
      String.raw`(?:कार्यान्वयन|इम्प्लीमेंटेशन)[^।.\n]{0,40}?हमारी\s+टीम\s+करेगी`,
      String.raw`हम\s+(?:[\p{L}\p{M}]+\s+){0,2}?${SERVICE}`,
      // the work first, then we (or our team, perhaps named in brackets) will do it: "कार्यान्वयन और प्रशिक्षण हम करेंगे",
      // "इम्प्लीमेंटेशन और सपोर्ट हमारी टीम (…) संभालेगी"
      String.raw`${SERVICE}(?:\s+(?:और|व|एवं)\s+[\p{L}\p{M}]+)?\s+(?:हम|हमारी\s+टीम)(?:\s*\([^)\n]{1,40}\))?\s+(?:करेंगे|करेगी|संभालेंगे|संभालेगी|देंगे|देगी)`,
      String.raw`${SERVICE}\s+(?:सर्विसेज़|सर्विसेज|सर्विस|सेवाएँ|सेवाएं|सेवा)`,
    ],
  },
  motionWeak: { services: ["इम्प्लीमेंटेशन", "कार्यान्वयन"] },
};
