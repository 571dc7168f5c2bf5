import { describe, expect, it } from "vitest";
import { parseSignal } from "./signals";

describe("parseSignal", () => {
  it("reads the kinds of signal the triggers and the processes send", () => {
    expect(parseSignal("n:cmabc123")).toEqual({ kind: "notifications", userId: "cmabc123" });
    expect(parseSignal("p:0123456789abcdef0123456789abcdef")).toEqual({ kind: "posts", authorId: "0123456789abcdef0123456789abcdef" });
    expect(parseSignal("s:user_1-x")).toEqual({ kind: "sessions", userId: "user_1-x" });
    expect(parseSignal("u:cmabc123")).toEqual({ kind: "account", userId: "cmabc123" });
    expect(parseSignal("h:Zm9v_1")).toEqual({ kind: "heartbeat", id: "Zm9v_1" });
  });

  it("ignores anything else another database user might send on the channel", () => {
    for (const payload of ["", "n:", "n", "x:abc", "nn:abc", "n:a b", "n:a:b", `n:${"a".repeat(65)}`, "resync", 'n:{"id":1}']) {
      expect(parseSignal(payload)).toBeNull();
    }
  });
});
