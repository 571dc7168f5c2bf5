import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { suspendUser, unsuspendUser } from "./actions";
import { listModerationLog } from "./log-queries";

describe("the moderation log", () => {
  it("records a suspension and its lifting once each, in order, and pages through the log newest first", async () => {
    const [admin, person] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    await signInAs(admin.id);
    expect(await suspendUser(null, form({ userId: person.id, returnTo: "" }))).toMatchObject({ ok: true });
    expect(await suspendUser(null, form({ userId: person.id, returnTo: "" }))).toMatchObject({ ok: true });
    expect(await unsuspendUser(null, form({ userId: person.id }))).toMatchObject({ ok: true });
    expect(await unsuspendUser(null, form({ userId: person.id }))).toMatchObject({ ok: true });
    const entries = await db.moderationLogEntry.findMany({ where: { accountId: person.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(entries.map((entry) => entry.action)).toEqual(["ACCOUNT_SUSPENDED", "ACCOUNT_UNSUSPENDED"]);
    expect(entries.every((entry) => entry.actorId === admin.id && entry.username === person.username)).toBe(true);
  });

  it("leaves no entry when a non-admin tries to suspend or unsuspend", async () => {
    const [other, person] = await Promise.all([createUser(), createUser({ suspended: true })]);
    await signInAs(other.id);
    expect(await unsuspendUser(null, form({ userId: person.id }))).toMatchObject({ ok: false });
    expect(await db.moderationLogEntry.count({ where: { accountId: person.id } })).toBe(0);
  });

  it("pages by time without repeating or skipping an entry", async () => {
    const [admin, person] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    const at = new Date("2026-06-01T12:00:00Z");
    // Several entries share one time: the id breaks the tie.
    await db.moderationLogEntry.createMany({
      data: Array.from({ length: PAGE_SIZE + 5 }, (_, index) => ({
        action: "ACCOUNT_SUSPENDED" as const,
        actorId: admin.id,
        targetId: person.id,
        accountId: person.id,
        username: person.username,
        createdAt: new Date(at.getTime() - Math.floor(index / 3) * 1000),
      })),
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listModerationLog(cursor);
      seen.push(...page.items.filter((entry) => entry.username === person.username).map((entry) => entry.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(PAGE_SIZE + 5);
    expect(seen).toHaveLength(PAGE_SIZE + 5);
  });
});
