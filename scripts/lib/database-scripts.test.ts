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

let sites: string;
beforeAll(async () => {
  sites = await mkdtemp(path.join(tmpdir(), "commons-sites-"));
});
afterAll(async () => {
  await rm(sites, { recursive: true, force: true });
});

/** A new, empty folder to run the scripts in, as the checkout of a site. */
function newSite(): Promise<string> {
  return mkdtemp(path.join(sites, "site-"));
}

function operatorEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["NODE_ENV", "DATABASE_URL", "UPLOAD_DIR"]) delete env[name];
  return env;
}

/** `npm run <script>` of this checkout, run in `site` (where its .env files and backups/ are). */
function runScript(site: string, script: string, args: string[] = []) {
  return run(TSX, ["--tsconfig", path.join(ROOT, "tsconfig.json"), path.join(ROOT, "scripts", script), ...args], { cwd: site, env: operatorEnv() });
}

describe("npm run db:backup", () => {
  it("backs up the database and upload folder that .env.production.local names", async () => {
    const site = await newSite();
    const uploads = path.join(site, "uploads");
    await mkdir(uploads);
    const image = Buffer.from("an image");
    await writeFile(path.join(uploads, fileKeyOf(image)), image);
    await writeFile(path.join(site, ".env.production.local"), `DATABASE_URL=${process.env.DATABASE_URL}\nUPLOAD_DIR=${uploads}\n`);

    const { stdout } = await runScript(site, "db-backup.ts");

    expect(stdout).toContain("Backed up the database and 1 uploaded files");
    const [dump] = (await readdir(path.join(site, "backups"))).filter((name) => name.endsWith(".dump"));
    // This test's migrated database, not a new, empty embedded one.
    const { stdout: contents } = await run("pg_restore", ["--list", path.join(site, "backups", dump!)]);
    expect(contents).toMatch(/TABLE public users /);
  });
});

describe("npm run db:restore", () => {
  it("says in one line that the file does not exist, exits 1, and starts no database", async () => {
    const site = await newSite();
    const failure = await runScript(site, "db-restore.ts", ["backups/nope.dump"]).catch((error: { code: number; stderr: string }) => error);

    expect(failure).toMatchObject({ code: 1, stderr: "There is no file backups/nope.dump: name a .dump file that `npm run db:backup` wrote (ls backups).\n" });
    expect(await readdir(site)).toEqual([]);
  });
});

describe("the scripts' arguments", () => {
  it.each([
    ["db-backup.ts", ["backups"], "npm run db:backup"],
    ["db-restore.ts", [], "npm run db:restore backups/commons-<time>.dump"],
    ["db-restore.ts", ["a.dump", "b.dump"], "npm run db:restore backups/commons-<time>.dump"],
    ["user-admin.ts", ["elif", "farah"], "npm run user:admin -- [--revoke] <username>"],
    ["user-admin.ts", ["elif", "--revoke"], "npm run user:admin -- [--revoke] <username>"],
  ])("%s %j is refused with the usage line and exit code 2, touching nothing", async (script, args, usage) => {
    const site = await newSite();
    const failure = await runScript(site, script, args).catch((error: { code: number; stdout: string; stderr: string }) => error);

    expect(failure).toMatchObject({ code: 2, stdout: "", stderr: `Usage: ${usage}\n` });
    expect(await readdir(site)).toEqual([]);
  });

  it("prints the usage line for --help, and does nothing else", async () => {
    const site = await newSite();
    const { stdout } = await runScript(site, "db-backup.ts", ["--help"]);

    expect(stdout).toBe("Usage: npm run db:backup\n");
    expect(await readdir(site)).toEqual([]);
  });
});
