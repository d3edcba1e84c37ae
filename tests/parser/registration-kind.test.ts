// Is a partner's mail a registration at all? The registering words of each language, the
// partner asking for a registration rather than asking about one, and a lead described without a
// registering word. Names, firms and sentences are made up, in other words than any corpus mail.
import { describe, expect, it } from "vitest";
import { asksAboutEarlierRegistration, asksToRegister, saysRegistering } from "../../services/parser/normalise/cues.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (subject: string, body: string) =>
  Buffer.from(
    `From: Nora Quist <nora@quistit.example>\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n\r\n${body}\r\n`,
  );

describe("registering words, one per table entry", () => {
  it.each([
    // en
    ["Kindly log Birchwood Cabinets for our team.", true],
    ["Protect pls, they are talking to us only.", true],
    ["We would like to introduce Olsen Farms to you.", true],
    ["I'm passing on a contact from last week's fair.", true],
    ["New oppty in Leeds: Fallow Brewing.", true],
    ["Prospect: Greyfield Dairies", true],
    ["deal reg for Harrow Pumps", true],
    ["one more lead for u: Cask & Barrel Inns", true],
    // de
    ["Bitte den Kunden Ostwerk Metall für uns registrieren.", true],
    ["Wir würden gern die Lindhof Bäckerei anmelden.", true],
    ["Neue Verkaufschance: Brandl Holzbau", true],
    ["Interessent: Kramer Fensterbau", true],
    // fr
    ["Enreg. Boulangerie Marchal, contact Julie Roux", true],
    ["Petite inscription pour la Fromagerie Vial", true],
    ["Nouvelle piste : Garage Perrin", true],
    ["Signalement : Cave Delorme", true],
    ["Je vous présente la société Vernet Frères.", true],
    ["Merci d'enregistrer la Scierie Blanc.", true],
    // es
    ["Os presento a Ferretería Ortiz.", true],
    ["Cliente potencial en Murcia: Hornos Vidal", true],
    ["Nuevo lead: Conservas Ibarra", true],
    ["Registramos a Talleres Núñez para nosotros.", true],
    ["Registro a nombre de Datanorte, cliente Bodega Sanz.", true],
    ["Cliente: Almacenes Ruiz", true],
    // it
    ["Segnalo la Falegnameria Conti.", true],
    ["Nuovo cliente a Brescia: Officine Galli", true],
    ["Vi presento l'Hotel Rosati.", true],
    ["Vorrei registrare la Cantina Neri.", true],
    ["Cliente: Ottica Ferri", true],
    // nl
    ["Bij deze de aanmelding van Bakkerij Smit.", true],
    ["Graag registreren: Visserij Bos", true],
    ["Doorverwijzing: Tuincentrum Mol", true],
    ["Nieuwe klant in Zwolle: Drukkerij Post", true],
    ["Klant: Autobedrijf Vos", true],
    // pt
    ["Tenho um contato novo para vocês: Padaria Faria.", true],
    ["Novo cliente: Oficina Matos", true],
    ["Nova oportunidade no Porto: Têxteis Lobo", true],
    ["Queremos registrar a Quinta do Vale.", true],
    ["Cliente: Gráfica Neves", true],
    // pl
    ["Proszę zarejestrować firmę Stolbud.", true],
    ["rej: Piekarnia Zając", true],
    ["Polecenie: Hurtownia Wilk", true],
    ["Mam info o leadzie z Poznania.", true],
    ["Nowy klient: Drukarnia Sowa", true],
    ["Klient: Apteka Lis", true],
    // nordic
    ["Vi ønsker å registrere Fjellheim Bygg.", true],
    ["Registrering av Nordvik Fisk.", true],
    ["Ny kunde i Aarhus: Holm Tømrer", true],
    ["Kund: Berg Snickeri AB", true],
    // cs, fi
    ["Prosím zaregistrovat firmu Novák Stavby.", true],
    ["Haluamme rekisteröidä Kivelä Oy:n.", true],
    ["Uusi asiakas: Lahti Puu", true],
    // en: claiming a deal before its details are known
    ["Laying down a marker for Quarrow Timber until the paperwork is signed.", true],
    ["We are staking our claim on the Ellery Mills project.", true],
    ["Subject line says it: early reg, Penhale Quarries, more soon", true],
    ["Provisional registration for a Cardiff bakery chain", true],
    // es: "note this one down"
    ["Buenas, anotad este: Carpintería Rubio, Soria.", true],
    ["apúntame otra, la de Bodegas Lera", true],
    // hu
    ["Szeretnénk regisztrálni a Tisza Fa Kft.-t.", true],
    ["Új ügyfél: Duna Pékség", true],
    // lv, lt, et
    ["Lūdzu reģistrēt uzņēmumu Kurzemes Koks.", true],
    ["Prašome užregistruoti Vilniaus Duona.", true],
    ["Registracija: Kauno Baldai", true],
    ["Palun registreerige Tartu Puit meie nimele.", true],
    ["Jauns klients Liepājā: Jūras Zivis", true],
    // ja: a deal registration, asking to register, a new deal
    ["【案件登録】北斗物産株式会社", true],
    ["以下の企業について登録をお願いいたします。", true],
    ["新規案件のご連絡です。", true],
    // ko: a customer registration, asking to register, a new customer
    ["아래 고객사 등록 부탁드립니다.", true],
    ["신규 고객 정보 공유드립니다.", true],
    ["한빛물산 건 등록을 요청합니다.", true],
    // el: register (both spellings of the stem), a new opportunity
    ["Παρακαλώ καταχωρήστε την Ορεινή Ξυλεία για εμάς.", true],
    ["Καταχώριση: Βιοτεχνία Λάμπρου", true],
    ["Νέα ευκαιρία στη Πάτρα: Ζυθοποιία Άργος", true],
    ["Με χαρά σας συστήνω την Κεραμική Σταμάτη από τη Ρόδο.", true],
    ["Σας παραπέμπω έναν γνωστό μας φούρνο από την Καβάλα.", true],
    // tr: a subject label, an opportunity record, asking to record, a new customer
    ["Kayıt: Ege Mermer Sanayi", true],
    ["Fırsat kaydını Bursa Tekstil için açıyoruz.", true],
    ["Lütfen Konya Un Fabrikası'nı bizim adımıza kaydedin.", true],
    ["Yeni müşteri: Trabzon Fındık", true],
    // pt (European spelling)
    ["Registem a Serralharia Coelho em nosso nome, pf.", true],
    ["Queria registar a Tipografia Lemos.", true],
    // en: holding or logging a registration
    ["Could you hold a reg for Penrose Dental until Friday.", true],
    ["Please log a registration for Tarn Valley Cider.", true],
    // not registering
    ["Ο διαγωνισμός κλείνει την Παρασκευή.", false],
    ["Για τις τιμές σας παραπέμπω στη σελίδα του καταλόγου.", false],
    ["Toplantı salı günü saat onda.", false],
    ["An early registration discount applies to the summit.", false],
    ["打ち合わせは火曜日に決まりました。", false],
    ["The client asked about pricing at the fair.", false],
    ["Wir haben die Schulung gebucht.", false],
    ["Le rendez-vous est fixé à mardi.", false],
  ])("%s", (text, want) => expect(saysRegistering(text as string)).toBe(want));
});

