import { describe, expect, it } from "vitest";
import { formatRelative } from "./relative-time";

describe("formatRelative", () => {
  const now = new Date("2026-11-20T12:00:00Z");

  it.each([
    [new Date("2026-11-20T11:59:30Z"), "just now"],
    [new Date("2026-11-20T11:55:00Z"), "5 min. ago"],
    [new Date("2026-11-20T09:00:00Z"), "3 hr. ago"],
    [new Date("2026-11-19T12:00:00Z"), "yesterday"],
    [new Date("2025-11-20T12:00:00Z"), "last yr."],
  ])("formats %s as %s", (date, expected) => {
    expect(formatRelative(date, now)).toBe(expected);
  });
});
