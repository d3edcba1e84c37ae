// Indonesian cue phrases: a meeting already scheduled, the prospect's yes to being contacted, its problem.
import type { CueTable, LabelTable } from "./types.ts";

// "Pesaing: …" (competitor), "Wilayah: …" (region, territory) in Indonesian forms
export const labels: LabelTable = {
  // "Perusahaan: …" (company), "Instansi: …" (a public body), "Pelanggan: …" / "Klien: …" (customer),
  // "Klinik: …" (a clinic), each also as "Nama …" (the name of …)
  company: [
    "perusahaan",
    "nama perusahaan",
    "instansi",
    "nama instansi",
    "pelanggan",
    "nama pelanggan",
    "klien",
    "nama klien",
    "klinik",
    "nama klinik",
  ],
  competitors: ["pesaing", "kompetitor"],
  // "Lokasi: …" (location), "Kota: …" (town)
  region: ["wilayah", "lokasi", "kota"],
  // "Kebutuhan: …" (what the prospect needs), "Kendala: …" (its obstacle)
  need: ["kebutuhan", "kendala"],
};

export const cues: CueTable = {
  // "belum" (not yet), "tidak" (not)
  negationBefore: ["belum", "tidak", "tanpa"],
  // the prospect's problem: a process by hand, on paper or in a spreadsheet, kept apart, a queue;
  // a wish or a need ("butuh", "perlu", "ingin", "mau"), a search ("mencari", "mereka cari")
  problem: {
    strong: [
      String.raw`(?:di|pakai|dengan|memakai|menggunakan)\s+kertas`,
      String.raw`terpisah`,
      String.raw`kewalahan`,
      String.raw`kesulitan`,
      String.raw`masalah`,
      String.raw`(?:tidak|belum)\s+terintegrasi`,
      String.raw`antre\p{L}*`,
      String.raw`antri\p{L}*`,
    ],
    weak: [
      "butuh",
      String.raw`membutuhkan`,
      "perlu",
      "ingin",
      "mau",
      String.raw`mencari`,
      String.raw`(?:mereka|sedang|lagi)\s+cari`,
    ],
  },
  stage: {
    // "presentasi awal sudah dijadwalkan tanggal 2 April", "pertemuan terjadwal hari Senin"
    event: ["presentasi", "pertemuan", "rapat"],
    booked: [String.raw`(?:sudah\s+|telah\s+)?dijadwalkan`, "terjadwal"],
    // an offer or proposal asked for, offers compared: "minta penawaran harga", "sedang membandingkan"
    evaluation: [String.raw`minta\s+(?:penawaran|proposal)`, String.raw`(?:sedang\s+)?membandingkan`],
    // an early lead, the partner only refers: "baru perkenalan awal", "tahap awal saja", "kami hanya sebagai referral"
    newIntro: [
      String.raw`perkenalan\s+awal`,
      String.raw`tahap\s+awal`,
      String.raw`hanya\s+(?:sebagai\s+)?(?:referral|perantara|memperkenalkan)`,
    ],
  },
  motion: {
    // the partner buys and resells: "kami akan menjual kembali lisensinya", "membeli lisensi"
    resale: [String.raw`menjual\s+kembali`, String.raw`membeli\s+lisensi\p{L}*`],
  },
  consent: {
    // "sudah setuju untuk dihubungi langsung", "bersedia dihubungi"
    permission: [String.raw`(?:setuju|bersedia)\s+(?:untuk\s+)?(?:dihubungi|ditelepon|dikontak)`],
  },
  // "sedang membandingkan dengan X dan Y": weighing rivals' offers
  competitorBefore: [String.raw`membandingkan\s+(?:\S+\s+){0,2}?dengan\s+`],
};