describe("asking for a registration, not asking about one", () => {
  it.each([
    ["pls register Ormond Tiles, contact to follow", true],
    ["Before we register anything: how long does protection last?", false],
    ["Can we register customers in Austria with you,\nor must they go to a local partner?", false],
    ["Quick question. Please register Kestrel Foods S.A. for us.", true],
    ["How do I log a new lead in the portal?", false],
    ["案件登録の期限は何日ですか？", false],
  ])("%s", (text, want) => expect(asksToRegister(text as string)).toBe(want));
});

describe("kind: a lead named without a form", () => {
  it("a partner asking to register with only an address at the prospect is a registration, the rest missing", async () => {
    const r = await parseMessage(
      mail("neuer Lead", "bitte schnell für uns registrieren: info@heckmann-fliesen.de, Rest folgt.\r\nNora"),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.missing).toEqual(expect.arrayContaining(["company.name", "contact.name"]));
  });

  it("a described prospect with a value but no registering word is a registration", async () => {
    const r = await parseMessage(
      mail(
        "Tolland Ferries",
        "Hi,\r\nTolland Ferries Ltd (tollandferries.co.uk) - Ruth Abara, ruth.abara@tollandferries.co.uk, head of finance.\r\nThey have about £45k set aside for this.\r\nNora",
      ),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact.email).toBe("ruth.abara@tollandferries.co.uk");
  });

  it("a question naming no prospect, or asking about registering, stays other", async () => {
    const q = await parseMessage(
      mail(
        "Question",
        "Hi,\r\nbefore I register anything for Q3: do registrations still expire after 90 days?\r\nThanks\r\nNora\r\n+44 20 5555 0101",
      ),
      opts,
    );
    expect(q.output.kind).toBe("other");
    const fyi = await parseMessage(
      mail(
        "Fwd: hello",
        "FYI only.\r\n\r\nNora\r\n\r\n---------- Forwarded message ---------\r\nFrom: Sam Holt <sam@holtjoinery.co.uk>\r\nDate: Mon, 2 Mar 2026\r\nSubject: hello\r\nTo: Nora <nora@quistit.example>\r\n\r\nHi Nora, we are comparing two tools for about £20k.\r\n\r\nSam Holt\r\nHolt Joinery Ltd",
      ),
      opts,
    );
    expect(fyi.output.kind).toBe("other");
  });
});

