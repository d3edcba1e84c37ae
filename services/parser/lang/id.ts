// Indonesian cue phrases: a meeting already scheduled, the prospect's yes to being contacted, its problem.
import type { CueTable, LabelTable } from "./types.ts";

// "Pesaing: …" (competitor), "Wilayah: …" (region, territory) in Indonesian forms
export const labels: LabelTable = {
  // "Jabatan: …" (Indonesian), "Jawatan: …" (Malay): the contact's post
  role: ["jabatan", "jawatan"],
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
    // Malay "Syarikat" (company) and its name, the organisation
    "syarikat",
    "nama syarikat",
    "organisasi",
    // the organisation's name, a club
    "nama organisasi",
    "klub",
  ],
  competitors: ["pesaing", "kompetitor"],
  // "Lokasi: …" (location), "Kota: …" (town)
  region: [
    "wilayah",
    "lokasi",
    "kota",
    // the state (Malay), the province, the district
    "negeri",
    "provinsi",
    "daerah",
    // Malay: the area
    "kawasan",
  ],
  // "Kebutuhan: …" (what the prospect needs), "Kendala: …" (its obstacle)
  need: [
    "kebutuhan",
    "kendala",
    // the problem, the need (Malay), the challenge (Indonesian, Malay; read case-sensitive: a capital opens a sentence), the issue
    "masalah",
    "keperluan",
    "tantangan",
    "cabaran",
    "isu",
  ],
  // "Izin kontak: ya", "Persetujuan kontak: sudah", "Boleh dihubungi: ya"
  consent: [
    "izin kontak",
    "izin dihubungi",
    "persetujuan kontak",
    "persetujuan dihubungi",
    "boleh dihubungi",
    // permission (Malay), agreement
    "kebenaran",
    "kebenaran dihubungi",
    "persetujuan",
  ],
  // "Peran kami: instalasi dan pelatihan", "Peran saya: …": the partner's part in the deal
  motion: [
    "peran kami",
    "peran saya",
    // our role (Malay), the model of co-operation
    "peranan kami",
    "model kerjasama",
  ],
  // the web page (Malay "laman web"), the site (Indonesian "situs")
  website: ["laman web", "situs web", "situs"],
  // the contact, the contact person (Indonesian "narahubung", Malay "orang untuk dihubungi")
  contactName: ["narahubung", "kontak", "nama kontak", "orang untuk dihubungi", "pegawai untuk dihubungi"],
  // e-mail (Indonesian "surel", Malay "e-mel"), its address
  email: ["surel", "e-mel", "emel", "alamat email", "alamat e-mel"],
  // telephone (Indonesian, Malay) and its number, the mobile ("HP")
  phone: ["telepon", "no. telepon", "nomor telepon", "no. telefon", "nombor telefon", "no. hp"],
  // the stage (Indonesian "tahap", Malay "peringkat")
  stage: ["tahap", "peringkat"],
  // the value, the estimate, the estimated value, the budget (Malay "bajet")
  value: ["nilai", "anggaran", "perkiraan nilai", "nilai perkiraan", "anggaran nilai", "nilai anggaran", "bajet"],
  // the product, the module
  // also Malay "Minat: …" (interest)
  product: ["produk", "modul", "minat"],
};

