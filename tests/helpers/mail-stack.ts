// The whole service against a private Dovecot (IMAP in) and an SMTP capture (mail out), on
// real PostgreSQL, for end-to-end tests: the app, a worker that sends every 100 ms and is woken
// when mail is queued, and an IMAP watcher polling every 200 ms.
import { postgres } from "./db.ts";
import { testApp } from "./app.ts";
import { startDovecot, type Dovecot } from "./dovecot.ts";
import { startSmtpCapture, type SmtpCapture } from "./smtp-capture.ts";
import { startImapWatcherFromContext } from "../../services/ingest/imap/from-config.ts";
import type { ImapWatcher } from "../../services/ingest/imap/watcher.ts";
import { startWorker, type Worker } from "../../services/app/worker.ts";

export type TestApp = Awaited<ReturnType<typeof testApp>>;

export interface MailStack {
  dovecot: Dovecot;
  smtp: SmtpCapture;
  app: TestApp;
  close(): Promise<void>;
}

/** Starts the stack; `configure` runs on the app before the worker and watcher start (a DNS stub, say). */
export async function startMailStack(
  env: Record<string, string> = {},
  configure?: (app: TestApp) => void,
): Promise<MailStack> {
  const dovecot = await startDovecot();
  const smtp = await startSmtpCapture();
  const app = await testApp(postgres, { IMAP_URL: dovecot.url, SMTP_URL: smtp.url, ...env });
  configure?.(app);
  const worker: Worker = startWorker(app, [], { sendEveryMs: 100 });
  app.pipeline.onMailQueued = () => worker.wake();
  const watcher: ImapWatcher | null = startImapWatcherFromContext(app, { pollEveryMs: 200 });
  return {
    dovecot,
    smtp,
    app,
    async close() {
      await watcher?.stop();
      await worker.stop();
      await app.close();
      await smtp.close();
      await dovecot.stop();
    },
  };
}
