import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatFullDate, formatRelative, formatTimestamp } from "./relative-time";

describe("formatRelative", () => {
  const now = new Date("2026-11-20T12:00:00Z");

  it.each([
    [new Date("2026-11-20T12:00:30Z"), "now"], // a clock a little ahead
    [new Date("2026-11-20T11:59:01Z"), "now"],
    [new Date("2026-11-20T11:59:00Z"), "1 min"],
    [new Date("2026-11-20T11:05:00Z"), "55 min"],
    [new Date("2026-11-20T11:00:00Z"), "1 h"],
    [new Date("2026-11-20T09:00:00Z"), "3 h"],
    [new Date("2026-11-19T12:00:01Z"), "23 h"],
    [new Date("2026-11-19T12:00:00Z"), "1 d"],
    [new Date("2026-11-18T11:00:00Z"), "2 d"],
    // The week boundary: six days and a bit is still relative, seven days is a date.
    [new Date("2026-11-13T12:00:01Z"), "6 d"],
    [new Date("2026-11-13T12:00:00Z"), "Nov 13"],
    [new Date("2026-11-03T08:00:00Z"), "Nov 3"],
    [new Date("2026-01-01T00:00:00Z"), "Jan 1"],
    // Another year names it.
    [new Date("2025-12-31T23:59:59Z"), "Dec 31, 2025"],
    [new Date("2025-11-20T12:00:00Z"), "Nov 20, 2025"],
  ])("formats %s as %s", (date, expected) => {
    expect(formatRelative(date, now)).toBe(expected);
  });

  it("says the year in January about a post of late December", () => {
    expect(formatRelative(new Date("2026-12-20T10:00:00Z"), new Date("2027-01-02T10:00:00Z"))).toBe("Dec 20, 2026");
  });
});

describe("full dates in a time zone", () => {
  const date = new Date("2026-12-01T15:04:00Z");

  it.each([
    ["UTC", "Dec 1, 2026, 3:04 PM", "3:04 PM · Dec 1, 2026"],
    ["America/New_York", "Dec 1, 2026, 10:04 AM", "10:04 AM · Dec 1, 2026"],
    ["Asia/Tokyo", "Dec 2, 2026, 12:04 AM", "12:04 AM · Dec 2, 2026"],
    ["Asia/Kolkata", "Dec 1, 2026, 8:34 PM", "8:34 PM · Dec 1, 2026"],
  ])("in %s: %s, and under a post %s", (timeZone, full, timestamp) => {
    expect(formatFullDate(date, timeZone).replace(/\u202f/g, " ")).toBe(full);
    expect(formatTimestamp(date, timeZone).replace(/\u202f/g, " ")).toBe(timestamp);
  });
});

describe("full dates in the runtime's own time zone", () => {
  // Tokyo, so that the runtime's own zone cannot pass for UTC (the zone of CI and the server).
  const zone = process.env.TZ;
  beforeAll(() => void (process.env.TZ = "Asia/Tokyo"));
  afterAll(() => void (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)));

  it("formats in that zone, on every call", () => {
    const date = new Date("2026-12-01T15:04:00Z");
    for (let call = 0; call < 2; call++) {
      expect(formatFullDate(date).replace(/\u202f/g, " ")).toBe("Dec 2, 2026, 12:04 AM");
      expect(formatTimestamp(date).replace(/\u202f/g, " ")).toBe("12:04 AM · Dec 2, 2026");
      expect(formatTimestamp(date, "UTC").replace(/\u202f/g, " ")).toBe("3:04 PM · Dec 1, 2026");
    }
  });
});
