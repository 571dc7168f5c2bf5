import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileKeyOf } from "@/lib/uploads/file-key";

// The database scripts as an operator runs them: from the folder holding the .env files,
// without NODE_ENV (Vitest sets it to "test", where Next reads neither .env.local nor
// .env.production.local), and without DATABASE_URL or UPLOAD_DIR in the environment.

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

let site: string;
beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), "commons-site-"));
});
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

function operatorEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["NODE_ENV", "DATABASE_URL", "UPLOAD_DIR"]) delete env[name];
  return env;
}

/** `npm run <script>` of this checkout, run in `site` (where its .env files and backups/ are). */
function runScript(script: string, args: string[] = []) {
  return run(TSX, ["--tsconfig", path.join(ROOT, "tsconfig.json"), path.join(ROOT, "scripts", script), ...args], { cwd: site, env: operatorEnv() });
}

describe("npm run db:backup", () => {
  it("backs up the database and upload folder that .env.production.local names", async () => {
    const uploads = path.join(site, "uploads");
    await mkdir(uploads);
    const image = Buffer.from("an image");
    await writeFile(path.join(uploads, fileKeyOf(image)), image);
    await writeFile(path.join(site, ".env.production.local"), `DATABASE_URL=${process.env.DATABASE_URL}\nUPLOAD_DIR=${uploads}\n`);

    const { stdout } = await runScript("db-backup.ts");

    expect(stdout).toContain("Backed up the database and 1 uploaded files");
    const [dump] = (await readdir(path.join(site, "backups"))).filter((name) => name.endsWith(".dump"));
    // This test's migrated database, not a new, empty embedded one.
    const { stdout: contents } = await run("pg_restore", ["--list", path.join(site, "backups", dump!)]);
    expect(contents).toMatch(/TABLE public users /);
  });
});
