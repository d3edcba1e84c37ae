// Thai label words for the need, the competitors and the area, as Thai forms write them ("ปัญหา: …",
// "คู่แข่ง: …"), the words that say what a figure is, and cue phrases for the stage, consent and the
// motion. Thai writes no blanks between words: a money word is one that stands apart ("504,000 บาท
// ต่อปี", "3,000 บาท/เดือน"); a cue phrase is matched wherever it stands among Thai letters
// (normalise/cues.ts: CUE_START), and a negation written before it ("ยังไม่ได้…") is kept out by the
// cue itself (NOT).
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "company" (the same word opens the name as its legal kind), "company name", "agency, body",
  // "name of the body", "organisation", "customer", "customer name"
  company: [
    "บริษัท",
    "ชื่อบริษัท",
    "หน่วยงาน",
    "ชื่อหน่วยงาน",
    "องค์กร",
    "ลูกค้า",
    "ชื่อลูกค้า",
    // the organisation's name
    "ชื่อองค์กร",
    // a club, a society
    "สโมสร",
    "ชมรม",
  ],
  // "website"
  website: ["เว็บไซต์"],
  // "contact person", "contact person's name"
  contactName: [
    "ผู้ติดต่อ",
    "ชื่อผู้ติดต่อ",
    // the co-ordinator and their name
    "ผู้ประสานงาน",
    "ชื่อผู้ประสานงาน",
  ],
  // "position"
  role: ["ตำแหน่ง"],
  // "e-mail", in both spellings
  email: ["อีเมล", "อีเมล์"],
  // "telephone" in full and short, "phone number"
  phone: [
    "โทรศัพท์",
    "โทร",
    "เบอร์โทร",
    // telephone number, mobile, contact number
    "เบอร์โทรศัพท์",
    "มือถือ",
    "เบอร์ติดต่อ",
  ],
  // "the problem", "the need, what is wanted"
  need: [
    "ปัญหา",
    "ความต้องการ",
    // the main problem, the customer's need
    "ปัญหาหลัก",
    "ความต้องการของลูกค้า",
  ],
  // "competitor(s)"
  competitors: ["คู่แข่ง"],
  // "area" (where the customer is)
  region: [
    "พื้นที่",
    // the province, the location
    "จังหวัด",
    "ที่ตั้ง",
  ],
  // the prospect's consent to be contacted: "ยินยอมให้ติดต่อ: ใช่", "อนุญาตให้ติดต่อ: ไม่"
  consent: ["ยินยอมให้ติดต่อ", "อนุญาตให้ติดต่อ", "การยินยอม", "ความยินยอม"],
  // the status, the step, the progress
  stage: ["สถานะ", "ขั้นตอน", "ความคืบหน้า"],
  // the estimated value (both spellings), the value, the budget, the project's value
  value: ["มูลค่าโดยประมาณ", "มูลค่าประมาณ", "มูลค่า", "งบประมาณ", "มูลค่าโครงการ"],
  // the form (of selling, of co-operation), our role
  motion: ["รูปแบบ", "รูปแบบการขาย", "รูปแบบความร่วมมือ", "บทบาทของเรา"],
  // the product, the module
  // the product, the goods, the module, "interested (in)"
  // also the module(s) of interest ("โมดูลที่สนใจ")
  product: ["ผลิตภัณฑ์", "สินค้า", "โมดูล", "สนใจ", "โมดูลที่สนใจ"],
};

/** Thai saying "not" or "not yet" right before a verb it negates ("ยังไม่ได้ขอ…", "ไม่มีนัด"): a cue's own lookbehind. */
const NOT = String.raw`(?<!ไม่(?:ได้|มี)?\s?(?:ขอ|ส่ง|ยื่น|ได้รับ|ทำ|มี|ได้)?)`;
/** Us, the partner: "เรา", "ทางเรา", "บริษัทเรา", "บริษัทฯ", "ผม"/"ดิฉัน" as the writer. */
const US = String.raw`(?:ทางเรา|บริษัทเรา|บริษัทฯ|พวกเรา|เรา)`;
/** Being contacted: "ติดต่อ", "โทร". */
const CONTACT = String.raw`(?:ติดต่อ|โทร)`;
/** A meeting: a meeting, a talk, a demo, a showing, a visit, a presentation. */
const MEETING = String.raw`(?:ประชุม|คุย|เดโม|demo|สาธิต|เข้าพบ|นำเสนอ|พรีเซนต์)`;
/** A weekday or near day written out: "วันอังคาร", "วันที่ 12", "พรุ่งนี้", "สัปดาห์หน้า". */
const DAY = String.raw`(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัส(?:บดี)?|ศุกร์|เสาร์|อาทิตย์|ที่\s?\d)|พรุ่งนี้|สัปดาห์หน้า|อาทิตย์หน้า)`;

