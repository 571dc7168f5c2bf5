import { describe, expect, it } from "vitest";
import { textDirection } from "./text-direction";

describe("textDirection", () => {
  it.each([
    ["Arabic", "مرحبا بالعالم", "rtl"],
    ["Hebrew after digits and a bracket", "2024 (שלום)", "rtl"],
    ["English with Arabic later", "Hello مرحبا", undefined],
    ["nothing but digits", "2024", undefined],
    ["empty", "", undefined],
  ])("reads %s by its first letter", (_label, text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });

  it("reads a 6-million-character paste at once", () => {
    const started = performance.now();
    expect(textDirection(`${"1".repeat(6_000_000)}مرحبا`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
