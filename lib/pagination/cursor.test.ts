import { describe, expect, it } from "vitest";
import { PAGE_SIZE, cursorParam, decodeCursor, encodeCursor, toPage } from "./cursor";

describe("cursor tokens", () => {
  it("round-trips a position", () => {
    const cursor = { createdAt: new Date("2026-03-04T05:06:07.089Z"), id: "clx0abc" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ["empty", ""],
    ["not base64 json", "%%%"],
    ["wrong shape", Buffer.from(JSON.stringify({ a: 1 })).toString("base64url")],
    ["bad date", Buffer.from(JSON.stringify(["yesterday", "x"])).toString("base64url")],
    ["too long", "a".repeat(500)],
    ["an id with a NUL, which PostgreSQL cannot compare", Buffer.from(JSON.stringify(["2026-01-01T00:00:00Z", "a\u0000"])).toString("base64url")],
    ["year 0, which PostgreSQL has no date for", Buffer.from(JSON.stringify(["0000-01-01T00:00:00Z", "clx0abc"])).toString("base64url")],
    ["a date before any row of ours", Buffer.from(JSON.stringify(["1969-12-31T23:59:59Z", "clx0abc"])).toString("base64url")],
  ])("treats %s as no cursor", (_label, token) => {
    expect(decodeCursor(token)).toBeNull();
  });
});

describe("toPage", () => {
  const rows = Array.from({ length: PAGE_SIZE + 1 }, (_, index) => ({
    id: `post${index}`,
    createdAt: new Date(Date.UTC(2026, 0, 1) - index * 1000),
  }));

  it("cuts a full page and points the next cursor at its last item", () => {
    const page = toPage(rows);
    expect(page.items).toHaveLength(PAGE_SIZE);
    expect(decodeCursor(page.nextCursor)).toEqual(rows[PAGE_SIZE - 1]);
  });

  it("has no next cursor on the last page", () => {
    expect(toPage(rows.slice(0, 3))).toEqual({ items: rows.slice(0, 3), nextCursor: null });
  });
});

describe("cursorParam", () => {
  it("reads one ?cursor= and ignores a missing or repeated one", () => {
    expect(cursorParam({ cursor: "tok" })).toBe("tok");
    expect(cursorParam({})).toBeNull();
    expect(cursorParam({ cursor: ["a", "b"] })).toBeNull();
  });
});
