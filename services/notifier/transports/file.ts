// No mail server configured: every outgoing mail becomes an .eml file in DATA_DIR/outbox,
// named by its Message-ID so a retried delivery overwrites instead of duplicating.
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Envelope, MailTransport, SentInfo } from "../transport.ts";

export function createFileTransport(dir: string): MailTransport {
  return {
    name: "file",
    async send(raw: Buffer, _envelope: Envelope): Promise<SentInfo> {
      await mkdir(dir, { recursive: true });
      const id =
        /^message-id:\s*<([^>]+)>/im.exec(raw.subarray(0, 64 * 1024).toString("latin1"))?.[1] ?? String(Date.now());
      const name = `${id.replace(/[^a-zA-Z0-9._-]+/g, "_")}.eml`;
      const tmp = join(dir, `.${name}.tmp`);
      await writeFile(tmp, raw);
      await rename(tmp, join(dir, name));
      return { providerMessageId: name };
    },
  };
}