export const cues: CueTable = {
  // "bengkel kecil di Malang", "dua cawangan di Ipoh": "in" before the prospect's place (Indonesian
  // and Malay), after a lower-case word only: a name goes on over it ("Sekolah Musik di Bogor" is
  // one name; Italian writes "di" inside names and before owners)
  placeBefore: [String.raw`(?<=(?:^|[^\p{L}])\p{Ll}\p{L}{0,24}[ \t])di`],
  // the partner registering: "daftarkan" (register it; "daftar" alone is also a list), "lead baru" (a new lead)
  registering: ["daftarkan", "lead baru"],
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
    // a means of talking as the process: Indonesian, Malay "lewat telepon", "via WA"; "saya sudah bicara lewat
    // telepon" is the partner's talk
    channel: [String.raw`(?:lewat|via|melalui|pakai|guna)\s+(?:telepon|telefon|wa|whatsapp|instagram|ig|dm)`],
    talked: ["bicara", "berbicara", "ngobrol", "bercakap", "sepakat", "menelepon"],
    weak: [
      // keadaan sekarang: "stok gudang masih ditulis tangan", "masih manual"
      String.raw`masih\s+(?:pakai|pake|memakai|menggunakan|manual|lewat|via|dicatat|ditulis|dikerjakan|mencatat|mengandalkan)`,
      "butuh",
      String.raw`membutuhkan`,
      "perlu",
      "ingin",
      "mau",
      String.raw`mencari`,
      String.raw`(?:mereka|sedang|lagi)\s+cari`,
    ],
  },
  // "belum" (not yet), "tidak" (not), "tanpa" (without), "jangan" (do not), "bukan" (it is not),
  // Malay "tiada" (there is none); "tdk", "blm" as typed in chat
  negationBefore: ["belum", "tidak", "tanpa", "jangan", "bukan", "tiada", "tdk", "blm"],
  // "jika", "kalau", "apabila", Malay "sekiranya" (if), "mungkin" (perhaps)
  conditional: ["jika", "kalau", "kalo", "apabila", "seandainya", "sekiranya", "mungkin"],
  // "Izin kontak: ya" / "sudah" / Malay "boleh"; "tidak", "belum"
  yes: ["ya", "iya", "sudah", "boleh", "setuju", "bersedia"],
  no: ["tidak", "belum", "tdk", "blm", "belum ditanya", "tidak boleh"],
  stage: {
    // "presentasi sudah dijadwalkan tanggal 9 Mei", "pertemuan terjadwal hari Senin";
    // "kunjungan" (visit), "janji temu" (appointment), "panggilan video" (video call), Malay
    // "mesyuarat", "perjumpaan" (meeting), "temujanji" (appointment), "lawatan" (visit), "pembentangan" (presentation)
    event: [
      "presentasi",
      "pertemuan",
      "rapat",
      "kunjungan",
      String.raw`janji\s+temu`,
      String.raw`panggilan(?:\s+(?:video|telepon))?`,
      "mesyuarat",
      "perjumpaan",
      "temujanji",
      "lawatan",
      "pembentangan",
    ],
    // "sudah dijadwalkan", Malay "dijadualkan", "ditetapkan" (fixed), "disepakati" (agreed), "sudah fix"
    booked: [
      String.raw`(?:sudah\s+|telah\s+)?dijadwalkan`,
      "terjadwal",
      "dijadwal",
      "dijadualkan",
      "ditetapkan",
      "disepakati",
      "dikonfirmasi",
      "direncanakan",
      String.raw`(?:sudah|udah)\s+fix`,
      String.raw`akan\s+(?:diadakan|dilaksanakan)`,
    ],
    // weekdays and near days, Indonesian and Malay ("minggu" alone is also "week": only "hari Minggu")
    day: [
      "senin",
      "selasa",
      "rabu",
      "kamis",
      String.raw`jum'?at`,
      "sabtu",
      String.raw`hari\s+minggu`,
      "besok",
      "lusa",
      "isnin",
      "khamis",
      "jumaat",
      "ahad",
      "esok",
    ],
    month: [
      "januari",
      "februari",
      "maret",
      "mei",
      "juni",
      "juli",
      "agustus",
      "oktober",
      "desember",
      "julai",
      "ogos",
      "disember",
    ],
    // "kami sudah presentasi", "demo sudah dilakukan": the meeting took place
    held: ["sudah", "telah", "udah", "pernah"],
    heldAfter: [String.raw`(?:sudah|telah)\s+(?:dilakukan|dilaksanakan|selesai|berjalan|diadakan)`],
    // "terima kasih atas demo …": that meeting is over
    thanked: [String.raw`(?:terima\s+kasih|makasih)\s+(?:atas|untuk)`],
    // an offer or proposal asked for, offers compared: "minta penawaran harga", "sedang membandingkan"
    evaluation: [
      // Malay: trying the trial version: "mereka guna versi percubaan"
      String.raw`versi\s+percubaan`,
      String.raw`minta\s+(?:penawaran|proposal)`,
      String.raw`(?:sedang\s+)?membandingkan`,
      // asked for, sent, awaited: "meminta quotation", "penawaran sudah dikirim", "sudah kami kirim proposal"
      String.raw`(?:meminta|request|butuh)\s+(?:penawaran|quotation|proposal)`,
      String.raw`(?:penawaran|proposal|quotation)(?:\s+harga)?\s+(?:sudah\s+|telah\s+)?(?:dikirim|kami\s+kirim|diajukan|disampaikan)`,
      String.raw`(?:sudah|telah)\s+(?:kami\s+)?(?:kirim|kirimkan|ajukan|sampaikan)\s+(?:penawaran|proposal|quotation)`,
      String.raw`(?:menunggu|tunggu)\s+(?:penawaran|proposal|quotation)`,
      // a trial or pilot: "uji coba", "masa percobaan", Malay "tempoh percubaan", "proyek percontohan"
      String.raw`uji\s+coba`,
      String.raw`masa\s+(?:percobaan|trial)`,
      String.raw`(?:tempoh|fasa)\s+percubaan`,
      // Malay "percubaan 14 hari sedang berjalan" (a trial under way)
      String.raw`percubaan\s+(?:percuma\s+)?(?:\d+\s+hari\s+)?(?:sedang\s+berjalan|telah\s+bermula|sudah\s+bermula)`,
      String.raw`proyek\s+percontohan`,
      String.raw`tahap\s+(?:evaluasi|uji\s+coba|pengujian|negosiasi|penawaran)`,
      String.raw`sedang\s+(?:dievaluasi|menguji|mengevaluasi|trial|negosiasi)`,
      // our offer weighed (Malay "menilai cadangan harga", Indonesian "menilai penawaran")
      String.raw`menilai\s+(?:cadangan|penawaran|sebut\s+harga|proposal|tawaran)`,
      // a budget approved, a tender, a quotation (Malay "sebut harga"), negotiation
      String.raw`(?:anggaran|budget|bajet|peruntukan)\s+(?:sudah\s+|telah\s+)?(?:disetujui|diluluskan|di-?approve)`,
      "lelang",
      String.raw`sebut\s+harga`,
      String.raw`negosiasi\s+(?:harga|kontrak)`,
    ],
    // an early lead, the partner only refers: "baru perkenalan awal", "tahap awal saja", "kami hanya sebagai referral"
    newIntro: [
      String.raw`perkenalan\s+awal`,
      String.raw`tahap\s+awal`,
      String.raw`hanya\s+(?:sebagai\s+)?(?:referral|perantara|memperkenalkan)`,
      // Malay "baru diperkenalkan" (just introduced); "cuma referensi saja" (only a referral)
      String.raw`baru\s+(?:di)?perkenalkan`,
      String.raw`(?:hanya|cuma|sekadar)\s+referensi(?:\s+saja)?`,
      // a new lead, the writer introducing it: "prospek baru", "kami ingin memperkenalkan"
      String.raw`(?:lead|prospek)\s+baru`,
      String.raw`(?:ingin|mau|akan)\s+memperkenalkan`,
      // nothing set yet: "belum ada jadwal", "belum dijadwalkan", "belum dihubungi"
      String.raw`belum\s+(?:ada\s+)?(?:jadwal|janji)`,
      String.raw`belum\s+(?:di)?jadwal\p{L}*`,
      String.raw`belum\s+(?:pernah\s+)?(?:dihubungi|dikontak)`,
      // thinking of a change: "berencana mengganti", "mempertimbangkan untuk beralih", Malay "bercadang menukar"
      String.raw`(?:berencana|bercadang|berniat|mempertimbangkan)\s+(?:untuk\s+)?(?:mengganti|menggantikan|beralih|pindah|menukar)`,
      String.raw`(?:masih\s+)?(?:tahap\s+)?penjajakan`,
      // a demo or more information wished for, not set: "minta demo", "ingin tahu lebih lanjut"
      String.raw`(?:minta|meminta|ingin|mau)\s+(?:melihat\s+)?(?:demo|presentasi)`,
      String.raw`ingin\s+(?:tahu|mengetahui|info|informasi)\s+lebih\s+(?:lanjut|banyak)`,
      // Malay: just an introduction, no meeting yet: "baru perkenalan", "belum ada mesyuarat", "belum ada pertemuan"
      String.raw`baru\s+(?:tahap\s+)?perkenalan`,
      String.raw`belum\s+(?:ada\s+)?(?:mesyuarat|pertemuan|rapat|meeting|temu\s+janji)`,
      // an introduction only, Malay and Indonesian: "perkenalan sahaja", "pengenalan awal sahaja" ("a referral
      // only", "rujukan sahaja", is labelled both ways in the corpora: left out)
      String.raw`(?:perkenalan|pengenalan)\s+(?:awal\s+)?(?:saja|sahaja|aja)`,
      String.raw`pengenalan\s+awal`,
      // we only introduce them: "kami hanya mengenalkan"
      String.raw`(?:hanya|cuma)\s+mengenalkan`,
      // only referring, out of the sale after the introduction: "cuma referensikan", "setelah perkenalan kami tidak ikut"
      String.raw`(?:cuma|hanya)\s+(?:me)?referensikan`,
      String.raw`setelah\s+perkenalan\s+(?:ini\s+)?kami\s+tidak\s+(?:ikut|terlibat)`,
    ],
    // "…, tanggalnya belum ditentukan": the meeting has no day yet
    undated: [
      String.raw`(?:tanggal|tarikh|jadwal|waktu)(?:nya)?\s+(?:masih\s+)?belum\s+(?:ditentukan|pasti|fix|ditetapkan)`,
    ],
    // "sudah ada jadwal meeting", "kami akan bertemu hari Kamis"
    discovery: [
      // Malay: a first talk or meeting on a date: "perbincangan pertama pada 9 Mac", "mesyuarat pertama pada 3 Jun"
      String.raw`(?:perbincangan|mesyuarat|pertemuan)\s+pertama\s+pada\s+\d{1,2}\s+[\p{L}]{3,9}`,
      String.raw`(?:sudah|telah|udah)\s+(?:ada\s+)?(?:jadwal|janji)\s+(?:untuk\s+)?{event}`,
      String.raw`(?:bertemu|ketemu|berjumpa|berkunjung|mengunjungi)\s+(?:[\p{L}]+\s+){0,4}?(?:pada\s+)?(?:hari\s+)?{day}`,
    ],
  },
  motion: {
    // the partner buys and resells: "kami akan menjual kembali lisensinya", "membeli lisensi"
    resale: [
      String.raw`menjual\s+kembali`,
      String.raw`membeli\s+lisensi\p{L}*`,
      // through us: "lisensi dibeli melalui kami", "tagihan dari kami", Malay "menjual semula"
      String.raw`(?:lisensi|langganan)\p{L}*\s+(?:dibeli\s+)?(?:melalui|lewat|via)\s+kami`,
      String.raw`(?:invoice|faktur|tagihan)\p{L}*\s+(?:dari|melalui|lewat)\s+kami`,
      String.raw`(?:menjual|jual)\s+semula`,
      // Malay "sebagai penjual semula", "(penjual semula)"
      String.raw`(?:jualan|penjual)\s+semula`,
      String.raw`(?:distributor|dealer|agen)\s+resmi`,
      String.raw`(?:beli|membeli)\s+(?:dan|lalu)\s+(?:jual|menjual)`,
      // the partner selling: "kami yang akan menjual lisensi", "nanti kami yg jual"
      String.raw`kami\s+(?:yang|yg)\s+(?:akan\s+)?(?:menjual|jual)`,
    ],
    // only introducing or recommending: "kami hanya merekomendasikan", Malay "rujukan sahaja"
    referral: [
      // handed over to the vendor's team: "kami serahkan ke tim"
      String.raw`kami\s+serahkan\s+(?:ke|kepada)\s+tim`,
      String.raw`(?:hanya|cuma|sekadar)\s+(?:mereferensikan|merekomendasikan|memperkenalkan|menghubungkan|merujuk|mencadangkan)`,
      String.raw`(?:komisi|fee|yuran)\s+(?:referral|rujukan|perantara)`,
      String.raw`rujukan\s+(?:sahaja|saja)`,
      // "kami hanya referensikan"; out of the sale after the introduction: "tidak terlibat lagi dalam penjualan"
      String.raw`(?:hanya|cuma|sekadar)\s+referensikan`,
      // only a referral, in colloquial Indonesian (cuma … saja)
      String.raw`(?:hanya|cuma|sekadar)\s+referensi(?:\s+saja)?`,
      String.raw`tidak\s+(?:ikut|terlibat)\s+(?:lagi\s+)?(?:dalam\s+)?(?:proses\s+)?(?:penjualan|jualan)`,
      // "closing langsung oleh tim Anda": the vendor sells
      String.raw`(?:jual|menjual|closing|penjualan|transaksi)\s+(?:[\p{L}]+\s+){0,2}?(?:langsung\s+)?(?:oleh|dari)\s+(?:pihak\s+|tim\s+)?(?:anda|kalian)`,
    ],
    // the partner does the work: "implementasi dan pelatihan akan kami tangani", "kami yang menangani integrasi"
    services: [
      // the work done by the partner's team: "dikerjakan oleh tim kami", "ditangani oleh kami"
      String.raw`(?:dikerjakan|dilakukan|ditangani)\s+oleh\s+(?:tim\s+)?kami`,
      String.raw`(?:implementasi|integrasi|instalasi|pemasangan|pelatihan|konfigurasi|migrasi|pendampingan|kustomisasi|pelaksanaan)\s+(?:(?:dan|&)\s+[\p{L}]+\s+)?(?:akan\s+)?(?:kami\s+)(?:yang\s+)?(?:tangani|kerjakan|lakukan|handle|urus|sediakan|berikan|laksanakan)`,
      String.raw`kami\s+(?:yang\s+)?(?:akan\s+)?(?:menangani|mengerjakan|melakukan|handle|mengurus|menyediakan|memberikan|melaksanakan)\s+(?:[\p{L}]+\s+){0,2}?(?:implementasi|integrasi|instalasi|pemasangan|pelatihan|konfigurasi|migrasi|kustomisasi|pelaksanaan)`,
      String.raw`(?:mitra|partner)\s+implementasi`,
      String.raw`integrator\s+sistem`,
      // Malay "X akan melaksanakan pemasangan, integrasi dan sokongan"
      String.raw`akan\s+melaksanakan\s+(?:pemasangan|implementasi|integrasi|latihan|konfigurasi|migrasi)`,
      // Malay "will handle" the rollout, migration or training; installing the module
      String.raw`akan\s+(?:menguruskan|mengurus|menangani)\s+(?:pelaksanaan|implementasi|pemasangan|migrasi|latihan|pelatihan|integrasi)`,
      // Malay "kami akan mengendalikan migrasi data" (we will handle), said by us only
      String.raw`kami\s+akan\s+mengendalikan\s+(?:pelaksanaan|implementasi|pemasangan|migrasi|latihan|integrasi)`,
      String.raw`memasang\s+(?:modul|sistem|perisian)`,
      String.raw`layanan\s+terkelola`,
      String.raw`perkhidmatan\s+terurus`,
    ],
    // co-selling, a technology partner: "jual bersama", "mitra teknologi"
    technology: [
      String.raw`(?:jual|penjualan)\s+bersama`,
      String.raw`mitra\s+teknologi`,
      // integrating a product "of ours with" the vendor's (mengintegrasikan … kami dengan)
      String.raw`mengintegrasikan\s+(?:[\p{L}-]+\s+){1,3}?kami\s+dengan`,
    ],
  },
  motionWeak: {
    services: ["implementasi", "instalasi"],
    technology: ["integrasi"],
  },
  // Malay writes the services "perkhidmatan": "pelaksanaan dan sokongan (perkhidmatan)"
  motionName: { services: ["jasa", "layanan", "perkhidmatan"] },
  consent: {
    // "setuju dihubungi", "bersedia dihubungi", Malay "sudi dihubungi"
    permission: [
      String.raw`(?:setuju|bersedia|bersetuju|sudi|oke|ok|mau)\s+(?:untuk\s+)?(?:dihubungi|ditelepon|ditelpon|dikontak|dikunjungi|di-?call|di-?email)`,
      // "silakan langsung hubungi beliau": the prospect named, not the writer ("hubungi saya")
      String.raw`(?:boleh|silakan|silahkan|dipersilakan|bisa)\s+(?:langsung\s+)?(?:menghubungi|hubungi|kontak|mengontak|telepon|menelepon|call|email)\s+(?:beliau|dia|mereka|bapak|ibu|pak|bu)(?![\p{L}])`,
      // "silakan dihubungi" (do contact them)
      String.raw`(?:silakan|silahkan)\s+(?:langsung\s+)?dihubungi`,
      // waiting for the vendor's call: "menunggu telepon dari Anda"
      String.raw`(?:menunggu|tunggu|nunggu)\s+(?:telepon|telpon|kabar|kontak|email|panggilan)\s+(?:dari\s+)?(?:anda|kalian|tim\s+anda|bapak|ibu)`,
      // told the vendor will call: "sudah diberitahu bahwa tim Anda akan menghubungi"
      String.raw`(?:diberitahu|diinformasikan|tahu)\s+(?:bahwa\s+)?(?:anda|tim\s+anda|kalian)\s+akan\s+(?:menghubungi|menelepon|mengontak)`,
      // wants to talk with the vendor: "ingin berbicara langsung dengan tim Anda"
      String.raw`(?:ingin|mau|bersedia|senang)\s+(?:untuk\s+)?(?:bertemu|berbicara|bicara|ngobrol|berdiskusi)\s+(?:langsung\s+)?dengan\s+(?:anda|tim\s+anda|kalian|pihak\s+anda)`,
      String.raw`(?:memberi(?:kan)?|kasih)\s+(?:izin|persetujuan|lampu\s+hijau)\s+(?:untuk\s+)?(?:dihubungi|dikontak|ditelepon|menghubungi)`,
      // Malay: "dah setuju kami call dia terus", "sudah setuju untuk dihubungi"
      String.raw`(?:dah|sudah|telah)\s+setuju\s+(?:[\p{L}]+\s+){0,2}?(?:call|hubungi|dihubungi|telefon)`,
    ],
    // the two words in one sentence, either order: "untuk dihubungi, beliau sudah setuju"
    agreeWord: ["setuju", "bersedia", "menyetujui", "mengizinkan", "bersetuju", "sudi"],
    contactWord: ["dihubungi", "menghubungi", "dikontak", "mengontak", "ditelepon", "menelepon"],
    // do not contact, wait for us, not asked yet
    prohibition: [
      String.raw`jangan\s+(?:dulu\s+)?(?:langsung\s+)?(?:hubungi|menghubungi|kontak|telepon|telpon|email|call|dihubungi|ganggu)`,
      String.raw`(?:tunggu|menunggu)\s+(?:kabar|konfirmasi|info|persetujuan)\s+(?:dari\s+)?(?:kami|saya)`,
      String.raw`(?:sampai|hingga|sebelum)\s+(?:kami|saya)\s+(?:memperkenalkan|perkenalkan|kabari|mengabari|kasih\s+kabar)`,
      String.raw`belum\s+(?:kami\s+|saya\s+)?(?:tanya|tanyakan|ditanya|ditanyakan|minta\s+izin|diberitahu)`,
      String.raw`(?:melalui|lewat|via)\s+(?:kami|saya)\s+(?:dulu|terlebih\s+dahulu)`,
    ],
  },
  // "sedang membandingkan dengan X dan Y": weighing rivals' offers
  // "membandingkan X dengan Y", Malay and colloquial "bandingkan sebut harga dengan Y"
  competitorBefore: [
    // up to three words between: "membandingkan sebut harga kami dengan X"
    String.raw`(?:mem)?bandingkan\s+(?:\S+\s+){0,3}?dengan\s+`,
    // weighing the partner's quote and a rival's: "sedang menilai sebut harga kami dan X"
    String.raw`menilai\s+(?:sebut\s+harga|penawaran|tawaran|proposal|cadangan)\s+(?:kami|kita)\s+(?:dan|dengan)\s+`,
    // also weighing a rival, Indonesian and Malay: "juga menilai X", "turut mempertimbangkan X"
    String.raw`(?:juga|turut)\s+(?:menilai|mempertimbangkan|menguji|melihat)\s+`,
  ],
  // "lead baru dari …", "calon pelanggan di …": where a lead comes from, or where a prospect is (Indonesian, Malay)
  leadFrom: [String.raw`(?:[Ll]ead|[Pp]rospek|[Cc]alon\s+(?:klien|pelanggan))(?:\s+baru)?\s+(?:dari|di)`],
};
