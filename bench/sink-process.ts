// The bench SMTP sink in a process of its own (bench:send): the server's CPU and event loop stay
// out of the sender process that is being measured. Sends its URL to the parent over IPC.
import { startSink } from "./smtp-sink.ts";

const sink = await startSink();
process.send?.({ url: sink.url });
process.on("message", (m) => {
  if (m === "counts") process.send?.({ counts: { ...sink.counts } });
});
process.on("disconnect", () => void sink.close().then(() => process.exit(0)));
