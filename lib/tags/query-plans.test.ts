import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { taggedPostsStatement } from "@/lib/search/queries";
import { createPost, createUser } from "@/test/factories";
import { type PlanNode, planOf, sequentialScans } from "@/test/query-plans";
import { trendingStatement } from "./queries";

const relations = (plan: PlanNode[]) => new Set(plan.map((node) => node["Relation Name"]).filter(Boolean));
const indexes = (plan: PlanNode[]) => new Set(plan.map((node) => node["Index Name"]).filter(Boolean));

describe("hashtag query plans", () => {
  let reader: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const author = await createUser();
    reader = await createUser();
    await db.mutedWord.createMany({ data: ["plan1", "#plan2", "old3"].map((phrase) => ({ userId: reader.id, phrase })) });
    await createUser({ suspended: true });
    for (let index = 0; index < 30; index++) await createPost(author.id, { text: `#plan${index % 5} #other` });
    // Weeks of older tagged posts, as on a living site: the last day is a small part of the table.
    await db.$executeRaw`
      INSERT INTO posts (id, author_id, text, created_at)
      SELECT 'old' || i, ${author.id}, '#old' || (i % 50), now() - interval '2 days' - i * interval '1 minute' FROM generate_series(1, 5000) AS i`;
    await db.$executeRaw`
      INSERT INTO post_tags (post_id, tag, created_at, author_id)
      SELECT id, substr(text, 2), created_at, author_id FROM posts WHERE id LIKE 'old%'`;
    await db.$executeRawUnsafe("VACUUM ANALYZE post_tags");
    await db.$executeRaw`ANALYZE users`;
  });

  it("counts trending tags from the index of the last day's tags alone, never reading posts, signed in or out", async () => {
    for (const viewerId of [null, reader.id]) {
      const plan = await planOf(trendingStatement(viewerId));
      expect(sequentialScans(plan)).toEqual([]);
      expect(relations(plan)).not.toContain("posts");
      const scan = plan.find((node) => node["Relation Name"] === "post_tags");
      expect(scan).toMatchObject({ "Node Type": "Index Only Scan", "Index Name": "post_tags_created_idx" });
      expect(indexes(plan)).toContain("users_suspended_idx");
    }
  });

  it("finds a tag's posts through the tag's index", async () => {
    const plan = await planOf(taggedPostsStatement("plan1", { limit: 21, offset: 0 }));
    expect(sequentialScans(plan)).toEqual([]);
    expect(indexes(plan)).toContain("post_tags_tag_created_idx");
  });
});
