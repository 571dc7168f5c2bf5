import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";

async function fold(value: string): Promise<string> {
  const [row] = parseRows(z.object({ folded: z.string() }), await db.$queryRaw`SELECT search_fold(${value}) AS folded`);
  return row!.folded;
}

describe("search_fold", () => {
  it.each([
    ["Martínez", "martinez"],
    ["Yılmaz", "yilmaz"],
    ["YILMAZ", "yilmaz"],
    ["İstanbul", "istanbul"],
    ["Øresund Ærø", "oresund aero"],
    ["Straße", "strasse"],
    ["crème brûlée", "creme brulee"],
    ["Ёлкина Σοφία", "елкина σοφια"],
    ["ＡＢＣ％", "abc%"],
    ["山田 🌱 שלום", "山田 🌱 שלום"],
  ])("folds %s to %s", async (value, folded) => {
    expect(await fold(value)).toBe(folded);
  });
});
