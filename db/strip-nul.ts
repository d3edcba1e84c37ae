// PostgreSQL refuses U+0000 in text and jsonb ("invalid byte sequence", "unsupported Unicode
// escape sequence"), so one NUL in a hostile mail would fail every write of its message. Every
// string value bound to a query passes through here: a NUL becomes U+FFFD (the same length, so
// text spans stay where they were), and so does the JSON escape \u0000 that JSON.stringify
// writes for one. Bytes (bytea, raw mail) are Buffers and are never touched.
import type { PrimitiveValueListNode, ValueNode } from "kysely";
import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";

/** NUL characters, and JSON's \u0000 escape where its backslash is not itself escaped. */
export function stripNul(s: string): string {
  if (!s.includes("\u0000") && !s.includes("\\u0000")) return s;
  return s.replace(/\u0000/g, "\ufffd").replace(/\\(\\|u0000)/g, (m, g: string) => (g === "\\" ? m : "\\ufffd"));
}

function clean(v: unknown): unknown {
  return typeof v === "string" ? stripNul(v) : v;
}

class StripNulTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return typeof node.value === "string" ? { ...node, value: stripNul(node.value) } : node;
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return node.values.some((v) => typeof v === "string") ? { ...node, values: node.values.map(clean) } : node;
  }
}

export class StripNulPlugin implements KyselyPlugin {
  readonly #transformer = new StripNulTransformer();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
