import { describe, expect, it, onTestFinished } from "vitest";
import { db, onStatement, queryKeptPlan } from "@/lib/db";
import { keptPlanSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { homeFeedCardsSql } from "@/lib/posts/home-feed";
import { createFollow, createLike, createPost, createUser } from "@/test/factories";

// The statements every page runs go to node-postgres directly (queryKeptPlan); Prisma's
// $queryRaw answered them before, and callers still expect its answers.

describe("queryKeptPlan", () => {
  it("answers a home page with the rows Prisma answered: times, JSON, counts and flags alike", async () => {
    const [reader, author, quoter] = await Promise.all([createUser(), createUser(), createUser()]);
    await Promise.all([createFollow(reader.id, author.id), createFollow(reader.id, quoter.id)]);
    const quoted = await createPost(author.id, { text: `Hello @${reader.username} #kept`, images: [{ width: 40, height: 30, alt: "a square" }] });
    await createPost(quoter.id, { text: "Look at this", quotedPostId: quoted.id, contentWarning: "spoilers" });
    await createLike(reader.id, quoted.id);
    await db.repost.create({ data: { userId: quoter.id, postId: quoted.id } });

    const statement = homeFeedCardsSql(reader.id, null, 21);
    const rows = await queryKeptPlan(statement);
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(await db.$queryRaw(statement));
  });

  it("reads a date and a time without a zone as UTC, as Prisma does, whatever the machine's zone", async () => {
    // Node reads TZ afresh when it changes: a machine west of Greenwich.
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    onTestFinished(() => {
      process.env.TZ = zone;
    });
    const statement = keptPlanSql(Prisma.sql`SELECT '2026-12-03 10:30:00.25'::timestamp AS at, '2026-12-03'::date AS day, ${"x"}::text AS bound`);
    const [row] = await queryKeptPlan(statement);
    expect(row).toEqual({ at: new Date("2026-12-03T10:30:00.250Z"), day: new Date("2026-12-03T00:00:00.000Z"), bound: "x" });
    expect([row]).toEqual(await db.$queryRaw(statement));
  });

  it("tells the statement listeners, with times as Prisma's query events give them", async () => {
    const seen: unknown[][] = [];
    onStatement((event) => {
      if (event.query.includes("AS listened")) seen.push(event.params);
    });
    const at = new Date("2026-12-03T10:30:00Z");
    await queryKeptPlan(keptPlanSql(Prisma.sql`SELECT ${at}::timestamptz AS listened`));
    expect(seen).toEqual([["2026-12-03T10:30:00.000Z"]]);
  });

  it("refuses a statement whose plan is not kept", async () => {
    await expect(queryKeptPlan(Prisma.sql`SELECT 1`)).rejects.toThrow("keptPlanSql");
  });
});
