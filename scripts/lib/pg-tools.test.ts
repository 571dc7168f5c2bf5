import { describe, expect, it } from "vitest";
import { explainPgToolFailure, libpqConnection } from "./pg-tools";

describe("libpqConnection", () => {
  it("moves the password out of the URL and drops the parameters only Prisma knows", () => {
    expect(libpqConnection("postgresql://app:s%40cret@db.example:6543/commons?schema=public&connection_limit=5&sslmode=require")).toEqual({
      url: "postgresql://app@db.example:6543/commons?sslmode=require",
      password: "s@cret",
    });
    expect(libpqConnection("postgresql://app@127.0.0.1/commons")).toEqual({ url: "postgresql://app@127.0.0.1/commons", password: undefined });
  });
});

describe("explainPgToolFailure", () => {
  it("says which client tools a newer server needs, keeping pg_dump's own words", () => {
    // What pg_dump 15 prints for a PostgreSQL 18 server (seen against the embedded 18.4).
    const stderr = "pg_dump: error: aborting because of server version mismatch\npg_dump: detail: server version: 18.4; pg_dump version: 15.18 (Debian 15.18-0+deb12u1)\n";
    const message = explainPgToolFailure("pg_dump", stderr, 1);
    expect(message).toMatch(/^The database server runs PostgreSQL 18\.4, newer than this pg_dump 15\.18, and pg_dump refuses a newer server\. Install PostgreSQL 18 client tools/);
    expect(message).toContain(stderr.trim());
  });

  it("says a backup comes from a newer pg_dump than pg_restore reads", () => {
    const stderr = "pg_restore: error: unsupported version (1.16) in file header\n";
    expect(explainPgToolFailure("pg_restore", stderr, 1)).toMatch(/^This backup was written by a newer pg_dump \(archive format 1\.16\) than this pg_restore reads/);
  });

  it("passes anything else on as the tool said it", () => {
    expect(explainPgToolFailure("pg_restore", "pg_restore: error: could not read from input file: end of file\n", 1)).toBe(
      "pg_restore failed (exit code 1):\npg_restore: error: could not read from input file: end of file",
    );
  });
});
