// Signing certificates, fetched once per URL. SNS rotates them rarely, so a small bounded
// cache (oldest evicted first) keeps each verification free of network I/O.
import { X509Certificate, type KeyObject } from "node:crypto";
import { SesInboundError } from "./errors.ts";

export type FetchCert = (url: string) => Promise<string>;

const MAX_CERT_CHARS = 16 * 1024;

/** Default fetcher: global fetch, redirects refused, bounded in time and size. */
export function defaultFetchCert(timeoutMs = 5_000): FetchCert {
  return async (url) => {
    const res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`certificate fetch answered HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > MAX_CERT_CHARS) throw new Error("certificate response too large");
    return text;
  };
}

function parseCert(pem: string): X509Certificate {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch (err) {
    throw new SesInboundError("invalid_certificate", "not a PEM X.509 certificate", { cause: err });
  }
  if (cert.publicKey.asymmetricKeyType !== "rsa") {
    throw new SesInboundError("invalid_certificate", "not an RSA key");
  }
  return cert;
}

export interface CertCache {
  /** The public key of the certificate at `url` (which must already have passed the URL rules), valid at `now`. */
  get(url: string, now: Date): Promise<KeyObject>;
}

export function createCertCache(fetchCert: FetchCert, maxEntries = 32): CertCache {
  // Promises are cached so concurrent first requests share one fetch; failures are evicted.
  const entries = new Map<string, Promise<X509Certificate>>();
  const load = async (url: string): Promise<X509Certificate> => {
    let pem: string;
    try {
      pem = await fetchCert(url);
    } catch (err) {
      throw new SesInboundError("cert_unavailable", undefined, { cause: err });
    }
    return parseCert(pem);
  };
  return {
    async get(url, now) {
      let pending = entries.get(url);
      if (!pending) {
        const created = load(url);
        pending = created;
        entries.set(url, created);
        if (entries.size > maxEntries) {
          const oldest = entries.keys().next();
          if (!oldest.done) entries.delete(oldest.value);
        }
        created.catch(() => {
          if (entries.get(url) === created) entries.delete(url);
        });
      }
      const cert = await pending;
      if (now < new Date(cert.validFrom) || now > new Date(cert.validTo)) {
        throw new SesInboundError("invalid_certificate", "outside its validity period");
      }
      return cert.publicKey;
    },
  };
}
