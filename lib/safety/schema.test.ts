import { z } from "zod";
import { describe, expect, it } from "vitest";
import { addMutedWordSchema } from "./schema";

const refusal = (phrase: string) => z.flattenError(addMutedWordSchema.safeParse({ phrase, duration: "forever" }).error!).fieldErrors.phrase;

describe("a muted phrase", () => {
  it.each(["", "   ", "\u200B", " \u2060\uFEFF "])("of nothing visible (%j) asks for a word, once", (phrase) => {
    expect(refusal(phrase)).toEqual(["Type a word or phrase to mute."]);
  });

  it.each(["\u202Espoiler", "spoiler\u2067"])("refuses text-direction controls (%j), which would reorder the list", (phrase) => {
    expect(refusal(phrase)).toEqual(["A muted phrase cannot contain text-direction controls."]);
  });

  it("keeps a phrase that shows something, normalised", () => {
    expect(addMutedWordSchema.parse({ phrase: "  Big   Spoiler ", duration: "week" })).toEqual({ phrase: "big spoiler", duration: "week" });
  });
});
