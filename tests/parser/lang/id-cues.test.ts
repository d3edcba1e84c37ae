// Indonesian and Malay cue entries (services/parser/lang/id.ts): stage, motion and consent, each
// entry in a sentence written for this test (invented firms and people), with the near misses
// the risky entries must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { findLabelled } from "../../../services/parser/extract/labels.ts";

describe("Indonesian/Malay stage: evaluation", () => {
  it.each([
    ["PT Sarvana meminta quotation untuk 40 user.", "meminta quotation"],
    ["Penawaran harga sudah dikirim kemarin.", "penawaran dikirim"],
    ["Sudah kami kirim proposal ke direktur.", "sudah kami kirim proposal"],
    ["Mereka menunggu penawaran dari kami.", "menunggu penawaran"],
    ["Uji coba berjalan di dua cabang.", "uji coba"],
    ["Masa percobaan 30 hari dimulai Senin.", "masa percobaan"],
    ["Tempoh percubaan bermula minggu depan.", "tempoh percubaan (Malay)"],
    ["Proyek percontohan di gudang Bekasi.", "proyek percontohan"],
    ["Sekarang tahap evaluasi.", "tahap evaluasi"],
    ["Produk sedang dievaluasi oleh tim IT.", "sedang dievaluasi"],
    ["Anggaran sudah disetujui direksi.", "anggaran disetujui"],
    ["Bajet telah diluluskan.", "bajet diluluskan (Malay)"],
    ["Ada lelang bulan depan.", "lelang"],
    ["Mereka minta sebut harga.", "sebut harga (Malay)"],
    ["Negosiasi harga minggu ini.", "negosiasi harga"],
  ])("%s (%s)", (text) => expect(detectStage(text)).toBe("evaluation"));

  it.each([
    ["Jika anggaran sudah disetujui, kami lanjut.", "conditional"],
    ["Belum ada uji coba.", "negated"],
  ])("%s is no evaluation (%s)", (text) => expect(detectStage(text)).not.toBe("evaluation"));
});

describe("Indonesian/Malay stage: a meeting booked", () => {
  it.each([
    ["Kunjungan ke pabrik sudah dijadwalkan.", "kunjungan"],
    ["Janji temu ditetapkan hari Kamis.", "janji temu, ditetapkan"],
    ["Panggilan video disepakati untuk Selasa.", "panggilan video, disepakati"],
    ["Mesyuarat dijadualkan pada hari Isnin.", "mesyuarat, dijadualkan (Malay)"],
    ["Perjumpaan dengan pengurus hari Khamis.", "perjumpaan, a Malay weekday"],
    ["Temujanji esok pukul 10.", "temujanji, esok"],
    ["Lawatan tapak dikonfirmasi.", "lawatan, dikonfirmasi"],
    ["Pembentangan direncanakan.", "pembentangan, direncanakan"],
    ["Rapat dengan direktur sudah fix.", "sudah fix"],
    ["Presentasi akan diadakan di kantor mereka.", "akan diadakan"],
    ["Pertemuan dijadwal ulang ke Jumat.", "dijadwal"],
    ["Rapat hari Minggu pagi.", "hari Minggu"],
    ["Rapat lusa jam 9.", "lusa"],
    ["Pertemuan Rabu.", "rabu"],
    ["Rapat Senin, 12 Mei.", "senin"],
    ["Perjumpaan hari Sabtu.", "sabtu"],
    ["Rapat Jum'at pagi.", "jumat"],
    ["Presentasi besok.", "besok"],
    ["Pertemuan tanggal 14 Agustus.", "a month name"],
    ["Mesyuarat pada 3 Ogos.", "a Malay month name"],
    ["Mesyuarat hari Ahad.", "ahad"],
    ["Mesyuarat hari Jumaat.", "jumaat"],
    ["Sudah ada jadwal meeting dengan mereka.", "sudah ada jadwal"],
    ["Kami akan bertemu direktur hari Kamis.", "bertemu … Kamis"],
  ])("%s (%s)", (text) => expect(detectStage(text)).toBe("discovery_scheduled"));

  it.each([
    ["Rapat minggu lalu berjalan baik.", "'minggu' alone is a week"],
    ["Terima kasih atas presentasi hari Senin.", "thanked"],
    ["Presentasi sudah dilakukan hari Selasa.", "held"],
    ["Kami sudah presentasi hari Rabu.", "held before"],
  ])("%s is no booked meeting (%s)", (text) => expect(detectStage(text)).not.toBe("discovery_scheduled"));

  it("a meeting without a date yet is a new introduction", () => {
    expect(detectStage("Rapat direncanakan, tanggalnya belum ditentukan.")).toBe("new_intro");
  });
});

