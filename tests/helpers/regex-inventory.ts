// Every regular expression the services use, found without trusting anyone to register it:
// literals by walking each source file's TypeScript AST, and patterns built at run time with
// `new RegExp(…)` by recording the constructor while the modules that call it load and run.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface FoundRegex {
  source: string;
  flags: string;
  /** file:line of a literal, or "runtime <file>" for a constructed pattern */
  where: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith(".ts") ? [p] : [];
  });
}

/** Regex literals of every .ts file under `root`, and the files that call `new RegExp`. */
export function regexLiterals(root: string): { literals: FoundRegex[]; constructingFiles: string[] } {
  const literals: FoundRegex[] = [];
  const constructingFiles = new Set<string>();
  for (const file of tsFiles(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf("/");
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        literals.push({
          source: text.slice(1, slash),
          flags: text.slice(slash + 1),
          where: `${relative(process.cwd(), file)}:${line}`,
        });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        constructingFiles.add(file);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructingFiles: [...constructingFiles] };
}

/**
 * Runs `body` with the global RegExp constructor recording every pattern built through it
 * (module-level tables while importing, function-level ones while `body` exercises them).
 */
export async function recordConstructedRegexes(body: () => Promise<void>): Promise<FoundRegex[]> {
  const original = globalThis.RegExp;
  const found: FoundRegex[] = [];
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      found.push({ source: re.source, flags: re.flags, where: "runtime" });
      return re;
    },
  });
  try {
    await body();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}
