// Indonesian cue phrases: a meeting already scheduled, the prospect's yes to being contacted.
import type { CueTable, LabelTable } from "./types.ts";

// "Pesaing: …" (competitor), "Wilayah: …" (region, territory) in Indonesian forms
export const labels: LabelTable = {
  competitors: ["pesaing", "kompetitor"],
  // "Lokasi: …" (location), "Kota: …" (town)
  region: ["wilayah", "lokasi", "kota"],
};

export const cues: CueTable = {
  // "belum" (not yet), "tidak" (not)
  negationBefore: ["belum", "tidak", "tanpa"],
  stage: {
    // "presentasi awal sudah dijadwalkan tanggal 2 April", "pertemuan terjadwal hari Senin"
    event: ["presentasi", "pertemuan", "rapat"],
    booked: [String.raw`(?:sudah\s+|telah\s+)?dijadwalkan`, "terjadwal"],
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