describe("kind: a case number in the body", () => {
  it("makes a mail that names no prospect an answer about that case", async () => {
    const r = await parseMessage(
      mail(
        "contact changed",
        "Hi,\r\nfor reg-2026-004417 please write to the new IT lead from now on, details Monday.\r\nNora",
      ),
      opts,
    );
    expect(r.output).toMatchObject({ kind: "reply", caseRef: "REG-2026-004417", registration: null });
  });

  it("leaves a new registration that mentions an earlier case a registration", async () => {
    const r = await parseMessage(
      mail(
        "from the fair",
        "Like REG-2026-000981 last month, please register Pellow Quarries Ltd (pellowquarries.co.uk), contact Ian Pellow, ian@pellowquarries.co.uk.\r\nNora",
      ),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.caseRef).toBeNull();
  });
});

describe("kind: a lead named thinly, without a registering word", () => {
  it("a dictated note with the prospect's address and need is a registration, the firm missing", async () => {
    const r = await parseMessage(
      mail(
        "the greenhouse people",
        "hi all just left the greenhouse lads near lincoln they grow herbs under glass and track every batch by hand in notebooks the manager says write to office@fenglass.co.uk and she is fine with you calling him cheers\r\n\r\nSent from my phone",
      ),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact.email).toBe("office@fenglass.co.uk");
  });

  it("an early heads-up naming a firm with its legal form and website, no contact yet, is a registration", async () => {
    const r = await parseMessage(
      mail(
        "For the record: Moorcroft Kilns",
        "Hello,\r\n\r\nFor your records. Moorcroft Kilns Ltd (www.moorcroftkilns.co.uk) makes stoneware for garden centres. Their glaze batches are logged manually on paper and they want to stop that before the spring trade shows.\r\n\r\nNo contact name yet, I will send one after Easter.\r\n\r\nNora Quist\r\nQuist IT Ltd",
      ),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.company.domain).toBe("moorcroftkilns.co.uk");
    expect(r.output.missing).toEqual(expect.arrayContaining(["contact.name", "contact.email"]));
  });

  it("a prospect's mail passed on by a mailbox rule, without a note, is a registration", async () => {
    const r = await parseMessage(
      mail(
        "FW: booking system",
        "-----Original Message-----\r\nFrom: Priya Mandal <priya.mandal@hollinsgate.co.uk>\r\nSent: Tuesday, 3 March 2026 09:10\r\nTo: hello@quistit.example\r\nSubject: booking system\r\n\r\nHello,\r\n\r\nour surgery still books every appointment by hand in a paper diary. Could someone call me about a demo?\r\n\r\nPriya Mandal\r\nPractice Manager\r\nHollinsgate Dental Practice\r\n",
      ),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact.email).toBe("priya.mandal@hollinsgate.co.uk");
  });

  it("a question about a named firm with its website stays other", async () => {
    const r = await parseMessage(
      mail(
        "Bexley Glass Ltd",
        "Hi,\r\nBexley Glass Ltd (www.bexleyglass.co.uk) still track their orders manually in spreadsheets. Is that the kind of customer you want us to bring, or too small?\r\nNora",
      ),
      opts,
    );
    expect(r.output.kind).toBe("other");
  });

  it("questions about the programme that mention registrations and a place stay other", async () => {
    const r = await parseMessage(
      mail(
        "Deal registration rules (Scotland)",
        "Hi,\r\nsome questions before our first new deal:\r\n1. does a registration in Scotland last 90 days?\r\n2. can we extend it once?\r\nThanks\r\nNora",
      ),
      opts,
    );
    expect(r.output.kind).toBe("other");
  });

  it("an address passed on in a note asking something stays other", async () => {
    const r = await parseMessage(
      mail(
        "lunch",
        "hi, my old colleague is now at tom.briggs@caldermill.co.uk, they do everything by hand there. shall we invite him to the partner day?\r\nNora",
      ),
      opts,
    );
    expect(r.output.kind).toBe("other");
  });
});

