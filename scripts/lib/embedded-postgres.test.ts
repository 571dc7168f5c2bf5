import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedPostgresMajor, findFreePort, startEmbeddedPostgres } from "./embedded-postgres";

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "commons-pg-other-major-"));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("the embedded PostgreSQL", () => {
  it("is the major version of Debian 12's client tools, so its pg_dump backs it up", async () => {
    expect(await embeddedPostgresMajor()).toBe(15);
  });

  it("refuses a data folder made by another major version, saying what to do, and leaves it as it was", async () => {
    await writeFile(path.join(dataDir, "PG_VERSION"), "18\n");

    const started = startEmbeddedPostgres({ dataDir, port: await findFreePort() });

    await expect(started).rejects.toThrow(`${dataDir} holds a PostgreSQL 18 cluster, and the embedded PostgreSQL is now 15, which cannot open it`);
    await expect(started).rejects.toThrow(/Demo data only: stop the app and delete .*\n- To keep the data: back it up with the version that made it \(`npm run db:backup`/);
    expect(await readdir(dataDir)).toEqual(["PG_VERSION"]);
  });
});
