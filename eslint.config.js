import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "data/", "test-artifacts/", "coverage/", "scratch-*"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        fetch: "readonly",
        AbortController: "readonly",
        AbortSignal: "readonly",
        TextDecoder: "readonly",
        TextEncoder: "readonly",
        structuredClone: "readonly",
        setImmediate: "readonly",
        performance: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-control-regex": "off",
    },
  },
  {
    // Type-aware rules: they need the TypeScript project, so they cover the .ts files only.
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    // Rows and foreign data get their types from zod in a repository or at the boundary, never
    // from a double cast.
    files: ["services/**/*.ts", "db/**/*.ts"],
    rules: {
      // Casts that narrow a type without a check: parse with zod or use a type guard instead.
      "@typescript-eslint/no-unsafe-type-assertion": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression > TSAsExpression > TSUnknownKeyword",
          message: "No `as unknown as`: parse with zod at the boundary (services/repos maps rows to domain types).",
        },
      ],
    },
  },
  {
    // The parser's hot paths: the same restriction, and no String#matchAll (it clones its regex on
    // every call, and V8 recompiles the clone whenever its cache has dropped the pattern).
    files: ["services/parser/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression > TSAsExpression > TSUnknownKeyword",
          message: "No `as unknown as`: parse with zod at the boundary (services/repos maps rows to domain types).",
        },
        {
          selector: "CallExpression[callee.property.name='matchAll']",
          message: "No String#matchAll in the parser: use eachMatch or allMatches (services/parser/text/regex.ts).",
        },
      ],
    },
  },
);
