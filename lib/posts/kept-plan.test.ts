import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { keptPlanStatementName } from "@/lib/db-sql";
import { createFollow, createPost, createUser } from "@/test/factories";
import { homeFeedCardsSql } from "./home-feed";

// A feed statement goes to PostgreSQL as a named prepared statement, so that a
// connection plans it once and keeps the plan (lib/db-sql.ts, keptPlanSql).

const preparedRows = z.array(z.object({ name: z.string(), generic: z.number().int(), custom: z.number().int() }));

describe("feed statements' kept plans", () => {
  it("names a marked statement by its text and leaves every other statement unnamed", () => {
    const home = homeFeedCardsSql("viewer-a", null, 21).text;
    expect(keptPlanStatementName(home)).toMatch(/^kept_[\w-]{40}$/);
    expect(keptPlanStatementName(home)).toBe(keptPlanStatementName(homeFeedCardsSql("viewer-b", null, 21).text));
    expect(keptPlanStatementName(home)).not.toBe(keptPlanStatementName(homeFeedCardsSql("viewer-a", null, 11).text));
    expect(keptPlanStatementName("SELECT 1")).toBe("");
  });

  it("gives the planner no viewer's id, so that every viewer's plan costs what the generic plan costs", () => {
    const statement = homeFeedCardsSql("viewer-a", null, 21);
    const viewerPlaceholders = statement.values.flatMap((value, index) => (value === "viewer-a" ? [`$${index + 1}`] : []));
    expect(viewerPlaceholders.length).toBeGreaterThan(10);
    const behindSubqueries = viewerPlaceholders.reduce((text, placeholder) => text.replaceAll(`(SELECT ${placeholder}::text)`, ""), statement.text);
    for (const placeholder of viewerPlaceholders) expect(behindSubqueries).not.toMatch(new RegExp(`\\${placeholder}(?!\\d)`));
  });

  it("prepares the home feed's statement once on a connection, which keeps a generic plan of it", async () => {
    const viewer = await createUser();
    const author = await createUser();
    await createFollow(viewer.id, author.id);
    await createPost(author.id, { text: "kept plan" });
    // One interactive transaction holds one connection, whose prepared statements the last query lists.
    const prepared = await db.$transaction(async (tx) => {
      for (let run = 0; run < 7; run++) {
        const cards = z.array(z.object({ text: z.string() })).parse(await tx.$queryRaw(homeFeedCardsSql(viewer.id, null, 21)));
        expect(cards.map((card) => card.text)).toEqual(["kept plan"]);
      }
      return preparedRows.parse(await tx.$queryRaw`
        SELECT name, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name LIKE 'kept\\_%'`);
    });
    const name = keptPlanStatementName(homeFeedCardsSql(viewer.id, null, 21).text);
    // PostgreSQL plans it afresh five times, then weighs the generic plan and keeps it for the rest.
    expect(prepared.find((statement) => statement.name === name)).toEqual({ name, custom: 5, generic: 2 });
  });
});
