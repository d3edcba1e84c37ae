// Motion cues of round stage26: a referral said plainly, the rest left to the vendor (cs, es, nl); the
// work named first and then who does it (zh, hi), we take care of the installing (th), Malay "we
// will handle" and the services named in brackets (ms). Invented sentences, each with a near miss
// that must not take the motion.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("a referral, the rest left to the vendor", () => {
  it.each([
    "Jedná se o doporučení, dál už to necháme na vás.",
    "Dál už to povedete vy.",
    "Posíláme kontakt, dál se nebudeme podílet.",
    "Jde čistě o doporučení.",
    "Es una referencia, luego lo llevan ustedes.",
    "No vamos a intervenir en la venta.",
    "Nosotros solo hacemos la referencia.",
    "Wij introduceren enkel; jullie nemen het over.",
    "De verkoop laten we verder aan jullie.",
  ])("%s -> referral", (text) => expect(detectMotion(text)).toBe("referral"));

  it.each([
    "Rozhodnutí necháme na vás.",
    "Jde o doporučenou konfiguraci.",
    "Es una referencia interna del pedido 4411.",
    "Solo una presentación del producto bastó.",
    "Por ahora es solo una presentación.",
    "Wij introduceren het nieuwe product in mei.",
    "De verkoop laten we zelf doen.",
  ])("%s is no referral", (text) => expect(detectMotion(text)).not.toBe("referral"));
});

describe("the partner does the work", () => {
  it.each([
    "部署和培训由我司负责。",
    "系統導入與維護將由敝公司負責。",
    "इंस्टॉलेशन और ट्रेनिंग हम करेंगे।",
    "माइग्रेशन और सपोर्ट हमारी टीम (टेकसेतु) संभालेगी।",
    "ทางเราจะดูแลการอบรมพนักงาน",
    "บริษัทฯ เป็นผู้วางระบบให้",
    "Peranan: latihan dan sokongan (perkhidmatan)",
    "Kami akan mengendalikan pemasangan sistem.",
  ])("%s -> services", (text) => expect(detectMotion(text)).toBe("services"));

  it.each([
    "部署由贵司负责。",
    "इंस्टॉलेशन और ट्रेनिंग वे खुद करेंगे।",
    "ทางลูกค้าจะดูแลการอบรมเอง",
    "Mereka akan mengendalikan pemasangan sendiri.",
    "Kedai (Perkhidmatan) Sdn Bhd",
  ])("%s is no services", (text) => expect(detectMotion(text)).not.toBe("services"));
});
