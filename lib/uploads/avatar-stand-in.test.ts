import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INITIALS_HUE_COUNT } from "@/lib/profiles/initials";
import { INITIALS_HUES } from "./avatar-stand-in";

describe("an avatar's stand-in", () => {
  it("is drawn on the colours the page draws initials on", () => {
    const css = readFileSync("app/styles/avatars.css", "utf8");
    const classes = [...css.matchAll(/\.hue-(\d+) \{\s*background-color: (#[0-9a-f]{6});/g)].map(([, index, colour]) => [Number(index), colour]);
    expect(classes).toEqual(INITIALS_HUES.map((colour, index) => [index, colour]));
    expect(INITIALS_HUES).toHaveLength(INITIALS_HUE_COUNT);
  });
});
