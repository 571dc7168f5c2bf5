import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { shownOrEmpty } from "@/lib/validation/invisible";
import { withoutControlCharacters } from "@/lib/validation/text";
import { createComment, createPost, createReport, createUser } from "@/test/factories";
import { hostileForm, hostileString, orOverLimit, runs, submittedText, toFormData, validOrHostile } from "@/test/hostile/input";
import { submitHostileForm } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
import { reportContent, resolveReports } from "./actions";
import { MAX_REPORT_DETAILS, reportEcho } from "./schema";

type User = Awaited<ReturnType<typeof createUser>>;
let reporter: User;
let admin: User;
let author: User;
let targets: { POST: string; COMMENT: string; ACCOUNT: string };
let ownPostId: string;

beforeAll(async () => {
  [reporter, admin, author] = await Promise.all([createUser(), createUser({ role: "ADMIN" }), createUser()]);
  const post = await createPost(author.id);
  targets = { POST: post.id, COMMENT: (await createComment(post.id, author.id)).id, ACCOUNT: author.id };
  ownPostId = (await createPost(reporter.id)).id;
});

const targetType = validOrHostile("POST", "COMMENT", "ACCOUNT");

describe("reportContent with hostile input", () => {
  beforeEach(async () => {
    await signInAs(reporter.id);
  });

  it("answers every form; an accepted report is the reporter's one open report of a target they may report", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({
          targetType,
          targetId: fc.oneof(fc.constantFrom(...Object.values(targets), ownPostId, ""), hostileString),
          reason: validOrHostile("SPAM", "HARASSMENT", "ILLEGAL", "OTHER"),
          details: orOverLimit(validOrHostile("A scam link", " <img src=x onerror=alert(1)> "), MAX_REPORT_DETAILS),
        }),
        async (fields) => {
          const data = toFormData(fields);
          const { result } = await submitHostileForm(() => reportContent(null, data), reportEcho);
          if (!result.ok) return;
          const targetId = submittedText(data, "targetId");
          expect(Object.values(targets)).toContain(targetId);
          const open = await db.report.findMany({ where: { reporterId: reporter.id, targetId, resolvedAt: null } });
          expect(open).toHaveLength(1);
          expect(open[0]!.details).toBe(shownOrEmpty(withoutControlCharacters(submittedText(data, "details")).trim(), MAX_REPORT_DETAILS));
        },
      ),
      { numRuns: runs.some, examples: [[{ targetType: "POST", targetId: ownPostId, reason: "SPAM", details: "" }]] },
    );
  });
});

describe("resolveReports with hostile input", () => {
  it("changes nothing for a refused form, and for a non-admin refuses every form", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        hostileForm({
          targetType,
          targetId: fc.oneof(fc.constantFrom(targets.POST, targets.ACCOUNT, ""), hostileString),
          decision: validOrHostile("dismiss", "remove"),
        }),
        async (asAdmin, fields) => {
          if ((await db.report.count({ where: { targetId: targets.POST, resolvedAt: null } })) === 0) {
            await createReport(reporter.id, { targetType: "POST", targetId: targets.POST, accountId: author.id });
          }
          await signInAs(asAdmin ? admin.id : reporter.id);
          const openBefore = await db.report.count({ where: { resolvedAt: null } });
          const { result } = await submitHostileForm(() => resolveReports(null, toFormData(fields)));
          const openAfter = await db.report.count({ where: { resolvedAt: null } });
          if (!asAdmin) expect(result.ok).toBe(false);
          if (!result.ok) expect(openAfter).toBe(openBefore);
          else expect(openAfter).toBeLessThan(openBefore);
        },
      ),
      { numRuns: runs.some },
    );
  });
});
