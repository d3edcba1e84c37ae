// A local HTTP endpoint speaking the SES v1 query API for Action=SendRawEmail (form-encoded
// POST, XML answer), so the real @aws-sdk/client-ses can be pointed at it. Records each
// decoded raw message; a test can script the next answers as SES errors.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeSesSend {
  raw: Buffer;
  source: string | null;
  destinations: string[];
  messageId: string;
}

export interface FakeSesError {
  status: number;
  code: string;
  message?: string;
  type?: "Sender" | "Receiver";
}

export interface FakeSes {
  /** e.g. http://127.0.0.1:41234 (pass as the client's endpoint) */
  endpoint: string;
  sends: FakeSesSend[];
  /** every request that arrived, answered with an error or not */
  requestCount(): number;
  /** answer the next requests with these errors, in order, before succeeding again */
  failNext(...errors: FakeSesError[]): void;
  close(): Promise<void>;
}

const NS = "http://ses.amazonaws.com/doc/2010-12-01/";

export async function startFakeSes(): Promise<FakeSes> {
  const sends: FakeSesSend[] = [];
  const scripted: FakeSesError[] = [];
  let requests = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests++;
      const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
      if (req.method !== "POST" || form.get("Action") !== "SendRawEmail") {
        return xml(res, 400, errorXml({ status: 400, code: "InvalidAction", message: "only SendRawEmail" }));
      }
      const failure = scripted.shift();
      if (failure) return xml(res, failure.status, errorXml(failure));
      const data = form.get("RawMessage.Data");
      if (!data) return xml(res, 400, errorXml({ status: 400, code: "InvalidParameterValue", message: "no data" }));
      const destinations: string[] = [];
      for (let i = 1; form.has(`Destinations.member.${i}`); i++)
        destinations.push(form.get(`Destinations.member.${i}`)!);
      const messageId = `0100fake-${String(sends.length + 1).padStart(6, "0")}-000000`;
      sends.push({ raw: Buffer.from(data, "base64"), source: form.get("Source"), destinations, messageId });
      xml(
        res,
        200,
        `<SendRawEmailResponse xmlns="${NS}"><SendRawEmailResult><MessageId>${messageId}</MessageId></SendRawEmailResult>` +
          `<ResponseMetadata><RequestId>fake-request-${requests}</RequestId></ResponseMetadata></SendRawEmailResponse>`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    sends,
    requestCount: () => requests,
    failNext: (...errors) => void scripted.push(...errors),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function errorXml(e: FakeSesError): string {
  return (
    `<ErrorResponse xmlns="${NS}"><Error><Type>${e.type ?? (e.status >= 500 ? "Receiver" : "Sender")}</Type>` +
    `<Code>${e.code}</Code><Message>${e.message ?? e.code}</Message></Error><RequestId>fake-error</RequestId></ErrorResponse>`
  );
}

function xml(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "Content-Type": "text/xml", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}
