// Greek cue entries (services/parser/lang/el.ts), each in a sentence invented for this test: the
// stage, the motion and the consent it must read, and for the risky ones what it must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Greek stage cues", () => {
  it.each([
    ["Στείλαμε οικονομική προσφορά την Τρίτη.", "evaluation"],
    ["Έλαβαν την προσφορά μας χθες.", "evaluation"],
    ["Ζήτησαν τιμές για 30 χρήστες.", "evaluation"],
    ["Ζητούν προσφορά μέχρι τέλος του μήνα.", "evaluation"],
    ["Κάνουν σύγκριση προσφορών από τρεις εταιρείες.", "evaluation"],
    ["Είναι σε πιλοτική λειτουργία στο κατάστημα.", "evaluation"],
    ["Τους δώσαμε δοκιμαστική πρόσβαση για ένα μήνα.", "evaluation"],
    ["Δοκιμάζουν ήδη την εφαρμογή.", "evaluation"],
    ["Βρίσκονται σε φάση αξιολόγησης.", "evaluation"],
    ["Αξιολογούν την πρόταση του Ζέλβο.", "evaluation"],
    ["Εγκρίθηκε ο προϋπολογισμός για το έργο.", "evaluation"],
    ["Είμαστε σε διαπραγμάτευση για την τιμή.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Κλείσαμε ραντεβού με τον διευθυντή.", "discovery_scheduled"],
    ["Ορίσαμε μια πρώτη συνάντηση με την ομάδα.", "discovery_scheduled"],
    ["Έχει κλειστεί παρουσίαση για το λογιστήριο.", "discovery_scheduled"],
    ["Η τηλεδιάσκεψη ορίστηκε για αύριο.", "discovery_scheduled"],
    ["Βιντεοκλήση επιβεβαιωμένη με τον κ. Βέλτο.", "discovery_scheduled"],
    ["Συνάντηση στις 14 Μαρτίου στο γραφείο τους.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Πρώτη επαφή σε έκθεση.", "new_intro"],
    ["Νέο lead από τη Θεσσαλονίκη.", "new_intro"],
    ["Είμαστε σε αρχικό στάδιο.", "new_intro"],
    ["Απλή γνωριμία προς το παρόν.", "new_intro"],
    ["Σκέφτονται να αλλάξουν σύστημα.", "new_intro"],
    ["Εξετάζουν το ενδεχόμενο αλλαγής.", "new_intro"],
    ["Δεν έχει κλειστεί ακόμα ραντεβού.", "new_intro"],
    ["Τίποτα δεν έχει οριστεί.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Αν πάει καλά η παρουσίαση, θα ζητούν προσφορά.", "evaluation"],
    ["Θέλουν πιλοτικό έργο του χρόνου.", "evaluation"],
    ["Χρειάζονται σύστημα αξιολόγησης προσωπικού.", "evaluation"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("Greek motion cues", () => {
  it.each([
    ["Ζητάμε αμοιβή σύστασης.", "referral"],
    ["Θα τους πουλήσετε εσείς απευθείας.", "referral"],
    ["Απλώς σας φέρνουμε σε επαφή.", "referral"],
    ["Η τιμολόγηση θα γίνει μέσω εμάς.", "resale"],
    ["Αγοράζουμε εμείς τις άδειες.", "resale"],
    ["Θα τιμολογήσουμε εμείς τον πελάτη.", "resale"],
    ["Είμαστε μεταπωλητές στην Κρήτη.", "resale"],
    ["Θα κάνουμε εμείς την εγκατάσταση.", "services"],
    ["Παρέχουμε την υποστήριξη μετά.", "services"],
    ["Είμαστε ολοκληρωτής συστημάτων.", "services"],
    ["Χρειάζεται διασύνδεση με την πλατφόρμα μας.", "technology"],
    ["Έχουμε τεχνολογική συνεργασία μαζί τους.", "technology"],
    ["Θα αγοράσουν από το marketplace της Azure.", "marketplace"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("the weak service words decide only a label's value", () => {
    expect(detectMotion("Η εκπαίδευση είναι σημαντική.")).toBeNull();
    expect(detectMotion("υλοποίηση", { labelled: true })).toBe("services");
  });
});

describe("Greek consent cues", () => {
  it.each([
    ["Περιμένει το τηλεφώνημά σας.", true],
    ["Μπορείτε να τον καλέσετε απευθείας.", true],
    ["Μπορείτε να επικοινωνήσετε μαζί της.", true],
    ["Έδωσε τη συγκατάθεσή του.", true],
    ["Είναι ενήμερη ότι θα την καλέσετε.", true],
    ["Συναίνεσε να τον καλέσετε.", true],
    ["Μην τον καλέσετε ακόμα.", false],
    ["Δεν τον έχω ρωτήσει ακόμα.", false],
    ["Δεν έχει συμφωνήσει ακόμα.", false],
    ["Περιμένετε μέχρι να σας επιβεβαιώσω.", false],
    ["Επικοινωνία μόνο μέσω εμάς.", false],
    ["Δεν μπορείτε να τον καλέσετε.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});
