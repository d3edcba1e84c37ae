// A local HTTP endpoint speaking just enough of the S3 REST API for GetObject with path-style
// addressing (GET /<bucket>/<key>), so the real @aws-sdk/client-s3 can be pointed at it.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeS3 {
  /** e.g. http://127.0.0.1:41234 (pass as the client's endpoint, with forcePathStyle) */
  endpoint: string;
  put(bucket: string, key: string, body: Buffer, opts?: { chunked?: boolean }): void;
  /** GetObject requests seen, as "bucket/key" */
  gets: string[];
  close(): Promise<void>;
}

export async function startFakeS3(): Promise<FakeS3> {
  const objects = new Map<string, { body: Buffer; chunked: boolean }>();
  const gets: string[] = [];

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    // "/bucket/some/key" → "bucket/some/key"; keys are URI-encoded by the SDK
    const path = decodeURIComponent(url.pathname.slice(1));
    if (req.method !== "GET") return xmlError(res, 405, "MethodNotAllowed", "only GET");
    gets.push(path);
    const obj = objects.get(path);
    if (!obj) return xmlError(res, 404, "NoSuchKey", "The specified key does not exist.");
    const headers: http.OutgoingHttpHeaders = {
      "Content-Type": "application/octet-stream",
      ETag: '"fake-etag"',
      "Last-Modified": new Date(0).toUTCString(),
    };
    if (obj.chunked) {
      // no Content-Length: the reader only learns the size by streaming
      res.writeHead(200, headers);
      const half = Math.floor(obj.body.length / 2);
      res.write(obj.body.subarray(0, half));
      res.end(obj.body.subarray(half));
    } else {
      res.writeHead(200, { ...headers, "Content-Length": obj.body.length });
      res.end(obj.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    put(bucket, key, body, opts) {
      objects.set(`${bucket}/${key}`, { body, chunked: opts?.chunked ?? false });
    },
    gets,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function xmlError(res: http.ServerResponse, status: number, code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId></Error>`;
  res.writeHead(status, { "Content-Type": "application/xml", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}
