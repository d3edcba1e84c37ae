// Hindi cue phrases for the stage, consent and the motion, in Devanagari as Indian partners write
// them, English loanwords spelt in Devanagari included ("डेमो", "रीसेल", "इम्प्लीमेंटेशन"). Hindi
// puts its "not" right before the verb, after the noun it negates ("सहमति नहीं दी", "मीटिंग तय नहीं
// हुई"): it is listed both before and after a cue. A vowel sign (a combining mark, no letter) may
// follow a cue's last consonant; the cues end on whole words or on a consonant no vowel sign can
// make into another word of the same field. Both spellings with and without the nukta are listed
// ("फ़िक्स" / "फिक्स").
import type { CueTable, LabelTable } from "./types.ts";

/** A service the partner delivers: implementation, installation, training, support, integration, migration. */
const SERVICE = String.raw`(?:इम्प्लीमेंटेशन|इंप्लीमेंटेशन|कार्यान्वयन|इंस्टॉलेशन|इंस्टालेशन|ट्रेनिंग|प्रशिक्षण|सपोर्ट|इंटीग्रेशन|एकीकरण|माइग्रेशन)`;

export const cues: CueTable = {
  negationBefore: ["नहीं", "मत"],
  negationAfter: ["नहीं", "अभी नहीं", "अभी तक नहीं"],
  conditional: ["अगर", "यदि"],
  yes: ["हाँ", "हां", "जी हाँ", "जी हां"],
  no: ["नहीं", "अभी नहीं", "जी नहीं"],
  stage: {
    evaluation: [
      // a proposal or a quote asked for or sent: "प्रस्ताव माँगा है", "कोटेशन भेज दिया"
      String.raw`(?:प्रस्ताव|कोटेशन|क्वोटेशन)(?:\s*\([^)\n]{0,20}\))?\s+(?:माँग|मांग|भेज)`,
      // a trial, a pilot, offers compared, the budget approved
      String.raw`(?:ट्रायल|पायलट)`,
      String.raw`तुलना\s+कर\s+(?:रहे|रही)`,
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
      // only an introduction so far, a first contact: "अभी सिर्फ़ परिचय हुआ है", "पहला संपर्क"
      String.raw`(?:केवल|सिर्फ़|सिर्फ|बस)\s+(?:परिचय|इंट्रो)`,
      String.raw`पहला\s+(?:संपर्क|परिचय)`,
      // no meeting yet: "मीटिंग अभी तय नहीं", "कॉल अभी नहीं हुई"
      String.raw`{event}\s+(?:अभी\s+)?(?:तक\s+)?(?:तय\s+)?नहीं`,
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
      String.raw`हम\s+(?:[\p{L}\p{M}]+\s+){0,2}?${SERVICE}`,
      String.raw`${SERVICE}\s+(?:सर्विसेज़|सर्विसेज|सर्विस|सेवाएँ|सेवाएं|सेवा)`,
    ],
  },
  motionWeak: { services: ["इम्प्लीमेंटेशन", "कार्यान्वयन"] },
};

// The label words, as Hindi forms write them in Devanagari ("पद: …", "शहर: …"): the contact's title
// and the prospect's place. Hindi writes blanks between words, so the labels are bounded like the
// Latin-script ones.
export const labels: LabelTable = {
  // "post, position", "designation"
  role: ["पद", "पदनाम"],
  // "city", "area, region", "state", "place"
  region: ["शहर", "क्षेत्र", "राज्य", "स्थान"],
};
