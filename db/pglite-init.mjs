// Creates a new embedded data directory (PGlite's initdb) and exits: see initialiseDataDir in
// connection.ts. Plain JS, so it starts without the tsx loader.
import { PGlite } from "@electric-sql/pglite";

const db = await PGlite.create({ dataDir: process.argv[2] });
await db.close();
