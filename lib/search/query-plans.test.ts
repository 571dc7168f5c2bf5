import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { planOf, sequentialScans } from "@/test/query-plans";
import { peopleStatement, postsStatement } from "./queries";

const page = { limit: 21, offset: 0 };

describe("search query plans", () => {
  beforeAll(async () => {
    for (let index = 0; index < 20; index++) await createUser({ displayName: `Person ${index}` });
    await db.$executeRaw`ANALYZE users`;
  });

  it("finds people through the trigram indexes on username and on the folded display name and bio", async () => {
    const plan = await planOf(peopleStatement("yilmaz", page));
    expect(sequentialScans(plan)).not.toContain("users");
    // In a byte-order database (scripts/lib/database.ts) the username's b-tree serves its LIKE prefix too.
    expect(new Set(plan.map((node) => node["Index Name"]).filter(Boolean))).toEqual(
      new Set(["users_username_key", "users_username_trgm_idx", "users_display_name_folded_trgm_idx", "users_bio_folded_trgm_idx"]),
    );
  });

  it("hands PostgreSQL only the first 64 characters of a long query for people", () => {
    // Past about 130 characters the planner read every user instead of the indexes (0.55 s on 5,000 users).
    const query = `@${"abcdefghijklmnopqrstuvwxyz".repeat(8)}`;
    const { values } = peopleStatement(query, page);
    expect(values).toContain(query.slice(1, 65));
    expect(values.some((value) => typeof value === "string" && value.length > 64)).toBe(false);
  });

  it("finds posts without reading the posts table whole", async () => {
    const plan = await planOf(postsStatement("martinez", page));
    expect(sequentialScans(plan)).not.toContain("posts");
  });
});
