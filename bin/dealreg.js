#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: one source of truth, no build step
// to forget between `git pull` and `npm start`.
import { register } from "tsx/esm/api";

register();
await import("../services/cli/main.ts");