export const cues: CueTable = {
  // "ที่ทุ่งมะปราง" (at Thung Maprang), "ในทุ่งมะปราง" (in Thung Maprang), "จากทุ่งมะปราง" (from Thung Maprang): joined to
  // the place the subject names, and to the word before it too (Thai writes no blank between words)
  placeMention: { glued: ["ที่", "ใน", "จาก"] },
  // a province, written out or short ("จังหวัดน่าน", "จ.น่าน"); the short form only glued to the name
  // ("จ. 5 ม.ค." is a Monday)
  regionWordGlued: ["จังหวัด", String.raw`จ\.(?=\p{sc=Thai})`],
  // a shop, a farm, a plantation, a court or course, a clinic, a hotel, a resort, a company, a studio
  businessNounGlued: ["ร้าน", "ฟาร์ม", "ไร่", "สนาม", "คลินิก", "โรงแรม", "รีสอร์ท", "บริษัท", "สตูดิโอ"],
  // the contact, the person to contact, the owner ("ผู้ติดต่อ", "ติดต่อ", "เจ้าของ")
  contactAfterPlace: ["ผู้ติดต่อ", "ติดต่อ", "เจ้าของ"],
  // the prospect's details still to come: "อีเมลยังไม่ได้" (the e-mail not yet), "จะส่งเว็บไซต์ให้พรุ่งนี้"
  // (the website to be sent tomorrow), "ชื่อผู้ติดต่อ…ภายหลัง" (the contact's name later)
  detailsLater: {
    detail: ["อีเมล", "อีเมล์", "เว็บไซต์", "ชื่อผู้ติดต่อ"],
    later: ["ยังไม่มี", "ยังไม่ได้", "พรุ่งนี้", "ทีหลัง", "ภายหลัง"],
  },
  // weighing offers: "เปรียบเทียบ" (compare)
  comparisonWord: ["เปรียบเทียบ"],
  // the partner registering: "ลงทะเบียน" (register) before what is registered, a deal ("ดีล"), a lead
  // ("ลีด"), a customer ("ลูกค้า") or a sales opportunity ("โอกาสการขาย", "โอกาสทางการขาย"); the word
  // alone registers for a course or an exam too, and "การลงทะเบียน" (the registration) is an answer's;
  // a new lead announced ("ลีดใหม่"), a new customer introduced ("แนะนำลูกค้าใหม่"; a new customer
  // alone, "ลูกค้าใหม่", is any shop's offer to newcomers)
  // and a new customer reported to the vendor ("แจ้งลูกค้าใหม่", "notify a new customer")
  registering: [String.raw`ลงทะเบียน(?:ดีล|ลีด|ลูกค้า|โอกาส(?:ทาง)?การขาย)`, "ลีดใหม่", "แนะนำลูกค้าใหม่", "แจ้งลูกค้าใหม่"],
  // the prospect's problem: a process on paper, in a notebook or by hand, figures that do not
  // match, a problem as such; a wish ("อยากได้" wants to get, "ต้องการ" needs), an interest
  // ("สนใจ") or a search ("กำลังหา"); Thai writes no blank between words, so each stands inside its run
  problem: {
    strong: ["กระดาษ", "สมุด", "ด้วยมือ", "ไม่ตรงกัน", "ไม่ตรงกับ", "ปัญหา"],
    weak: ["อยากได้", "ต้องการ", "สนใจ", "กำลังหา"],
  },
  // a consent label's answer: "ใช่", "ได้", "ยินยอม" (yes), "ไม่", "ไม่ได้", "ยังไม่", "ไม่ยินยอม" (no)
  yes: ["ใช่", "ได้", "ยินยอม"],
  no: ["ไม่", "ไม่ได้", "ยังไม่", "ไม่ยินยอม"],
  stage: {
    evaluation: [
      // a quote asked for, sent or received: "ขอใบเสนอราคา", "ส่งใบเสนอราคาแล้ว", "ยื่นข้อเสนอ"
      String.raw`${NOT}(?:ขอ|ส่ง|ยื่น|ได้รับ)(?:ใบ)?เสนอราคา`,
      String.raw`${NOT}ยื่นข้อเสนอ`,
      // a trial, a pilot, a test: "ทดลองใช้", "โครงการนำร่อง", "ทดสอบระบบ"
      String.raw`${NOT}ทดลองใช้`,
      String.raw`${NOT}(?:ช่วง|ระยะ)ทดลอง`,
      "นำร่อง",
      String.raw`${NOT}ทดสอบระบบ`,
      // weighing offers: "เปรียบเทียบราคา", "เทียบกับเจ้าอื่น"
      String.raw`เปรียบเทียบ(?:ราคา|กับ|ระหว่าง|หลาย|ผลิตภัณฑ์|โซลูชัน|ข้อเสนอ)`,
      "เทียบราคา",
      // a tender, the budget approved or asked for: "ประกวดราคา", "อนุมัติงบแล้ว", "ของบประมาณ"
      "ประกวดราคา",
      String.raw`${NOT}อนุมัติงบ`,
      String.raw`${NOT}(?:ของบ|ตั้งงบ)`,
      // comparing quotes: "เปรียบเทียบใบเสนอราคา"
      String.raw`เปรียบเทียบใบเสนอราคา`,
    ],
    discovery: [
      // an appointment to meet, then fixed: "นัดประชุมไว้แล้ว", "นัดเดโมเรียบร้อย", "มีนัดกับลูกค้า"
      String.raw`${NOT}(?<!อยาก|ขอ|จะ|ต้อง)นัด(?:หมาย)?${MEETING}?[^\n]{0,30}?(?:ไว้แล้ว|ไว้กับ|เรียบร้อย|ได้แล้ว)`,
      String.raw`${NOT}มีนัด(?:กับ|${MEETING})`,
      // a meeting and its day: "ประชุมวันอังคารหน้า", "เดโมพรุ่งนี้"
      // (not a talk: "คุยกันวันจันทร์" may be one that took place)
      String.raw`(?:ประชุม|เดโม|demo|สาธิต|เข้าพบ|นำเสนอ|พรีเซนต์|นัด)[^\n]{0,30}?${DAY}`,
    ],
    newIntro: [
      // a new customer, an introduction, a first contact: "ลูกค้าใหม่", "ขอแนะนำลูกค้า", "ติดต่อครั้งแรก"
      "ลูกค้าใหม่",
      // a new lead, the English word spelled in Thai: "ลีดใหม่", "ลีด ใหม่"
      String.raw`ลีด\s?ใหม่`,
      String.raw`(?:ขอ|แค่|เพียง)แนะนำ`,
      String.raw`ติดต่อ(?:เป็น)?ครั้งแรก`,
      // just started, still looking: "เพิ่งเริ่มคุย", "กำลังพิจารณา", "อยู่ระหว่างหาข้อมูล"
      String.raw`เพิ่ง(?:เริ่ม)?(?:คุย|ติดต่อ|สนใจ)`,
      String.raw`กำลัง(?:พิจารณา|มองหา)`,
      String.raw`อยู่ระหว่าง(?:ศึกษา|หาข้อมูล)`,
      // no meeting yet: "ยังไม่ได้นัด", "ยังไม่มีนัด", "ยังไม่ได้คุย"
      String.raw`ยังไม่(?:ได้)?(?:มี)?(?:นัด|คุย|ประชุม|เจอ)`,
      // only just introduced, a first introduction: "เพิ่งแนะนำเบื้องต้น", "แนะนำเบื้องต้นเท่านั้น"
      String.raw`เพิ่งแนะนำ|แนะนำเบื้องต้น`,
    ],
  },
  consent: {
    permission: [
      // glad for the vendor to contact: "ยินดีให้ทีม … ติดต่อ"
      String.raw`ยินดีให้[^\n.]{0,40}?ติดต่อ(?!(?:กลับ)?หา(?:ผม|ดิฉัน|ฉัน|เรา))`,
      // the prospect lets the vendor call: "ลูกค้ายินดีให้ติดต่อ", "อนุญาตให้ทีมขายโทรได้", "โอเคให้โทรได้"
      String.raw`(?<!ไม่)(?:ยินดี|ยินยอม|อนุญาต|ตกลง|โอเค)ให้(?:ทาง)?[^\s]{0,12}?${CONTACT}(?!(?:กลับ)?(?:หา)?(?:ผม|ดิฉัน|ฉัน|เรา))`,
      // the vendor named in Latin letters between: "ยินยอมให้ทีม Acme ติดต่อได้", "ยินดีให้ the vendor ติดต่อโดยตรง"
      String.raw`(?<!ไม่)(?:ยินดี|ยินยอม|อนุญาต)ให้(?:ทีม|ทาง)?\s*(?:the\s+vendor|[A-Za-z][A-Za-z0-9&.-]{0,30})(?:\s+team)?\s*${CONTACT}(?!(?:กลับ)?(?:หา)?(?:ผม|ดิฉัน|ฉัน|เรา))`,
      // the prospect awaits the vendor's call: "ลูกค้ารอการติดต่อจากคุณ"
      String.raw`ลูกค้า[^\n]{0,10}?รอ(?:การ)?${CONTACT}`,
    ],
    prohibition: [
      // do not contact (yet): "อย่าเพิ่งติดต่อ", "ยังไม่ต้องโทร", "ห้ามติดต่อโดยตรง"
      String.raw`(?:อย่า|ห้าม|ยังไม่ต้อง)(?:เพิ่ง)?${CONTACT}`,
      // wait for us: "รอให้ผมยืนยันก่อน", "รอเราแจ้ง"
      String.raw`รอ(?:ให้)?(?:ผม|ดิฉัน|${US})(?:ยืนยัน|แจ้ง)`,
      // not agreed yet: "ยังไม่ได้อนุญาต", "ยังไม่ยินยอม"
      String.raw`ยังไม่(?:ได้)?(?:ขอ)?(?:อนุญาต|ยินยอม|ตกลง)`,
    ],
  },
  motion: {
    // resold by the partner: "ขายต่อ", "สั่งซื้อผ่านเรา", "ออกใบแจ้งหนี้ผ่านบริษัทเรา", "รีเซลเลอร์"
    resale: [
      "ขายต่อ",
      String.raw`(?:ซื้อ|สั่งซื้อ|ออกใบแจ้งหนี้|ออกบิล|ออกใบกำกับภาษี|ทำสัญญา)ผ่าน${US}`,
      String.raw`${US}เป็น(?:ตัวแทนจำหน่าย|ดีลเลอร์|รีเซลเลอร์)`,
      "รีเซลเลอร์",
    ],
    // the partner installs, sets up, trains, supports: "ทางเราจะติดตั้งและดูแลระบบ", "บริการติดตั้ง"
    services: [
      String.raw`${US}(?:จะ)?(?:เป็นผู้|เป็นคน)?(?:ติดตั้ง|ดูแลระบบ|วางระบบ|implement|อบรม|ฝึกอบรม|ซัพพอร์ต|บำรุงรักษา)`,
      "บริการติดตั้ง",
      // we will take care of the installing or training: "ทางเราจะรับผิดชอบการย้ายข้อมูล"; the firm, a space, then the role:
      // "บริษัทฯ เป็นผู้วางระบบ"
      String.raw`${US}(?:จะ)?(?:ดูแล|รับผิดชอบ)(?:การ)?(?:ติดตั้ง|อบรม|ฝึกอบรม|วางระบบ|ย้ายข้อมูล)`,
      String.raw`${US}\s(?:จะ)?(?:เป็นผู้|เป็นคน)(?:ติดตั้ง|ดูแลระบบ|วางระบบ|อบรม)`,
      // "จะเป็นผู้ดูแลการติดตั้งระบบ" (will be the one in charge of installing)
      String.raw`เป็นผู้ดูแลการ(?:ติดตั้ง|อบรม|ย้ายข้อมูล|วางระบบ)`,
    ],
    // only an introduction, the vendor selling directly: "แค่แนะนำ", "ค่าแนะนำ", "ค่านายหน้า"
    referral: [
      // passed on for the vendor's team to take care of: "ส่งต่อให้ทีม … ดูแลต่อ"
      String.raw`ส่งต่อให้ทีม`,
      String.raw`(?:แค่|เพียง)แนะนำ`,
      String.raw`ค่า(?:แนะนำ|นายหน้า)`,
      String.raw`(?:คุณ|บริษัทคุณ|เวนเดอร์)(?:ขาย|ทำสัญญา)(?:กับลูกค้า)?โดยตรง`,
    ],
    // the products joined: "เชื่อมต่อกับระบบของเรา"
    technology: [String.raw`เชื่อม(?:ต่อ)?กับ(?:ระบบ|แพลตฟอร์ม|ผลิตภัณฑ์)ของ${US}`],
    // bought on a cloud's marketplace: "ซื้อผ่าน AWS Marketplace", "มาร์เก็ตเพลส"
    marketplace: ["มาร์เก็ตเพลส"],
  },
  // the deal's value: a yearly figure ("ต่อปี", "/ปี", "ปีละ"), a value ("มูลค่า"), a budget
  // ("งบประมาณ"); a monthly one ("ต่อเดือน", "/เดือน", "เดือนละ") is a fee's part, and an amount
  // "per unit" ("/ตัว", "ต่อตัว": per machine, per lift) is a unit's price
  money: {
    near: [String.raw`(?:ต่อ|\/)\s?ปี`, "ปีละ", "มูลค่า", "งบประมาณ"],
    monthly: [String.raw`(?:ต่อ|\/)\s?เดือน`, "เดือนละ"],
    unit: [String.raw`(?:ต่อ|\/)\s?ตัว`],
  },
};
