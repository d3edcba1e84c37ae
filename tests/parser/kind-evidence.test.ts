// Evidence the classifier needs to tell a registration from other mail, in both directions: a
// filled form in a language's labels or below the sign-off, a forwarded own mail to the prospect,
// a registration claimed before its details are known, a lead whose details are to follow, an
// answer quoting the vendor's mail; and
// mail that must stay what it is. Names, firms and sentences are made up, in other words than
// any corpus mail.
import { describe, expect, it } from "vitest";
import { findLabelled } from "../../services/parser/extract/labels.ts";
import { splitForwards } from "../../services/parser/text/forwards.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (subject: string, body: string, headers = "") =>
  Buffer.from(
    `From: Nora Quist <nora@quistit.example>\r\nTo: partners@vendor.example\r\n${headers}Subject: ${subject}\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );
const kindOf = async (subject: string, body: string, headers = "") =>
  (await parseMessage(mail(subject, body, headers), opts)).output;

describe("labelled lines", () => {
  it("after a square or circle bullet, as Japanese and Korean forms write them", () => {
    const got = findLabelled("■ 会社名:北斗物産株式会社\n● 이메일: h.lee@bukdu.example");
    expect(got.map((l) => [l.field, l.value])).toEqual([
      ["company", "北斗物産株式会社"],
      ["email", "h.lee@bukdu.example"],
    ]);
  });

  it("a label in two languages names the field its known halves agree on", () => {
    const got = findLabelled("Įmonė / Company\tKauno Baldai UAB\nKontaktisik / Contact\tMari Tamm\nFoo / Bar\tbaz");
    expect(got.map((l) => [l.field, l.value])).toEqual([
      ["company", "Kauno Baldai UAB"],
      ["contactName", "Mari Tamm"],
    ]);
  });

  it("a salutation line of a Japanese letter is no contact label", () => {
    expect(findLabelled("パートナー窓口\nご担当者様\n\nお世話になっております。")).toEqual([]);
  });
});

describe("forwarded mail in further languages", () => {
  it.each([
    ["---------- Pārsūtīts ziņojums ---------", "No", "Datums", "Temats", "Kam"],
    ["---------- Persiųstas laiškas ---------", "Nuo", "Data", "Tema", "Kam"],
    ["---------- Edastatud kiri ---------", "Saatja", "Kuupäev", "Teema", "Kellele"],
    ["---------- Továbbított üzenet ---------", "Feladó", "Dátum", "Tárgy", "Címzett"],
    ["---------- 転送されたメッセージ ---------", "差出人", "日付", "件名", "宛先"],
    ["---------- 전달된 메시지 ---------", "보낸사람", "날짜", "제목", "받는사람"],
    // Thunderbird's marker in Greek, Polish, Czech and Russian
    ["-------- Προωθημένο μήνυμα --------", "Από", "Ημερομηνία", "Θέμα", "Προς"],
    ["-------- Wiadomość przekazana --------", "Od", "Data", "Temat", "Do"],
    ["-------- Přeposlaná zpráva --------", "Od", "Datum", "Předmět", "Komu"],
    ["-------- Пересланное сообщение --------", "От", "Дата", "Тема", "Кому"],
    // Romanian: Gmail and Thunderbird (the t with a comma below, or with a cedilla as older
    // fonts and keyboards write it), Outlook's original message
    ["---------- Mesaj redirecționat ---------", "De la", "Dată", "Subiect", "Către"],
    ["-------- Mesaj redirecţionat --------", "De la", "Data", "Subiect", "Catre"],
    ["-----Mesaj original-----", "De la", "Trimis", "Subiect", "Către"],
  ])("%s", (marker, from, date, subject, to) => {
    const s = splitForwards(
      `see below\n\n${marker}\n${from}: Ivo Berzs <ivo@kalnskoks.example>\n${date}: 3.4.2026\n${subject}: hello\n${to}: Nora <nora@quistit.example>\n\nHello Nora, we would like a demo.`,
    );
    expect(s.own).toBe("see below");
    expect(s.forwards[0]?.from?.address).toBe("ivo@kalnskoks.example");
    expect(s.forwards[0]?.body).toBe("Hello Nora, we would like a demo.");
  });
});

describe("kind: a registration the classifier used to miss", () => {
  it("a form in Hungarian labels", async () => {
    const out = await kindOf(
      "Új lehetőség",
      "Üdv!\n\nCég: Tisza Fa Kft.\nWeboldal: tiszafa.hu\nKapcsolattartó: Szabó Éva\nE-mail cím: szabo.eva@tiszafa.hu\n\nNora",
    );
    expect(out.kind).toBe("registration");
    expect(out.registration?.company.domain).toBe("tiszafa.hu");
  });

  it("a CRM form placed below the sign-off belongs to the partner's text, not the signature", async () => {
    const out = await kindOf(
      "Registration",
      "Hello team,\n\nfrom our CRM, see the record.\n\nCheers, Nora\nAccount\tPenhale Quarries Ltd\nWebsite\twww.penhale-quarries.co.uk\nMain contact\tTamsin Roe\nE-mail\ttamsin.roe@penhale-quarries.co.uk\nSites\t4 quarries\nNora Quist · Quist IT\n+44 20 5555 0101",
    );
    expect(out.kind).toBe("registration");
    expect(out.registration?.company.domain).toBe("penhale-quarries.co.uk");
    expect(out.registration?.contact.email).toBe("tamsin.roe@penhale-quarries.co.uk");
  });

  it("a partner forwarding their own mail to the prospect: its recipient is the contact", async () => {
    const out = await kindOf(
      "Fwd: next steps",
      "Hi,\n\nmy mail to Colm below so you have the background. Please register it for us.\n\nNora\n\nFrom: Nora Quist <nora@quistit.example>\nSent: 2 April 2026 10:12\nTo: Colm Dunne <colm.dunne@dunnebakery.ie>\nSubject: next steps\n\nHi Colm,\n\ngood talking today; I will pass your details on, they will call before the demo on the 20th.\n\nNora",
    );
    expect(out.kind).toBe("registration");
    expect(out.registration?.contact.email).toBe("colm.dunne@dunnebakery.ie");
    expect(out.registration?.contact.name).toBe("Colm Dunne");
  });

  it("a registration claimed before the company may be named still names a contact: incomplete, not other", async () => {
    const out = await kindOf(
      "Early reg - hospital group (NDA)",
      "Hi,\n\nwe are putting down a marker on this one: a hospital group in Wales, their finance director, Owen Pryce, asked about scheduling tools. I cannot name the group yet.\n\nNora",
    );
    expect(out.kind).toBe("registration");
    expect(out.missing).toEqual(expect.arrayContaining(["company.name", "company.domain", "contact.email"]));
  });

  it("a named prospect with a full contact and a problem, without a registering word", async () => {
    const out = await kindOf(
      "Marram Joinery",
      "Hi,\n\nMarram Joinery - a six-man workshop in Bude. Owner is Kit Marram, kit.marram@marramjoinery.co.uk.\nThey still track every job on paper job cards and lose hours each week.\n\nNora",
    );
    expect(out.kind).toBe("registration");
  });
});

describe("kind: a lead whose details are still to come", () => {
  it.each([
    [
      "from the road",
      "Quick one: a dog grooming salon in Polwenna wants online booking for its three vans. Talked to the owner today, her mail to follow tomorrow.\n\nSent from my phone",
    ],
    [
      "nuevo cliente",
      "Hola, registrad por favor una bodega de Cariñena, quieren control de stock por lote. El correo del encargado lo mando más tarde.\n\nNora",
    ],
    ["报备", "帮忙登记一个客户：一家做宠物美容的连锁店，想要线上预约，邮箱稍后发。"],
  ])("is a registration held with the fields it lacks: %s", async (subject, body) => {
    const out = await kindOf(subject, body);
    expect(out.kind).toBe("registration");
    expect(out.missing).toEqual(expect.arrayContaining(["contact.email"]));
    expect(out.confidence).toBeLessThanOrEqual(0.5);
  });

  it("not when the partner asks something, registered the lead before, or answers a mail", async () => {
    const asks = await kindOf(
      "lead",
      "Hi, a dog grooming salon in Polwenna wants online booking. Her mail to follow tomorrow - is this covered by the referral fee?\n\nNora",
    );
    expect(asks.kind).not.toBe("registration");
    const before = await kindOf(
      "Polwenna salon",
      "Hi, I registered the Polwenna grooming salon on Monday, they want online booking. Her mail to follow tomorrow.\n\nNora",
    );
    expect(before.kind).not.toBe("registration");
    const answer = await kindOf(
      "Re: your question",
      "Hi, the Polwenna grooming salon wants online booking for three vans. Her mail to follow tomorrow.\n\nNora",
      "In-Reply-To: <abc.123@mail.vendor.example>\r\n",
    );
    expect(answer.kind).not.toBe("registration");
  });
});

describe("kind: an answer quoting the vendor's mail", () => {
  it("is a reply, though its In-Reply-To is not the vendor's", async () => {
    const out = await kindOf(
      "Re: the Dunne bakery",
      "Hi Ana,\n\nyes, they run Sage 50, the 2024 release.\n\nNora\n\nOn Tue, 2 Apr 2026 at 10:00, Ana Reis <ana.reis@vendor.example> wrote:\n> which accounting package do they use?",
      "In-Reply-To: <CAF1x9@mail.gmail.com>\r\n",
    );
    expect(out.kind).toBe("reply");
  });

  it("names the case the quoted mail of the vendor's names, the latest quote first", async () => {
    const out = await kindOf(
      "Re: your registration",
      "Hi,\n\nthey signed today, please extend it to March.\n\nNora\n\n-----Original Message-----\nFrom: Partner Desk <partners@vendor.example>\nSent: Monday, 6 April 2026 09:12\nSubject: your registration\n\nDear Nora, your registration REG-2026-000417 (Dunne Bakery) runs out on 10 April.\n\n-----Original Message-----\nFrom: Partner Desk <partners@vendor.example>\nSubject: REG-2026-000388\n\nreceived.",
      "In-Reply-To: <CAF7q2@mail.gmail.com>\r\n",
    );
    expect(out).toMatchObject({ kind: "reply", caseRef: "REG-2026-000417" });
    const someoneElses = await kindOf(
      "Re: their registration",
      "Noted.\n\nOn Tue, 2 Apr 2026 at 10:00, Pat Lee <pat@friendco.example> wrote:\n> our deal REG-2026-000417 closed",
      "In-Reply-To: <CAF7q2@mail.gmail.com>\r\n",
    );
    expect(someoneElses.caseRef).toBeNull();
    const toOurMessageId = await kindOf(
      "Re: your registration",
      "Signed! Please extend.\n\nNora\n\n> Dear Nora, your registration REG-2026-000417 runs out on 10 April.",
      "In-Reply-To: <ack-417.1@vendor.example>\r\n",
    );
    expect(toOurMessageId).toMatchObject({ kind: "reply", caseRef: "REG-2026-000417" });
  });

  it("not when the quoted mail is someone else's, nor without In-Reply-To", async () => {
    const other = await kindOf(
      "Re: lunch",
      "Thursday works, see you then.\n\nOn Tue, 2 Apr 2026 at 10:00, Pat Lee <pat@friendco.example> wrote:\n> lunch this week?",
      "In-Reply-To: <CAF1x9@mail.gmail.com>\r\n",
    );
    expect(other.kind).toBe("other");
    const noThread = await kindOf(
      "the Dunne bakery",
      "Thursday works.\n\nOn Tue, 2 Apr 2026 at 10:00, Ana Reis <ana.reis@vendor.example> wrote:\n> a call?",
    );
    expect(noThread.kind).toBe("other");
  });
});

describe("kind: mail that is no registration stays other", () => {
  it.each([
    ["Partner Summit Lisbon", "Hi,\n\nplease register me for the partner summit lisbon, and my colleague too.\n\nNora"],
    [
      "Early registration for the Partner Summit",
      "Hi all,\n\nEarly registration for our summit in Lisbon is open until May 3. Ask Ana Reis (ana.reis@events.example) for group rates.\n\nNora",
    ],
    ["登録方法について", "お世話になっております。\n案件登録の方法を教えていただけますか？\n\nよろしくお願いします。"],
    [
      "Sync issue at Harbour Dental Ltd",
      "Hi team,\n\nour customer Harbour Dental Ltd has a problem: the nightly export fails. Can you look into it?\n\nThanks\nNora",
    ],
    ["Re: lunch", "Sounds good, see you Thursday!\n\nNora"],
  ])("%s", async (subject, body) => {
    expect((await kindOf(subject, body)).kind).toBe("other");
  });
});
