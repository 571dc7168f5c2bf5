import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma Migrate needs a schema engine, which the CLI otherwise downloads as a native binary.
// This one runs Prisma's WebAssembly build of it instead, so migrations work offline; set the
// variable yourself to use a native engine. See prisma/engine/README.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./prisma/engine/schema-engine", import.meta.url));

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // Not `env("DATABASE_URL")`: that throws when the variable is unset, and `prisma generate`
    // (run at postinstall) needs no database.
    url: process.env.DATABASE_URL,
  },
});
