// Builds the optional model-based extractor from the configuration: none unless a key or a
// (local, OpenAI-compatible) base URL is configured.
import type { Config } from "../../config/env.ts";
import type { LlmExtractor } from "../types.ts";
import type { LlmLogger } from "./openai-extractor.ts";

export function llmFromConfig(config: Config, logger?: LlmLogger): LlmExtractor | null {
  if (!config.OPENAI_API_KEY && !config.OPENAI_BASE_URL) return null;
  // The OpenAI SDK is loaded with the first question, not by every process that reads the config.
  let extractor: Promise<LlmExtractor> | null = null;
  return {
    async extract(input) {
      extractor ??= import("./openai-extractor.ts").then(({ createOpenAiExtractor }) =>
        createOpenAiExtractor({
          // a local server ignores the key; createOpenAiExtractor puts a placeholder in
          apiKey: config.OPENAI_API_KEY,
          baseURL: config.OPENAI_BASE_URL,
          model: config.OPENAI_MODEL,
          timeoutMs: config.OPENAI_TIMEOUT_MS,
          logger,
        }),
      );
      return (await extractor).extract(input);
    },
  };
}
