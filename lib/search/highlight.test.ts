import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END as END, HIGHLIGHT_START as START, parseSnippet } from "./highlight";

describe("parseSnippet", () => {
  it("splits a snippet into plain and highlighted runs", () => {
    expect(parseSnippet(`Our ${START}garden${END} party, ${START}gardens${END}`)).toEqual([
      { text: "Our ", highlighted: false },
      { text: "garden", highlighted: true },
      { text: " party, ", highlighted: false },
      { text: "gardens", highlighted: true },
    ]);
  });

  it("keeps markup as plain text for React to escape", () => {
    expect(parseSnippet(`<b>${START}x${END}</b> &amp;`)).toEqual([
      { text: "<b>", highlighted: false },
      { text: "x", highlighted: true },
      { text: "</b> &amp;", highlighted: false },
    ]);
  });

  it("survives unbalanced markers and keeps emoji whole", () => {
    expect(parseSnippet(`${END}a ${START}🌱 b`)).toEqual([
      { text: "a ", highlighted: false },
      { text: "🌱 b", highlighted: true },
    ]);
  });

  it("returns no parts for an empty snippet", () => {
    expect(parseSnippet("")).toEqual([]);
  });
});
