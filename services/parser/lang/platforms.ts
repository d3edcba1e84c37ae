// Platforms a business is listed, booked, sold or followed on: stay and travel listings,
// marketplaces, social networks, review and booking directories, maps. A link to one in a mail
// ("takes its bookings through Booking.com", "their page: facebook.com/…") says where the prospect
// is found, never what its own website is. By family: the name before the public suffix, in every
// country's form ("booking.com", "airbnb.co.uk", "shopee.vn"); `hosts` lists whole registrable
// domains whose name alone is too short or too common a word to stand for a family ("t.me",
// "trip.com"). Lower case. Each entry has a unit test in tests/parser/lang/platforms.test.ts, with
// look-alike domains that are a business's own.
export const PLATFORM_FAMILIES: Record<string, readonly string[]> = {
  // where guests find and book a stay, a table or a tour
  stays: [
    "booking",
    "airbnb",
    "agoda",
    "expedia",
    "tripadvisor",
    "hostelworld",
    "traveloka",
    "vrbo",
    "getyourguide",
    "viator",
    "klook",
    "kkday",
    "thefork",
    "opentable",
    "tabelog",
  ],
  // where goods are sold by many sellers
  marketplaces: [
    "amazon",
    "ebay",
    "etsy",
    "shopee",
    "lazada",
    "tokopedia",
    "mercadolibre",
    "mercadolivre",
    "rakuten",
    "allegro",
    "trendyol",
    "hepsiburada",
    "aliexpress",
    "taobao",
    "coupang",
  ],
  // social networks and video sites: a page or a profile there
  social: ["facebook", "instagram", "linkedin", "twitter", "youtube", "tiktok", "pinterest"],
  // reviews, appointments and maps: a listing there
  directories: ["yelp", "zomato", "treatwell", "booksy", "doctolib", "fresha", "google"],
};

export const PLATFORM_HOSTS: readonly string[] = [
  "trip.com",
  "fb.com",
  "x.com",
  "t.me",
  "wa.me",
  "line.me",
  "zalo.me",
  "goo.gl",
  "linktr.ee",
  // short links a mail program writes into its own footer ("Sent from Outlook for iOS <https://aka.ms/…>")
  "aka.ms",
  "bit.ly",
];
