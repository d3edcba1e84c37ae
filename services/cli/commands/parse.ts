// `dealreg parse FILE...`: one JSON line per message, in order (see shared/contract/parse-output.md).
// Exit 0 when every file was read; 1 when one could not be read (the others still print).
import { readFile } from "node:fs/promises";
import { parseMessage } from "../../parser/parse-message.ts";
import type { ParseOptions } from "../../parser/types.ts";

export interface ParseIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  readStdin: () => Promise<Buffer>;
}

export async function runParse(args: string[], io: ParseIo, opts: ParseOptions): Promise<number> {
  const files = args.filter((a) => a === "-" || !a.startsWith("--"));
  if (files.length === 0) {
    io.stderr("usage: dealreg parse FILE... ('-' reads standard input)");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let raw: Buffer;
    try {
      raw = file === "-" ? await io.readStdin() : await readFile(file);
    } catch (err) {
      failed++;
      io.stderr(`dealreg parse: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const parsed = await parseMessage(raw, opts);
    if (parsed.error) io.stderr(`dealreg parse: ${file}: ${parsed.error}`);
    io.stdout(JSON.stringify({ file, ...parsed.output }));
  }
  return failed > 0 ? 1 : 0;
}
