import { describe, expect, it } from "vitest";
import { SessionRowStore } from "./session-row-store";

function store(limits = { keepForMs: 1_000, maxRows: 100 }) {
  const clock = { now: 0 };
  return { clock, rows: new SessionRowStore<string>(limits, () => clock.now) };
}

describe("the session row store", () => {
  it("keeps a row for its session until it is too old", () => {
    const { clock, rows } = store();
    rows.keep(rows.mark(), "ann", "s1", "ann's row");
    expect(rows.get("ann", "s1")).toBe("ann's row");
    expect(rows.get("ann", "s2")).toBeUndefined();
    expect(rows.get("bob", "s1")).toBeUndefined();

    clock.now = 999;
    expect(rows.get("ann", "s1")).toBe("ann's row");
    clock.now = 1_000;
    expect(rows.get("ann", "s1")).toBeUndefined();
    expect(rows.size).toBe(0);
  });

  it("forgets every session of a user at once, and no one else's", () => {
    const { rows } = store();
    rows.keep(rows.mark(), "ann", "phone", "ann on her phone");
    rows.keep(rows.mark(), "ann", "laptop", "ann on her laptop");
    rows.keep(rows.mark(), "bob", "phone", "bob");

    rows.forgetUser("ann");
    expect(rows.get("ann", "phone")).toBeUndefined();
    expect(rows.get("ann", "laptop")).toBeUndefined();
    expect(rows.get("bob", "phone")).toBe("bob");
    expect(rows.size).toBe(1);
  });

  it("does not keep a row read while its user changed, and keeps one read while someone else did", () => {
    const { rows } = store();
    const annRead = rows.mark();
    const bobRead = rows.mark();
    rows.forgetUser("ann");
    rows.keep(annRead, "ann", "s1", "ann before the change");
    rows.keep(bobRead, "bob", "s1", "bob");
    expect(rows.get("ann", "s1")).toBeUndefined();
    expect(rows.get("bob", "s1")).toBe("bob");

    // Read after the change: kept.
    rows.keep(rows.mark(), "ann", "s1", "ann after the change");
    expect(rows.get("ann", "s1")).toBe("ann after the change");
  });

  it("keeps no row read before everyone was forgotten", () => {
    const { rows } = store();
    const before = rows.mark();
    rows.keep(rows.mark(), "ann", "s1", "ann");
    rows.forgetAll();
    expect(rows.get("ann", "s1")).toBeUndefined();
    rows.keep(before, "bob", "s1", "bob before");
    expect(rows.get("bob", "s1")).toBeUndefined();
    rows.keep(rows.mark(), "bob", "s1", "bob after");
    expect(rows.get("bob", "s1")).toBe("bob after");
  });

  it("still refuses a read under way when the record of changed users starts over", () => {
    const { rows } = store({ keepForMs: 1_000, maxRows: 3 });
    const annRead = rows.mark();
    rows.forgetUser("ann");
    for (const user of ["b", "c", "d", "e"]) rows.forgetUser(user);
    rows.keep(annRead, "ann", "s1", "ann before the change");
    expect(rows.get("ann", "s1")).toBeUndefined();
  });

  it("holds at most maxRows, letting the users kept longest go first", () => {
    const { rows } = store({ keepForMs: 1_000, maxRows: 3 });
    rows.keep(rows.mark(), "ann", "phone", "ann 1");
    rows.keep(rows.mark(), "ann", "laptop", "ann 2");
    rows.keep(rows.mark(), "bob", "phone", "bob");
    rows.keep(rows.mark(), "bob", "phone", "bob again");
    expect(rows.size).toBe(3);

    rows.keep(rows.mark(), "cy", "phone", "cy");
    expect(rows.size).toBe(2);
    expect(rows.get("ann", "phone")).toBeUndefined();
    expect(rows.get("bob", "phone")).toBe("bob again");
    expect(rows.get("cy", "phone")).toBe("cy");
  });
});
