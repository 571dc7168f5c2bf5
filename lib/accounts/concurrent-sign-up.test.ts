import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RedirectError, request } from "@/test/next/runtime";
import { form } from "@/test/next/session";
import { signUp } from "./actions";

// Below the sign-up limit per address (10 an hour), so only the race decides.
const CONTENDERS = 8;

describe("signUp under concurrency", () => {
  it("lets exactly one of many simultaneous sign-ups for one username win; the others get a field error", async () => {
    const username = `race_${Math.random().toString(36).slice(2, 8)}`;
    const outcomes = await Promise.all(
      Array.from({ length: CONTENDERS }, (_, i) =>
        request.inBrowser([], () =>
          signUp(null, form({ username, email: `${username}_${i}@example.com`, displayName: `Racer ${i}`, password: "a long secret phrase" })).then(
            (result) => ({ result }),
            (error: unknown) => ({ error }),
          ),
        ),
      ),
    );

    const winners = outcomes.filter((outcome) => "error" in outcome);
    expect(winners).toEqual([{ error: new RedirectError("/") }]);
    const losers = outcomes.filter((outcome) => "result" in outcome).map((outcome) => outcome.result);
    expect(losers).toHaveLength(CONTENDERS - 1);
    for (const result of losers) {
      expect(result).toMatchObject({ ok: false, fieldErrors: { username: ["This username is taken."] } });
    }
    expect(await db.user.count({ where: { username } })).toBe(1);
  });
});
