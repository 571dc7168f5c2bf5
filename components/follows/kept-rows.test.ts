import { describe, expect, it } from "vitest";
import { type Row, keepingLeftRows } from "./kept-rows";

const rows = (...keys: string[]): Row[] => keys.map((key) => ({ key, row: key }));
const keys = (merged: Row[]) => merged.map(({ key }) => key);

describe("keepingLeftRows", () => {
  it("keeps a row the server left out after the row that came before it", () => {
    expect(keys(keepingLeftRows(rows("a", "b", "c"), rows("a", "c", "d")))).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps a first row left out first, and several in their order", () => {
    expect(keys(keepingLeftRows(rows("a", "b", "c", "d"), rows("c")))).toEqual(["a", "b", "c", "d"]);
    expect(keys(keepingLeftRows(rows("a", "b"), rows()))).toEqual(["a", "b"]);
  });

  it("takes the server's rows, in its order, in place of the ones it sends again", () => {
    const shown = rows("a", "b");
    const again: Row[] = [{ key: "b", row: "b again" }, { key: "a", row: "a again" }];
    expect(keepingLeftRows(shown, again)).toEqual(again);
  });
});
