// Problem cues for time the process eats and for the same work spread over several tools, a tool
// being replaced, and which sentence stands in for the need when none says it in so many words.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

describe("problem: time the process eats, the same work over several tools", () => {
  it.each([
    ["They want Quillbox. Bookings sit in three different systems.", /Bookings/, "en: three different systems"],
    ["They want Quillbox. Stock lives in four separate spreadsheets.", /Stock/, "en: four separate spreadsheets"],
    ["They want Quillbox. Rotas run on several different scheduling tools.", /Rotas/, "en: several different … tools"],
    ["They want Quillbox. The bursar is spending three days a month on refunds.", /bursar/, "en: spending … days"],
    ["They want Quillbox. The office spends hours on fuel receipts.", /fuel receipts/, "en: spends hours"],
    ["Sie wollen Quillbox. Kontoret bruger mange timer på kørebøger.", /kørebøger/, "da: bruger mange timer"],
    ["De vil ha Quillbox. Lageret bruker mye tid på telling.", /telling/, "no: bruker mye tid"],
    ["De vill ha Quillbox. Kansliet lägger mycket tid på fakturor.", /fakturor/, "sv: lägger mycket tid"],
    ["De vil ha Quillbox. Vaktlister ligger i to forskjellige systemer.", /Vaktlister/, "no: forskjellige systemer"],
    ["Ils veulent Quillbox. Nous perdons beaucoup de temps sur les relevés.", /relevés/, "fr: perdons … temps"],
    ["Ils veulent Quillbox. Les stocks sont dans trois logiciels différents.", /stocks/, "fr: logiciels différents"],
    ["Quieren Quillbox. Pierden mucho tiempo con las guardias.", /guardias/, "es: pierden mucho tiempo"],
    ["Quieren Quillbox. Las citas van en tres sistemas distintos.", /citas/, "es: sistemas distintos"],
    ["Vogliono Quillbox. Perdiamo molto tempo con i turni.", /turni/, "it: perdiamo molto tempo"],
    ["Vogliono Quillbox. Gli ordini stanno in quattro programmi diversi.", /ordini/, "it: programmi diversi"],
    ["Ze willen Quillbox. De planners zijn veel tijd kwijt aan ritten.", /ritten/, "nl: veel tijd kwijt"],
    ["Ze willen Quillbox. Orders staan in drie verschillende systemen.", /Orders/, "nl: verschillende systemen"],
    ["Querem Quillbox. A equipa perde muito tempo com escalas.", /escalas/, "pt: perde muito tempo"],
    ["Querem Quillbox. As vendas ficam em dois sistemas diferentes.", /vendas/, "pt: sistemas diferentes"],
    ["Quillbox istiyorlar. Depo sayımı en büyük sorun.", /Depo/, "tr: sorun"],
  ])("%s -> %s (%s)", (text, want) => expect(findProblem([text])).toMatch(want));

  it("a tool on its way out is a wish: replacing", () => {
    expect(findProblem(["The depot is replacing its dispatch board this spring."])).toMatch(/dispatch board/);
  });

  it("time spent with people is no cue, nor a different thing unspread", () => {
    expect(findProblem(["Their team spent the evening at the regatta in Kiel with us."])).toBeNull();
    expect(findProblem(["The two different sites lie by the river."])).toBeNull();
  });
});

describe("problem: what stands in for the need", () => {
  it("a request for a proposal is the deal's, not the need", () => {
    expect(
      findProblem(["They would like Quillbox to submit a proposal by May. The marina is replacing its berth ledger."]),
    ).toMatch(/berth ledger/);
  });

  it("a sentence giving the prospect's bare web address describes no need", () => {
    expect(findProblem(["(saltholm-ferries.dk) for the harbour ferry line since 1990."])).toBeNull();
    expect(findProblem(["They run a ferry line out of the harbour - saltholm-ferries.dk"])).toBeNull();
    expect(findProblem(["They run a ferry line (saltholm-ferries.dk) out of the harbour since 1990."])).toMatch(
      /ferry line/,
    );
    expect(findProblem(["They run a ferry line out of the harbour since 1990."])).toMatch(/ferry line/);
    expect(findProblem(["They run a ferry line and sell seats only via ferrytix.com offers."])).toMatch(/ferry line/);
  });

  it("without a cue anywhere, the describing sentence may stand in; asked not to, none does", () => {
    const text = "They run a ferry line out of the harbour since 1990.";
    expect(findProblem([text], null, true, false)).toBeNull();
  });
});

describe("problem: the prospect's quoted mail before a describing sentence", () => {
  it("a need the quoted mail tells outranks the partner's sentence that only describes the prospect", async () => {
    const raw = Buffer.from(
      "From: Ines Varga <ines@harbourit.example>\r\nTo: partners@vendor.example\r\nSubject: Re: ferry rotas\r\n\r\n" +
        "Please register Saltmarsh Ferries Ltd. They run six ferries out of Port Elwyn since 1990.\r\n\r\nInes\r\n\r\n" +
        "On Tue, 3 Mar 2026, Tom Reed <tom.reed@saltmarshferries.example> wrote:\r\n" +
        "> Hi Ines, our crew rotas are still kept on paper in the mess room.\r\n> Tom\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.context.problem).toMatch(/crew rotas/);
  });
});
