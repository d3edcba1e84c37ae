// The optional model-based extractor: OpenAI chat completions (or any compatible server:
// vLLM, Ollama, LM Studio) with structured output built from the contract's zod schema.
// The answer is validated again and grounded in the mail; any failure yields null so the
// rule extractor stands alone. `extract` never throws.
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import { Partner, Registration } from "../schema.ts";
import type { Extraction, LlmExtractor, LlmInput } from "../types.ts";
import { groundAnswer } from "./grounding.ts";
import { buildMessages } from "./prompt.ts";

export interface LlmLogger {
  warn(obj: object, msg?: string): void;
}

export interface OpenAiExtractorOptions {
  apiKey?: string;
  baseURL?: string;
  model: string;
  /** per attempt; the SDK aborts and (if retries remain) retries */
  timeoutMs: number;
  /** retries after a timeout, connection error, 408/409/429 or 5xx (default 1) */
  maxRetries?: number;
  logger?: LlmLogger;
}

/** What the model must answer: the same schemas the rule extractor fills. */
export const LlmAnswerSchema = z.object({
  partner: Partner,
  registration: Registration,
  // quotes that back the values grounding cannot find literally (see grounding.ts)
  evidence: z.object({ stage: z.string().nullable(), motion: z.string().nullable(), consent: z.string().nullable() }),
});

/** Long mails are cut: signatures and quoted history add cost, rarely prospect data. */
const MAX_TEXT_CHARS = 24_000;

/** Local servers ignore the key, but the SDK insists on one. */
export const PLACEHOLDER_API_KEY = "not-needed";

export function createOpenAiExtractor(opts: OpenAiExtractorOptions): LlmExtractor {
  const client = new OpenAI({
    apiKey: opts.apiKey ?? PLACEHOLDER_API_KEY,
    // explicit, so the SDK does not fall back to process.env behind the config's back
    baseURL: opts.baseURL ?? "https://api.openai.com/v1",
    timeout: opts.timeoutMs,
    maxRetries: opts.maxRetries ?? 1,
  });
  const responseFormat = zodResponseFormat(LlmAnswerSchema, "deal_registration");
  const warn = (obj: object, msg: string) => opts.logger?.warn({ component: "llm", model: opts.model, ...obj }, msg);

  return {
    async extract(input: LlmInput): Promise<Extraction | null> {
      try {
        const completion = await client.chat.completions.create({
          model: opts.model,
          messages: buildMessages({ ...input, text: input.text.slice(0, MAX_TEXT_CHARS) }),
          response_format: responseFormat,
        });
        const choice = completion.choices[0];
        if (!choice?.message.content) {
          warn(
            { finishReason: choice?.finish_reason, refusal: Boolean(choice?.message.refusal) },
            "llm gave no content",
          );
          return null;
        }
        const answer = parseAnswer(choice.message.content);
        if (!answer.ok) {
          warn({ finishReason: choice.finish_reason, problem: answer.problem }, "llm answer unusable");
          return null;
        }
        const { extraction, dropped } = groundAnswer(answer.value, input);
        if (dropped.length > 0) warn({ dropped }, "llm values not found in the mail were dropped");
        return extraction;
      } catch (err) {
        warn({ err: describeError(err, opts.apiKey) }, "llm extraction failed; rules stand alone");
        return null;
      }
    },
  };
}

type Parsed = { ok: true; value: z.infer<typeof LlmAnswerSchema> } | { ok: false; problem: string };

/** The model's JSON is untrusted input like any other: parse and validate it. */
export function parseAnswer(content: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, problem: "invalid JSON" };
  }
  const result = LlmAnswerSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    return { ok: false, problem: `schema: ${issues.join("; ")}` };
  }
  return { ok: true, value: result.data };
}

/** Enough to diagnose (name, HTTP status, code), never the key, never the mail. */
function describeError(err: unknown, apiKey: string | undefined): object {
  const scrub = (s: string) => (apiKey ? s.split(apiKey).join("[redacted]") : s);
  if (err instanceof OpenAI.APIError) {
    return { name: err.name, status: err.status ?? null, code: err.code ?? null, message: scrub(err.message) };
  }
  if (err instanceof Error) return { name: err.name, message: scrub(err.message) };
  return { message: scrub(String(err)) };
}