describe("kind: a lead named by a person alone, without an address or website", () => {
  it("a note handing a lead over by the contact's name and the need is a registration, the rest missing", async () => {
    const r = await parseMessage(
      mail(
        "from the fair",
        "Hi team,\r\na lead from the fair, an intro from my side only: the owner is Ines Varga, 0170 1234567. They run 3 kiosks and count stock on paper.\r\n\r\nNora",
      ),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact.name).toBe("Ines Varga");
    expect(r.output.missing).toEqual(expect.arrayContaining(["company.domain", "contact.email"]));
  });

  it("the same note asking a question stays other", async () => {
    const r = await parseMessage(
      mail(
        "new lead?",
        "Hi team,\r\nwould this be a lead for you? The owner is Ines Varga, they run 3 kiosks and count stock on paper. Do you take kiosks at all?\r\n\r\nNora",
      ),
      opts,
    );
    expect(r.output.kind).toBe("other");
  });
});

describe("kind: a mail resent by a shared inbox (Resent-From)", () => {
  const resent = (from: string, body: string) =>
    Buffer.from(
      `Resent-From: Quist Sales <sales@quistit.co.uk>\r\nResent-To: partners@vendor.example\r\nFrom: ${from}\r\nTo: sales@quistit.co.uk\r\nSubject: timesheets\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
    );

  it("a prospect's enquiry resent unchanged is a registration from the resender", async () => {
    const r = await parseMessage(
      resent(
        "Owen Tull <owen.tull@brackenmoor.co.uk>",
        "Hello,\nwe run four care homes and still collect staff timesheets on paper every week.\nCould someone show us how your rota tool works?\n\nOwen Tull\nOperations Manager\nBrackenmoor Care Homes Ltd\nwww.brackenmoor.co.uk",
      ),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.partner.email).toBe("sales@quistit.co.uk");
    expect(r.output.registration?.contact.email).toBe("owen.tull@brackenmoor.co.uk");
  });

  it("a newsletter resent unchanged stays other", async () => {
    const r = await parseMessage(
      resent(
        "Tradeshow News <news@expohall.co.uk>",
        "This month: ten stands still free at the spring fair.\nBook now at www.expohall.co.uk.\n\nTradeshow News",
      ),
      opts,
    );
    expect(r.output.kind).toBe("other");
  });
});

describe("kind: the subject names whom to register", () => {
  it("a name after the registering phrase, written again in the text, is a registration with the rest missing", async () => {
    const r = await parseMessage(
      mail("reg pls: Harlow Mills Bakery", "harlow mills bakery, 12 shops in kent. more soon.\r\nN"),
      opts,
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.missing).toEqual(expect.arrayContaining(["contact.name", "contact.email", "company.domain"]));
  });

  it("a subject naming no one (lower case words) stays other", async () => {
    const r = await parseMessage(
      mail("please register: portal access", "portal access for our new engineer, he starts monday.\r\nN"),
      opts,
    );
    expect(r.output.kind).toBe("other");
  });
});

describe("kind: a question about a deal registered earlier", () => {
  it.each([
    ["I registered Wexford Tiles Ltd last week: has it been approved yet?", true],
    ["We submitted the Ashby Foundry deal in May. Any news?", true],
    ["We already sent in the Corran Ferries one, did it reach you?", true],
    ["Registré la oportunidad de Frutas Olmo S.L. el lunes, ¿tenéis número de caso?", true],
    ["Enviei o registo da Vidraria Paiva ontem, já têm número?", true],
    ["J'ai enregistré la Scierie Marin hier, est-ce que c'est validé ?", true],
    ["Di de alta a Hornos Vidal el martes, ¿lo veis en el portal?", true],
    ["Envié el registro de Conservas Ibarra, ¿os llegó?", true],
    ["Cadastrei a Padaria Faria semana passada, está aprovado?", true],
    ["Registrei a Gráfica Neves ontem, chegou?", true],
    ["Please register Wexford Tiles Ltd, is that enough detail?", false],
    ["I registered Wexford Tiles Ltd last week.", false],
  ])("%s", (text, want) => expect(asksAboutEarlierRegistration(text as string)).toBe(want));

  it("a follow-up naming the registered firm, without a contact, stays other", async () => {
    const r = await parseMessage(
      mail(
        "Status: Wexford Tiles Ltd",
        "Hi,\r\nI registered Wexford Tiles Ltd (Cork) on 2 May and still have no case number. Could you check it arrived?\r\nNora",
      ),
      opts,
    );
    expect(r.output.kind).toBe("other");
  });

  it("a new registration with a contact that mentions an earlier one stays a registration", async () => {
    const r = await parseMessage(
      mail(
        "new reg",
        "Hi,\r\nwe registered their sister firm last year. Please register Tallis Mouldings Ltd (tallismouldings.co.uk), contact Ada Kerr, ada.kerr@tallismouldings.co.uk. Is a second site fine?\r\nNora",
      ),
      opts,
    );
    expect(r.output.kind).toBe("registration");
  });
});

describe("kind: a prospect's address alone, in words no table knows", () => {
  // an invented language: no registering word, no deal fact, no company the pickers can settle
  const body = "Vrenta plokko, mesk gorra lumi tavi@orlenbrod.no, 0555 123 456. Drusk velo.\r\nNora";

  it("is a registration held for review, never other mail", async () => {
    const r = await parseMessage(mail("plokko", body), opts);
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact.email).toBe("tavi@orlenbrod.no");
    expect(r.output.missing).toContain("company.name");
    expect(r.output.confidence).toBeLessThanOrEqual(0.5);
  });

  it("in an answer, is what the answer adds to its thread", async () => {
    const r = await parseMessage(mail("Re: plokko", body), opts);
    expect(r.output.kind).not.toBe("registration");
  });

  it("a colleague's address at the partner's own firm names no prospect", async () => {
    const r = await parseMessage(mail("plokko", body.replace("tavi@orlenbrod.no", "tavi@quistit.example")), opts);
    expect(r.output.kind).toBe("other");
  });
});
