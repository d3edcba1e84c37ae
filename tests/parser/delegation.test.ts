import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { forwardedChain } from "../helpers/plain-mail.ts";

const fwd = forwardedChain;

describe("a prospect handing over to a colleague", () => {
  it("makes the colleague in Cc the contact when the partner names them", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd for us; Niamh is the contact from now on.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Thanks Tom, Niamh (copied) runs our workshop and will take it from here.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact).toMatchObject({
      name: "Niamh Walsh",
      email: "niamh.walsh@dalyhaulage.ie",
      role: null,
    });
  });

  it("takes an address the prospect writes for the colleague in a handover", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd for us.",
        "",
        "Thanks Tom. I have handed this over to Niamh Walsh, niamh.walsh@dalyhaulage.ie, who runs the workshop.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact.email).toBe("niamh.walsh@dalyhaulage.ie");
  });

  it("keeps the sender when a copied colleague only joins", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd for us.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Niamh (cc'd) will join the calls, but please keep me as the main contact.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact.email).toBe("brian.daly@dalyhaulage.ie");
  });
});

describe("a sender who names themself the contact", () => {
  it("keeps the sender when their own mail mentions a copied colleague beside 'I will be the contact'", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd; the contact is the managing director, not finance.",
        "Cc: Niamh Walsh <accounts@dalyhaulage.ie>",
        "Tom, I will be the contact for this rollout. The budget is as per Niamh below.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact).toMatchObject({
      name: "Brian Daly",
      email: "brian.daly@dalyhaulage.ie",
      role: "Managing Director",
    });
  });
});

describe("the partner naming the sender as the contact, name first", () => {
  it("keeps the sender when the note says they are now the point person beside a copied colleague", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd. Niamh passed it on, Brian Daly is now the point person.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Thanks Tom, Niamh filled me in. Pricing for 40 trucks please.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact.email).toBe("brian.daly@dalyhaulage.ie");
  });

  it("keeps the sender when a short note says they are main contact, without the article", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd. Brian is main contact for the yard.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Thanks Tom, Niamh filled me in. Pricing for 40 trucks please.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact.email).toBe("brian.daly@dalyhaulage.ie");
  });
});

describe("the title of the colleague handed over to", () => {
  it("reads the title written beside the colleague's given name alone", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Tom, I'm away from Monday, so I'm handing this to Niamh, our Workshop Manager, who'll own it.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact).toMatchObject({
      email: "niamh.walsh@dalyhaulage.ie",
      role: "Workshop Manager",
    });
  });

  it("reads the title in brackets after the colleague's full name, without the note that they are copied", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Tom, please work with Niamh Walsh (Fleet Maintenance Manager, cc'd here) from now on.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact.role).toBe("Fleet Maintenance Manager");
  });
});

describe("a colleague named at the prospect's domain without a clear handover", () => {
  it("flags the contact instead of guessing between sender and colleague", async () => {
    const clear = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd for us.",
        "",
        "Thanks Tom. Please liaise with Niamh Walsh (niamh.walsh@dalyhaulage.ie), our workshop manager.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    const unclear = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd for us.",
        "",
        "Thanks Tom. Niamh Walsh (niamh.walsh@dalyhaulage.ie) from the workshop also saw the demo.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(clear.output.registration?.contact).toMatchObject({
      email: "niamh.walsh@dalyhaulage.ie",
      role: "workshop manager",
    });
    expect(unclear.output.registration?.contact).toMatchObject({ name: null, email: null, role: null });
    expect(unclear.output.missing).toEqual(expect.arrayContaining(["contact.name", "contact.email"]));
    expect(unclear.output.confidence).toBeLessThan(clear.output.confidence);
  });

  it("keeps the sender when a colleague is only copied and never named", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd for us.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Thanks Tom, we would like a quote.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact.email).toBe("brian.daly@dalyhaulage.ie");
  });

  it("keeps the sender's own address over a colleague copied from a shared mailbox", async () => {
    const handover = await parseMessage(
      fwd(
        "Please register this one for us. Niamh Walsh is the contact from now on.",
        "Cc: Niamh Walsh <accounts@dalyhaulage.ie>",
        "Thanks Tom, happy to hear from your vendor about the fleet tracking.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(handover.output.registration?.contact).toMatchObject({
      name: "Niamh Walsh",
      email: "accounts@dalyhaulage.ie",
    });
    const r = await parseMessage(
      fwd(
        "Please register this one for us. A call is booked with the owner and his planner Niamh Walsh on Friday.",
        "Cc: Niamh Walsh <accounts@dalyhaulage.ie>",
        "Thanks Tom, happy to hear from your vendor about the fleet tracking.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact).toMatchObject({ name: "Brian Daly", email: "brian.daly@dalyhaulage.ie" });
  });

  it("reads a surname with an inner capital as the colleague's name", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd for us.",
        "",
        "Thanks Tom. Going forward please work with Ciara LaRue (ciara.larue@dalyhaulage.ie).",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact).toMatchObject({ name: "Ciara LaRue", email: "ciara.larue@dalyhaulage.ie" });
  });
});

describe("the partner naming the contact beside the sender", () => {
  it("'Contact = Niamh' wins even when the note names the sender too", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd. Contact = Niamh (Brian passed it on).",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Thanks for the demo Tom.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact.email).toBe("niamh.walsh@dalyhaulage.ie");
  });
});

describe("the partner naming the contact with a word between 'contact' and the name", () => {
  it.each([
    "Please register Daly Haulage Ltd. The main contact is now Niamh Walsh, not Brian.",
    "Registrad Daly Haulage Ltd por favor. El contacto principal ahora es Niamh Walsh, no Brian.",
  ])("%s", async (note) => {
    const r = await parseMessage(
      fwd(note, "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>", "Thanks for the demo Tom."),
      {
        vendorDomains: ["vendor.example"],
      },
    );
    expect(r.output.registration?.contact.email).toBe("niamh.walsh@dalyhaulage.ie");
  });
});

describe("the prospect handing over in the words of their own language", () => {
  it("reads 'she'll own this from here' as a handover to the copied colleague", async () => {
    const r = await parseMessage(
      fwd(
        "Please register Daly Haulage Ltd; Brian is off from next week so talk to Niamh.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Thanks Tom. Copying Niamh Walsh, our new workshop manager - she'll own this from here.",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact).toMatchObject({ name: "Niamh Walsh", email: "niamh.walsh@dalyhaulage.ie" });
  });
});

describe("registrations and forwards written in other languages", () => {
  it("reads a Dutch original-message block and a French registration wish", async () => {
    const raw = Buffer.from(
      "From: Lea Martin <lea@martin-conseil.fr>\r\nTo: partners@vendor.example\r\nSubject: Nouvelle piste\r\n\r\n" +
        "Bonjour, merci d'enregistrer ce prospect : Boulangeries Hervé SAS, contact Paul Hervé, paul.herve@boulangeries-herve.fr.\r\n\r\nLea\r\n\r\n" +
        "-----Oorspronkelijk bericht-----\r\nVan: Paul Hervé <paul.herve@boulangeries-herve.fr>\r\nAan: Lea Martin <lea@martin-conseil.fr>\r\nOnderwerp: demo\r\n\r\nGraag een demo.\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.contact.email).toBe("paul.herve@boulangeries-herve.fr");
  });
});
