import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { profileFormEcho, visibleDisplayName, visibleText } from "@/lib/accounts/schema";
import { MAX_BIO_LENGTH, MAX_DISPLAY_NAME_LENGTH } from "@/lib/validation/limits";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { hostileFile, hostileForm, hostileString, orOverLimit, runs, submittedText, toFormData, validOrHostile } from "@/test/hostile/input";
import { expectFormResult, settle, snapshot, userRow } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
import { removeAvatar, updateAvatar, updateProfile } from "./actions";

let userId: string;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-profile-properties-"));
  userId = (await createUser()).id;
});

beforeEach(async () => {
  await signInAs(userId);
});

/** Bidi controls and characters that draw nothing: a stored name or bio has none outside emoji and joining scripts. */
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u00AD\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E007F}]/u;

describe("updateProfile with hostile input", () => {
  it("answers every form, stores accepted text as typed (trimmed) and leaves the row alone when refusing", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({
          displayName: orOverLimit(validOrHostile("Ada", " Ada 👩‍👩‍👧 "), MAX_DISPLAY_NAME_LENGTH),
          bio: orOverLimit(validOrHostile("", "Gardener."), MAX_BIO_LENGTH),
        }),
        async (fields) => {
          const data = toFormData(fields);
          const before = { row: await userRow(userId), ...(await snapshot()) };

          const outcome = await settle(() => updateProfile(null, data));

          expect(outcome).toHaveProperty("result");
          if (!("result" in outcome)) return;
          expectFormResult(outcome.result, profileFormEcho);
          const after = { row: await userRow(userId), ...(await snapshot()) };
          expect(after.rows).toEqual(before.rows);
          expect(after.files).toEqual(before.files);
          if (outcome.result.ok) {
            expect(after.row).toMatchObject({
              displayName: visibleDisplayName(submittedText(data, "displayName")).trim(),
              bio: visibleText(submittedText(data, "bio")).trim(),
            });
            expect(after.row.displayName).not.toMatch(HIDDEN);
            expect(after.row.bio).not.toMatch(HIDDEN);
          } else {
            expect(after.row).toEqual(before.row);
          }
        },
      ),
      // A NUL in a display name or bio once reached the database and failed the update.
      { numRuns: runs.many, examples: [[{ displayName: "\u0000", bio: "" }], [{ displayName: "Ada", bio: "a\u0000b" }]] },
    );
  });
});

describe("updateAvatar and removeAvatar with hostile input", () => {
  it("refuses anything that is not an image, keeping the picture, the rows and the upload folder as they were", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ avatar: fc.oneof(hostileFile, hostileString), extra: hostileForm({}) }),
        async ({ avatar, extra }) => {
          const data = toFormData({ ...extra, avatar });
          const before = { row: await userRow(userId), ...(await snapshot()) };

          const outcome = await settle(() => updateAvatar(null, data));

          expect(outcome).toMatchObject({ result: { ok: false, fieldErrors: { avatar: [expect.any(String)] } } });
          if ("result" in outcome) expectFormResult(outcome.result);
          expect({ row: await userRow(userId), ...(await snapshot()) }).toEqual(before);
        },
      ),
      { numRuns: runs.some },
    );
  });

  it("removes the picture whatever else the form holds", async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm({ avatar: hostileString }), async (fields) => {
        await db.user.update({ where: { id: userId }, data: { avatarKey: "a".repeat(64) + ".webp" } });

        const outcome = await settle(() => removeAvatar(null, toFormData(fields)));

        expect(outcome).toEqual({ result: { ok: true, message: "Picture removed." } });
        expect((await userRow(userId)).avatarKey).toBeNull();
      }),
      { numRuns: runs.few },
    );
  });
});
