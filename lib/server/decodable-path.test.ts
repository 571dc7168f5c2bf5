import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "@/test/hostile/input";
import { withDecodablePath } from "./decodable-path";

function decodesSegmentBySegment(path: string): boolean {
  try {
    path.split("/").forEach((segment) => decodeURIComponent(segment));
    return true;
  } catch {
    return false;
  }
}

const pathOf = (url: string) => url.split("?")[0]!;

describe("withDecodablePath", () => {
  it.each([
    ["/p/%ff", "/p/%25ff"],
    ["/@%E0%A4%A", "/@%25E0%25A4%25A"],
    ["/u/%/followers", "/u/%25/followers"],
    ["/p/%ff?cursor=%ff", "/p/%25ff?cursor=%ff"],
    ["/tags/caf%C3%A9/%zz", "/tags/caf%C3%A9/%25zz"],
  ])("escapes the percent signs of a segment that does not decode: %s", (url, escaped) => {
    expect(withDecodablePath(url)).toBe(escaped);
  });

  it.each(["/", "/explore?cursor=%ff", "/tags/caf%C3%A9", "/search?q=a%20b", "/p/abc%2Fdef"])("leaves an address that decodes as it is: %s", (url) => {
    expect(withDecodablePath(url)).toBe(url);
  });

  it("always answers a path whose segments decode, and changes none that already did", () => {
    const piece = fc.oneof(fc.constantFrom("%", "%f", "%ff", "%C3", "%A9", "%C3%A9", "%25", "%2F", "/", "?", "p", "é"), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const url = `/${pieces.join("")}`;
        const answered = withDecodablePath(url);
        expect(decodesSegmentBySegment(pathOf(answered))).toBe(true);
        expect(answered.slice(pathOf(answered).length)).toBe(url.slice(pathOf(url).length));
        if (decodesSegmentBySegment(pathOf(url))) expect(answered).toBe(url);
      }),
      { numRuns: runs.many * 20 },
    );
  });
});