describe("Indonesian/Malay stage: a new introduction", () => {
  it.each([
    ["Ada prospek baru dari Medan.", "prospek baru"],
    ["Kami ingin memperkenalkan klien kami.", "memperkenalkan"],
    ["Belum ada jadwal apa pun.", "belum ada jadwal"],
    ["Demo belum dijadwalkan.", "belum dijadwalkan"],
    ["Mereka belum pernah dihubungi.", "belum dihubungi"],
    ["Klien berencana mengganti sistem lama.", "berencana mengganti"],
    ["Syarikat bercadang untuk menukar sistem.", "bercadang menukar (Malay)"],
    ["Masih tahap penjajakan.", "penjajakan"],
    ["Mereka minta demo.", "minta demo"],
    ["Beliau ingin tahu lebih lanjut.", "ingin tahu lebih lanjut"],
  ])("%s (%s)", (text) => expect(detectStage(text)).toBe("new_intro"));
});

describe("Indonesian/Malay motion", () => {
  it.each([
    ["Lisensi dibeli melalui kami.", "resale"],
    ["Tagihan dari kami, bukan dari vendor.", "resale"],
    ["Kami akan menjual semula perisian ini.", "resale"],
    ["Kami distributor resmi di Jawa Timur.", "resale"],
    ["Kami beli lalu jual ke klien.", "resale"],
    ["Kami hanya merekomendasikan produk Anda.", "referral"],
    ["Cukup komisi referral saja.", "referral"],
    ["Ini rujukan sahaja.", "referral"],
    ["Closing langsung oleh tim Anda.", "referral"],
    ["Implementasi dan pelatihan akan kami tangani.", "services"],
    ["Kami yang akan menangani integrasi sistem.", "services"],
    ["Kami mitra implementasi mereka.", "services"],
    ["Kami integrator sistem lokal.", "services"],
    ["Kami tawarkan layanan terkelola.", "services"],
    ["Kami sediakan perkhidmatan terurus.", "services"],
    ["Kami mau jual bersama dengan Anda.", "technology"],
    ["Kami mitra teknologi Anda.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("a weak word alone decides only a labelled value", () => {
    expect(detectMotion("implementasi")).toBeNull();
    expect(detectMotion("implementasi", { labelled: true })).toBe("services");
    expect(detectMotion("instalasi", { labelled: true })).toBe("services");
    expect(detectMotion("integrasi", { labelled: true })).toBe("technology");
  });

  it("'we will not resell' says nothing", () => {
    expect(detectMotion("Kami tidak menjual semula.")).toBeNull();
  });
});

describe("Indonesian/Malay consent", () => {
  it.each([
    ["Pak Andi sudah setuju untuk dihubungi.", true],
    ["Beliau sudi dihubungi minggu ini.", true],
    ["Silakan langsung hubungi beliau.", true],
    ["Boleh telepon bapak Hendra besok.", true],
    ["Beliau menunggu telepon dari Anda.", true],
    ["Sudah diberitahu bahwa tim Anda akan menghubungi.", true],
    ["Ibu Sari ingin berbicara langsung dengan tim Anda.", true],
    ["Direktur sudah memberikan izin untuk dihubungi.", true],
    ["Untuk dihubungi langsung, beliau menyetujui.", true],
    ["Beliau mengizinkan kami menghubungi timnya.", true],
    ["Beliau belum setuju untuk dihubungi.", false],
    ["Jangan hubungi beliau dulu.", false],
    ["Tunggu kabar dari kami ya.", false],
    ["Sebelum kami memperkenalkan, mohon ditahan.", false],
    ["Belum kami tanyakan ke beliau.", false],
    ["Kontak lewat kami dulu.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    ["Silakan hubungi saya jika ada pertanyaan.", "the writer's sign-off"],
    ["Jadwal belum dikonfirmasi.", "a schedule, not consent"],
  ])("%s says nothing of consent (%s)", (text) => expect(detectConsent(text)).toBeNull());

  it.each([
    ["Izin kontak: ya", "ya", true],
    ["Izin dihubungi: sudah", "sudah", true],
    ["Persetujuan kontak: boleh", "boleh", true],
    ["Persetujuan dihubungi: setuju", "setuju", true],
    ["Boleh dihubungi: bersedia", "bersedia", true],
    ["Izin kontak: iya", "iya", true],
    ["Izin kontak: belum", "belum", false],
    ["Izin kontak: tidak", "tidak", false],
    ["Izin kontak: tdk", "tdk", false],
    ["Izin kontak: blm", "blm", false],
    ["Izin kontak: belum ditanya", "belum ditanya", false],
    ["Izin kontak: tidak boleh", "tidak boleh", false],
  ])("the label %s is consent, its value answers", (line, value, want) => {
    expect(findLabelled(line)[0]).toMatchObject({ field: "consent", value });
    expect(detectConsent(value, { labelled: true })).toBe(want);
  });
});
