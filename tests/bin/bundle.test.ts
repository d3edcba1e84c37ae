import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ENTRIES, ROOT, SOURCE_DIRS, buildBundle, ensureBundle, fingerprint } from "../../bin/bundle.js";

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), "dealreg-bundle-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A repository of its own: package.json, tsconfig.json, the given sources, and node_modules
 * holding this one's packages (all but `leaveOut`). */
function makeRoot(name: string, files: Record<string, string>, leaveOut: string[] = []): string {
  const root = join(scratch, name);
  mkdirSync(join(root, "node_modules"), { recursive: true });
  for (const pkg of readdirSync(join(ROOT, "node_modules"))) {
    if (!leaveOut.includes(pkg)) symlinkSync(join(ROOT, "node_modules", pkg), join(root, "node_modules", pkg));
  }
  cpSync(join(ROOT, "package.json"), join(root, "package.json"));
  cpSync(join(ROOT, "tsconfig.json"), join(root, "tsconfig.json"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(resolve(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const node = async (script: URL, args: string[] = [], env: Record<string, string> = {}) =>
  (await run(process.execPath, [fileURLToPath(script), ...args], { env: { ...process.env, ...env }, timeout: 240_000 }))
    .stdout;

describe("the runtime bundle: rebuilt when the sources change, reused otherwise", () => {
  const root = makeRoot("tiny", {
    [ENTRIES.main]: [
      'import { greeting } from "../shared/greet.ts";',
      "declare const DEALREG_PARSE_WORKER_URL: string | undefined;",
      "const worker = typeof DEALREG_PARSE_WORKER_URL === 'string' ? DEALREG_PARSE_WORKER_URL : null;",
      "console.log(JSON.stringify({ greeting, dir: import.meta.dirname, worker }));",
    ].join("\n"),
    "services/shared/greet.ts": 'export const greeting: string = "hello";\n',
    [ENTRIES["parse-worker"]]: 'import { greeting } from "../../shared/greet.ts";\nconsole.log(greeting);\n',
    "db/helper.ts": "export const x = 1;\n",
  });
  const cacheDir = join(root, "cache");

  it("builds once, then reuses the bundle; a touched file is not a change", async () => {
    const first = await ensureBundle({ root, cacheDir });
    expect(first.built).toBe(true);
    const again = await ensureBundle({ root, cacheDir });
    expect([again.built, again.dir, again.main.href]).toEqual([false, first.dir, first.main.href]);

    utimesSync(join(root, "services/shared/greet.ts"), new Date(), new Date(2000, 0, 1));
    expect((await ensureBundle({ root, cacheDir })).built).toBe(false);
  });

  it("keeps each module's own location and compiles in the worker bundle's address", async () => {
    const { dir, main } = await ensureBundle({ root, cacheDir });
    const out = JSON.parse(await node(main)) as { greeting: string; dir: string; worker: string };
    expect(out.greeting).toBe("hello");
    expect(out.dir).toBe(join(root, "services/cli"));
    expect(out.worker).toBe(pathToFileURL(join(dir, "parse-worker.js")).href);
    expect((await node(new URL(out.worker))).trim()).toBe("hello");
  });

  it("rebuilds after an edit, an added file or a renamed file, and keeps only a few old bundles unused for an hour", async () => {
    const before = await ensureBundle({ root, cacheDir });
    writeFileSync(join(root, "services/shared/greet.ts"), 'export const greeting: string = "hallo";\n');
    const edited = await ensureBundle({ root, cacheDir });
    expect(edited.built).toBe(true);
    expect(edited.dir).not.toBe(before.dir);
    expect(JSON.parse(await node(edited.main))).toMatchObject({ greeting: "hallo" });

    const keys = [fingerprint(root)];
    writeFileSync(join(root, "db/added.ts"), "export const y = 2;\n");
    keys.push(fingerprint(root));
    rmSync(join(root, "db/added.ts"));
    writeFileSync(join(root, "db/renamed.ts"), "export const y = 2;\n");
    keys.push(fingerprint(root));
    expect(new Set(keys).size).toBe(3);

    for (const n of [1, 2, 3, 4]) {
      writeFileSync(join(root, "db/helper.ts"), `export const x = ${n + 1};\n`);
      await ensureBundle({ root, cacheDir });
    }
    // all started within the hour (another checkout sharing node_modules may run any of them)
    const recent = readdirSync(cacheDir);
    expect(recent.length).toBeGreaterThan(4);

    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    for (const d of recent) utimesSync(join(cacheDir, d), twoHoursAgo, twoHoursAgo);
    await ensureBundle({ root, cacheDir }); // reused: marked in use again
    writeFileSync(join(root, "db/helper.ts"), "export const x = 9;\n");
    await ensureBundle({ root, cacheDir }); // built: prunes the old ones beyond three
    const kept = readdirSync(cacheDir);
    expect(kept).toHaveLength(4);
    expect(kept).toContain(fingerprint(root));
  });
});

describe("the bundle of the real sources", () => {
  it("imports nothing from this repository outside the fingerprinted folders", async () => {
    const out = join(scratch, "real-out");
    const { metafile } = await buildBundle(ROOT, out, out);
    const own = Object.keys(metafile.inputs).filter((p) => !p.startsWith("node_modules/"));
    expect(own.length).toBeGreaterThan(50);
    const outside = own.filter((p) => !SOURCE_DIRS.some((d) => p.startsWith(`${d}/`)));
    expect(outside).toEqual([]);
  });

  it("ingests a mail (migrations, parse worker, reply) where tsx cannot be loaded at all", async () => {
    const root = makeRoot("no-tsx", {}, ["tsx", ".cache", ".bin"]);
    for (const dir of [...SOURCE_DIRS, "templates"]) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
    const { main } = await ensureBundle({ root, cacheDir: join(root, "cache") });
    expect(relative(root, fileURLToPath(main)).startsWith("cache")).toBe(true);
    expect(existsSync(join(root, "node_modules", "tsx"))).toBe(false);

    const mail = join(root, "mail.eml");
    writeFileSync(
      mail,
      [
        "From: Ann Partner <ann@partner-firm.example>",
        "To: partners@northbeam.io",
        "Subject: Deal registration",
        "Message-ID: <bundle-test-1@partner-firm.example>",
        "Date: Thu, 3 Dec 2026 10:00:00 +0000",
        "",
        "Company: Acme GmbH",
        "Website: acme.de",
        "Contact: Jane Roe, jane@acme.de",
        "",
      ].join("\r\n"),
    );
    const dataDir = join(root, "data");
    const stdout = await node(main, ["ingest", mail], {
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      INBOUND_ADDRESS: "partners@northbeam.io",
      MANAGERS: "",
    });
    expect(JSON.parse(stdout)).toMatchObject({ file: mail, status: "registered", kind: "registration" });
    expect(readdirSync(join(dataDir, "outbox"))).toHaveLength(1);
  }, 300_000); // a new embedded database (initdb) takes a minute on a busy machine
});
