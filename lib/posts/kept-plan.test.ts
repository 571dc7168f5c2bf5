import { describe, expect, it } from "vitest";
import { z } from "zod";
import { keptPlanStatementName } from "@/lib/db-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createFollow, createPost, createUser } from "@/test/factories";
import { plansOfRuns } from "@/test/query-plans";
import { branchStatement } from "@/lib/comments/tree";
import { notificationsStatement } from "@/lib/notifications/queries";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { profileStatement } from "@/lib/profiles/queries";
import { tagCardsSql, trendingStatement } from "@/lib/tags/queries";
import { exploreCardsSql, postCardSql, profileCardsSql } from "./card-statements";
import { homeFeedCardsSql } from "./home-feed";

// A feed statement goes to PostgreSQL as a named prepared statement, so that a
// connection plans it once and keeps the plan (lib/db-sql.ts, keptPlanSql).

describe("page statements' kept plans", () => {
  it("names a marked statement by its text and leaves every other statement unnamed", () => {
    const home = homeFeedCardsSql("viewer-a", null, 21).text;
    expect(keptPlanStatementName(home)).toMatch(/^kept_[\w-]{40}$/);
    expect(keptPlanStatementName(home)).toBe(keptPlanStatementName(homeFeedCardsSql("viewer-b", null, 21).text));
    expect(keptPlanStatementName(home)).not.toBe(keptPlanStatementName(homeFeedCardsSql("viewer-a", null, 11).text));
    expect(keptPlanStatementName("SELECT 1")).toBe("");
  });

  it("gives the planner no viewer's id, so that every viewer's plan costs what the generic plan costs", () => {
    const statements: [string, Prisma.Sql][] = [
      ["home", homeFeedCardsSql("viewer-a", null, 21)],
      ["the notifications page", notificationsStatement("viewer-a", "all", null)],
    ];
    for (const [name, statement] of statements) {
      const viewerPlaceholders = placeholdersOf(statement, (value) => value === "viewer-a");
      expect({ name, bound: viewerPlaceholders.length > 1 }).toEqual({ name, bound: true });
      expect({ name, outsideSubqueries: boundOutsideSubqueries(statement, viewerPlaceholders) }).toEqual({ name, outsideSubqueries: [] });
    }
  });

  it("gives the planner no cursor's place, so that a deep page's plan costs what the generic plan costs", () => {
    const cursor = { createdAt: new Date("2026-11-02T10:00:00.000Z"), id: "cursor-post" };
    const statements: [string, Prisma.Sql][] = [
      ["home", homeFeedCardsSql("viewer-a", cursor, 21)],
      ["explore", exploreCardsSql("viewer-a", cursor)],
      ["a profile", profileCardsSql("author-a", "viewer-a", cursor)],
      ["a tag", tagCardsSql("plans", "viewer-a", cursor)],
      ["a conversation, from a comment on", branchStatement("post-a", null, cursor, null, PAGE_SIZE, "viewer-a")],
      ["a conversation, after a comment", branchStatement("post-a", null, null, cursor, PAGE_SIZE, "viewer-a")],
      ["the notifications page", notificationsStatement("viewer-a", "all", cursor)],
    ];
    for (const [name, statement] of statements) {
      const placeholders = placeholdersOf(statement, (value) => value === cursor.id || (value instanceof Date && value.getTime() === cursor.createdAt.getTime()));
      expect({ name, bound: placeholders.length > 0 }).toEqual({ name, bound: true });
      expect({ name, outsideSubqueries: boundOutsideSubqueries(statement, placeholders) }).toEqual({ name, outsideSubqueries: [] });
    }
  });

  it("prepares the home feed's statement once on a connection, which keeps a generic plan of it", async () => {
    const viewer = await createUser();
    const author = await createUser();
    await createFollow(viewer.id, author.id);
    await createPost(author.id, { text: "kept plan" });
    const { rows, plans } = await plansOfRuns(() => homeFeedCardsSql(viewer.id, null, 21), 7);
    expect(z.array(z.object({ text: z.string() })).parse(rows).map((card) => card.text)).toEqual(["kept plan"]);
    // PostgreSQL plans it afresh five times, then weighs the generic plan and keeps it for the rest.
    // Earlier tests may have run it on the same connection: at least these last two runs were generic.
    expect(plans?.custom).toBe(5);
    expect(plans?.generic).toBeGreaterThanOrEqual(2);
  });

  it("keeps a generic plan of a deep page, whoever reads it and wherever their cursor is", async () => {
    const [ada, bruno, author] = await Promise.all([createUser(), createUser(), createUser()]);
    await Promise.all([createFollow(ada.id, author.id), createFollow(bruno.id, author.id)]);
    const posts = [];
    for (let index = 0; index < 4; index++) posts.push(await createPost(author.id, { text: `deep ${index}`, createdAt: new Date(Date.now() - (4 - index) * 60_000) }));
    const cursors = posts.map((post) => ({ createdAt: post.createdAt, id: post.id }));
    const { rows, plans } = await plansOfRuns((run) => homeFeedCardsSql([ada.id, bruno.id][run % 2]!, cursors[run % cursors.length]!, 21), 8);
    // The last run: bruno's, below the newest post.
    expect(z.array(z.object({ text: z.string() })).parse(rows).map((card) => card.text)).toEqual(["deep 2", "deep 1", "deep 0"]);
    expect(plans?.custom).toBe(5);
    expect(plans?.generic).toBeGreaterThanOrEqual(3);
  });

  it("keeps a generic plan of every other page statement that runs on each load, signed in or out", async () => {
    const [ada, bruno] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(bruno.id, { text: "kept #plans" });
    const other = await createPost(ada.id, { text: "another conversation" });
    const statements: [string, (run: number) => Prisma.Sql][] = [
      ["explore", (run) => exploreCardsSql([ada.id, bruno.id][run % 2]!, null)],
      ["explore, signed out", () => exploreCardsSql(null, null)],
      ["a profile", (run) => profileCardsSql([bruno.id, ada.id][run % 2]!, ada.id, null)],
      ["a tag", (run) => tagCardsSql(["plans", "nothing"][run % 2]!, ada.id, null)],
      ["a tag, signed out", (run) => tagCardsSql(["plans", "nothing"][run % 2]!, null, null)],
      ["a post", () => postCardSql(post.id, ada.id)],
      ["a conversation", (run) => branchStatement([post.id, other.id][run % 2]!, null, null, null, PAGE_SIZE, ada.id)],
      ["a conversation, signed out", () => branchStatement(post.id, null, null, null, PAGE_SIZE, null)],
      ["the trending tags", (run) => trendingStatement([ada.id, bruno.id][run % 2]!)],
      ["the trending tags, signed out", () => trendingStatement(null)],
      ["a profile's header, with where the reader stands", (run) => profileStatement([ada.username, bruno.username][run % 2]!, ada.id)],
      ["a profile's header, signed out", (run) => profileStatement([ada.username, bruno.username][run % 2]!, null)],
      ["the notifications page", (run) => notificationsStatement([ada.id, bruno.id][run % 2]!, "all", null)],
    ];
    for (const [name, statementOf] of statements) {
      const { plans } = await plansOfRuns(statementOf, 7);
      // A statement without parameters has nothing to plan afresh for: its plan is generic from the start.
      expect({ name, kept: plans !== null && plans.generic >= 2 && plans.custom <= 5 }).toEqual({ name, kept: true });
    }
  });
});

/** The placeholders (`$1`…) of `statement`'s values that `isValue` picks. */
function placeholdersOf(statement: Prisma.Sql, isValue: (value: unknown) => boolean): string[] {
  return statement.values.flatMap((value, index) => (isValue(value) ? [`$${index + 1}`] : []));
}

/** Those of `placeholders` that `statement` uses other than as an uncorrelated subquery `(SELECT $n::type)`, which no plan sees into. */
function boundOutsideSubqueries(statement: Prisma.Sql, placeholders: string[]): string[] {
  const behindSubqueries = statement.text.replace(/\(SELECT (\$\d+)::(?:text|timestamptz)\)/g, "");
  return placeholders.filter((placeholder) => new RegExp(`\\${placeholder}(?!\\d)`).test(behindSubqueries));
}
