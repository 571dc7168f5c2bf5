import { readdirSync } from "node:fs";

/** The name of the newest migration in prisma/migrations (its folders sort by their timestamp). */
export function newestMigration(): string | undefined {
  return readdirSync("prisma/migrations", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .at(-1);
}
