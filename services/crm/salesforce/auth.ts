// Salesforce login for a server without a person: OAuth 2.0 client credentials (a connected
// app's "Client Credentials Flow" with a run-as user) or the JWT bearer flow (a certificate on
// the connected app, the private key here). Both answer with an access token and the org's
// instance URL; neither has a refresh token, so the client simply logs in again on
// INVALID_SESSION_ID.
import { createSign } from "node:crypto";
import { CrmError } from "../errors.ts";
import { errorMessage } from "../../core/errors.ts";
import { OAuthError, TokenAnswer } from "./schemas.ts";

export type SalesforceLogin =
  | { flow: "client_credentials"; loginUrl: string; clientId: string; clientSecret: string }
  | { flow: "jwt_bearer"; loginUrl: string; clientId: string; username: string; privateKey: string };

export interface SalesforceSession {
  accessToken: string;
  instanceUrl: string;
}

/** The JWT bearer assertion: RS256 over `{iss: client id, sub: username, aud: login URL, exp}`. */
export function jwtAssertion(login: Extract<SalesforceLogin, { flow: "jwt_bearer" }>, nowMs: number): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  // Salesforce wants the login host itself as audience (login/test.salesforce.com or the My Domain).
  const aud = new URL(login.loginUrl).origin;
  const unsigned = `${b64({ alg: "RS256", typ: "JWT" })}.${b64({ iss: login.clientId, sub: login.username, aud, exp: Math.floor(nowMs / 1000) + 180 })}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(login.privateKey).toString("base64url");
  return `${unsigned}.${signature}`;
}

export async function logIn(
  login: SalesforceLogin,
  opts: { fetch: typeof fetch; timeoutMs: number; now: () => number },
): Promise<SalesforceSession> {
  const form = new URLSearchParams(
    login.flow === "client_credentials"
      ? { grant_type: "client_credentials", client_id: login.clientId, client_secret: login.clientSecret }
      : { grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: jwtAssertion(login, opts.now()) },
  );
  let res: Response;
  try {
    res = await opts.fetch(new URL("/services/oauth2/token", login.loginUrl), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: form.toString(),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
  } catch (err) {
    throw new CrmError("transient", `Salesforce login at ${login.loginUrl} failed: ${errorMessage(err)}`, {
      cause: err,
    });
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const token = TokenAnswer.safeParse(json);
    if (token.success) return { accessToken: token.data.access_token, instanceUrl: token.data.instance_url };
    throw new CrmError("transient", "Salesforce login answered without an access token or instance URL", {
      status: res.status,
    });
  }
  const err = OAuthError.safeParse(json);
  const detail = err.success
    ? `${err.data.error}${err.data.error_description ? `: ${err.data.error_description}` : ""}`
    : `HTTP ${res.status}`;
  // Wrong credentials, an unapproved app or a user without API access will not fix themselves.
  const kind = res.status >= 500 ? "transient" : "permanent";
  throw new CrmError(
    kind,
    `Salesforce login refused (${login.flow}): ${detail}. Check SALESFORCE_CLIENT_ID and the ${login.flow === "client_credentials" ? "client secret and the connected app's run-as user" : "private key, SALESFORCE_USERNAME and the app's pre-authorisation"}.`,
    { status: res.status },
  );
}
