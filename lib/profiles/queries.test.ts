import { describe, expect, it } from "vitest";
import { db, onStatement } from "@/lib/db";
import { createUser } from "@/test/factories";
import { getVisibleProfile, isSuspendedFor } from "./queries";

describe("getVisibleProfile", () => {
  it("tells whether the reader follows the profile, in one direction only", async () => {
    const [reader, writer] = await Promise.all([createUser(), createUser()]);
    await db.follow.create({ data: { followerId: reader.id, followeeId: writer.id } });

    expect((await getVisibleProfile(writer.username, reader))?.viewerFollows).toBe(true);
    expect((await getVisibleProfile(reader.username, writer))?.viewerFollows).toBe(false);
  });

  it("stands nowhere with the reader's own profile, nor with a visitor", async () => {
    const person = await createUser();
    const nowhere = { relationship: { blocking: false, blockedBy: false, muting: false }, viewerFollows: false };

    expect(await getVisibleProfile(person.username, person)).toMatchObject(nowhere);
    expect(await getVisibleProfile(person.username, null)).toMatchObject(nowhere);
  });

  it("reads the profile, its counts and where the reader stands with it in one statement", async () => {
    const [reader, writer] = await Promise.all([createUser(), createUser()]);
    await db.mute.create({ data: { muterId: reader.id, mutedId: writer.id } });
    let statements = 0;
    onStatement(() => void statements++);

    const profile = await getVisibleProfile(writer.username, reader);

    expect(profile).toMatchObject({ id: writer.id, relationship: { blocking: false, blockedBy: false, muting: true }, viewerFollows: false });
    expect(statements).toBe(1);
  });
});

describe("isSuspendedFor", () => {
  it("is true of a suspended account for visitors and members, whom its profile is hidden from", async () => {
    const [suspended, member] = await Promise.all([createUser({ suspended: true }), createUser()]);

    expect(await isSuspendedFor(suspended.username, null)).toBe(true);
    expect(await isSuspendedFor(suspended.username.toUpperCase(), member)).toBe(true);
    expect(await getVisibleProfile(suspended.username, member)).toBeNull();
  });

  it("is false for admins, who see the profile, and of accounts that are not suspended or not there", async () => {
    const [suspended, active, admin] = await Promise.all([createUser({ suspended: true }), createUser(), createUser({ role: "ADMIN" })]);

    expect(await isSuspendedFor(suspended.username, admin)).toBe(false);
    expect(await isSuspendedFor(active.username, null)).toBe(false);
    expect(await isSuspendedFor("no_such_person", null)).toBe(false);
  });

  it("is false of a suspended account that blocked the reader: for them it does not exist", async () => {
    const [suspended, blocked] = await Promise.all([createUser({ suspended: true }), createUser()]);
    await db.block.create({ data: { blockerId: suspended.id, blockedId: blocked.id } });

    expect(await isSuspendedFor(suspended.username, blocked)).toBe(false);
  });
});
