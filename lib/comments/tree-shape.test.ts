import { describe, expect, it } from "vitest";
import { leavesOutUnshown } from "./tree-shape";

describe("whether a branch leaves out a comment the page does not show", () => {
  const shown = new Set(["a", "sent"]);

  it("follows the server when it leaves out nothing, or a comment that is not the viewer's own", () => {
    expect(leavesOutUnshown(false, shown)).toBe(false);
    expect(leavesOutUnshown(true, shown)).toBe(true);
  });

  it("offers more for the viewer's own comments only while one is not shown", () => {
    expect(leavesOutUnshown(["sent"], shown)).toBe(false);
    expect(leavesOutUnshown(["sent", "from another tab"], shown)).toBe(true);
    expect(leavesOutUnshown(["sent"], new Set())).toBe(true);
  });
});
