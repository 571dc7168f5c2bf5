import { describe, expect, it } from "vitest";
import { db, onStatement } from "@/lib/db";
import { createUser } from "@/test/factories";
import { getVisibleProfile } from "./queries";

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
