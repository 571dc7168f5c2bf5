import { beforeAll, describe, expect, it } from "vitest";
import { db, onStatement } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { searchPeople, searchPosts } from "./queries";
import { parseSearchParams } from "./schema";

/** What the search page does with a `?q=`: validate, then query both kinds of result. */
async function searchFor(q: string) {
  const search = parseSearchParams({ q });
  if (!search.query || search.error) return { error: search.error, people: [], posts: [] };
  const [people, posts] = await Promise.all([searchPeople(search.query, 1), searchPosts(search.query, 1)]);
  return { error: null, people: people.items, posts: posts.items };
}

const hostileInputs: [label: string, query: string][] = [
  ["a double quote", '"'],
  ["an unterminated phrase", '"garden'],
  ["single quotes", "it's 'quoted'"],
  ["a backslash", "\\"],
  ["backslash escapes", "\\' \\\" \\\\ \\%"],
  ["LIKE wildcards", "%"],
  ["an underscore", "_"],
  ["wildcards around a word", "%garden_"],
  ["SQL injection", "'; DROP TABLE posts;--"],
  ["SQL keywords", "SELECT * FROM users WHERE 1=1 OR 1=1"],
  ["tsquery operators", "garden & !tomato | (a <-> b) :* <2>"],
  ["only a minus", "-"],
  ["only stop words", "the of and"],
  ["a NUL byte", "gar\u0000den"],
  ["control characters", "\u0001\u0002\u001B[31m"],
  ["highlight markers", "\uE000garden\uE001"],
  ["emoji", "🌱🍅 👩‍👩‍👧"],
  ["Hebrew (RTL)", "שלום גינה"],
  ["Arabic (RTL)", "مرحبا حديقة"],
  ["a right-to-left override", "\u202Egarden"],
  ["200 wildcards", "%".repeat(200)],
  ["200 letters", "a".repeat(200)],
  ["whitespace only", " \t\n "],
  ["nothing", ""],
];

describe("hostile search input", () => {
  beforeAll(async () => {
    const author = await createUser({ username: "ada", displayName: "Ada Okafor" });
    await createPost(author.id, { text: "Garden work party on Sunday, it's at 10 — bring gloves 🌱" });
  });

  it.each(hostileInputs)("gives a result, not an error, for %s", async (_label, query) => {
    const result = await searchFor(query);
    expect(result.error).toBeNull();
    expect(Array.isArray(result.people) && Array.isArray(result.posts)).toBe(true);
  });

  it("refuses 10,000 characters with a message, without querying", async () => {
    const queries: string[] = [];
    onStatement((event) => queries.push(event.query));
    expect(await searchFor("garden ".repeat(1_500).slice(0, 10_000))).toEqual({
      error: "Search for at most 200 characters.",
      people: [],
      posts: [],
    });
    expect(queries).toEqual([]);
  });

  it("still finds what the input contains once the noise is gone", async () => {
    expect((await searchFor('"garden')).posts).toHaveLength(1);
    expect((await searchFor("\uE000garden\uE001")).posts).toHaveLength(1);
    expect((await searchFor("%ada_")).people.map((person) => person.username)).toEqual(["ada"]);
  });

  it("leaves the data alone", async () => {
    await searchFor("'; DROP TABLE posts;--");
    expect(await db.post.count()).toBe(1);
  });
});
