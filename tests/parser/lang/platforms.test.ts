// Platform domains of lang/platforms.ts: each family and host is a place a business is found
// (never its own website) in its country forms; a business's own domain that holds the same word
// is no platform. Invented businesses throughout.
import { describe, expect, it } from "vitest";
import { PLATFORM_FAMILIES, PLATFORM_HOSTS } from "../../../services/parser/lang/platforms.ts";
import { isPlatformDomain } from "../../../services/parser/normalise/domain.ts";

/** per family: a country form of the platform's domain, and a business's own domain holding the word */
const families: Record<string, [platform: string, lookAlike: string]> = {
  booking: ["booking.com", "bookingcorner-hostel.com"],
  airbnb: ["airbnb.co.uk", "airbnbcleaners.co.uk"],
  agoda: ["agoda.com", "agodagarden.vn"],
  expedia: ["expedia.de", "expediamarine.de"],
  tripadvisor: ["tripadvisor.it", "tripadvisorsclub.it"],
  hostelworld: ["hostelworld.com", "hostelworldwide-cafe.com"],
  traveloka: ["traveloka.com", "travelokatours.co.id"],
  vrbo: ["vrbo.com", "vrbohomes-cleaning.com"],
  getyourguide: ["getyourguide.de", "getyourguidebooks.de"],
  viator: ["viator.com", "viatorbistro.com"],
  klook: ["klook.com", "klookout-surf.com"],
  kkday: ["kkday.com", "kkdaycare.com.tw"],
  thefork: ["thefork.fr", "theforkandknife.fr"],
  opentable: ["opentable.com", "opentablecafe.com"],
  tabelog: ["tabelog.com", "tabelogstudio.jp"],
  amazon: ["amazon.co.jp", "amazonriverlodge.com.br"],
  ebay: ["ebay.de", "ebayside-motors.de"],
  etsy: ["etsy.com", "etsyprints.com"],
  shopee: ["shopee.vn", "shopeestudio.vn"],
  lazada: ["lazada.co.th", "lazadabeauty.co.th"],
  tokopedia: ["tokopedia.com", "tokopediamart.co.id"],
  mercadolibre: ["mercadolibre.com.ar", "mercadolibrería.com.ar"],
  mercadolivre: ["mercadolivre.com.br", "mercadolivreiro.com.br"],
  rakuten: ["rakuten.co.jp", "rakutenya.jp"],
  allegro: ["allegro.pl", "allegrosalon.pl"],
  trendyol: ["trendyol.com", "trendyolmoda.com.tr"],
  hepsiburada: ["hepsiburada.com", "hepsiburadaotel.com.tr"],
  aliexpress: ["aliexpress.com", "aliexpressdelivery.com"],
  taobao: ["taobao.com", "taobaotea.com.tw"],
  coupang: ["coupang.com", "coupangbakery.kr"],
  facebook: ["facebook.com", "facebookkeepers.com"],
  instagram: ["instagram.com", "instagramphoto-studio.com"],
  linkedin: ["linkedin.com", "linkedinsights.com"],
  twitter: ["twitter.com", "twitterbirds.org"],
  youtube: ["youtube.com", "youtubersacademy.com"],
  tiktok: ["tiktok.com", "tiktokclockrepair.com"],
  pinterest: ["pinterest.com", "pinterestates.com"],
  yelp: ["yelp.com", "yelpingdogs.com"],
  zomato: ["zomato.com", "zomatokitchen.in"],
  treatwell: ["treatwell.co.uk", "treatwellness.co.uk"],
  booksy: ["booksy.com", "booksyard.com"],
  doctolib: ["doctolib.fr", "doctolibre.fr"],
  fresha: ["fresha.com", "freshair-bakery.com"],
  google: ["google.com", "googleyeyes-toys.com"],
};

describe("platform families", () => {
  const listed = Object.values(PLATFORM_FAMILIES).flat();
  it("every family has an example", () => expect(listed.sort()).toEqual(Object.keys(families).sort()));
  for (const [family, [platform, lookAlike]] of Object.entries(families)) {
    it(`${family}: ${platform} is a platform, ${lookAlike} is not`, () => {
      expect(isPlatformDomain(platform)).toBe(true);
      expect(isPlatformDomain(lookAlike)).toBe(false);
    });
  }
  it("a business's own domain under a platform's name as a subdomain is the business's", () => {
    expect(isPlatformDomain("booking.harbourinn.example.com")).toBe(false);
    expect(isPlatformDomain("shop.amazonriverlodge.com.br")).toBe(false);
  });
});

/** per host: the platform's own domain, and a business's that ends or starts the same */
const hosts: Record<string, string> = {
  "trip.com": "roadtrip.com",
  "fb.com": "fbb.com",
  "x.com": "xx.com",
  "t.me": "art.me",
  "wa.me": "kiwa.me",
  "line.me": "online.me",
  "zalo.me": "zalomart.me",
  "goo.gl": "goodgl.com",
  "linktr.ee": "linktree-garden.com",
  "aka.ms": "kaka.ms",
  "bit.ly": "rabbit.ly",
};

describe("platform hosts", () => {
  it("every host has an example", () => expect([...PLATFORM_HOSTS].sort()).toEqual(Object.keys(hosts).sort()));
  for (const [host, lookAlike] of Object.entries(hosts)) {
    it(`${host} is a platform, ${lookAlike} is not`, () => {
      expect(isPlatformDomain(host)).toBe(true);
      expect(isPlatformDomain(lookAlike)).toBe(false);
    });
  }
});
