import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/pagination/cursor";
import { reportDecisionHref } from "@/lib/routes";
import { decisionPageSchema, resolveSchema } from "./schema";

describe("the address of a decision's confirmation page", () => {
  it("reads back what reportDecisionHref writes", () => {
    for (const [targetType, decision] of [["POST", "remove"], ["COMMENT", "remove"], ["COMMENT", "suspend"], ["ACCOUNT", "suspend"]] as const) {
      const [target, id, segment] = reportDecisionHref(targetType, "cmtarget1", decision).split("/").slice(3);
      expect(decisionPageSchema.parse({ target, id, decision: segment })).toEqual({ target: targetType, id: "cmtarget1", decision });
    }
  });

  it("names no page for another target, an id that is none, or a decision that asks nothing", () => {
    const refused = [
      { target: "POST", id: "cmtarget1", decision: "remove" },
      { target: "posts", id: "cmtarget1", decision: "remove" },
      { target: "report", id: "cmtarget1", decision: "remove" },
      { target: "post", id: "Upper", decision: "remove" },
      { target: "post", id: "a".repeat(65), decision: "remove" },
      { target: "post", id: "..%2F..%2Fsettings", decision: "remove" },
      { target: "post", id: "cmtarget1", decision: "dismiss" },
      { target: "post", id: "cmtarget1", decision: "Remove" },
      { target: "post", id: "cmtarget1", decision: "delete" },
    ];
    for (const params of refused) expect(decisionPageSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
  });
});

describe("the queue's form", () => {
  const decided = { targetType: "POST", targetId: "cmtarget1", decision: "remove" };

  it("goes back to the queue only when the confirmation page asks, and stays where it was otherwise", () => {
    expect(resolveSchema.parse({ ...decided, returnTo: "queue" }).returnTo).toBe("queue");
    expect(resolveSchema.parse({ ...decided, returnTo: "" }).returnTo).toBe("");
  });

  it("goes back to the queue's page it was asked from, or to its first page for anything but a cursor of ours", () => {
    const cursor = encodeCursor({ createdAt: new Date("2026-01-02T03:04:05Z"), id: "cmtarget0" });
    expect(resolveSchema.parse({ ...decided, returnTo: "queue", cursor }).cursor).toBe(cursor);
    for (const forged of ["", "nonsense", "/admin/log", "https://evil.example", `${cursor}&x=1`]) {
      expect(resolveSchema.parse({ ...decided, returnTo: "queue", cursor: forged }).cursor, forged).toBe("");
    }
  });

  it("refuses any other place to go afterwards: an address, a profile, another page", () => {
    for (const returnTo of ["/admin/reports", "https://evil.example", "//evil.example", "ada", "Queue", "queue ", "log"]) {
      expect(resolveSchema.safeParse({ ...decided, returnTo }).success, returnTo).toBe(false);
    }
  });
});
