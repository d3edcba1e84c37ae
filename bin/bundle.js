// @ts-check
// The runtime bundle: `bin/dealreg.js` runs plain JavaScript that esbuild bundled from the
// TypeScript sources, rebuilt here whenever those sources change. No build step to forget
// between `git pull` and `npm start`, and no TypeScript loader in the running service (tsx costs
// a loader thread with its own V8 isolate, an esbuild child process and a second copy of all of
// it in the parse worker). `node bin/bundle.js` builds ahead (the Docker image does, so that a
// read-only install never has to).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Everything the entries import from this repository lies here (a test holds the bundle to it). */
export const SOURCE_DIRS = ["services", "db"];
const SOURCE_FILE = /\.(ts|mts|js|mjs|json)$/;

/** One bundle entry per thread: the CLI, and the parse worker (its own graph, loaded by a Worker). */
export const ENTRIES = {
  main: "services/cli/main.ts",
  "parse-worker": "services/parser/pool/parse-worker.ts",
};

/** Bundles kept besides the current one (another process may still be running an older one). */
const KEEP_OLD = 3;
/** A bundle started from within this long is never pruned, however many there are: checkouts
 * that share one node_modules (worktrees) each run their own, and pruning one under a running
 * process loses its lazily imported chunks. */
const IN_USE_MS = 3_600_000;

/** @param {string} root */
export function defaultCacheDir(root = ROOT) {
  return join(root, "node_modules", ".cache", "dealreg");
}

/** @param {string} dir @param {string} root @returns {string[]} */
function sourceFiles(dir, root) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path, root));
    else if (SOURCE_FILE.test(entry.name)) out.push(relative(root, path));
  }
  return out;
}

/**
 * What a bundle is built from: the sources' names and contents, tsconfig.json, this file (the
 * build options), esbuild's version and where the repository is (the bundle holds absolute
 * paths). Contents, not modification times: a checkout or a copy that touches every file does
 * not rebuild, an edit that keeps the size and the second does. ~10 ms for the whole tree.
 * @param {string} root
 */
export function fingerprint(root = ROOT) {
  const hash = createHash("sha256");
  const esbuildVersion = createRequire(join(root, "package.json"))("esbuild/package.json").version;
  hash.update(`${root}\0${esbuildVersion}\0`);
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  const files = ["tsconfig.json", ...SOURCE_DIRS.flatMap((d) => sourceFiles(join(root, d), root))].sort();
  for (const file of files) {
    hash.update(`\0${file.split(sep).join("/")}\0`);
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Each bundled module keeps its own `import.meta.url` / `dirname` / `filename`: the sources find
 * templates, migrations and helper scripts beside themselves, and would otherwise look beside the
 * bundle's chunk in the cache.
 * @param {string} root
 * @returns {import("esbuild").Plugin}
 */
function sourceLocations(root) {
  const project = join(root, sep);
  return {
    name: "dealreg-source-locations",
    setup(build) {
      build.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, (args) => {
        if (!args.path.startsWith(project) || args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const own = {
          url: pathToFileURL(args.path).href,
          dirname: dirname(args.path),
          filename: args.path,
        };
        const contents = readFileSync(args.path, "utf8").replace(
          /\bimport\.meta\.(url|dirname|filename)\b/g,
          (_, key) => JSON.stringify(own[/** @type {keyof typeof own} */ (key)]),
        );
        return { contents, loader: /\.m?ts$/.test(args.path) ? "ts" : "js" };
      });
    },
  };
}

/**
 * Bundles the entries into `outDir`, which will be renamed to `finalDir` (the parse worker's
 * address is compiled in). Packages stay external: they load from node_modules as they are, and
 * code splitting keeps the sources' lazy `import()`s lazy.
 * @param {string} root @param {string} outDir @param {string} finalDir
 */
export async function buildBundle(root, outDir, finalDir) {
  const esbuild = await import("esbuild");
  try {
    return await esbuild.build({
      absWorkingDir: root,
      entryPoints: ENTRIES,
      outdir: outDir,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // Keep regex literals with \p{…} as literals: for a node target esbuild otherwise rewrites
      // each into `new RegExp(…)`, evaluated (and, once V8's compilation cache has dropped the
      // pattern, compiled again) every time the function runs. Node 20 reads them natively.
      supported: { "regexp-unicode-property-escapes": true },
      packages: "external",
      chunkNames: "chunks/[name]-[hash]",
      define: {
        DEALREG_PARSE_WORKER_URL: JSON.stringify(pathToFileURL(join(finalDir, "parse-worker.js")).href),
      },
      plugins: [sourceLocations(root)],
      // Stack traces name the TypeScript sources (bin/dealreg.js turns Node's source maps on).
      // Mappings only, no copy of the sources: Node holds the maps of every loaded chunk.
      sourcemap: true,
      sourcesContent: false,
      metafile: true,
      logLevel: "silent",
    });
  } finally {
    // esbuild's service is a child process: it must not stay beside the service it built.
    await esbuild.stop();
  }
}

/** A start refreshes its bundle's time, which pruning reads as "in use" (a read-only install,
 * built ahead, cannot and need not). @param {string} dir */
function markInUse(dir) {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // read-only: nothing prunes there either
  }
}

/** @param {string} cacheDir @param {string} current */
function pruneOld(cacheDir, current) {
  const hourAgo = Date.now() - IN_USE_MS;
  const dirs = readdirSync(cacheDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== current)
    .map((d) => ({ name: d.name, mtime: statSync(join(cacheDir, d.name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime);
  let kept = 0;
  for (const d of dirs) {
    // Another process's build in progress is left alone; one abandoned an hour ago is not.
    const drop = d.name.startsWith("tmp-") ? d.mtime < hourAgo : ++kept > KEEP_OLD && d.mtime < hourAgo;
    if (drop) rmSync(join(cacheDir, d.name), { recursive: true, force: true });
  }
}

/**
 * The bundle of the sources as they are now: reused when one was built from the same sources,
 * else built (into a private directory, renamed into place: processes starting together never
 * see half a bundle; the loser of a race throws its copy away).
 * @param {{ root?: string, cacheDir?: string }} [opts]
 * @returns {Promise<{ dir: string, main: URL, built: boolean }>}
 */
export async function ensureBundle(opts = {}) {
  const root = opts.root ?? ROOT;
  const cacheDir = opts.cacheDir ?? defaultCacheDir(root);
  const key = fingerprint(root);
  const dir = join(cacheDir, key);
  const main = pathToFileURL(join(dir, "main.js"));
  if (existsSync(join(dir, "main.js"))) {
    markInUse(dir);
    return { dir, main, built: false };
  }
  mkdirSync(cacheDir, { recursive: true });
  const tmp = join(cacheDir, `tmp-${process.pid}-${Date.now()}`);
  mkdirSync(tmp); // a directory we may not write to fails here, with a plain reason
  try {
    await buildBundle(root, tmp, dir);
    try {
      renameSync(tmp, dir);
    } catch (err) {
      if (!existsSync(join(dir, "main.js"))) throw err;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  pruneOld(cacheDir, key);
  return { dir, main, built: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { dir, built } = await ensureBundle();
  console.log(`${built ? "built" : "up to date"}: ${dir}`);
}
