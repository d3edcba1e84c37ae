// Every labelled corpus through the real `dealreg parse` command and the shared scorer
// (../shared/eval/score.mjs), rules only. The held-out corpora (tests/fixtures/corpus-heldout*) were
// each written and labelled by another engineer before the parser ever ran on them; their READMEs
// list the cases and judgement calls. First-run scores, before the rules learnt from them:
// 0.870, 0.870, 0.905, 0.864, 0.896 — the honest estimate for an unseen corpus. The gates sit a
// little below the level reached since, so a change that makes the rules less general fails here.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedOrSkip } from "../helpers/shared.ts";
import { parseAndScore, repo, scorer, type ParseAndScore } from "./score-corpus.ts";

const fixtures = join(repo, "tests", "fixtures");

const CORPORA: Array<{ name: string; dir: string; minScore: number; maxSilent: number; kindsRight: boolean }> = [
  {
    name: "dev (../shared/corpus/dev)",
    dir: join(resolve(repo, "..", "shared"), "corpus", "dev"),
    minScore: 0.995,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 1 (other vendors)",
    dir: join(fixtures, "corpus-heldout"),
    minScore: 0.99,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 2 (logistics and German POS vendors)",
    dir: join(fixtures, "corpus-heldout-2"),
    minScore: 0.99,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 3 (dev style)",
    dir: join(fixtures, "corpus-heldout-3"),
    minScore: 0.995,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 4 (dev style)",
    dir: join(fixtures, "corpus-heldout-4"),
    minScore: 0.995,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 5 (dev style)",
    dir: join(fixtures, "corpus-heldout-5"),
    minScore: 0.97,
    maxSilent: 0,
    kindsRight: true,
  },
  // an independent writer's corpus (Corvane); first run 0.749 with 4 silent errors (docs/parser-generalisation.md).
  // Below the 0.97 bar still: the misses left are mostly free-text fields (consent, stage, competitors, value).
  {
    name: "held-out 6 (independent writer, 15 countries)",
    dir: join(fixtures, "corpus-heldout-6"),
    minScore: 0.985,
    maxSilent: 0,
    kindsRight: true,
  },
  // a second independent writer's corpus (Vibrolytix); first run 0.825 with 3 silent errors, all a prospect
  // handing over to a colleague in a forwarded chain. Below the 0.97 bar still (free-text fields, as above).
  {
    name: "held-out 7 (second independent writer)",
    dir: join(fixtures, "corpus-heldout-7"),
    minScore: 0.99,
    maxSilent: 0,
    kindsRight: true,
  },
  // The gates of 5–9 were raised after the evening round (identity, free-text and cue rules
  // learnt from these corpora): 0.973, 0.985, 0.988, 0.915, 0.937 reached.
  // two more independent writers (Tallyforge, Quayline); first run 0.816 with 2 silent errors and
  // 0.842 with 8. The silent ones (a seat or address after the legal form, particles in Iberian
  // names, a department read as the company, a main-contact cue given to the wrong person, a
  // support request in a labelled form, a legal form only on the attached card) are fixed or
  // flagged; the free-text fields are far from the 0.97 bar still, and some kinds are wrong.
  {
    name: "held-out 8 (third independent writer)",
    dir: join(fixtures, "corpus-heldout-8"),
    minScore: 0.975,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 9 (fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-9"),
    minScore: 0.975,
    maxSilent: 0,
    kindsRight: true,
  },
  // two more independent writers (Brackwater, Plancha Labs), sealed during the evening round; first
  // runs 0.786 with 2 silent errors and 0.734 with 4 (docs/parser-generalisation.md). The silent
  // ones (French/Spanish plural articles and "y/e/et" inside company names, a site that shortens the
  // name's first word, a handover to the writer, a parent company named beside the prospect, a
  // card's legal form after a comma) are fixed or flagged; everything else is far from the bar.
  {
    name: "held-out 10 (fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-10"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 11 (sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-11"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  // two more (Medirota, Rubrica), sealed during the night round: first runs 0.806 and 0.828 with 2
  // silent errors each, 0.837 with 1 and 0.859 with 2 with that round's parser
  // (docs/parser-generalisation.md). A silent error is a failing gate until it is right or flagged.
  {
    name: "held-out 12 (seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-12"),
    minScore: 0.955,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 13 (eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-13"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  // the morning round's two corpora (Vantafield, Payrova), gated at their first runs (0.891 and
  // 0.844, no silent error); the round raises the gates as it learns. Gates of 10–15 raised after
  // the late-morning round (cue, identity, kind, money/competitor and free-text branches merged):
  // 0.886, 0.901, 0.912, 0.927, 0.945, 0.916 reached, all tuned figures.
  {
    name: "held-out 14 (ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-14"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 15 (tenth independent writer)",
    dir: join(fixtures, "corpus-heldout-15"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  // the late-morning round's sealed corpora (Vigilo Learning, Rimeguard): first runs 0.865 and 0.843
  // with no silent error, 0.876 and 0.865 with that round's parser, before anyone read them
  // (docs/parser-generalisation.md). Gates raised after the afternoon round learnt from them (consent,
  // stage, motion and competitor cues): 0.900 and 0.907 reached, tuned figures.
  {
    name: "held-out 17 (twelfth independent writer)",
    dir: join(fixtures, "corpus-heldout-17"),
    minScore: 0.955,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 18 (thirteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-18"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  // the afternoon round's corpus (Clausemark, legal practice software): first run 0.838 with 3
  // silent errors at 854bc71, 0.854 with 2 at the next round's parser, before anyone read it
  // (docs/parser-generalisation.md); 0.940 with none once the round learnt from it (firm nouns
  // closing a law firm's name, lawyers' titles, handovers in a chain, Turkish forward headers, cue
  // phrasings), a tuned figure.
  {
    name: "held-out 19 (fourteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-19"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  // the evening round's two corpora (Veldspar procurement software, 15 countries and 9 charsets;
  // Occuprisma hotel revenue software, Iberia, Latin America, Turkey, South-East Asia): first runs
  // 0.835 and 0.829 at 3323040, 0.840 with no silent error and 0.837 with 5 at f6079fd, before
  // anyone read them (docs/parser-generalisation.md). The 5 (company names cut or shortened: dot
  // leaders as label separators, Mexican and Turkish legal forms, a business noun before the name,
  // a subject's short form of the prose's full name) are fixed by the identity round, which reached
  // 0.871 and 0.868 with no silent error; with the cue round's rules too, 0.920 and 0.912 (tuned
  // figures); gated a little below that.
  {
    name: "held-out 20 (fifteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-20"),
    minScore: 0.975,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 21 (sixteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-21"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  // the late-evening round's corpora (Corvana fleet EV charging: hurried phone notes, pasted CRM
  // rows, mixed-language mails; Mosslane property software: long-winded consultants, trading name
  // in the prose and the legal name only in a footer): first runs 0.852 with 1 silent error and
  // 0.810 with 6 at 2a2bf11/1748d2f, 0.856/0 and 0.817/6 with the next parser, the same again at 3f4a827
  // before anyone read them (docs/parser-generalisation.md). The late-evening round learnt from
  // them (a registered entity beside the trading name, label shapes, kinds, cue tables): 0.924 and
  // 0.919 with no silent error, tuned figures, gated a little below.
  {
    name: "held-out 22 (seventeenth independent writer)",
    dir: join(fixtures, "corpus-heldout-22"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 23 (eighteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-23"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  // the late-evening round's sealed corpora (Lumavera school administration: partner ops pasting CRM
  // and ticket records, auto-forwarded enquiries, public bodies as prospects; Grainstack agri-food
  // traceability: dictated phone notes, the prospect described before it is named, co-operatives):
  // first runs 0.811 with 5 silent errors and 0.728 with 1 at 4e51868, 0.809/3 and 0.740/1 with
  // that round's final parser, the same again at 3c6062d before anyone read them
  // (docs/parser-generalisation.md). Gated then with no silent error allowed (held-out 24's three
  // and 25's one failed until fixed); the night round learnt from them (kind evidence, institution
  // names and cooperative legal forms, contact names in other scripts, amounts, problem sentences):
  // 0.901 and 0.864 with every kind right, tuned figures, gated a little below. Every corpus's
  // kinds are all right since that round, and gated so.
  {
    name: "held-out 24 (nineteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-24"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 25 (twentieth independent writer)",
    dir: join(fixtures, "corpus-heldout-25"),
    minScore: 0.92,
    maxSilent: 0,
    kindsRight: true,
  },
  // the night round's sealed corpora (Caudexa veterinary practice software: vets' titles, HTML-only
  // Outlook tables, vCards as the only place of the contact; Hostrata hotel revenue software: very
  // short and very long mails, contacts only in an attached message's headers, Gulf legal forms):
  // first runs 0.855 and 0.885 with 2 silent errors each at 7da9257, 0.867/2 and 0.885/2 with that
  // round's parser and again at 2ba3bb2 before anyone read them (docs/parser-generalisation.md).
  // Gated with no silent error allowed: their four failed until the early-morning round of
  // 2026-12-05 fixed two (a legal form written with a slash, a leading article) and flagged two;
  // that round learnt from them: 0.881 and 0.901, tuned figures, gated a little below.
  {
    name: "held-out 26 (twenty-first independent writer)",
    dir: join(fixtures, "corpus-heldout-26"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 27 (twenty-second independent writer)",
    dir: join(fixtures, "corpus-heldout-27"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 28 (twenty-third independent writer)",
    dir: join(fixtures, "corpus-heldout-28"),
    minScore: 0.975,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 29 (twenty-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-29"),
    minScore: 0.97,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 30 (twenty-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-30"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 31 (twenty-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-31"),
    minScore: 0.955,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 32 (twenty-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-32"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 33 (twenty-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-33"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 34 (twenty-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-34"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 35 (thirtieth independent writer)",
    dir: join(fixtures, "corpus-heldout-35"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 36 (thirty-first independent writer)",
    dir: join(fixtures, "corpus-heldout-36"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 37 (thirty-second independent writer)",
    dir: join(fixtures, "corpus-heldout-37"),
    minScore: 0.915,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 38 (thirty-third independent writer)",
    dir: join(fixtures, "corpus-heldout-38"),
    minScore: 0.915,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 39 (thirty-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-39"),
    minScore: 0.935,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 40 (thirty-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-40"),
    minScore: 0.925,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 41 (thirty-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-41"),
    minScore: 0.9,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 42 (thirty-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-42"),
    minScore: 0.925,
    // A Japanese name followed by its English form in brackets: writers label either side; the
    // parser keeps the side written first unless the mail glosses its other names in Latin too
    // (extract/two-scripts.ts), which reads this writer's and held-out 24's, 29's, 49's, 78's, 84's.
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 43 (thirty-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-43"),
    minScore: 0.91,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 44 (thirty-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-44"),
    minScore: 0.925,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 45 (fortieth independent writer)",
    dir: join(fixtures, "corpus-heldout-45"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 46 (forty-first independent writer)",
    dir: join(fixtures, "corpus-heldout-46"),
    minScore: 0.92,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 47 (forty-second independent writer)",
    dir: join(fixtures, "corpus-heldout-47"),
    minScore: 0.935,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 48 (forty-third independent writer)",
    dir: join(fixtures, "corpus-heldout-48"),
    minScore: 0.915,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 49 (forty-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-49"),
    minScore: 0.905,
    // A Chinese company label with its English form in brackets: as held-out 42's (extract/two-scripts.ts).
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 50 (forty-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-50"),
    minScore: 0.93,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 51 (forty-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-51"),
    minScore: 0.925,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 52 (forty-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-52"),
    minScore: 0.97,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 53 (forty-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-53"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 54 (forty-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-54"),
    minScore: 0.975,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 55 (fiftieth independent writer)",
    dir: join(fixtures, "corpus-heldout-55"),
    minScore: 0.975,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 56 (fifty-first independent writer)",
    dir: join(fixtures, "corpus-heldout-56"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 57 (fifty-second independent writer)",
    dir: join(fixtures, "corpus-heldout-57"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 58 (fifty-third independent writer)",
    dir: join(fixtures, "corpus-heldout-58"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 59 (fifty-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-59"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 60 (fifty-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-60"),
    minScore: 0.955,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 61 (fifty-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-61"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 62 (fifty-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-62"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 63 (fifty-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-63"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 64 (fifty-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-64"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 65 (sixtieth independent writer)",
    dir: join(fixtures, "corpus-heldout-65"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 66 (sixty-first independent writer)",
    dir: join(fixtures, "corpus-heldout-66"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 67 (sixty-second independent writer)",
    dir: join(fixtures, "corpus-heldout-67"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 68 (sixty-third independent writer)",
    dir: join(fixtures, "corpus-heldout-68"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 69 (sixty-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-69"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 70 (sixty-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-70"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 71 (sixty-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-71"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 72 (sixty-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-72"),
    minScore: 0.92,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 73 (sixty-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-73"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 74 (sixty-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-74"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 75 (seventieth independent writer)",
    dir: join(fixtures, "corpus-heldout-75"),
    minScore: 0.93,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 76 (seventy-first independent writer)",
    dir: join(fixtures, "corpus-heldout-76"),
    minScore: 0.955,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 77 (seventy-second independent writer)",
    dir: join(fixtures, "corpus-heldout-77"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 78 (seventy-third independent writer)",
    dir: join(fixtures, "corpus-heldout-78"),
    minScore: 0.9,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 79 (seventy-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-79"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 80 (seventy-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-80"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 81 (seventy-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-81"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 82 (seventy-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-82"),
    minScore: 0.915,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 83 (seventy-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-83"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 84 (seventy-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-84"),
    minScore: 0.955,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 85 (eightieth independent writer)",
    dir: join(fixtures, "corpus-heldout-85"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 86 (eighty-first independent writer)",
    dir: join(fixtures, "corpus-heldout-86"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 87 (eighty-second independent writer)",
    dir: join(fixtures, "corpus-heldout-87"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 88 (eighty-third independent writer)",
    dir: join(fixtures, "corpus-heldout-88"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 89 (eighty-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-89"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 90 (eighty-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-90"),
    minScore: 0.975,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 91 (eighty-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-91"),
    minScore: 0.92,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 92 (eighty-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-92"),
    minScore: 0.955,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 93 (eighty-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-93"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 94 (eighty-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-94"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 95 (ninetieth independent writer)",
    dir: join(fixtures, "corpus-heldout-95"),
    minScore: 0.92,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 96 (ninety-first independent writer)",
    dir: join(fixtures, "corpus-heldout-96"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 97 (ninety-second independent writer)",
    dir: join(fixtures, "corpus-heldout-97"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 98 (ninety-third independent writer)",
    dir: join(fixtures, "corpus-heldout-98"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 99 (ninety-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-99"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 100 (ninety-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-100"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 101 (ninety-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-101"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 102 (ninety-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-102"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 103 (ninety-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-103"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 104 (ninety-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-104"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 105 (hundredth independent writer)",
    dir: join(fixtures, "corpus-heldout-105"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 106 (hundred-and-first independent writer)",
    dir: join(fixtures, "corpus-heldout-106"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 107 (hundred-and-second independent writer)",
    dir: join(fixtures, "corpus-heldout-107"),
    minScore: 0.97,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 108 (hundred-and-third independent writer)",
    dir: join(fixtures, "corpus-heldout-108"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 109 (hundred-and-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-109"),
    minScore: 0.915,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 110 (hundred-and-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-110"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 111 (hundred-and-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-111"),
    minScore: 0.91,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 112 (hundred-and-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-112"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 113 (hundred-and-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-113"),
    minScore: 0.97,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 114 (hundred-and-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-114"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 115 (hundred-and-tenth independent writer)",
    dir: join(fixtures, "corpus-heldout-115"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 116 (hundred-and-eleventh independent writer)",
    dir: join(fixtures, "corpus-heldout-116"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 117 (hundred-and-twelfth independent writer)",
    dir: join(fixtures, "corpus-heldout-117"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 118 (hundred-and-thirteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-118"),
    minScore: 0.965,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 119 (hundred-and-fourteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-119"),
    minScore: 0.925,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 120 (hundred-and-fifteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-120"),
    minScore: 0.93,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 121 (hundred-and-sixteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-121"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 122 (hundred-and-seventeenth independent writer)",
    dir: join(fixtures, "corpus-heldout-122"),
    minScore: 0.925,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 123 (hundred-and-eighteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-123"),
    minScore: 0.93,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 124 (hundred-and-nineteenth independent writer)",
    dir: join(fixtures, "corpus-heldout-124"),
    minScore: 0.905,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 125 (hundred-and-twentieth independent writer)",
    dir: join(fixtures, "corpus-heldout-125"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 126 (hundred-and-twenty-first independent writer)",
    dir: join(fixtures, "corpus-heldout-126"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 127 (hundred-and-twenty-second independent writer)",
    dir: join(fixtures, "corpus-heldout-127"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 128 (hundred-and-twenty-third independent writer)",
    dir: join(fixtures, "corpus-heldout-128"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 129 (hundred-and-twenty-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-129"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 130 (hundred-and-twenty-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-130"),
    minScore: 0.935,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 131 (hundred-and-twenty-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-131"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 132 (hundred-and-twenty-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-132"),
    minScore: 0.96,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 133 (hundred-and-twenty-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-133"),
    minScore: 0.91,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 134 (hundred-and-twenty-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-134"),
    minScore: 0.92,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 135 (hundred-and-thirtieth independent writer)",
    dir: join(fixtures, "corpus-heldout-135"),
    minScore: 0.97,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 136 (hundred-and-thirty-first independent writer)",
    dir: join(fixtures, "corpus-heldout-136"),
    minScore: 0.925,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 137 (hundred-and-thirty-second independent writer)",
    dir: join(fixtures, "corpus-heldout-137"),
    minScore: 0.935,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 138 (hundred-and-thirty-third independent writer)",
    dir: join(fixtures, "corpus-heldout-138"),
    minScore: 0.955,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 139 (hundred-and-thirty-fourth independent writer)",
    dir: join(fixtures, "corpus-heldout-139"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 140 (hundred-and-thirty-fifth independent writer)",
    dir: join(fixtures, "corpus-heldout-140"),
    minScore: 0.94,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 141 (hundred-and-thirty-sixth independent writer)",
    dir: join(fixtures, "corpus-heldout-141"),
    minScore: 0.955,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 142 (hundred-and-thirty-seventh independent writer)",
    dir: join(fixtures, "corpus-heldout-142"),
    minScore: 0.935,
    maxSilent: 0,
    kindsRight: false,
  },
  {
    name: "held-out 143 (hundred-and-thirty-eighth independent writer)",
    dir: join(fixtures, "corpus-heldout-143"),
    minScore: 0.95,
    maxSilent: 0,
    kindsRight: true,
  },
  {
    name: "held-out 144 (hundred-and-thirty-ninth independent writer)",
    dir: join(fixtures, "corpus-heldout-144"),
    minScore: 0.945,
    maxSilent: 0,
    kindsRight: false,
  },
];

// One `dealreg parse` run over every corpus present; each gate scores its share of that output,
// as soon as that share is parsed (the scorers run while the parse goes on with later corpora).
const scratch = mkdtempSync(join(tmpdir(), "dealreg-corpora-"));
let run: ParseAndScore | null = null;
beforeAll(() => {
  run = parseAndScore(
    CORPORA.map((c) => c.dir).filter((d) => existsSync(d)),
    join(scratch, "parsed.jsonl"),
  );
});
afterAll(async () => {
  await run?.done.catch(() => {}); // a failed parse fails the gates that wait for it
  rmSync(scratch, { recursive: true, force: true });
}, 600_000);

describe.each(CORPORA)("corpus $name", ({ dir, minScore, maxSilent, kindsRight }) => {
  it.skipIf(!sharedOrSkip("the corpus gate", scorer, dir))(
    `scores at least ${minScore} with at most ${maxSilent} silent errors`,
    async () => {
      const r = await run!.scores.get(resolve(dir))!;
      expect(r, "scorer printed no summary").not.toBeNull();
      expect(r!.score, r!.report).toBeGreaterThanOrEqual(minScore);
      if (kindsRight) expect(r!.kindRight, r!.report).toBe(r!.kindAll);
      expect(r!.silentErrors, r!.report).toBeLessThanOrEqual(maxSilent);
    },
    // the first gate waits for the parse's start-up and its corpus: the bound the whole parse had
    600_000,
  );
});
