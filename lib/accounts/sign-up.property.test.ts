import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { hostileForm, hostileForwardedFor, hostileString, orOverLimit, runs, submittedText, toFormData, validOrHostile } from "@/test/hostile/input";
import { countContentRows, expectFormResult, settle } from "@/test/invariants";
import { request } from "@/test/next/runtime";
import { signUp } from "./actions";
import { MAX_DISPLAY_NAME_LENGTH, MAX_EMAIL_LENGTH, MAX_USERNAME_LENGTH } from "@/lib/validation/limits";
import { signUpFormEcho, visibleDisplayName } from "./schema";

/** Fresh names and addresses mostly; now and then one already taken, or a hostile string. */
const username = orOverLimit(fc.oneof(fc.nat().map((n) => `prop_${n}`), fc.constant("prop_taken"), hostileString), MAX_USERNAME_LENGTH);
const email = orOverLimit(fc.oneof(fc.nat().map((n) => `prop${n}@example.test`), fc.constant("taken@example.test"), hostileString), MAX_EMAIL_LENGTH);

let attempt = 0;

describe("signUp with hostile input", () => {
  it("answers every form; a refusal creates no account and no session, an account keeps the display name typed", async () => {
    await signUpOnce("prop_taken", "taken@example.test");
    await fc.assert(
      fc.asyncProperty(
        hostileForm({
          username,
          email,
          displayName: orOverLimit(validOrHostile("Ada", "  <script>alert(1)</script> 👩‍👩‍👧 "), MAX_DISPLAY_NAME_LENGTH),
          password: validOrHostile("correct horse battery staple"),
        }),
        hostileForwardedFor,
        async (fields, forwardedFor) => {
          request.switchBrowser();
          request.setHeader("x-forwarded-for", `${forwardedFor}, 198.51.100.${attempt++ % 250}`);
          const data = toFormData(fields);
          const rowsBefore = await countContentRows();

          const outcome = await settle(() => signUp(null, data));

          const rowsAfter = await countContentRows();
          if ("result" in outcome) {
            expectFormResult(outcome.result, signUpFormEcho);
            expect(outcome.result.ok).toBe(false);
            expect(rowsAfter).toEqual(rowsBefore);
            expect(await getCurrentUser()).toBeNull();
            return;
          }
          expect(outcome.redirectedTo).toBe("/");
          expect(rowsAfter).toEqual({ ...rowsBefore, users: rowsBefore.users + 1 });
          expect(await getCurrentUser()).toMatchObject({
            username: submittedText(data, "username").trim().toLowerCase(),
            displayName: visibleDisplayName(submittedText(data, "displayName")).trim(),
          });
        },
      ),
      { numRuns: runs.some, examples: [[{ username: "prop_nul", email: "nul@example.test", displayName: "a\u0000", password: "correct horse battery staple" }, "127.0.0.1"]] },
    );
  });
});

async function signUpOnce(name: string, address: string) {
  const data = toFormData({ username: name, email: address, displayName: "Taken", password: "correct horse battery staple" });
  expect(await settle(() => signUp(null, data))).toEqual({ redirectedTo: "/" });
  expect(await db.user.count({ where: { username: name } })).toBe(1);
}
